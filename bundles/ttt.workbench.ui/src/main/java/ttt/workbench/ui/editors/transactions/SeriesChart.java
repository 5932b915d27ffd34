package ttt.workbench.ui.editors.transactions;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

/** An SWTChart line chart showing one {@link PlotModel}, exportable as PNG, SVG and CSV. */
final class SeriesChart implements Exportable {

	/** What the shapes mean, for charts too small for their legend. */
	static final String MARKER_KEY = "● committed   ■ rolled back: grad_norm   ▲ rolled back: loss regression\n"
			+ "◆ rolled back: state norm   ✕ rolled back: non-finite\nsolid grey: the value before the step; dashed red: the threshold";

	private final Chart chart;
	private final Supplier<String> name;
	private PlotModel model;

	SeriesChart(Composite parent, Supplier<String> name) {
		this.name = name;
		chart = new Chart(parent, SWT.NONE);
		ChartTheme.apply(chart, null, null); // axis titles come with each plot model
		chart.getPlotArea().getControl().setToolTipText(MARKER_KEY);
		// a legend squeezes a small chart to nothing: show it only when there is room for both
		chart.addListener(SWT.Resize, e -> {
			boolean room = chart.getSize().x >= 380 && chart.getSize().y >= 240;
			if (chart.getLegend().isVisible() != room) {
				chart.getLegend().setVisible(room);
				chart.layout(true, true);
			}
		});
		Exports.addContextMenu(this);
	}

	Chart chart() {
		return chart;
	}

	PlotModel model() {
		return model;
	}

	void show(PlotModel m) {
		model = m;
		for (var s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		chart.getTitle().setText(m.title());
		chart.getAxisSet().getXAxis(0).getTitle().setText(m.xLabel());
		chart.getAxisSet().getYAxis(0).getTitle().setText(m.yLabel());
		chart.getAxisSet().getYAxis(0).enableLogScale(false);
		boolean any = false;
		for (PlotModel.Series s : m.series()) {
			if (s.x().length == 0) {
				continue;
			}
			ILineSeries<?> ls = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.name());
			ls.setXSeries(s.x());
			ls.setYSeries(s.y());
			Color c = new Color(s.color());
			ls.setLineColor(c);
			ls.setSymbolColor(c);
			ls.setLineStyle(s.line() ? (s.dashed() ? LineStyle.DASH : LineStyle.SOLID) : LineStyle.NONE);
			ls.setLineWidth(s.dashed() ? 2 : 1);
			ls.setSymbolType(s.marker() == null ? PlotSymbolType.NONE : symbol(s.marker()));
			ls.setSymbolSize(4);
			ls.setVisibleInLegend(s.inLegend());
			any |= s.marker() != null;
		}
		if (m.logY() && any) {
			chart.getAxisSet().getYAxis(0).enableLogScale(true);
		}
		chart.getAxisSet().adjustRange();
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (PlotModel.Series s : m.series()) {
			for (double x : s.x()) {
				lo = Math.min(lo, x);
				hi = Math.max(hi, x);
			}
		}
		if (lo <= hi) {
			// steps are the x axis: pin it to the events' range (SWTChart's own range is padded unevenly)
			double pad = Math.max(1, (hi - lo) * 0.03);
			chart.getAxisSet().getXAxis(0).setRange(new Range(lo - pad, hi + pad));
		}
		// room above and below so markers at the extremes and a threshold at the edge stay visible
		var y = chart.getAxisSet().getYAxis(0);
		Range r = y.getRange();
		if (y.isLogScaleEnabled()) {
			y.setRange(new Range(r.lower / 1.5, r.upper * 1.5));
		} else {
			double pad = Math.max((r.upper - r.lower) * 0.08, 1e-12);
			y.setRange(new Range(r.lower - pad, r.upper + pad));
		}
		chart.redraw();
	}

	static PlotSymbolType symbol(RollbackReason r) {
		return switch (r.shape()) {
		case CIRCLE -> PlotSymbolType.CIRCLE;
		case SQUARE -> PlotSymbolType.SQUARE;
		case TRIANGLE -> PlotSymbolType.TRIANGLE;
		case DIAMOND -> PlotSymbolType.DIAMOND;
		case CROSS -> PlotSymbolType.CROSS;
		case RING -> PlotSymbolType.INVERTED_TRIANGLE;
		};
	}

	@Override
	public Control control() {
		return chart;
	}

	@Override
	public String suggestedName() {
		return name.get();
	}

	@Override
	public void paint(Drawing drawing, int width, int height) {
		if (model != null) {
			PlotPainter.paint(drawing, model, width, height);
		}
	}

	@Override
	public CsvTable data() {
		return model == null ? new CsvTable(List.of("series", "x", "y")) : PlotPainter.data(model);
	}
}
