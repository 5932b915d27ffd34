package ttt.workbench.ui.views.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.analysis.session.table.SessionFilter;
import ttt.workbench.analysis.session.table.SessionRows;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;

/**
 * The Sessions table's rows: one column per {@link SessionColumn}, rows filtered and sorted by {@link SessionRows},
 * handed to SWT only as they are painted. A painted row whose session is still a summary shows "…" in the columns
 * that need details and asks the store for them (in batches, off the UI thread); when they arrive the model changes
 * and the owner rebuilds the rows.
 * <p>
 * The rows are shown on one of two virtual tables ({@link TablePair}): a filter that drops most rows shows them on the
 * hidden table, because GTK removes a table's rows one by one.
 */
final class SessionTable {

	/** Data key of the table on screen (tests find it by this key; the hidden one has no such key). */
	static final String TABLE_KEY = TablePair.TABLE_KEY;

	/** The two tables, one on screen. */
	private final TablePair tables;
	private final Runnable rowsChanged;
	private ArtifactStore shown;
	private final Map<Session, SessionFacts> facts = new IdentityHashMap<>();
	private SessionRows all = new SessionRows(List.of());
	/** The rows in table order: filtered, then sorted. */
	private List<SessionFacts> rows = List.of();
	private SessionFilter filter = SessionFilter.of("");
	private SessionColumn sortColumn = SessionColumn.CREATED;
	private boolean ascending = true;
	/** Per row of {@link #all}: whether its session's details were loaded when its facts were read. */
	private boolean[] loadedWhenRead = new boolean[0];
	/** Where each session's row is in {@link #rows}; made when first needed after a filter or sort. */
	private Map<Session, Integer> rowOf;
	/** Summaries painted since the last request for details. */
	private final Set<Session> wanted = new LinkedHashSet<>();

	SessionTable(Composite parent, Runnable rowsChanged) {
		this.rowsChanged = rowsChanged;
		tables = new TablePair(parent, sortColumn, ascending, this::sortBy, this::paint);
	}

	/** Hands the shown table the row at an index when it is about to be painted, and asks for its details if needed. */
	private void paint(TableViewer shownTable, int index) {
		if (index < rows.size()) {
			SessionFacts f = rows.get(index);
			shownTable.replace(f, index);
			want(f.session());
		}
	}

	private void want(Session s) {
		if (s == null || SessionLoader.isLoaded(s) || shown == null || shown.sessionLoader() == null) {
			return;
		}
		if (wanted.isEmpty()) {
			tables.table().getDisplay().asyncExec(this::requestDetails); // one request for the rows of one paint
		}
		wanted.add(s);
	}

	private void requestDetails() {
		List<Session> batch = new ArrayList<>(wanted);
		wanted.clear();
		if (shown != null && !tables.table().isDisposed()) {
			shown.sessionLoader().requestLoad(batch, tables.table().getDisplay()::asyncExec);
		}
	}

	/** The table on screen. */
	Table table() {
		return tables.table();
	}

	/** What the owner lays out: both tables, one above the other. */
	Composite control() {
		return tables.control();
	}

	/** Wires {@code each} viewer, the shown one, the hidden one and those made later (listeners, menu, open). */
	void forEachViewer(Consumer<TableViewer> each) {
		tables.forEachViewer(each);
	}

	void show(ArtifactStore store) {
		shown = store;
		wanted.clear();
	}

	ArtifactStore shown() {
		return shown;
	}

	/**
	 * Reads every session's facts from the model again (summaries are cheap: their facts are the index's keys). When
	 * the sessions are the same and what changed moves no row in or out of the filter nor within the order (details
	 * that arrived for the rows on screen), only the changed rows are updated: on 100,000 sessions re-filtering,
	 * re-sorting and handing out every row again took 150-200 ms per batch of details.
	 */
	void rebuild() {
		List<Session> sessions = shown != null && shown.model() != null ? shown.model().getSessions() : List.of();
		if (updateInPlace(sessions)) {
			return;
		}
		facts.clear();
		List<SessionFacts> fresh = new ArrayList<>(sessions.size());
		loadedWhenRead = new boolean[sessions.size()];
		for (Session s : sessions) {
			SessionFacts f = SessionFacts.of(s);
			loadedWhenRead[fresh.size()] = SessionLoader.isLoaded(s);
			facts.put(s, f);
			fresh.add(f);
		}
		all = new SessionRows(fresh);
		applyFilterAndSort();
	}

	/** @return whether the rows could be brought up to date where they are (else nothing was changed) */
	private boolean updateInPlace(List<Session> sessions) {
		List<SessionFacts> before = all.all();
		if (sessions.size() != before.size() || sessions.isEmpty()) {
			return false;
		}
		List<Integer> changed = new ArrayList<>();
		List<SessionFacts> fresh = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			Session s = sessions.get(i);
			if (before.get(i).session() != s) {
				return false; // sessions came, went or moved: build the rows again
			}
			SessionFacts f = SessionFacts.of(s);
			// the same facts can still read differently: a cell that said "…" shows its value once the details are in
			if (!f.equals(before.get(i)) || loadedWhenRead[i] != SessionLoader.isLoaded(s)) {
				changed.add(i);
				fresh.add(f);
				if (changed.size() > 2_000) {
					return false; // a change to much of the store: as cheap to build again
				}
			}
		}
		SessionFacts[] old = new SessionFacts[changed.size()];
		for (int k = 0; k < changed.size(); k++) {
			int i = changed.get(k);
			old[k] = before.get(i);
			if (!all.replace(i, fresh.get(k), sortColumn, filter)) {
				for (int j = 0; j < k; j++) { // undo: the rows are built again from scratch
					all.replace(changed.get(j), old[j], sortColumn, filter);
				}
				return false;
			}
		}
		if (rowOf == null) {
			rowOf = new IdentityHashMap<>(rows.size() * 2);
			for (int r = 0; r < rows.size(); r++) {
				rowOf.put(rows.get(r).session(), r);
			}
		}
		Table table = tables.table();
		for (int k = 0; k < changed.size(); k++) {
			int i = changed.get(k);
			Session s = sessions.get(i);
			loadedWhenRead[i] = SessionLoader.isLoaded(s);
			facts.put(s, fresh.get(k));
			Integer row = rowOf.get(s);
			if (row != null) {
				rows.set(row, fresh.get(k));
				table.clear(row); // handed out again when painted (a virtual table)
			}
		}
		if (!changed.isEmpty()) {
			rowsChanged.run();
		}
		return true;
	}

	void setFilter(String query) {
		filter = SessionFilter.of(query);
		applyFilterAndSort();
	}

	SessionColumn sortColumn() {
		return sortColumn;
	}

	boolean ascending() {
		return ascending;
	}

	/** Sorts by {@code column} in the given direction (a remembered sort). */
	void sortBy(SessionColumn column, boolean ascendingOrder) {
		sortColumn = column;
		ascending = ascendingOrder;
		tables.showSort(sortColumn, ascending);
		applyFilterAndSort();
	}

	/** The columns' widths, their order from left to right, and the sort, filter as given. */
	TableViewState state(String filterText) {
		Table table = tables.table();
		java.util.Map<SessionColumn, Integer> widths = new java.util.EnumMap<>(SessionColumn.class);
		TableColumn[] columns = table.getColumns();
		for (TableColumn tc : columns) {
			widths.put((SessionColumn) tc.getData(), tc.getWidth());
		}
		List<SessionColumn> order = Arrays.stream(table.getColumnOrder()).mapToObj(i -> (SessionColumn) columns[i].getData())
				.toList();
		return new TableViewState(sortColumn, ascending, widths, order, filterText);
	}

	/** Widths and order of the columns as remembered (columns not remembered keep their default and go last). */
	void applyColumns(TableViewState state) {
		tables.applyColumns(state);
	}

	/** Clicking the sorted column again reverses it; another column sorts ascending. */
	void sortBy(SessionColumn column) {
		ascending = column == sortColumn ? !ascending : true;
		sortColumn = column;
		tables.showSort(sortColumn, ascending);
		applyFilterAndSort();
	}

	private void applyFilterAndSort() {
		List<Session> selected = selected();
		rows = all.filterAndSort(filter, sortColumn, ascending);
		rowOf = null;
		tables.showRows(rows.size(), all.size());
		select(selected);
		rowsChanged.run();
	}

	/** The rows in table order. */
	List<SessionFacts> rows() {
		return rows;
	}

	int total() {
		return all.size();
	}

	boolean contains(Session s) {
		return facts.containsKey(s);
	}

	/** Whether {@code s} is a session of the store that the filter hides. */
	boolean hidden(Session s) {
		return facts.containsKey(s) && !rows.contains(facts.get(s));
	}

	SessionFacts factsOf(Session s) {
		return facts.get(s);
	}

	void select(List<Session> sessions) {
		List<Integer> indexes = new ArrayList<>();
		for (Session s : sessions) {
			SessionFacts f = facts.get(s);
			int i = f == null ? -1 : rows.indexOf(f);
			if (i >= 0) {
				indexes.add(i);
			}
		}
		tables.table().setSelection(indexes.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The sessions of the selected rows, in table order. */
	List<Session> selected() {
		if (tables.table().isDisposed()) {
			return List.of();
		}
		int[] indexes = tables.table().getSelectionIndices();
		Arrays.sort(indexes);
		List<Session> out = new ArrayList<>();
		for (int i : indexes) {
			if (i < rows.size()) {
				out.add(rows.get(i).session());
			}
		}
		return out;
	}

	/** {@code which} with every column, as the table shows them. */
	static CsvTable csv(List<SessionFacts> which) {
		CsvTable csv = new CsvTable(Arrays.stream(SessionColumn.values()).map(SessionColumn::header).toList());
		for (SessionFacts f : which) {
			csv.row(Arrays.stream(SessionColumn.values()).map(c -> c.text(f)).toList());
		}
		return csv;
	}
}
