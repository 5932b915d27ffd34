package ttt.workbench.ui.charts;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.session.MseCurveText;
import ttt.workbench.analysis.session.OverviewCurves;
import ttt.workbench.analysis.session.Smoothing;
import ttt.workbench.analysis.style.SeriesColor;

/**
 * The three-line MSE chart of a run (SWTChart): base (gray, dashed, thin), session start (blue, dashed) and adaptive
 * (green, solid, thick); the persistent-learning band between base and session start and the online-learning band
 * between session start and adaptive; commit (▲) and rollback (✕) markers on the adaptive curve; a legend. Log
 * scale and trailing moving-average smoothing, mouse zoom and pan ({@link ChartZoom}), a tooltip with the exact values
 * at the hovered step and its update, and the export context menu (PNG, SVG, CSV) on the plot.
 */
public final class MseChart {

	public static final String BASE = "base";
	public static final String SESSION_START = "session_start";
	public static final String ADAPTIVE = "adaptive";
	public static final String COMMITS = "commits";
	public static final String ROLLBACKS = "rollbacks";

	/**
	 * The persistent band is drawn first and fainter: where the two bands overlap (session start above both others)
	 * the online band, this run's story, dominates. Built per call because the colours follow the palette preference.
	 */
	private static List<ChartBand> bands() {
		RGB loss = Palette.rgb(SeriesColor.LOSS);
		return List.of(
				new ChartBand(BASE, SESSION_START, Palette.rgb(SeriesColor.PERSISTENT), loss, 45,
						"persistent learning (base → session start)", null),
				new ChartBand(SESSION_START, ADAPTIVE, Palette.rgb(SeriesColor.ONLINE), loss, 70,
						"online learning (session start → adaptive)", "worse than the reference (MSE went up)"));
	}

	private final Composite box;
	private final Chart chart;
	private final ChartZoom zoom;
	private final ChartVectorExport export;
	private Composite bandKey;
	private OverviewCurves curves;
	private boolean logScale;
	private Smoothing smoothing = new Smoothing(Smoothing.Kind.NONE, 1, 0);
	private String exportName = "overview";

	public MseChart(Composite parent) {
		box = new Composite(parent, SWT.NONE);
		box.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		chart = new Chart(box, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.getTitle().setText("No run");
		ChartTheme.apply(chart, "step t", "MSE per step");
		chart.getPlotArea().addCustomPaintListener(new BandPainter(chart, MseChart::bands));
		new StepHover(chart, () -> curves, this::tooltip);
		zoom = new ChartZoom(chart, this::fit);
		export = new ChartVectorExport(chart, MseChart::bands, this::data, () -> exportName);
		export.addContextMenu();
		bandKey = BandKey.create(box, bands());
		ChartTheme.onChange(chart, this::recolour);
	}

	/** The palette preference changed: the curves, markers, bands and band key take the new colours. */
	private void recolour() {
		boolean visible = bandKey.getVisible();
		bandKey.dispose();
		bandKey = BandKey.create(box, bands());
		setBandKeyVisible(visible);
		if (curves != null) {
			keepingView(this::rebuild);
		}
		chart.redraw();
	}

	/** The chart with its band key below. */
	public Control control() {
		return box;
	}

	/**
	 * Shows or hides the key of the bands under the plot (a small strip, such as the Session Tree's, gives the plot the
	 * room; the bands' meaning is then in the legend's curves and the tooltip).
	 */
	public void setBandKeyVisible(boolean visible) {
		bandKey.setVisible(visible);
		((org.eclipse.swt.layout.GridData) bandKey.getLayoutData()).exclude = !visible;
		box.layout(true, true);
	}

	public Chart chart() {
		return chart;
	}

	public ChartZoom zoom() {
		return zoom;
	}

	public ChartVectorExport export() {
		return export;
	}

	/** What is shown (null: nothing yet). */
	public OverviewCurves curves() {
		return curves;
	}

	public void setExportName(String name) {
		exportName = name;
	}

	/**
	 * Shows {@code next}. When the user has zoomed or panned, the view stays where it is (a live run filling in or a
	 * refresh must not throw the user's view away); otherwise the axes fit the new data.
	 */
	public void show(OverviewCurves next) {
		Range x = chart.getAxisSet().getXAxis(0).getRange();
		Range y = chart.getAxisSet().getYAxis(0).getRange();
		curves = next;
		chart.getTitle().setText(next.title());
		rebuild();
		if (zoom.isZoomed()) {
			chart.getAxisSet().getXAxis(0).setRange(x);
			chart.getAxisSet().getYAxis(0).setRange(y);
		} else {
			fit();
		}
		chart.redraw();
	}

	/** Shows a message instead of curves (no run, curves missing). */
	public void clear(String message) {
		curves = null;
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		chart.getTitle().setText(message);
		chart.redraw();
	}

	public boolean isLogScale() {
		return logScale;
	}

	/** Log10 MSE axis on or off; refits the MSE axis (the step range stays). */
	public void setLogScale(boolean on) {
		IAxis y = chart.getAxisSet().getYAxis(0);
		try {
			y.enableLogScale(on);
			logScale = on;
		} catch (IllegalStateException e) {
			// SWTChart refuses a log axis when a series has a value ≤ 0 (an MSE of exactly 0): stay linear
			y.enableLogScale(false);
			logScale = false;
		}
		y.adjustRange();
		chart.redraw();
	}

	/** How the curves are smoothed (kind NONE: the raw curves). */
	public Smoothing smoothing() {
		return smoothing;
	}

	public void setSmoothing(Smoothing next) {
		smoothing = next;
		if (curves != null) {
			keepingView(this::rebuild);
		}
		chart.redraw();
	}

	/** Rebuilds the series without losing the steps shown (and the MSE range when the user zoomed). */
	private void keepingView(Runnable rebuild) {
		Range x = chart.getAxisSet().getXAxis(0).getRange();
		Range y = chart.getAxisSet().getYAxis(0).getRange();
		rebuild.run();
		chart.getAxisSet().getXAxis(0).setRange(x);
		if (zoom.isZoomed()) {
			chart.getAxisSet().getYAxis(0).setRange(y);
		} else {
			chart.getAxisSet().getYAxis(0).adjustRange();
		}
	}

	/** Axes fitted to the data (with a small margin, log-aware). */
	private void fit() {
		chart.getAxisSet().adjustRange();
		if (curves != null && curves.steps() > 0) {
			chart.getAxisSet().getXAxis(0).setRange(new Range(curves.t()[0], Math.max(curves.t()[curves.steps() - 1], curves.t()[0] + 1)));
		}
	}

	private double[] shown(double[] raw) {
		return raw == null ? null : smoothing.apply(raw);
	}

	private void rebuild() {
		boolean suspended = chart.isUpdateSuspended();
		chart.suspendUpdate(true);
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		double[] t = curves.t();
		line(BASE, "base (frozen)", t, shown(curves.base()), Palette.rgb(SeriesColor.BASE), LineStyle.DASH, 1);
		if (curves.sessionStart() != null) {
			line(SESSION_START, "session start (no updates)", t, shown(curves.sessionStart()), Palette.rgb(SeriesColor.SESSION_START), LineStyle.DASH, 2);
		}
		double[] adaptive = shown(curves.adaptive());
		line(ADAPTIVE, "adaptive (online updates)", Arrays.copyOf(t, adaptive.length), adaptive, Palette.rgb(SeriesColor.ADAPTIVE),
				LineStyle.SOLID, 3);
		markers(COMMITS, "commit ▲", true, adaptive, PlotSymbolType.TRIANGLE, Palette.rgb(SeriesColor.COMMIT));
		markers(ROLLBACKS, "rollback ✕", false, adaptive, PlotSymbolType.CROSS, Palette.rgb(SeriesColor.ROLLBACK));
		chart.suspendUpdate(suspended);
	}

	private void line(String id, String label, double[] x, double[] y, RGB rgb, LineStyle style, int width) {
		ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		s.setDescription(label);
		s.setXSeries(x);
		s.setYSeries(y);
		s.setLineColor(new Color(chart.getDisplay(), rgb));
		s.setLineStyle(style);
		s.setLineWidth(width);
		s.setSymbolType(PlotSymbolType.NONE);
		s.setAntialias(SWT.ON);
	}

	/** Markers on the (shown) adaptive curve at each update attempt it has reached. */
	private void markers(String id, String label, boolean committed, double[] adaptive, PlotSymbolType symbol, RGB rgb) {
		List<double[]> points = MseCurveText.markPoints(curves, adaptive, committed);
		ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		s.setDescription(label + " (" + points.size() + ")");
		s.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
		s.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
		s.setLineStyle(LineStyle.NONE);
		s.setSymbolType(symbol);
		s.setSymbolSize(5);
		s.setSymbolColor(new Color(chart.getDisplay(), rgb));
		s.setAntialias(SWT.ON);
	}

	/** Shown values of a series (after smoothing), for tests and the tooltip. */
	public double[] shownValues(String id) {
		ISeries<?> s = chart.getSeriesSet().getSeries(id);
		return s == null ? new double[0] : s.getYSeries();
	}

	/** The tooltip at step index {@code i}: exact per-step values of the three curves and the update at that step. */
	public String tooltip(int i) {
		boolean smoothed = smoothing.kind() != Smoothing.Kind.NONE; // the shown values only matter, and are only copied out of the chart, when smoothed
		return MseCurveText.tooltip(curves, i, smoothed, smoothed ? shownValues(BASE) : null,
				smoothed ? shownValues(SESSION_START) : null, smoothed ? shownValues(ADAPTIVE) : null);
	}

	/** The visible steps as per_step.csv columns (exact stored values, not smoothed). */
	public CsvTable data() {
		Range x = chart.getAxisSet().getXAxis(0).getRange();
		return MseCurveText.visibleSteps(curves, x.lower, x.upper);
	}
}
