package ttt.workbench.ui.views.compare;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.session.CurveComparison;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

/**
 * The Compare view's chart: one adaptive-MSE line per compared item, each in its own colour and line style (named in the
 * legend), with a context menu that exports the picture (SVG) and the numbers (CSV).
 */
final class CompareChart {

	private final Chart chart;
	private final Supplier<CurveComparison> shown;

	CompareChart(Composite parent, Supplier<CurveComparison> shown) {
		this.shown = shown;
		chart = new Chart(parent, SWT.NONE);
		chart.setData(CompareView.CHART_KEY, Boolean.TRUE);
		chart.getTitle().setText(CurveComparison.EMPTY.chartTitle());
		ChartTheme.apply(chart, "step t", "adaptive MSE");
		ChartTheme.onChange(chart, () -> show(shown.get())); // each curve's colour is its index in the palette
		Exports.addContextMenu(new ChartExport());
		chart.getPlotArea().getControl().setMenu(chart.getMenu()); // right-clicks land on the plot area
	}

	Control control() {
		return chart;
	}

	/** Draws the comparison's loaded curves in the order of its items, so each keeps its colour and style. */
	void show(CurveComparison comparison) {
		chart.getTitle().setText(comparison.chartTitle());
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		for (CurveComparison.Curve c : comparison.curves()) {
			CurveStyle style = CurveStyle.of(c.index());
			ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, c.id());
			series.setDescription(c.description());
			series.setXSeries(c.t());
			series.setYSeries(c.adaptiveMse());
			series.setLineColor(new Color(style.color()));
			series.setLineStyle(style.lineStyle());
			series.setLineWidth(2);
			series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		}
		if (!comparison.curves().isEmpty()) {
			chart.getAxisSet().adjustRange();
		}
		chart.redraw();
	}

	/** The curves as a picture (SVG) and as numbers (CSV: t, then one adaptive-MSE column per item). */
	private final class ChartExport implements Exportable {
		@Override
		public Control control() {
			return chart;
		}

		@Override
		public String suggestedName() {
			return shown.get().suggestedName();
		}

		@Override
		public void paint(Drawing d, int width, int height) {
			List<CompareCurvesPainter.Curve> curves = shown.get().curves().stream().map(c -> {
				CurveStyle style = CurveStyle.of(c.index());
				return new CompareCurvesPainter.Curve(c.id(), c.t(), c.adaptiveMse(), style.color(), style.dashedInSvg());
			}).toList();
			CompareCurvesPainter.paint(d, width, height, chart.getTitle().getText(), curves);
		}

		@Override
		public CsvTable data() {
			return shown.get().curvesCsv();
		}
	}
}
