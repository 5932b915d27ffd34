package ttt.workbench.ui.editors.weights;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The tables of the Weights page: headed, lined, as tall as their rows (up to twelve). */
final class Tables {

	private Tables() {
	}

	static Table create(FormToolkit toolkit, Composite parent, String... columns) {
		Table t = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (String c : columns) {
			new TableColumn(t, SWT.LEFT).setText(c);
		}
		t.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return t;
	}

	/** Fits the columns to their content and the height to the rows. */
	static void pack(Table table) {
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
		GridData gd = (GridData) table.getLayoutData();
		gd.heightHint = Math.min(12, Math.max(2, table.getItemCount() + 1)) * table.getItemHeight() + table.getHeaderHeight();
	}
}
