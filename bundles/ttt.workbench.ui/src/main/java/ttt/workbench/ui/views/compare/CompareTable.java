package ttt.workbench.ui.views.compare;

import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.session.ComparisonTable;
import ttt.workbench.analysis.session.CurveComparison;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

/**
 * The Compare view's settings and metrics: one row per setting or metric, one column per compared item, rows that
 * differ in bold with "≠"; "Show only differing rows" hides the rest. Its context menu exports the rows shown as CSV.
 */
final class CompareTable {

	private final Button onlyDiffering;
	private final TableViewer viewer;
	private final Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
	private final Supplier<CurveComparison> shown;

	CompareTable(Composite parent, Supplier<CurveComparison> shown) {
		this.shown = shown;
		Composite box = new Composite(parent, SWT.NONE);
		box.setLayout(new GridLayout(1, false));
		onlyDiffering = new Button(box, SWT.CHECK);
		onlyDiffering.setData(CompareView.ONLY_DIFFERING_KEY, Boolean.TRUE);
		onlyDiffering.setText("Show only &differing rows");
		onlyDiffering.setToolTipText("Hide the settings and metrics that are the same for every compared session");
		onlyDiffering.addListener(SWT.Selection, e -> showRows());
		viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setData(CompareView.TABLE_KEY, Boolean.TRUE);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		Exports.addContextMenu(new TableExport());
	}

	Control control() {
		return viewer.getTable();
	}

	boolean onlyDiffering() {
		return onlyDiffering.getSelection();
	}

	/** Sets "Show only differing rows" (a remembered choice) and shows the rows accordingly. */
	void setOnlyDiffering(boolean only) {
		onlyDiffering.setSelection(only);
		showRows();
	}

	/** A new comparison: one column per item, then its rows. */
	void show(CurveComparison comparison) {
		viewer.getTable().setRedraw(false);
		try {
			for (TableColumn c : viewer.getTable().getColumns()) {
				c.dispose();
			}
			column("Setting / metric", SWT.LEFT, -1);
			for (int i = 0; i < comparison.items().size(); i++) {
				column(comparison.items().get(i).id(), SWT.RIGHT, i);
			}
		} finally {
			viewer.getTable().setRedraw(true);
		}
		showRows();
	}

	private void column(String title, int align, int index) {
		TableViewerColumn vc = new TableViewerColumn(viewer, align);
		vc.getColumn().setText(title);
		vc.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				ComparisonTable.Row row = (ComparisonTable.Row) element;
				return index < 0 ? (row.differs() ? "≠ " : "   ") + row.name() : row.values().get(index);
			}

			@Override
			public Font getFont(Object element) {
				return ((ComparisonTable.Row) element).differs() ? bold : null; // and "≠" in the first column
			}

			@Override
			public String getToolTipText(Object element) {
				ComparisonTable.Row row = (ComparisonTable.Row) element;
				return row.tooltip() + (row.differs() ? "\nThe compared sessions differ here" : "");
			}
		});
	}

	private void showRows() {
		viewer.setInput(shown.get().rows(onlyDiffering.getSelection()));
		for (TableColumn c : viewer.getTable().getColumns()) { // wide enough for run ids, never absurdly wide
			c.pack();
			c.setWidth(Math.max(90, Math.min(c.getWidth() + 12, 280)));
		}
	}

	/** The rows shown as CSV: setting, then one value per compared item. */
	private final class TableExport implements Exportable {
		@Override
		public Control control() {
			return viewer.getTable();
		}

		@Override
		public String suggestedName() {
			return "compare_metrics";
		}

		@Override
		public boolean hasVector() {
			return false;
		}

		@Override
		public void paint(Drawing drawing, int width, int height) {
		}

		@Override
		public CsvTable data() {
			return shown.get().metricsCsv(onlyDiffering.getSelection());
		}
	}
}
