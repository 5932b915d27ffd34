package ttt.workbench.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.LineStyle;

import ttt.workbench.ui.export.Drawing;

/**
 * Draws SWTChart series into a {@link Drawing} as they look on screen (for {@link ChartVectorExport}): lines with their
 * colour, width and dash, symbol-only series as markers, bars, and {@link ChartBand} fills; only what lies inside the
 * visible range.
 */
final class SeriesPainter {

	private SeriesPainter() {
	}

	/** Bars from 0 (or the bottom of a log axis) to each value; on a category axis the i-th bar stands at x = i. */
	static void bars(Drawing d, ChartGeometry g, IBarSeries<?> b) {
		double[] ys = b.getYSeries();
		double[] xs = b.getXSeries();
		boolean indexed = xs == null || xs.length != ys.length;
		double slot = ys.length <= 1 ? g.width() * 0.5 : Math.abs(g.px(1) - g.px(0));
		int w = Math.max(1, (int) Math.round(Math.min(slot, g.width()) * 0.7));
		d.fill(b.getBarColor().getRGB());
		d.alpha(255);
		int base = clampedY(g, g.yLog() ? Math.min(g.yLower(), g.yUpper()) : 0);
		for (int i = 0; i < ys.length; i++) {
			double x = indexed ? i : xs[i];
			if (!Double.isFinite(ys[i]) || !g.containsX(x)) {
				continue;
			}
			int px = (int) Math.round(g.px(x));
			int py = clampedY(g, ys[i]);
			d.fillRect(px - w / 2, Math.min(py, base), w, Math.max(1, Math.abs(base - py)));
		}
	}

	/** The band between two line series (null: not visible), in its gain or loss colour where one is above the other. */
	static void band(Drawing d, ChartGeometry g, ChartBand band, ILineSeries<?> from, ILineSeries<?> to) {
		if (from == null || to == null) {
			return;
		}
		double[] xs = from.getXSeries();
		int n = Math.min(Math.min(xs.length, from.getYSeries().length), to.getYSeries().length);
		for (int[] run : ChartBand.signRuns(from.getYSeries(), to.getYSeries(), n)) {
			int lo = run[0];
			int hi = run[1];
			while (lo <= hi && !g.containsX(xs[lo])) {
				lo++;
			}
			while (hi >= lo && !g.containsX(xs[hi])) {
				hi--;
			}
			if (hi <= lo) {
				continue;
			}
			int m = hi - lo + 1;
			int[] p = new int[4 * m];
			for (int k = 0; k < m; k++) {
				int i = lo + k;
				int px = (int) Math.round(g.px(xs[i]));
				p[2 * k] = px;
				p[2 * k + 1] = clampedY(g, from.getYSeries()[i]);
				p[4 * m - 2 * k - 2] = px;
				p[4 * m - 2 * k - 1] = clampedY(g, to.getYSeries()[i]);
			}
			d.fill(run[2] == 1 ? band.color() : band.lossColor());
			d.alpha(band.alpha());
			d.fillPolygon(p);
		}
		d.alpha(255);
	}

	private static int clampedY(ChartGeometry g, double v) {
		double py = g.yLog() && !(v > 0) ? g.top() + g.height() : g.py(v);
		return (int) Math.round(Math.max(g.top(), Math.min(g.top() + g.height(), py)));
	}

	static void line(Drawing d, ChartGeometry g, ILineSeries<?> l) {
		int[] points = visiblePoints(g, l.getXSeries(), l.getYSeries(), Integer.MAX_VALUE);
		if (points.length < 4) {
			return;
		}
		d.stroke(l.getLineColor().getRGB());
		d.lineWidth(l.getLineWidth());
		d.dashed(l.getLineStyle() != LineStyle.SOLID);
		d.alpha(255);
		d.polyline(points);
		d.dashed(false);
		d.lineWidth(1);
	}

	static void markers(Drawing d, ChartGeometry g, ILineSeries<?> l) {
		int r = Math.max(3, l.getSymbolSize());
		RGB c = l.getSymbolColor().getRGB();
		d.stroke(c);
		d.fill(c);
		d.lineWidth(2);
		d.dashed(false);
		Color[] colors = l.getSymbolColors();
		double[] xs = l.getXSeries();
		double[] ys = l.getYSeries();
		if (colors != null && colors.length == ys.length && xs.length == ys.length) {
			// a colour per point (e.g. a scatter coloured by a third dimension)
			for (int i = 0; i < ys.length; i++) {
				if (g.containsX(xs[i]) && Double.isFinite(ys[i]) && !(g.yLog() && ys[i] <= 0)) {
					d.stroke(colors[i].getRGB());
					d.fill(colors[i].getRGB());
					int py = (int) Math.round(Math.max(g.top(), Math.min(g.top() + g.height(), g.py(ys[i]))));
					marker(d, l.getSymbolType(), (int) Math.round(g.px(xs[i])), py, r);
				}
			}
			d.lineWidth(1);
			return;
		}
		int[] p = visiblePoints(g, xs, ys, Integer.MAX_VALUE);
		for (int i = 0; i + 1 < p.length; i += 2) {
			marker(d, l.getSymbolType(), p[i], p[i + 1], r);
		}
		d.lineWidth(1);
	}

	static void marker(Drawing d, PlotSymbolType type, int x, int y, int r) {
		switch (type) {
		case TRIANGLE -> d.fillPolygon(new int[] { x, y - r, x + r, y + r, x - r, y + r });
		case INVERTED_TRIANGLE -> d.fillPolygon(new int[] { x, y + r, x + r, y - r, x - r, y - r });
		case CROSS -> {
			d.line(x - r, y - r, x + r, y + r);
			d.line(x - r, y + r, x + r, y - r);
		}
		case PLUS -> {
			d.line(x - r, y, x + r, y);
			d.line(x, y - r, x, y + r);
		}
		case SQUARE -> d.fillRect(x - r, y - r, 2 * r, 2 * r);
		default -> d.fillOval(x - r, y - r, 2 * r, 2 * r);
		}
	}

	/** Pixel points of the values whose x is within the visible range (y clamped to the plot), up to {@code limit}. */
	static int[] visiblePoints(ChartGeometry g, double[] xs, double[] ys, int limit) {
		int n = Math.min(Math.min(xs.length, ys.length), limit);
		List<Integer> p = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (!g.containsX(xs[i]) || !Double.isFinite(ys[i]) || (g.yLog() && ys[i] <= 0)) {
				continue;
			}
			p.add((int) Math.round(g.px(xs[i])));
			double py = g.py(ys[i]);
			p.add((int) Math.round(Math.max(g.top(), Math.min(g.top() + g.height(), py))));
		}
		return p.stream().mapToInt(Integer::intValue).toArray();
	}
}
