package ttt.workbench.ui.views.table;

import java.util.ArrayList;
import java.util.List;
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

import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.analysis.session.table.TableChoice;

/**
 * The Sessions table's two virtual tables in a {@link StackLayout}, one on screen and one hidden, alike in columns,
 * sort indicator, menu and keys. GTK adds and removes the rows of a table one by one, so when a filter takes 100,000
 * rows down to a few, the hidden table shows the few while the shown one hides with its 100,000 rows for when the
 * filter is cleared ({@link TableChoice} picks the table that moves fewer rows; small stores never switch). Removing
 * those rows took 0.3 s to seconds. A table that would still lose more than half of many rows gives way to a new one
 * (the one kept beside it is the one nearer to every row, for when the filter is cleared): a disposed table's rows are
 * freed at once, while each row removed costs GTK 3 µs, or 20 µs and more once the table has had the focus or a
 * selection (GtkRowsBenchmark; a profile points at the table's accessibility object, which GTK creates on focus).
 * <p>
 * This class owns the tables and their look, carried over when another table comes on screen: column widths and
 * order, sort indicator, what the owner wired (menu, listeners) and the keyboard focus. Which rows there are is
 * {@link SessionTable}'s job; it hands a row out when the shown table is about to paint it.
 */
final class TablePair {

	/** Data key of the table on screen (tests find it by this key; the hidden one has no such key). */
	static final String TABLE_KEY = "ttt.sessions.table";
	private static final int STYLE = SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL;

	/** Hands the shown table the row at an index as it is about to be painted. */
	interface RowPainter {
		void paint(TableViewer shown, int index);
	}

	/** Holds both tables, one on top. */
	private final Composite holder;
	private final StackLayout stack = new StackLayout();
	/** The table on screen. */
	private Rows viewer;
	/** The hidden table, with the rows it had when it was last shown. */
	private Rows spare;
	/** What the owner wired to each table (listeners, menu, open), for the tables made later. */
	private final List<Consumer<TableViewer>> wiring = new ArrayList<>();
	private final Consumer<SessionColumn> headerClicked;
	private final RowPainter painter;
	/** The sort the indicator shows, on both tables and those made later. */
	private SessionColumn sortColumn;
	private boolean ascending;

	/**
	 * @param headerClicked called with a column whose header was clicked (to sort by it)
	 * @param painter       hands out the rows of the table on screen
	 */
	TablePair(Composite parent, SessionColumn sortColumn, boolean ascending, Consumer<SessionColumn> headerClicked,
			RowPainter painter) {
		this.sortColumn = sortColumn;
		this.ascending = ascending;
		this.headerClicked = headerClicked;
		this.painter = painter;
		holder = new Composite(parent, SWT.NONE);
		holder.setLayout(stack);
		viewer = createViewer();
		spare = createViewer();
		viewer.getTable().setData(TABLE_KEY, Boolean.TRUE);
		stack.topControl = viewer.getTable();
		showSort(sortColumn, ascending);
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
		v.setInput(this); // the lazy provider asks the painter for rows; the input only has to be non-null
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
		tc.addListener(SWT.Selection, e -> headerClicked.accept(c));
	}

	/** Asks for the row at an index when it is about to be painted, on the shown table only. */
	private final class LazyRows implements ILazyContentProvider {
		private final Rows rowsOf;

		LazyRows(Rows rowsOf) {
			this.rowsOf = rowsOf;
		}

		@Override
		public void updateElement(int index) {
			if (rowsOf == viewer) { // the hidden table paints nothing, but be sure
				painter.paint(rowsOf, index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
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

	/**
	 * Shows {@code count} rows, all to be handed out again: on the table that moves fewest rows, and, when the filter
	 * switched tables, with the look of the one that was on screen.
	 *
	 * @param total the number of rows with no filter (to keep the table nearer to it when one is disposed)
	 */
	void showRows(int count, int total) {
		Rows target = TableChoice.useSpare(viewer.getTable().getItemCount(), spare.getTable().getItemCount(), count) ? spare : viewer;
		Rows retired = null;
		if (TableChoice.replace(target.getTable().getItemCount(), count)) {
			// GTK would remove the rows one by one: a new table instead, and of the other two the one farther from
			// every row disposed
			boolean keepShown = TableChoice.keepShown(viewer.getTable().getItemCount(), spare.getTable().getItemCount(), total);
			retired = keepShown ? spare : viewer;
			target = createViewer();
		}
		target.setRows(count);
		if (target != viewer) {
			bringToScreen(target, retired);
		}
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

	/** Widths and order of the columns as remembered (columns not remembered keep their default and go last). */
	void applyColumns(TableViewState state) {
		applyColumns(state, viewer.getTable());
		applyColumns(state, spare.getTable());
	}

	private static void applyColumns(TableViewState state, Table table) {
		TableColumn[] columns = table.getColumns();
		List<Integer> order = new ArrayList<>();
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

	/** Shows the sort on both tables' headers (and on those made later). */
	void showSort(SessionColumn column, boolean ascendingOrder) {
		sortColumn = column;
		ascending = ascendingOrder;
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
}
