package ttt.workbench.ui.charts;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

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
		Exports.addContextMenu(this);
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
			SeriesPainter.band(d, g, band, visibleLine(band.fromSeriesId()), visibleLine(band.toSeriesId()));
		}
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			ChartGeometry sg = geometryOf(s, g);
			if (s instanceof ILineSeries<?> l && l.isVisible()) {
				if (l.getLineStyle() == LineStyle.NONE) {
					SeriesPainter.markers(d, sg, l);
				} else {
					SeriesPainter.line(d, sg, l);
				}
			} else if (s instanceof IBarSeries<?> b && b.isVisible()) {
				SeriesPainter.bars(d, sg, b);
			}
		}
		d.alpha(255);
		d.dashed(false);
		d.lineWidth(1);
		d.stroke(new RGB(120, 120, 120));
		d.rect(g.left(), g.top(), g.width(), g.height());
		LegendPainter.legend(d, g, height, chart.getSeriesSet().getSeries(), bands.get());
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

	private ILineSeries<?> visibleLine(String id) {
		ISeries<?> s = chart.getSeriesSet().getSeries(id);
		return s instanceof ILineSeries<?> l && l.isVisible() ? l : null;
	}
}
