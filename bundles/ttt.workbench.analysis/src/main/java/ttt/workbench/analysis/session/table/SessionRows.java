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
 * SWT-free.
 */
public final class SessionRows {

	private final List<SessionFacts> all;
	/** Per row of {@link #all}: id, parent, root, env_mode and note in lower case, one per line (words never span two). */
	private final String[] searchText;

	public SessionRows(List<SessionFacts> all) {
		this.all = List.copyOf(all);
		this.searchText = new String[this.all.size()];
		for (int i = 0; i < searchText.length; i++) {
			SessionFacts f = this.all.get(i);
			searchText[i] = (nonNull(f.id()) + "\n" + nonNull(f.parentId()) + "\n" + nonNull(f.rootId()) + "\n"
					+ nonNull(f.envMode()) + "\n" + nonNull(f.note())).toLowerCase(Locale.ROOT);
		}
	}

	/** Every session, in the order given. */
	public List<SessionFacts> all() {
		return all;
	}

	public int size() {
		return all.size();
	}

	/** The rows {@code filter} keeps, in {@code column}'s order (missing values last, ties by id). */
	public List<SessionFacts> filterAndSort(SessionFilter filter, SessionColumn column, boolean ascending) {
		List<Keyed> kept = new ArrayList<>(all.size());
		for (int i = 0; i < searchText.length; i++) {
			if (matches(filter, searchText[i])) {
				SessionFacts f = all.get(i);
				kept.add(new Keyed(f, column.sortKey(f)));
			}
		}
		Keyed[] rows = kept.toArray(Keyed[]::new);
		Arrays.parallelSort(rows, order(column, ascending));
		List<SessionFacts> out = new ArrayList<>(rows.length);
		for (Keyed k : rows) {
			out.add(k.facts());
		}
		return out;
	}

	/** The same order as {@link SessionColumn#comparator}, on keys computed once. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Keyed> order(SessionColumn column, boolean ascending) {
		Comparator<Comparable> byKey = Comparator.nullsLast(column.keyOrder(ascending));
		return (a, b) -> {
			int c = byKey.compare(a.key(), b.key());
			return c != 0 ? c : a.facts().id().compareTo(b.facts().id());
		};
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

	private record Keyed(SessionFacts facts, @SuppressWarnings("rawtypes") Comparable key) {
	}
}
