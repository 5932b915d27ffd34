package ttt.workbench.ui.views.table;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ui.IMemento;

import ttt.workbench.analysis.session.table.SessionColumn;

/**
 * What the Sessions view remembers between starts (its {@link IMemento}): the sort column and direction, each
 * column's width and place (by column name, so a column added in a later version simply keeps its default), and the
 * filter text.
 *
 * @param order column names from left to right as the user arranged them (empty: as declared)
 */
record TableViewState(SessionColumn sortColumn, boolean ascending, Map<SessionColumn, Integer> widths,
		java.util.List<SessionColumn> order, String filter) {

	private static final String SORT = "sortColumn";
	private static final String ASCENDING = "ascending";
	private static final String FILTER = "filter";
	private static final String COLUMN = "column";
	private static final String NAME = "name";
	private static final String WIDTH = "width";

	TableViewState {
		widths = Map.copyOf(widths);
		order = java.util.List.copyOf(order);
		filter = filter == null ? "" : filter;
	}

	void save(IMemento memento) {
		memento.putString(SORT, sortColumn.name());
		memento.putBoolean(ASCENDING, ascending);
		memento.putString(FILTER, filter);
		for (SessionColumn c : order.isEmpty() ? java.util.List.of(SessionColumn.values()) : order) {
			IMemento column = memento.createChild(COLUMN);
			column.putString(NAME, c.name());
			Integer width = widths.get(c);
			if (width != null) {
				column.putInteger(WIDTH, width);
			}
		}
	}

	/** The state saved in {@code memento}, or null when there is none. Unknown column names are skipped. */
	static TableViewState read(IMemento memento) {
		if (memento == null || memento.getString(SORT) == null) {
			return null;
		}
		SessionColumn sort = column(memento.getString(SORT));
		Boolean ascending = memento.getBoolean(ASCENDING);
		Map<SessionColumn, Integer> widths = new LinkedHashMap<>();
		java.util.List<SessionColumn> order = new java.util.ArrayList<>();
		for (IMemento child : memento.getChildren(COLUMN)) {
			SessionColumn c = column(child.getString(NAME));
			if (c != null && !order.contains(c)) {
				order.add(c);
				Integer width = child.getInteger(WIDTH);
				if (width != null && width >= 0) {
					widths.put(c, width);
				}
			}
		}
		return new TableViewState(sort == null ? SessionColumn.CREATED : sort, ascending == null || ascending, widths, order,
				memento.getString(FILTER));
	}

	private static SessionColumn column(String name) {
		try {
			return name == null ? null : SessionColumn.valueOf(name);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
