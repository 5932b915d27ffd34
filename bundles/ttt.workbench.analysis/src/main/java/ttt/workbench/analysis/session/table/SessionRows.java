package ttt.workbench.analysis.session.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ttt.workbench.analysis.session.SessionFacts;

/**
 * The Sessions table's rows: every session's facts, filtered and sorted as the table shows them. Built once per
 * change of the model; sorting and filtering then work on values computed here once per session (each row's sort
 * key per sort, the lower-case text the filter searches once per build), so that 100,000 rows sort and filter in
 * tens of milliseconds rather than calling the column's key function and {@code toLowerCase} in every comparison.
 * The order of every row by the last column sorted without a filter is kept, so that a filter, or clearing it, only
 * walks that order (a few milliseconds on 100,000 rows) instead of sorting again. SWT-free.
 */
public final class SessionRows {

	private final SessionFacts[] all;
	/** Per row of {@link #all}: id, parent, root, env_mode and note in lower case, one per line (words never span two). */
	private final String[] searchText;
	/** Per row of {@link #all}: its place in id order, the tie-break of every sort (an int compare, no string walk). */
	private final int[] idRank;
	/** Every row (indexes into {@link #all}) in the order of {@link #orderColumn}, or null; made by an unfiltered sort. */
	private int[] order;
	private SessionColumn orderColumn;
	private boolean orderAscending;

	public SessionRows(List<SessionFacts> all) {
		this.all = all.toArray(SessionFacts[]::new);
		this.searchText = new String[this.all.length];
		for (int i = 0; i < searchText.length; i++) {
			searchText[i] = searchText(this.all[i]);
		}
		Integer[] byId = new Integer[this.all.length];
		Arrays.setAll(byId, i -> i);
		Arrays.sort(byId, Comparator.comparing(i -> this.all[i].id())); // the model lists them in id order: one pass
		this.idRank = new int[byId.length];
		for (int rank = 0; rank < byId.length; rank++) {
			idRank[byId[rank]] = rank;
		}
	}

	private static String searchText(SessionFacts f) {
		return (nonNull(f.id()) + "\n" + nonNull(f.parentId()) + "\n" + nonNull(f.rootId()) + "\n" + nonNull(f.envMode()) + "\n"
				+ nonNull(f.note())).toLowerCase(Locale.ROOT);
	}

	/** Every session, in the order given. */
	public List<SessionFacts> all() {
		return java.util.Collections.unmodifiableList(Arrays.asList(all));
	}

	public int size() {
		return all.length;
	}

	/**
	 * Puts {@code fresh} in place of the row at {@code index} when that changes no filter's verdict (same id and
	 * searched text) and no order by {@code column}: then the rows filtered and sorted before are still right with
	 * {@code fresh} in the old one's place (details that arrived for a row on screen). Otherwise nothing changes.
	 *
	 * @return whether it was put in
	 */
	public boolean replace(int index, SessionFacts fresh, SessionColumn column) {
		return searchText[index].equals(searchText(fresh)) && replace(index, fresh, column, SessionFilter.of(""));
	}

	/**
	 * As {@link #replace(int, SessionFacts, SessionColumn)}, but a changed searched text is taken when {@code filter}
	 * keeps or drops the row as before (a fork note that arrives with the details): then the rows {@code filter} kept
	 * are still right, and later filters search the new text.
	 *
	 * @return whether it was put in
	 */
	public boolean replace(int index, SessionFacts fresh, SessionColumn column, SessionFilter filter) {
		SessionFacts old = all[index];
		String text = searchText(fresh);
		if (!java.util.Objects.equals(old.id(), fresh.id()) || matches(filter, searchText[index]) != matches(filter, text)
				|| !java.util.Objects.equals(column.sortKey(old), column.sortKey(fresh))) {
			return false;
		}
		if (order != null && !java.util.Objects.equals(orderColumn.sortKey(old), orderColumn.sortKey(fresh))) {
			order = null; // the kept order is by another column, whose key this row changes
		}
		all[index] = fresh;
		searchText[index] = text;
		return true;
	}

	/** The rows {@code filter} keeps, in {@code column}'s order (missing values last, ties by id). */
	public List<SessionFacts> filterAndSort(SessionFilter filter, SessionColumn column, boolean ascending) {
		if (order == null || orderColumn != column || orderAscending != ascending) {
			if (!(filter.words().length == 0)) {
				return sortKept(filter, column, ascending); // sorting the few rows a filter keeps is cheaper than all
			}
			order = sortedIndexes(column, ascending);
			orderColumn = column;
			orderAscending = ascending;
		}
		List<SessionFacts> out = new ArrayList<>((filter.words().length == 0) ? order.length : 16);
		for (int i : order) {
			if (matches(filter, searchText[i])) {
				out.add(all[i]);
			}
		}
		return out;
	}

	/** Every row's index in {@code column}'s order. */
	private int[] sortedIndexes(SessionColumn column, boolean ascending) {
		Keyed[] rows = new Keyed[all.length];
		for (int i = 0; i < all.length; i++) {
			rows[i] = keyed(i, column);
		}
		Arrays.parallelSort(rows, order(column.numeric(), ascending));
		int[] out = new int[rows.length];
		for (int r = 0; r < rows.length; r++) {
			out[r] = rows[r].index();
		}
		return out;
	}

	private List<SessionFacts> sortKept(SessionFilter filter, SessionColumn column, boolean ascending) {
		List<Keyed> kept = new ArrayList<>();
		for (int i = 0; i < searchText.length; i++) {
			if (matches(filter, searchText[i])) {
				kept.add(keyed(i, column));
			}
		}
		Keyed[] rows = kept.toArray(Keyed[]::new);
		Arrays.parallelSort(rows, order(column.numeric(), ascending));
		List<SessionFacts> out = new ArrayList<>(rows.length);
		for (Keyed k : rows) {
			out.add(all[k.index()]);
		}
		return out;
	}

	/** Row {@code i} with the column's sort key, once: a primitive number, or the text in lower case; missing: neither. */
	private Keyed keyed(int i, SessionColumn column) {
		Comparable<?> key = column.sortKey(all[i]);
		if (key == null) {
			return new Keyed(i, idRank[i], true, 0, 0, null, false);
		}
		if (column.numeric()) {
			return new Keyed(i, idRank[i], false, ((Number) key).doubleValue(), 0, null, false);
		}
		String text = SessionColumn.textKey(key);
		return new Keyed(i, idRank[i], false, 0, prefix(text), text, text.length() <= 8 && text.chars().allMatch(ch -> ch > 0 && ch < 0xFF));
	}

	/**
	 * The first eight chars of {@code text} packed into a long that orders as the text does (unsigned; a char above
	 * 0xFF counts as 0xFF, so equal prefixes fall back to the whole text): most comparisons end here, without walking
	 * to the strings' bytes.
	 */
	private static long prefix(String text) {
		long p = 0;
		for (int i = 0; i < 8; i++) {
			p = (p << 8) | (i < text.length() ? Math.min(text.charAt(i), 0xFF) : 0);
		}
		return p;
	}

	/** The same order as {@link SessionColumn#comparator}, on keys computed once. */
	private static Comparator<Keyed> order(boolean numeric, boolean ascending) {
		int direction = ascending ? 1 : -1;
		return (a, b) -> {
			if (a.missing() != b.missing()) {
				return a.missing() ? 1 : -1; // missing values last whatever the direction
			}
			int c = a.missing() ? 0 : direction * (numeric ? Double.compare(a.number(), b.number()) : compareText(a, b));
			return c != 0 ? c : Integer.compare(a.idRank(), b.idRank());
		};
	}

	private static int compareText(Keyed a, Keyed b) {
		int c = Long.compareUnsigned(a.prefix(), b.prefix());
		return c != 0 || (a.whole() && b.whole()) ? c : a.text().compareTo(b.text()); // equal whole prefixes: equal texts
	}

	private static boolean matches(SessionFilter filter, String text) {
		for (String w : filter.words()) {
			if (!text.contains(w)) {
				return false;
			}
		}
		return true;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	/**
	 * Row {@code index} of {@link #all} with its sort key; {@code whole}: the prefix holds the whole text (at most 8 chars
	 * between 1 and 0xFE).
	 */
	private record Keyed(int index, int idRank, boolean missing, double number, long prefix, String text, boolean whole) {
	}
}
