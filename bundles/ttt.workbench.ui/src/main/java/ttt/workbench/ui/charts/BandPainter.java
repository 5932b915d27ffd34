package ttt.workbench.ui.charts;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;

/**
 * Fills the region between two line series, behind the series. SWTChart 1.1.0 can only fill a line series down to
 * the axis ({@code enableArea}) or stack series on top of each other ({@code enableStack}); neither fills between two
 * independent curves (stacking would change the curves' values, and an area fill down to the axis hides the curve
 * below). So the bands are painted here, on the plot area, with the axes' own {@code getPixelCoordinate} so that
 * zoom and log scale are respected exactly.
 */
public final class BandPainter implements ICustomPaintListener {

	private final Chart chart;
	private final Supplier<List<ChartBand>> bands;

	public BandPainter(Chart chart, Supplier<List<ChartBand>> bands) {
		this.chart = chart;
		this.bands = bands;
	}

	@Override
	public boolean drawBehindSeries() {
		return true;
	}

	@Override
	public void paintControl(PaintEvent e) {
		GC gc = e.gc;
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		int oldAlpha = gc.getAlpha();
		for (ChartBand band : bands.get()) {
			ILineSeries<?> from = series(band.fromSeriesId());
			ILineSeries<?> to = series(band.toSeriesId());
			if (from == null || to == null) {
				continue;
			}
			int n = Math.min(Math.min(from.getXSeries().length, from.getYSeries().length), to.getYSeries().length);
			for (int[] run : ChartBand.signRuns(from.getYSeries(), to.getYSeries(), n)) {
				if (run[1] > run[0]) {
					gc.setBackground(new Color(gc.getDevice(), run[2] == 1 ? band.color() : band.lossColor()));
					gc.setAlpha(band.alpha());
					gc.fillPolygon(polygon(x, y, from, to, run[0], run[1]));
				}
			}
		}
		gc.setAlpha(oldAlpha);
	}

	private ILineSeries<?> series(String id) {
		ISeries<?> s = chart.getSeriesSet().getSeries(id);
		return s instanceof ILineSeries<?> l && l.isVisible() ? l : null;
	}

	/** Steps {@code a..b}: the first curve left to right, then the second right to left. */
	static int[] polygon(IAxis x, IAxis y, ILineSeries<?> first, ILineSeries<?> second, int a, int b) {
		double[] xs = first.getXSeries();
		double[] ys1 = first.getYSeries();
		double[] ys2 = second.getYSeries();
		int n = b - a + 1;
		boolean log = y.isLogScaleEnabled();
		int[] p = new int[4 * n];
		for (int k = 0; k < n; k++) {
			int i = a + k;
			int px = x.getPixelCoordinate(xs[i]);
			p[2 * k] = px;
			p[2 * k + 1] = y.getPixelCoordinate(safe(ys1[i], log));
			p[4 * n - 2 * k - 2] = px;
			p[4 * n - 2 * k - 1] = y.getPixelCoordinate(safe(ys2[i], log));
		}
		return p;
	}

	private static double safe(double v, boolean log) {
		return log && !(v > 0) ? Double.MIN_NORMAL : v;
	}
}
