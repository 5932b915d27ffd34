package ttt.workbench.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;

/**
 * A vector rendering of an SWTChart line chart as it is on screen, for SVG export: the current axis ranges (zoom) and
 * log scale, the axes with the chart's own tick values and labels, grid, {@link ChartBand} fills, every visible line
 * series with its colour, width and dash, symbol-only series as markers (triangles, crosses, circles), the title and a
 * legend of series and bands. Only points inside the visible step range are drawn, one polyline per line series. The
 * data for CSV comes from the chart's owner (it knows the columns).
 */
public final class ChartVectorExport implements Exportable {

	static final int LEFT = 78;
	static final int RIGHT = 24;
	static final int TOP = 36;
	static final int BOTTOM = 96;

	private static final CompactNumberFormat FORMAT = new CompactNumberFormat();

	private final Chart chart;
	private final Supplier<List<ChartBand>> bands;
	private final Supplier<CsvTable> data;
	private final Supplier<String> name;

	public ChartVectorExport(Chart chart, Supplier<List<ChartBand>> bands, Supplier<CsvTable> data, Supplier<String> name) {
		this.chart = chart;
		this.bands = bands;
		this.data = data;
		this.name = name;
	}

	/** The whole chart (PNG captures it with its axes and legend; SVG is drawn at its size). */
	@Override
	public Control control() {
		return chart;
	}

	/**
	 * Adds the export menu to the chart and to its plot area (where a right-click lands): SWT does not hand a child
	 * its parent's pop-up menu, but one pop-up menu may serve several controls of a shell.
	 */
	public void addContextMenu() {
		ttt.workbench.ui.export.Exports.addContextMenu(this);
		chart.getPlotArea().getControl().setMenu(chart.getMenu());
	}

	@Override
	public String suggestedName() {
		return name.get();
	}

	@Override
	public CsvTable data() {
		return data.get();
	}

	/** The rectangle the series are drawn into at {@code width × height}. */
	public ChartGeometry geometry(int width, int height) {
		return ChartGeometry.of(chart.getAxisSet().getXAxis(0), chart.getAxisSet().getYAxis(0), LEFT, TOP,
				Math.max(10, width - LEFT - RIGHT), Math.max(10, height - TOP - BOTTOM));
	}

	@Override
	public void paint(Drawing d, int width, int height) {
		ChartGeometry g = geometry(width, height);
		d.fill(new RGB(255, 255, 255));
		d.alpha(255);
		d.fillRect(0, 0, width, height);
		title(d, width);
		axes(d, g);
		for (ChartBand band : bands.get()) {
			band(d, g, band);
		}
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			ChartGeometry sg = geometryOf(s, g);
			if (s instanceof ILineSeries<?> l && l.isVisible()) {
				if (l.getLineStyle() == LineStyle.NONE) {
					markers(d, sg, l);
				} else {
					line(d, sg, l);
				}
			} else if (s instanceof org.eclipse.swtchart.IBarSeries<?> b && b.isVisible()) {
				bars(d, sg, b);
			}
		}
		d.alpha(255);
		d.dashed(false);
		d.lineWidth(1);
		d.stroke(new RGB(120, 120, 120));
		d.rect(g.left(), g.top(), g.width(), g.height());
		legend(d, g, height);
	}

	private void title(Drawing d, int width) {
		if (!chart.getTitle().isVisible()) {
			return;
		}
		String t = chart.getTitle().getText();
		d.stroke(new RGB(30, 30, 30));
		Point e = d.textExtent(t);
		d.text(t, Math.max(4, (width - e.x) / 2), 10);
	}

	private void axes(Drawing d, ChartGeometry g) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		d.lineWidth(1);
		d.dashed(false);
		int lastLabelRight = Integer.MIN_VALUE;
		for (double v : x.getTick().getTickLabelValues()) {
			if (!g.containsX(v)) {
				continue;
			}
			int px = (int) Math.round(g.px(v));
			d.stroke(new RGB(232, 232, 232));
			d.line(px, g.top(), px, g.top() + g.height());
			d.stroke(new RGB(90, 90, 90));
			d.line(px, g.top() + g.height(), px, g.top() + g.height() + 4);
			String label = FORMAT.format(v);
			Point e = d.textExtent(label);
			if (px - e.x / 2 > lastLabelRight + 6) {
				d.text(label, px - e.x / 2, g.top() + g.height() + 6);
				lastLabelRight = px + e.x / 2;
			}
		}
		int lastLabelTop = Integer.MAX_VALUE;
		for (double v : y.getTick().getTickLabelValues()) {
			if (v < Math.min(g.yLower(), g.yUpper()) || v > Math.max(g.yLower(), g.yUpper()) || (g.yLog() && v <= 0)) {
				continue;
			}
			int py = (int) Math.round(g.py(v));
			d.stroke(new RGB(232, 232, 232));
			d.line(g.left(), py, g.left() + g.width(), py);
			d.stroke(new RGB(90, 90, 90));
			d.line(g.left() - 4, py, g.left(), py);
			String label = FORMAT.format(v);
			Point e = d.textExtent(label);
			boolean decade = !g.yLog() || Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) < 1e-9;
			if (decade && py + e.y / 2 < lastLabelTop - 2) {
				d.text(label, g.left() - 7 - e.x, py - e.y / 2);
				lastLabelTop = py - e.y / 2;
			}
		}
		d.stroke(new RGB(40, 40, 40));
		String xt = x.getTitle().getText();
		Point ex = d.textExtent(xt);
		d.text(xt, g.left() + (g.width() - ex.x) / 2, g.top() + g.height() + 24);
		String yt = y.getTitle().getText() + (g.yLog() ? " (log)" : "");
		d.text(yt, 4, g.top() - 22);
	}

	/** A series on a second y axis (e.g. velocities beside positions) is drawn against that axis's range. */
	private ChartGeometry geometryOf(ISeries<?> s, ChartGeometry g) {
		if (s.getYAxisId() == 0) {
			return g;
		}
		return ChartGeometry.of(chart.getAxisSet().getXAxis(s.getXAxisId()), chart.getAxisSet().getYAxis(s.getYAxisId()), g.left(),
				g.top(), g.width(), g.height());
	}

	/** Bars from 0 (or the bottom of a log axis) to each value; on a category axis the i-th bar stands at x = i. */
	private static void bars(Drawing d, ChartGeometry g, org.eclipse.swtchart.IBarSeries<?> b) {
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

	private void band(Drawing d, ChartGeometry g, ChartBand band) {
		ILineSeries<?> from = visibleLine(band.fromSeriesId());
		ILineSeries<?> to = visibleLine(band.toSeriesId());
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

	private ILineSeries<?> visibleLine(String id) {
		ISeries<?> s = chart.getSeriesSet().getSeries(id);
		return s instanceof ILineSeries<?> l && l.isVisible() ? l : null;
	}

	private void line(Drawing d, ChartGeometry g, ILineSeries<?> l) {
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

	private void markers(Drawing d, ChartGeometry g, ILineSeries<?> l) {
		int r = Math.max(3, l.getSymbolSize());
		RGB c = l.getSymbolColor().getRGB();
		d.stroke(c);
		d.fill(c);
		d.lineWidth(2);
		d.dashed(false);
		org.eclipse.swt.graphics.Color[] colors = l.getSymbolColors();
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

	private static void marker(Drawing d, PlotSymbolType type, int x, int y, int r) {
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

	private void legend(Drawing d, ChartGeometry g, int height) {
		int x = g.left();
		int y = height - 44;
		d.alpha(255);
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			if (s instanceof org.eclipse.swtchart.IBarSeries<?> b && b.isVisible() && b.isVisibleInLegend()) {
				d.fill(b.getBarColor().getRGB());
				d.fillRect(x, y + 2, 18, 12);
				x = legendText(d, b.getDescription() == null || b.getDescription().isEmpty() ? b.getId() : b.getDescription(), x + 22, y);
				continue;
			}
			if (!(s instanceof ILineSeries<?> l) || !l.isVisible() || !l.isVisibleInLegend()) {
				continue;
			}
			if (l.getLineStyle() == LineStyle.NONE) {
				d.stroke(l.getSymbolColor().getRGB());
				d.fill(l.getSymbolColor().getRGB());
				d.lineWidth(2);
				marker(d, l.getSymbolType(), x + 10, y + 8, 4);
			} else {
				d.stroke(l.getLineColor().getRGB());
				d.lineWidth(l.getLineWidth());
				d.dashed(l.getLineStyle() != LineStyle.SOLID);
				d.line(x, y + 8, x + 22, y + 8);
			}
			d.dashed(false);
			d.lineWidth(1);
			x = legendText(d, legendLabel(l), x + 26, y);
		}
		for (ChartBand band : bands.get()) {
			for (boolean gain : new boolean[] { true, false }) {
				String label = gain ? band.label() : band.lossLabel();
				if (label == null) {
					continue;
				}
				if (x + 22 + d.textExtent(label).x > g.left() + g.width()) {
					x = g.left();
					y += 18;
				}
				d.fill(gain ? band.color() : band.lossColor());
				d.alpha(band.alpha());
				d.fillRect(x, y + 2, 18, 12);
				d.alpha(255);
				x = legendText(d, label, x + 22, y);
			}
		}
	}

	private static String legendLabel(ILineSeries<?> l) {
		return l.getDescription() == null || l.getDescription().isEmpty() ? l.getId() : l.getDescription();
	}

	private static int legendText(Drawing d, String text, int x, int y) {
		d.stroke(new RGB(40, 40, 40));
		d.text(text, x, y);
		return x + d.textExtent(text).x + 16;
	}
}
