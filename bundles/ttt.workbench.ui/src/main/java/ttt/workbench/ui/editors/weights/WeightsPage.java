package ttt.workbench.ui.editors.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.weights.Matrix;
import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.weights.StateSummary;
import ttt.workbench.analysis.weights.TopChanges;
import ttt.workbench.analysis.weights.WeightSet;
import ttt.workbench.analysis.weights.WeightSources;
import ttt.workbench.analysis.weights.WeightsComparison;
import ttt.workbench.analysis.weights.WeightsComparison.Mode;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.jobs.ModelLoader;

/**
 * The Weights tab: heatmaps of the plastic matrices W_u, B, W_o (or of their change against the parent session or the
 * base, with the largest changes outlined and listed), their statistics over the session's weight states and their
 * singular values. The data comes from {@link WeightSources} and the SWT-free classes beside it; this page only lays
 * them out.
 */
public final class WeightsPage extends FormPage {

	private boolean loading;
	private String loadFailure;

	public static final String ID = "ttt.workbench.ui.editors.weights";
	private static final int MIN_CELL = 8;
	private static final int MAX_CELL = 26;
	private static final RGB[] SERIES = { new RGB(0x1b, 0x9e, 0x77), new RGB(0xd9, 0x5f, 0x02), new RGB(0x75, 0x70, 0xb3) };

	private ScrolledForm form;
	private Label note;
	private Button showWeights;
	private Button compareParent;
	private Button compareBase;
	private final List<HeatmapCanvas> heatmaps = new ArrayList<>();
	private Composite heatmapArea;
	private Label topLabel;
	private Label cellInfo;
	private Label statsNote;
	private Table topTable;
	private Table statsTable;
	private Chart normsChart;
	private Chart singularChart;
	private Mode mode = Mode.WEIGHTS;
	private WeightSources sources;
	private final Runnable refreshListener = this::refresh;
	private final Consumer<RunFocus.Focus> focusListener = f -> refresh();

	private final SessionContext context;

	public WeightsPage(FormEditor formEditor, SessionContext context) {
		super(formEditor, ID, "Weights");
		this.context = context;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		form.setText("Weights");
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		Composite modes = toolkit.createComposite(body);
		modes.setLayout(new GridLayout(4, false));
		toolkit.createLabel(modes, "Show:");
		showWeights = radio(toolkit, modes, "&Weights W", Mode.WEIGHTS, "The matrices themselves");
		compareParent = radio(toolkit, modes, "Compare to &parent (W − W_parent)", Mode.DELTA_PARENT,
				"Change against the parent session's current weights (the base for a root session)");
		compareBase = radio(toolkit, modes, "Compare to &base (W − W_base)", Mode.DELTA_BASE,
				"Cumulative drift from the pretrained base checkpoint");
		showWeights.setSelection(true);
		note = toolkit.createLabel(body, "", SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		heatmapArea = toolkit.createComposite(body);
		GridLayout areaLayout = new GridLayout(3, false);
		areaLayout.horizontalSpacing = 16;
		heatmapArea.setLayout(areaLayout);
		heatmapArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (String name : WeightSet.PLASTIC) {
			HeatmapCanvas canvas = new HeatmapCanvas(heatmapArea);
			canvas.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			canvas.getAccessible();
			heatmaps.add(canvas);
			Exports.addContextMenu(canvas);
			canvas.setData("matrix", name);
		}
		cellInfo = toolkit.createLabel(body, "Hover over a cell for its value, or click a heatmap and move with the arrow keys.");
		cellInfo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (HeatmapCanvas h : heatmaps) {
			h.onSelection(text -> cellInfo.setText("Selected: " + text));
		}
		body.addListener(SWT.Resize, e -> fitCells());

		Section top = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		top.setText("Largest changes");
		top.setDescription("The " + WeightsComparison.TOP_K + " cells of each matrix with the largest |Δ|, outlined in black on the heatmaps.");
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite topBody = toolkit.createComposite(top);
		topBody.setLayout(new GridLayout(1, false));
		top.setClient(topBody);
		topLabel = toolkit.createLabel(topBody, "", SWT.WRAP);
		topLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		topTable = table(toolkit, topBody, "Cell", "Δ", "W", "Reference", "|Δ| / max|Δ| of matrix");
		topTable.setToolTipText("The cells outlined on the heatmaps; |Δ| relative to the largest change in the same matrix");

		Section stats = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		stats.setText("Statistics");
		stats.setDescription("Per weight state of this session (base, parent, each run that kept its end-of-run weights, current). "
				+ "std is the population standard deviation; cond = σ_max / σ_min from a one-sided Jacobi SVD in double precision.");
		stats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite statsBody = toolkit.createComposite(stats);
		statsBody.setLayout(new GridLayout(2, true));
		stats.setClient(statsBody);
		statsTable = table(toolkit, statsBody, "State", "Matrix", "‖W‖_F", "max |w|", "mean", "std", "σ_max", "σ_min", "cond");
		((GridData) statsTable.getLayoutData()).horizontalSpan = 2;
		statsNote = toolkit.createLabel(statsBody, "", SWT.WRAP);
		statsNote.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		normsChart = chart(statsBody, "Frobenius norm per state", "state", "‖W‖_F");
		singularChart = chart(statsBody, "Singular values of the shown weights", "index k", "σ_k");
		String id = context.sessionId();
		Exports.addContextMenu(new ChartExport(normsChart, id + "_weight_norms"));
		Exports.addContextMenu(new ChartExport(singularChart, id + "_singular_values"));

		context.addRefreshListener(refreshListener);
		context.focus().addListener(focusListener);
		refresh();
	}

	private Button radio(FormToolkit toolkit, Composite parent, String text, Mode m, String tip) {
		Button b = toolkit.createButton(parent, text, SWT.RADIO);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> {
			if (b.getSelection()) {
				setMode(m);
			}
		});
		return b;
	}

	private static Table table(FormToolkit toolkit, Composite parent, String... columns) {
		Table t = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (String c : columns) {
			TableColumn col = new TableColumn(t, SWT.LEFT);
			col.setText(c);
		}
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		t.setLayoutData(gd);
		return t;
	}

	private static Chart chart(Composite parent, String title, String x, String y) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setText(x);
		chart.getAxisSet().getYAxis(0).getTitle().setText(y);
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.heightHint = 260;
		chart.setLayoutData(gd);
		return chart;
	}

	/** Switches what the heatmaps show (also for tests and keyboard shortcuts). */
	public void setMode(Mode m) {
		mode = m;
		showWeights.setSelection(m == Mode.WEIGHTS);
		compareParent.setSelection(m == Mode.DELTA_PARENT);
		compareBase.setSelection(m == Mode.DELTA_BASE);
		showHeatmaps();
	}

	/** Scrolls the page to the statistics (true) or back to the heatmaps (false). */
	public void revealStatistics(boolean statistics) {
		form.setOrigin(0, statistics ? statsTable.getParent().getParent().getLocation().y : 0);
	}

	public Mode mode() {
		return mode;
	}

	public List<HeatmapCanvas> heatmaps() {
		return List.copyOf(heatmaps);
	}

	public HeatmapCanvas heatmap(String matrix) {
		return heatmaps.get(WeightSet.PLASTIC.indexOf(matrix));
	}

	public WeightSources sources() {
		return sources;
	}

	public Table topChangesTable() {
		return topTable;
	}

	public Table statsTable() {
		return statsTable;
	}

	/** Reads the weights off the UI thread, then shows them (a failure is shown, not retried on every repaint). */
	private void startLoading(Session session, List<LazyLoader.Load<?>> pending) {
		if (loading || loadFailure != null) {
			return;
		}
		loading = true;
		ModelLoader.load(form, "weights of " + session.getId(), pending, () -> {
			loading = false;
			refresh();
		}, e -> {
			loading = false;
			loadFailure = "The weights of " + session.getId() + " could not be read: " + e.getMessage();
			ILog.of(WeightsPage.class).error(loadFailure, e);
			refresh();
		});
	}

	private void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Session session = context.session();
		if (session == null) {
			note.setText("The session was deleted from the store.");
			return;
		}
		Base base = context.store().model().getBase();
		Run focused = context.focus().run();
		List<LazyLoader.Load<?>> pending = WeightSources.pendingLoads(context.store().loader(), base, session, focused);
		if (!pending.isEmpty()) {
			note.setText(loadFailure != null ? loadFailure : "Loading the weights of " + session.getId() + "…");
			startLoading(session, pending);
			return;
		}
		try {
			sources = WeightSources.resolve(null, base, session, focused); // everything is in the model: reads nothing
		} catch (RuntimeException e) {
			ILog.of(WeightsPage.class).error("Reading the weights of " + session.getId() + " failed", e);
			note.setText("The weights of " + session.getId() + " could not be read: " + e.getMessage());
			return;
		}
		form.setText("Weights of " + session.getId() + sources.shown()
				.map(s -> s.label().startsWith("current") ? " (current, plastic_state.pt)" : " — " + s.label()).orElse(""));
		compareParent.setText("Compare to &parent (W − W_parent; parent = " + (session.getParent() != null ? session.getParent().getId() : "base") + ")");
		compareParent.setEnabled(sources.parent().isPresent());
		compareBase.setEnabled(sources.base().isPresent());
		showHeatmaps();
		showStatistics();
		form.reflow(true);
	}

	private void showHeatmaps() {
		if (sources == null) {
			return;
		}
		Mode m = mode;
		if (m == Mode.DELTA_PARENT && sources.parent().isEmpty() || m == Mode.DELTA_BASE && sources.base().isEmpty()) {
			m = Mode.WEIGHTS;
		}
		String text = sources.note();
		WeightsComparison comparison = null;
		if (sources.shown().isPresent()) {
			WeightSet reference = m == Mode.DELTA_PARENT ? sources.parent().get() : m == Mode.DELTA_BASE ? sources.base().get() : null;
			comparison = WeightsComparison.of(m, sources.shown().get(), reference);
			if (m == Mode.DELTA_PARENT) {
				text = (text.isEmpty() ? "" : text + " ") + "Δ against " + sources.parentLabel() + ".";
			} else if (m == Mode.DELTA_BASE) {
				text = (text.isEmpty() ? "" : text + " ") + "Δ against the base checkpoint (cumulative drift).";
			}
		}
		note.setText(text.isEmpty() ? "The session's current plastic weights (plastic_state.pt)." : text);
		String sessionId = context.sessionId();
		for (int i = 0; i < heatmaps.size(); i++) {
			String name = WeightSet.PLASTIC.get(i);
			HeatmapCanvas canvas = heatmaps.get(i);
			Matrix matrix = comparison == null ? null : comparison.shown().get(name).orElse(null);
			String prefix = m == Mode.WEIGHTS ? "" : "Δ";
			String title = prefix + name + "  " + (matrix == null ? "" : matrix.shape()) + "  " + role(name);
			String scale = matrix != null && m != Mode.WEIGHTS && matrix.maxAbs() == 0 ? "All Δ = 0: identical\nto the reference"
					: "Colour: ±max|" + prefix + name + "|\n(own range per matrix)";
			canvas.setMatrix(matrix, title, prefix, scale, comparison == null ? List.of() : comparison.topChanges(name),
					sessionId + "_" + (m == Mode.WEIGHTS ? "" : m == Mode.DELTA_PARENT ? "delta_parent_" : "delta_base_") + name);
		}
		showTopChanges(m, comparison);
		fitCells();
		// titles, legends and the top-changes table change size with the mode: lay the whole page out again
		form.getBody().layout(true, true);
		form.reflow(true);
	}

	private static String role(String name) {
		return switch (name) {
		case "W_u" -> "input projection";
		case "B" -> "state input";
		default -> "readout";
		};
	}

	/** One cell size for all three heatmaps, as large as the page width allows (within readable bounds). */
	private void fitCells() {
		if (heatmapArea == null || heatmapArea.isDisposed() || heatmaps.get(0).matrix() == null) {
			return;
		}
		int available = form.getClientArea().width - 40;
		int fixed = 0;
		int cols = 0;
		for (HeatmapCanvas h : heatmaps) {
			if (h.matrix() != null) {
				fixed += h.preferredSize(0).x + 16;
				cols += h.matrix().cols();
			}
		}
		int cell = cols == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, (available - fixed) / cols));
		boolean changed = false;
		for (HeatmapCanvas h : heatmaps) {
			if (h.cellSize() != cell) {
				h.setCellSize(cell);
				changed = true;
			}
		}
		if (changed) {
			heatmapArea.layout(true);
			form.reflow(true);
		}
	}

	private void showTopChanges(Mode m, WeightsComparison comparison) {
		topTable.removeAll();
		boolean compare = m != Mode.WEIGHTS && comparison != null;
		topTable.setVisible(compare);
		((GridData) topTable.getLayoutData()).exclude = !compare;
		if (!compare) {
			topLabel.setText("Choose “Compare to parent” or “Compare to base” to list the largest changes.");
		} else if (comparison.topChanges().isEmpty()) {
			topLabel.setText("No weight differs from " + (m == Mode.DELTA_PARENT ? sources.parentLabel() : "the base")
					+ ": every Δ is 0 (e.g. a fork that has not run since it was made).");
			topTable.setVisible(false);
			((GridData) topTable.getLayoutData()).exclude = true;
		} else {
			topTable.getColumn(3).setText(m == Mode.DELTA_PARENT ? "W_parent" : "W_base");
			WeightSet reference = m == Mode.DELTA_PARENT ? sources.parent().get() : sources.base().get();
			topLabel.setText("Reference: " + (m == Mode.DELTA_PARENT ? sources.parentLabel() : "the base checkpoint") + ".");
			for (TopChanges.Cell c : comparison.topChanges()) {
				Matrix delta = comparison.shown().get(c.matrix()).orElseThrow();
				double w = sources.shown().get().get(c.matrix()).orElseThrow().get(c.row(), c.col());
				double ref = reference.get(c.matrix()).orElseThrow().get(c.row(), c.col());
				TableItem item = new TableItem(topTable, SWT.NONE);
				item.setText(new String[] { c.label(), Numbers.short4(c.value()), Numbers.short4(w), Numbers.short4(ref),
						String.format(Locale.ROOT, "%.0f%%", 100 * Math.abs(c.value()) / delta.maxAbs()) });
			}
		}
		pack(topTable);
	}

	private void showStatistics() {
		statsTable.removeAll();
		List<StateSummary> summaries = sources.states().stream().map(StateSummary::of).toList();
		for (StateSummary s : summaries) {
			for (StateSummary.Entry e : s.entries()) {
				double[] sv = e.singularValues();
				TableItem item = new TableItem(statsTable, SWT.NONE);
				item.setText(new String[] { s.state(), e.stats().name(), Numbers.short4(e.stats().frobenius()),
						Numbers.short4(e.stats().maxAbs()), Numbers.short4(e.stats().mean()), Numbers.short4(e.stats().std()),
						Numbers.short4(sv[0]), Numbers.short4(sv[sv.length - 1]), Numbers.short4(e.conditionNumber()) });
			}
		}
		pack(statsTable);

		clear(normsChart);
		String[] categories = summaries.stream().map(StateSummary::state).toArray(String[]::new);
		normsChart.getAxisSet().getXAxis(0).enableCategory(true);
		normsChart.getAxisSet().getXAxis(0).setCategorySeries(categories);
		normsChart.getTitle().setText(sources.runStates() == 0 ? "Frobenius norm per weight state" : "Frobenius norm over the session's runs");
		statsNote.setText(sources.runStates() == 0
				? "No run of this session kept its end-of-run weights (runs written by the reference do not), so the statistics compare the base, the parent and the current weights."
				: sources.runStates() + " run(s) of this session kept their end-of-run weights; each is a point of the chart.");
		for (int i = 0; i < WeightSet.PLASTIC.size(); i++) {
			String name = WeightSet.PLASTIC.get(i);
			double[] y = summaries.stream().mapToDouble(s -> s.entry(name).map(e -> e.stats().frobenius()).orElse(Double.NaN)).toArray();
			ILineSeries<?> series = (ILineSeries<?>) normsChart.getSeriesSet().createSeries(SeriesType.LINE, name);
			series.setYSeries(y);
			series.setLineColor(color(SERIES[i]));
			series.setSymbolColor(color(SERIES[i]));
			series.setSymbolType(i == 0 ? ILineSeries.PlotSymbolType.CIRCLE : i == 1 ? ILineSeries.PlotSymbolType.SQUARE : ILineSeries.PlotSymbolType.TRIANGLE);
		}
		normsChart.getAxisSet().adjustRange();
		var yAxis = normsChart.getAxisSet().getYAxis(0);
		var range = yAxis.getRange();
		double pad = Math.max(1e-6, (range.upper - range.lower) * 0.1);
		yAxis.setRange(new org.eclipse.swtchart.Range(range.lower - pad, range.upper + pad));
		normsChart.redraw();

		clear(singularChart);
		if (sources.shown().isPresent()) {
			StateSummary shown = StateSummary.of(sources.shown().get());
			int k = shown.entries().stream().mapToInt(e -> e.singularValues().length).max().orElse(0);
			String[] idx = new String[k];
			for (int j = 0; j < k; j++) {
				idx[j] = Integer.toString(j + 1);
			}
			singularChart.getAxisSet().getXAxis(0).enableCategory(true);
			singularChart.getAxisSet().getXAxis(0).setCategorySeries(idx);
			singularChart.getTitle().setText("Singular values of " + sources.shown().get().label());
			for (int i = 0; i < shown.entries().size(); i++) {
				StateSummary.Entry e = shown.entries().get(i);
				double[] sv = new double[k];
				System.arraycopy(e.singularValues(), 0, sv, 0, e.singularValues().length);
				IBarSeries<?> bars = (IBarSeries<?>) singularChart.getSeriesSet().createSeries(SeriesType.BAR,
						e.stats().name() + " (cond " + Numbers.short4(e.conditionNumber()) + ")");
				bars.setYSeries(sv);
				bars.setBarColor(color(SERIES[i % SERIES.length]));
			}
			singularChart.getAxisSet().adjustRange();
		}
		singularChart.redraw();
	}

	private Color color(RGB rgb) {
		return new Color(rgb);
	}

	private static void clear(Chart chart) {
		for (var s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
	}

	private static void pack(Table table) {
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
		GridData gd = (GridData) table.getLayoutData();
		gd.heightHint = Math.min(12, Math.max(2, table.getItemCount() + 1)) * table.getItemHeight() + table.getHeaderHeight();
	}

	@Override
	public void dispose() {
		context.removeRefreshListener(refreshListener);
		context.focus().removeListener(focusListener);
		super.dispose();
	}

	/** Preferred heatmap sizes, for tests. */
	Point heatmapSize(int i) {
		return heatmaps.get(i).getSize();
	}

}
