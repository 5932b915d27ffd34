package ttt.workbench.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/**
 * The Sessions view as a test uses it: its widgets found by their data keys, driven as a user would (header clicks,
 * typing in the filter, selecting rows, Ctrl+C), its selection read from the workbench's selection service.
 */
final class SessionsViewDriver {

	final SessionTableView view;
	final Text filter;
	final Label count;
	final LineageBreadcrumb breadcrumb;

	SessionsViewDriver(SessionTableView view) {
		this.view = view;
		Composite shell = view.getSite().getShell();
		this.filter = find(shell, SessionTableView.FILTER_KEY, Text.class);
		this.count = find(shell, SessionTableView.COUNT_KEY, Label.class);
		this.breadcrumb = find(shell, SessionTableView.BREADCRUMB_KEY, LineageBreadcrumb.class);
	}

	/**
	 * The table on screen. Found again at each call: the view has two tables and shows the one that moves fewer rows
	 * (a filter of a large store shows its rows in the other one).
	 */
	Table table() {
		return find(view.getSite().getShell(), SessionTableView.TABLE_KEY, Table.class);
	}

	/** Clicks {@code column}'s header until the table is sorted by it in the given direction. */
	void sortBy(SessionColumn column, boolean ascending) {
		for (int i = 0; i < 3 && !(table().getSortColumn() == table().getColumn(column.ordinal())
				&& table().getSortDirection() == (ascending ? SWT.UP : SWT.DOWN)); i++) {
			click(column);
		}
	}

	void click(SessionColumn c) {
		TableColumn column = table().getColumn(c.ordinal());
		column.notifyListeners(SWT.Selection, new Event());
	}

	/** The sessions the view publishes as selected. */
	List<Session> selected() {
		return ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).stream().map(Session.class::cast).toList();
	}

	/** Selects the rows of {@code sessions} as a user would (clearing the filter when one is hidden). */
	void select(List<Session> sessions) {
		List<Integer> rows = rowsOf(sessions);
		if (rows.size() < sessions.size()) {
			filter.setText("");
			rows = rowsOf(sessions);
		}
		table().setSelection(rows.stream().mapToInt(Integer::intValue).toArray());
		table().showSelection();
		table().notifyListeners(SWT.Selection, new Event());
	}

	void select(Session session) {
		select(List.of(session));
	}

	private List<Integer> rowsOf(List<Session> sessions) {
		List<Integer> out = new ArrayList<>();
		for (int i = 0; i < table().getItemCount(); i++) {
			String id = table().getItem(i).getText(SessionColumn.ID.ordinal());
			if (sessions.stream().anyMatch(s -> s.getId().equals(id))) {
				out.add(i);
			}
		}
		return out;
	}

	/** Ctrl+C with nothing selected: every row shown, as tab-separated text with a header line. */
	List<String> copyAllRows() {
		table().deselectAll();
		table().notifyListeners(SWT.Selection, new Event());
		Event ctrlC = new Event();
		ctrlC.stateMask = SWT.MOD1;
		ctrlC.keyCode = 'c';
		table().notifyListeners(SWT.KeyDown, ctrlC);
		Clipboard clipboard = new Clipboard(table().getDisplay());
		try {
			return ((String) clipboard.getContents(TextTransfer.getInstance())).lines().toList();
		} finally {
			clipboard.dispose();
		}
	}

	static <T extends Control> T find(Composite parent, String key, Class<T> type) {
		for (Control c : parent.getChildren()) {
			if (c.getData(key) != null && type.isInstance(c)) {
				return type.cast(c);
			}
			if (c instanceof Composite composite) {
				T found = find(composite, key, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
