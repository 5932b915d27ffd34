package ttt.workbench.ui.views.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.session.ComparisonTable;
import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.ui.jobs.PerStepLoader;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/**
 * Compare: several sessions side by side. Above, the adaptive MSE curve of each one's newest run, overlaid (each
 * in its own colour and line style, named in the legend); below, their settings and metrics in a table with one
 * column per session, where "Show only differing rows" hides what they share. Curves are read off the UI thread.
 */
public class CompareView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.compare";

	private LineageBreadcrumb breadcrumb;
	private Label header;
	private Chart chart;
	private Button onlyDiffering;
	private TableViewer metrics;
	private Font bold;

	private List<SessionFacts> items = List.of();
	private List<ComparisonTable.Row> allRows = List.of();
	/** Curves loaded so far, by session id, in the order of {@link #items}. */
	private final Map<String, PerStepTable> curves = new LinkedHashMap<>();
	/** Bumped by every compare(); curve reads of an older comparison are dropped when they land. */
	private int generation;
	private final ISelectionListener selectionListener = this::workbenchSelectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		breadcrumb = new LineageBreadcrumb(root, SWT.NONE);
		breadcrumb.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		breadcrumb.addNavigationListener(this::revealInTree);
		header = new Label(root, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart = new Chart(sash, SWT.NONE);
		chart.getTitle().setText("Adaptive MSE of each session's newest run");
		chart.getAxisSet().getXAxis(0).getTitle().setText("step t");
		chart.getAxisSet().getYAxis(0).getTitle().setText("adaptive MSE");
		chart.getLegend().setPosition(SWT.BOTTOM);
		Exports.addContextMenu(new ChartExport());
		chart.getPlotArea().getControl().setMenu(chart.getMenu()); // right-clicks land on the plot area

		Composite bottom = new Composite(sash, SWT.NONE);
		bottom.setLayout(new GridLayout(1, false));
		onlyDiffering = new Button(bottom, SWT.CHECK);
		onlyDiffering.setText("Show only &differing rows");
		onlyDiffering.setToolTipText("Hide the settings and metrics that are the same for every compared session");
		onlyDiffering.addListener(SWT.Selection, e -> showRows());
		metrics = new TableViewer(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		metrics.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		metrics.getTable().setHeaderVisible(true);
		metrics.getTable().setLinesVisible(true);
		metrics.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(metrics);
		Exports.addContextMenu(new TableExport());
		sash.setWeights(3, 2);
		bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);

		getSite().getPage().addPostSelectionListener(selectionListener);
		compare(List.of());
		ttt.workbench.ui.store.ActiveStore.get().addListener(storeListener);
	}

	/** Another store opened: what was compared belongs to the old one. */
	private final java.util.function.Consumer<ttt.workbench.store.ArtifactStore> storeListener = store -> {
		if (!items.isEmpty() && !items.get(0).session().getStore().getRootPath().equals(store.model().getRootPath())) {
			compare(List.of());
		}
	};

	/** Compares {@code sessions} (null entries, e.g. a missing parent, are skipped). */
	public void compare(List<Session> sessions) {
		List<SessionFacts> next = new ArrayList<>();
		for (Session s : sessions) {
			if (s != null && next.stream().noneMatch(f -> f.session() == s)) {
				next.add(SessionFacts.of(s));
			}
		}
		show(next);
	}

	/** Compares single runs (of one session or several), each column and curve named by its run id. */
	public void compareRuns(List<Run> runs) {
		List<SessionFacts> next = new ArrayList<>();
		for (Run r : runs) {
			if (r != null && next.stream().noneMatch(f -> f.newestRun() == r)) {
				next.add(SessionFacts.ofRun(r));
			}
		}
		show(next);
	}

	private void show(List<SessionFacts> next) {
		generation++;
		curves.clear();
		items = next;
		allRows = ComparisonTable.rows(items);
		breadcrumb.setSession(items.isEmpty() ? null : items.getLast().session());
		rebuildColumns();
		showRows();
		clearChart();
		List<String> never = items.stream().filter(f -> f.newestRun() == null).map(SessionFacts::id).toList();
		boolean runs = items.stream().anyMatch(f -> !f.id().equals(f.session().getId()));
		chart.getTitle().setText(runs ? "Adaptive MSE of each compared run" : "Adaptive MSE of each session's newest run");
		header.setText(items.isEmpty()
				? "Nothing to compare yet: select sessions in the Sessions view and choose Compare Selected, or Compare with Parent."
				: "Comparing " + (runs ? "the runs " : "the newest runs of ")
						+ String.join(", ", items.stream().map(SessionFacts::id).toList())
						+ (never.isEmpty() ? "" : ".  No curve for " + String.join(", ", never) + ": never run."));
		header.getParent().layout(true, true);
		for (SessionFacts f : items) {
			if (f.newestRun() != null) {
				loadCurve(f, generation);
			}
		}
	}

	private void rebuildColumns() {
		metrics.getTable().setRedraw(false);
		try {
			for (TableColumn c : metrics.getTable().getColumns()) {
				c.dispose();
			}
			column("Setting / metric", 190, SWT.LEFT, -1);
			for (int i = 0; i < items.size(); i++) {
				column(items.get(i).id(), 150, SWT.RIGHT, i);
			}
		} finally {
			metrics.getTable().setRedraw(true);
		}
	}

	private void column(String title, int width, int align, int index) {
		TableViewerColumn vc = new TableViewerColumn(metrics, align);
		vc.getColumn().setText(title);
		vc.getColumn().setWidth(width);
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
		metrics.setInput(ComparisonTable.filter(allRows, onlyDiffering.getSelection()));
		for (TableColumn c : metrics.getTable().getColumns()) { // wide enough for run ids, never absurdly wide
			c.pack();
			c.setWidth(Math.max(90, Math.min(c.getWidth() + 12, 280)));
		}
	}

	/** Reads the run's per_step.csv in a job; draws it if this comparison is still the one shown. */
	private void loadCurve(SessionFacts f, int forGeneration) {
		String runId = f.newestRun().getId();
		PerStepLoader.load(chart, Path.of(f.session().getStore().getRootPath()), f.session().getId(), runId, table -> {
			if (forGeneration == generation) {
				curves.put(f.id(), table);
				drawCurves();
			}
		}, e -> {
			if (forGeneration == generation) {
				header.setText(header.getText() + "  Cannot read the curve of " + runId + ": " + e.getMessage());
			}
		});
	}

	private void clearChart() {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		chart.redraw();
	}

	/** Draws the loaded curves in the order of the compared items, so each keeps its colour and style. */
	private void drawCurves() {
		clearChart();
		for (int i = 0; i < items.size(); i++) {
			PerStepTable table = curves.get(items.get(i).id());
			if (table == null) {
				continue;
			}
			CurveStyle style = CurveStyle.of(i);
			ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, items.get(i).id());
			String runId = items.get(i).newestRun().getId();
			series.setDescription(items.get(i).id().equals(runId) ? runId : items.get(i).id() + " (" + runId + ")");
			series.setXSeries(steps(table));
			series.setYSeries(table.adaptiveMse());
			series.setLineColor(new Color(style.color()));
			series.setLineStyle(style.lineStyle());
			series.setLineWidth(2);
			series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private static double[] steps(PerStepTable table) {
		double[] t = new double[table.steps()];
		for (int i = 0; i < t.length; i++) {
			t[i] = table.t()[i];
		}
		return t;
	}

	private void workbenchSelectionChanged(IWorkbenchPart part, ISelection sel) {
		if (part != this && sel instanceof IStructuredSelection s && s.getFirstElement() instanceof Session session) {
			breadcrumb.setSession(session);
		}
	}

	private void revealInTree(Session session) {
		ttt.workbench.ui.selection.RevealSession.inTree(getSite(), session.getId(), true);
	}

	/** The curves as a picture (SVG) and as numbers (CSV: t, then one adaptive-MSE column per session). */
	private final class ChartExport implements Exportable {
		@Override
		public Control control() {
			return chart;
		}

		@Override
		public String suggestedName() {
			return "compare_" + String.join("_", items.stream().map(SessionFacts::id).toList());
		}

		@Override
		public void paint(Drawing d, int width, int height) {
			CompareCurvesPainter.paint(d, width, height, chart.getTitle().getText(), legendEntries());
		}

		@Override
		public CsvTable data() {
			List<String> header = new ArrayList<>(List.of("t"));
			List<PerStepTable> tables = new ArrayList<>();
			for (SessionFacts f : items) {
				if (curves.containsKey(f.id())) {
					header.add(f.id() + " adaptive_mse");
					tables.add(curves.get(f.id()));
				}
			}
			CsvTable csv = new CsvTable(header);
			int steps = tables.stream().mapToInt(PerStepTable::steps).max().orElse(0);
			for (int i = 0; i < steps; i++) {
				List<Object> row = new ArrayList<>();
				row.add(i);
				for (PerStepTable t : tables) {
					row.add(i < t.steps() ? Double.toString(t.adaptiveMse()[i]) : "");
				}
				csv.row(row);
			}
			return csv;
		}
	}

	private List<CompareCurvesPainter.Curve> legendEntries() {
		List<CompareCurvesPainter.Curve> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			PerStepTable t = curves.get(items.get(i).id());
			if (t != null) {
				CurveStyle style = CurveStyle.of(i);
				out.add(new CompareCurvesPainter.Curve(items.get(i).id(), steps(t), t.adaptiveMse(), style.color(), style.dashedInSvg()));
			}
		}
		return out;
	}

	/** The metrics table as CSV (rows shown, one column per session). */
	private final class TableExport implements Exportable {
		@Override
		public Control control() {
			return metrics.getTable();
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
			return metricsCsv();
		}
	}

	/** The rows shown in the metrics table: setting, then one value per compared session. */
	public CsvTable metricsCsv() {
		List<String> header = new ArrayList<>(List.of("setting"));
		items.forEach(f -> header.add(f.id()));
		CsvTable csv = new CsvTable(header);
		for (ComparisonTable.Row r : ComparisonTable.filter(allRows, onlyDiffering.getSelection())) {
			List<Object> row = new ArrayList<>(List.of(r.name()));
			row.addAll(r.values());
			csv.row(row);
		}
		return csv;
	}

	// ---- for tests

	/** The chart as an export (PNG, SVG, CSV), as its context menu offers it. */
	public Exportable chartExport() {
		return new ChartExport();
	}

	public Chart getChart() {
		return chart;
	}

	public Button getOnlyDifferingToggle() {
		return onlyDiffering;
	}

	public TableViewer getMetricsViewer() {
		return metrics;
	}

	public LineageBreadcrumb getBreadcrumb() {
		return breadcrumb;
	}

	public String getHeaderText() {
		return header.getText();
	}

	@Override
	public void setFocus() {
		metrics.getTable().setFocus();
	}

	@Override
	public void dispose() {
		ttt.workbench.ui.store.ActiveStore.get().removeListener(storeListener);
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}

}
