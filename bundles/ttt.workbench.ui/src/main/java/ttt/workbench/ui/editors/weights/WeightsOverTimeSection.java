package ttt.workbench.ui.editors.weights;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.weights.WeightSet;
import ttt.workbench.analysis.weights.WeightsOverTime;
import ttt.workbench.store.model.UpdateStatus;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.ChartVectorExport;
import ttt.workbench.ui.charts.Markers;
import ttt.workbench.ui.editors.context.WidgetIds;

/**
 * Weights over time: the Frobenius norm of the plastic weights after every update attempt of the session, across all
 * its runs laid end to end (x = global step), with the three matrices' own norms, the largest |w| on a second axis,
 * a marker per outcome (shape and colour per rollback kind, in the legend) and a dashed line where each run starts.
 * Hovering names the update, its run, step and values. The data is {@link WeightsOverTime}, built from the model
 * the page already loaded: this section reads nothing.
 */
final class WeightsOverTimeSection extends SectionPart {

	/** Series ids, also the legend's text. */
	static final String TOTAL = "‖W‖_F (W_u, B, W_o together)";
	static final String MAX_ABS = "max |w| (right axis)";

	private final Chart chart;
	private final Label note;
	private WeightsOverTime shown;
	private int hovered = -1;

	WeightsOverTimeSection(Composite parent, FormToolkit toolkit, String sessionId) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.TWISTIE | Section.EXPANDED);
		Section section = getSection();
		section.setText("Weights over time");
		section.setDescription("After every update attempt of every run of this session, as its event records them (after the restore when"
				+ " rolled back). Runs are laid end to end: x is the step counted across runs; a dashed line marks where each run starts.");
		Composite body = toolkit.createComposite(section);
		body.setLayout(new GridLayout(1, false));
		section.setClient(body);
		note = toolkit.createLabel(body, "", SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		chart = WidgetIds.name(new Chart(body, SWT.NONE), "weights.overTime");
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.heightHint = 340;
		chart.setLayoutData(gd);
		look(chart);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paintRunsAndHover(e);
			}
		});
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseMove, this::hover);
		plot.addListener(SWT.MouseExit, e -> {
			hovered = -1;
			plot.setToolTipText(null);
			chart.redraw();
		});
		new ChartVectorExport(chart, List::of, () -> shown == null ? new WeightsOverTime(sessionId, List.of(), List.of(), 0).table()
				: shown.table(), () -> sessionId + "_weights_over_time").addContextMenu();
	}

	/** The shared chart theme (fonts, ink, grid, legend below the plot so it covers no data); recoloured on change. */
	private void look(Chart chart) {
		chart.getTitle().setText("Weight norms per update, across runs");
		ChartTheme.apply(chart, "step across runs", "‖W‖_F");
		ChartTheme.onChange(chart, () -> {
			WeightsOverTime again = shown;
			shown = null;
			if (again != null) {
				show(again); // the palette changed: the series are made again in its colours
			}
		});
	}

	/** Shows the session's weights over time (the same object again changes nothing). */
	void show(WeightsOverTime w) {
		if (chart.isDisposed()) {
			return;
		}
		shown = w;
		hovered = -1;
		for (var s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		while (chart.getAxisSet().getYAxisIds().length > 1) {
			chart.getAxisSet().deleteYAxis(chart.getAxisSet().getYAxisIds()[1]);
		}
		note.setText(noteFor(w));
		if (w.isEmpty()) {
			chart.redraw();
			return;
		}
		double[] x = w.x();
		line(TOTAL, x, w.froTotal(), ChartTheme.inkRgb(), 2, LineStyle.SOLID, 0);
		for (int i = 0; i < WeightSet.PLASTIC.size(); i++) {
			line("‖" + WeightSet.PLASTIC.get(i) + "‖_F", x, w.fro(i), ChartTheme.seriesRgb(i), 1, LineStyle.SOLID, 0);
		}
		if (w.hasMaxAbs()) {
			int right = chart.getAxisSet().createYAxis();
			IAxis axis = chart.getAxisSet().getYAxis(right);
			axis.setPosition(org.eclipse.swtchart.IAxis.Position.Secondary);
			axis.getTitle().setText("max |w|");
			axis.getTitle().setForeground(ChartTheme.ink());
			axis.getTitle().setFont(ChartTheme.axisTitleFont());
			axis.getTick().setForeground(ChartTheme.ink());
			line(MAX_ABS, x, w.maxAbs(), ChartTheme.mutedInkRgb(), 1, LineStyle.DASH, right);
		}
		for (RollbackReason r : RollbackReason.values()) {
			List<WeightsOverTime.Point> points = new ArrayList<>();
			for (UpdateStatus s : UpdateStatus.values()) {
				if (RollbackReason.of(s) == r) {
					points.addAll(w.withStatus(s));
				}
			}
			if (!points.isEmpty()) {
				markers(r, points);
			}
		}
		chart.getAxisSet().adjustRange();
		IAxis xAxis = chart.getAxisSet().getXAxis(0);
		WeightsOverTime.RunSpan last = w.runs().get(w.runs().size() - 1);
		xAxis.setRange(new Range(0, Math.max(1, last.startX() + last.steps())));
		for (int id : chart.getAxisSet().getYAxisIds()) {
			IAxis y = chart.getAxisSet().getYAxis(id);
			Range r = y.getRange();
			double pad = Math.max(1e-9, (r.upper - r.lower) * 0.08);
			y.setRange(new Range(r.lower - pad, r.upper + pad));
		}
		chart.redraw();
	}

	private static String noteFor(WeightsOverTime w) {
		if (w.isEmpty()) {
			return w.withoutNorms() == 0 ? "This session has no update events yet."
					: "None of this session's " + w.withoutNorms() + " update events records the weights' norms: they were written by the"
							+ " reference, which does not record them. Runs made in this workbench do.";
		}
		return w.points().size() + " update attempts over " + w.runs().size() + " run(s)"
				+ (w.withoutNorms() > 0 ? "; " + w.withoutNorms() + " events written by the reference record no norms and are not shown" : "")
				+ (w.hasMaxAbs() ? "" : "; these events do not record max |w| (older workbench)") + ".";
	}

	private void line(String id, double[] x, double[] y, RGB rgb, int width, LineStyle style, int yAxis) {
		ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		s.setXSeries(x);
		s.setYSeries(y);
		s.setLineColor(new Color(rgb));
		s.setLineWidth(width);
		s.setLineStyle(style);
		s.setSymbolType(PlotSymbolType.NONE);
		s.setYAxisId(yAxis);
	}

	private void markers(RollbackReason r, List<WeightsOverTime.Point> points) {
		ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, r.label());
		s.setXSeries(points.stream().mapToDouble(WeightsOverTime.Point::x).toArray());
		s.setYSeries(points.stream().mapToDouble(WeightsOverTime.Point::froTotal).toArray());
		s.setLineStyle(LineStyle.NONE);
		s.setSymbolType(symbol(r.shape()));
		s.setSymbolSize(r == RollbackReason.COMMITTED ? 3 : 5);
		s.setSymbolColor(new Color(Markers.color(r)));
	}

	private static PlotSymbolType symbol(RollbackReason.Shape shape) {
		return switch (shape) {
		case CIRCLE -> PlotSymbolType.CIRCLE;
		case SQUARE -> PlotSymbolType.SQUARE;
		case TRIANGLE -> PlotSymbolType.TRIANGLE;
		case DIAMOND -> PlotSymbolType.DIAMOND;
		case CROSS -> PlotSymbolType.CROSS;
		case RING -> PlotSymbolType.INVERTED_TRIANGLE;
		};
	}

	private void hover(Event e) {
		if (shown == null || shown.isEmpty()) {
			return;
		}
		WeightsOverTime.Point p = shown.nearest(chart.getAxisSet().getXAxis(0).getDataCoordinate(e.x));
		if (p == null || p.index() == hovered) {
			return;
		}
		hovered = p.index();
		chart.getPlotArea().getControl().setToolTipText(WeightsOverTime.describe(p));
		chart.redraw();
	}

	private void paintRunsAndHover(PaintEvent e) {
		if (shown == null || shown.isEmpty()) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		int height = chart.getPlotArea().getControl().getSize().y;
		e.gc.setForeground(ChartTheme.mutedInk());
		e.gc.setLineStyle(SWT.LINE_DASH);
		for (WeightsOverTime.RunSpan run : shown.runs()) {
			int px = x.getPixelCoordinate(run.startX());
			if (run.runIndex() > 0) {
				e.gc.drawLine(px, 0, px, height);
			}
			e.gc.drawText("run " + (run.runIndex() + 1), px + 3, 2, true);
		}
		e.gc.setLineStyle(SWT.LINE_DOT);
		for (WeightsOverTime.Point p : shown.points()) {
			if (p.index() == hovered) {
				int px = x.getPixelCoordinate(p.x());
				e.gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_GRAY));
				e.gc.drawLine(px, 0, px, height);
			}
		}
		e.gc.setLineStyle(SWT.LINE_SOLID);
	}
}
