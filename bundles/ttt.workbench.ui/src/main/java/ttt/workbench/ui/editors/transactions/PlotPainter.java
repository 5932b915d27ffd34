package ttt.workbench.ui.editors.transactions;

import static ttt.workbench.analysis.format.Numbers.fmt;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.charts.Markers;

/**
 * Draws the page's charts through a {@link Drawing} for SVG export (the same data SWTChart shows on screen): frame,
 * axis ranges, series with their markers, dashed thresholds, a legend. Small on purpose.
 */
final class PlotPainter {

	private static final RGB INK = new RGB(40, 40, 40);
	private static final RGB FRAME = new RGB(160, 160, 160);

	private PlotPainter() {
	}

	static void paint(Drawing d, PlotModel m, int w, int h) {
		d.fill(new RGB(255, 255, 255));
		d.fillRect(0, 0, w, h);
		d.stroke(INK);
		d.text(m.title(), 8, 4);
		int left = 60;
		int top = 24;
		int right = w - 12;
		int bottom = h - 36;
		double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
		double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
		for (PlotModel.Series s : m.series()) {
			for (int i = 0; i < s.x().length; i++) {
				double y = ty(m, s.y()[i]);
				if (!Double.isFinite(y)) {
					continue;
				}
				xMin = Math.min(xMin, s.x()[i]);
				xMax = Math.max(xMax, s.x()[i]);
				yMin = Math.min(yMin, y);
				yMax = Math.max(yMax, y);
			}
		}
		d.stroke(FRAME);
		d.rect(left, top, right - left, bottom - top);
		if (xMin > xMax) {
			d.stroke(INK);
			d.text("no data", left + 8, top + 8);
			return;
		}
		if (xMax == xMin) {
			xMax = xMin + 1;
		}
		if (yMax == yMin) {
			yMax = yMin + 1;
		}
		double pad = (yMax - yMin) * 0.05;
		yMin -= pad;
		yMax += pad;
		Axes a = new Axes(left, top, right, bottom, xMin, xMax, yMin, yMax);
		d.stroke(INK);
		d.text(label(m, yMax), 4, top);
		d.text(label(m, yMin), 4, bottom - 14);
		d.text(fmt(xMin), left, bottom + 2);
		Point ext = d.textExtent(fmt(xMax));
		d.text(fmt(xMax), right - ext.x, bottom + 2);
		d.text(m.xLabel() + "   " + m.yLabel(), left + (right - left) / 2 - 40, bottom + 2);
		for (PlotModel.Series s : m.series()) {
			d.stroke(s.color());
			d.dashed(s.dashed());
			d.lineWidth(s.dashed() ? 2 : 1);
			if (s.line() && s.x().length > 1) {
				int[] pts = new int[2 * s.x().length];
				for (int i = 0; i < s.x().length; i++) {
					pts[2 * i] = a.px(s.x()[i]);
					pts[2 * i + 1] = a.py(ty(m, s.y()[i]));
				}
				d.polyline(pts);
			}
			d.dashed(false);
			d.lineWidth(1);
			if (s.marker() != null) {
				for (int i = 0; i < s.x().length; i++) {
					Markers.draw(d, s.marker(), a.px(s.x()[i]), a.py(ty(m, s.y()[i])), 7);
				}
			}
		}
		int ly = top + 4;
		for (PlotModel.Series s : m.series()) {
			if (!s.inLegend()) {
				continue;
			}
			int lx = right - 190;
			if (s.marker() != null) {
				Markers.draw(d, s.marker(), lx + 6, ly + 7, 7);
			} else {
				d.stroke(s.color());
				d.dashed(s.dashed());
				d.line(lx, ly + 7, lx + 14, ly + 7);
				d.dashed(false);
			}
			d.stroke(INK);
			d.text(s.name(), lx + 18, ly);
			ly += 15;
		}
	}

	/** The breakdown bar chart: one bar per outcome, marker and count above it. */
	static void paintBars(Drawing d, String title, Map<RollbackReason, Integer> counts, int w, int h) {
		d.fill(new RGB(255, 255, 255));
		d.fillRect(0, 0, w, h);
		d.stroke(INK);
		d.text(title, 8, 4);
		int left = 20, top = 40, bottom = h - 40;
		int n = Math.max(1, counts.size());
		int slot = (w - 2 * left) / n;
		int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		int i = 0;
		for (Map.Entry<RollbackReason, Integer> e : counts.entrySet()) {
			int x = left + i * slot + slot / 6;
			int bw = slot * 2 / 3;
			int bh = (int) Math.round((bottom - top) * (double) e.getValue() / max);
			d.fill(Markers.color(e.getKey()));
			d.fillRect(x, bottom - bh, bw, bh);
			d.stroke(INK);
			String c = Integer.toString(e.getValue());
			d.text(c, x + bw / 2 - d.textExtent(c).x / 2, bottom - bh - 16);
			Markers.draw(d, e.getKey(), x + 6, bottom + 9, 8);
			d.stroke(INK);
			d.text(e.getKey().shortLabel(), x + 14, bottom + 2);
			i++;
		}
		d.stroke(FRAME);
		d.line(left, bottom, w - left, bottom);
	}

	/** The chart's series in long form: series, x, y. */
	static CsvTable data(PlotModel m) {
		CsvTable t = new CsvTable(List.of("series", m.xLabel(), m.yLabel().replace(" (log)", "")));
		for (PlotModel.Series s : m.series()) {
			for (int i = 0; i < s.x().length; i++) {
				t.row(List.of(s.name(), s.x()[i], s.y()[i]));
			}
		}
		return t;
	}

	private static double ty(PlotModel m, double y) {
		return m.logY() ? (y > 0 ? Math.log10(y) : Double.NaN) : y;
	}

	private static String label(PlotModel m, double v) {
		return fmt(m.logY() ? Math.pow(10, v) : v);
	}

	private record Axes(int left, int top, int right, int bottom, double xMin, double xMax, double yMin, double yMax) {
		int px(double x) {
			return left + (int) Math.round((x - xMin) / (xMax - xMin) * (right - left));
		}

		int py(double y) {
			return bottom - (int) Math.round((y - yMin) / (yMax - yMin) * (bottom - top));
		}
	}
}
