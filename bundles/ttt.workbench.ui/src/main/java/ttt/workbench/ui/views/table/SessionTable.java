package ttt.workbench.ui.views.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.analysis.session.table.SessionFilter;
import ttt.workbench.analysis.session.table.SessionRows;
import ttt.workbench.analysis.session.table.TableChoice;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;

/**
 * The Sessions table's virtual viewer: one column per {@link SessionColumn}, rows filtered and sorted by
 * {@link SessionRows}, handed to SWT only as they are painted. A painted row whose session is still a summary shows
 * "…" in the columns that need details and asks the store for them (in batches, off the UI thread); when they
 * arrive the model changes and the owner rebuilds the rows.
 * <p>
 * There are two such tables, one on screen and one hidden, alike in columns, sort indicator, menu and keys: GTK adds
 * and removes the rows of a table one by one, so when a filter takes 100,000 rows down to a few, the hidden table
 * shows the few while the shown one hides with its 100,000 rows for when the filter is cleared ({@link TableChoice}
 * picks the table that moves fewer rows; small stores never switch). Removing those rows took 0.3 s to seconds. A
 * table that would still lose more than half of many rows gives way to a new one (the one kept beside it is the one
 * nearer to every row, for when the filter is cleared): a disposed table's rows are freed
 * at once, while each row removed costs GTK 3 µs, or 20 µs and more once the table has had the focus or a selection
 * (GtkRowsBenchmark; a profile points at the table's accessibility object, which GTK creates on focus).
 */
final class SessionTable {

	/** Data key of the table on screen (tests find it by this key; the hidden one has no such key). */
	static final String TABLE_KEY = "ttt.sessions.table";
	private static final int STYLE = SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL;

	/** Holds both tables, one on top. */
	private final Composite holder;
	private final StackLayout stack = new StackLayout();
	/** The table on screen. */
	private Rows viewer;
	/** The hidden table, with the rows it had when it was last shown. */
	private Rows spare;
	/** What the owner wired to each table (listeners, menu, open), for the tables made later. */
	private final List<Consumer<TableViewer>> wiring = new ArrayList<>();
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
		holder = new Composite(parent, SWT.NONE);
		holder.setLayout(stack);
		viewer = createViewer();
		spare = createViewer();
		viewer.getTable().setData(TABLE_KEY, Boolean.TRUE);
		stack.topControl = viewer.getTable();
		updateSortIndicator();
	}

	private Rows createViewer() {
		Rows v = new Rows(holder, STYLE);
		v.setUseHashlookup(true);
		Table table = v.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (SessionColumn c : SessionColumn.values()) {
			addColumn(v, c);
		}
		v.setContentProvider(new LazyRows(v));
		v.setInput(this); // the lazy provider reads `rows`; the input only has to be non-null
		showSortIndicator(table);
		wiring.forEach(w -> w.accept(v));
		return v;
	}

	private void addColumn(Rows v, SessionColumn c) {
		TableViewerColumn vc = new TableViewerColumn(v, c.numeric() ? SWT.RIGHT : SWT.LEFT);
		TableColumn tc = vc.getColumn();
		tc.setText(c.header());
		tc.setToolTipText(c.tooltip() + "\nClick to sort; click again to reverse");
		tc.setWidth(c.width());
		tc.setMoveable(true);
		tc.setData(c);
		vc.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return c.text((SessionFacts) element);
			}
		});
		tc.addListener(SWT.Selection, e -> sortBy(c));
	}

	/** Hands the table the row at an index when it is about to be painted, and asks for its details if needed. */
	private final class LazyRows implements ILazyContentProvider {
		private final Rows rowsOf;

		LazyRows(Rows rowsOf) {
			this.rowsOf = rowsOf;
		}

		@Override
		public void updateElement(int index) {
			if (rowsOf == viewer && index < rows.size()) { // the hidden table paints nothing, but be sure
				SessionFacts f = rows.get(index);
				rowsOf.replace(f, index);
				want(f.session());
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		}
	}

	private void want(Session s) {
		if (s == null || SessionLoader.isLoaded(s) || shown == null || shown.sessionLoader() == null) {
			return;
		}
		if (wanted.isEmpty()) {
			viewer.getTable().getDisplay().asyncExec(this::requestDetails); // one request for the rows of one paint
		}
		wanted.add(s);
	}

	private void requestDetails() {
		List<Session> batch = new ArrayList<>(wanted);
		wanted.clear();
		if (shown != null && !viewer.getTable().isDisposed()) {
			shown.sessionLoader().requestLoad(batch, viewer.getTable().getDisplay()::asyncExec);
		}
	}

	/** The viewer of one of the two tables. */
	private static final class Rows extends TableViewer {
		Rows(Composite parent, int style) {
			super(parent, style);
		}

		/** Sets the number of rows, all of them to be handed out again. */
		void setRows(int count) {
			Table table = getTable();
			table.setRedraw(false);
			try {
				setItemCount(count);
				table.clearAll(); // rows are handed out again, lazily, as they are painted
			} finally {
				table.setRedraw(true);
			}
		}
	}

	/** The table on screen. */
	Table table() {
		return viewer.getTable();
	}

	/** What the owner lays out: both tables, one above the other. */
	Composite control() {
		return holder;
	}

	/** Wires {@code each} viewer, the shown one, the hidden one and those made later (listeners, menu, open). */
	void forEachViewer(Consumer<TableViewer> each) {
		wiring.add(each);
		each.accept(viewer);
		each.accept(spare);
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
		Table table = viewer.getTable();
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
		updateSortIndicator();
		applyFilterAndSort();
	}

	/** The columns' widths, their order from left to right, and the sort, filter as given. */
	TableViewState state(String filterText) {
		Table table = viewer.getTable();
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
		applyColumns(state, viewer.getTable());
		applyColumns(state, spare.getTable());
	}

	private static void applyColumns(TableViewState state, Table table) {
		TableColumn[] columns = table.getColumns();
		List<Integer> order = new java.util.ArrayList<>();
		for (SessionColumn c : state.order()) {
			for (int i = 0; i < columns.length; i++) {
				if (columns[i].getData() == c) {
					order.add(i);
				}
			}
		}
		for (int i = 0; i < columns.length; i++) {
			Integer width = state.widths().get((SessionColumn) columns[i].getData());
			if (width != null) {
				columns[i].setWidth(width);
			}
			if (!order.contains(i)) {
				order.add(i);
			}
		}
		table.setColumnOrder(order.stream().mapToInt(Integer::intValue).toArray());
	}

	/** Clicking the sorted column again reverses it; another column sorts ascending. */
	void sortBy(SessionColumn column) {
		ascending = column == sortColumn ? !ascending : true;
		sortColumn = column;
		updateSortIndicator();
		applyFilterAndSort();
	}

	private void updateSortIndicator() {
		showSortIndicator(viewer.getTable());
		showSortIndicator(spare.getTable());
	}

	private void showSortIndicator(Table table) {
		for (TableColumn tc : table.getColumns()) {
			if (tc.getData() == sortColumn) {
				table.setSortColumn(tc);
			}
		}
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
	}

	private void applyFilterAndSort() {
		List<Session> selected = selected();
		rows = all.filterAndSort(filter, sortColumn, ascending);
		rowOf = null;
		Rows target = TableChoice.useSpare(viewer.getTable().getItemCount(), spare.getTable().getItemCount(), rows.size()) ? spare : viewer;
		Rows retired = null;
		if (TableChoice.replace(target.getTable().getItemCount(), rows.size())) {
			// GTK would remove the rows one by one: a new table instead, and of the other two the one farther from
			// every row disposed
			boolean keepShown = TableChoice.keepShown(viewer.getTable().getItemCount(), spare.getTable().getItemCount(), all.size());
			retired = keepShown ? spare : viewer;
			target = createViewer();
		}
		target.setRows(rows.size());
		if (target != viewer) {
			bringToScreen(target, retired);
		}
		select(selected);
		rowsChanged.run();
	}

	/**
	 * Shows {@code next} (the hidden table or a new one) in place of the shown one, with the shown one's column widths
	 * and order, scrolled to the top as a table whose rows were replaced; the keyboard focus follows. The table that
	 * was shown becomes the hidden one, keeping its rows, unless it is {@code retired}; a retired table is disposed.
	 */
	private void bringToScreen(Rows next, Rows retired) {
		Table from = viewer.getTable();
		Table to = next.getTable();
		to.setColumnOrder(from.getColumnOrder());
		TableColumn[] fromColumns = from.getColumns();
		TableColumn[] toColumns = to.getColumns();
		for (int i = 0; i < fromColumns.length; i++) {
			toColumns[i].setWidth(fromColumns[i].getWidth());
		}
		boolean focused = from.isFocusControl();
		if (from.getSelectionCount() > 0) {
			from.deselectAll(); // what the hidden table had selected is no longer the selection
		}
		from.setData(TABLE_KEY, null);
		to.setData(TABLE_KEY, Boolean.TRUE);
		Rows previous = viewer;
		viewer = next;
		stack.topControl = to;
		holder.layout();
		if (to.getItemCount() > 0) {
			to.setTopIndex(0);
		}
		if (focused) {
			to.setFocus();
		}
		if (retired != previous) {
			if (retired != null) {
				dispose(retired);
			}
			spare = previous;
		} else {
			dispose(previous);
		}
	}

	private static void dispose(Rows retired) {
		retired.getTable().setMenu(null); // the menu is the other tables' too, and a control disposes its menu
		retired.getTable().dispose();
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
		viewer.getTable().setSelection(indexes.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The sessions of the selected rows, in table order. */
	List<Session> selected() {
		if (viewer.getTable().isDisposed()) {
			return List.of();
		}
		int[] indexes = viewer.getTable().getSelectionIndices();
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
