package ttt.workbench.ui.views.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.ui.export.Drawing;

/**
 * Paints the compared curves for export (SVG): axes with their ranges, one polyline per curve in its colour (dashed
 * for every curve but the first, as on screen), and a legend with the same strokes, so the picture reads without
 * colour.
 */
final class CompareCurvesPainter {

	/** One curve: its name, points and look. */
	record Curve(String name, double[] x, double[] y, RGB color, boolean dashed) {
	}

	private static final RGB INK = new RGB(40, 40, 40);
	private static final RGB GRID = new RGB(200, 200, 200);

	private CompareCurvesPainter() {
	}

	static void paint(Drawing d, int width, int height, String title, List<Curve> curves) {
		d.fill(new RGB(255, 255, 255));
		d.fillRect(0, 0, width, height);
		d.stroke(INK);
		d.text(title, 10, 6);
		int left = 70, top = 30, right = width - 16, bottom = height - 24;
		if (right - left < 10 || bottom - top < 10) {
			return;
		}
		double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
		for (Curve c : curves) {
			for (int i = 0; i < c.x().length; i++) {
				if (Double.isFinite(c.y()[i])) {
					minX = Math.min(minX, c.x()[i]);
					maxX = Math.max(maxX, c.x()[i]);
					minY = Math.min(minY, c.y()[i]);
					maxY = Math.max(maxY, c.y()[i]);
				}
			}
		}
		d.stroke(GRID);
		d.dashed(false);
		d.lineWidth(1);
		d.rect(left, top, right - left, bottom - top);
		if (curves.isEmpty() || !(maxX >= minX)) {
			d.stroke(INK);
			d.text("no curves loaded", left + 10, top + 10);
			return;
		}
		if (maxX == minX) {
			maxX = minX + 1;
		}
		if (maxY == minY) {
			maxY = minY + 1;
		}
		d.stroke(INK);
		d.text(fmt(maxY), 4, top - 6);
		d.text(fmt(minY), 4, bottom - 8);
		d.text(fmt(minX), left, bottom + 4);
		String maxXText = fmt(maxX);
		d.text(maxXText, right - d.textExtent(maxXText).x, bottom + 4);
		d.text("step t", (left + right) / 2 - 20, bottom + 4);
		for (Curve c : curves) {
			int[] pts = new int[2 * c.x().length];
			int n = 0;
			for (int i = 0; i < c.x().length; i++) {
				if (Double.isFinite(c.y()[i])) {
					pts[n++] = left + (int) Math.round((c.x()[i] - minX) / (maxX - minX) * (right - left));
					pts[n++] = bottom - (int) Math.round((c.y()[i] - minY) / (maxY - minY) * (bottom - top));
				}
			}
			d.stroke(c.color());
			d.lineWidth(2);
			d.dashed(c.dashed());
			d.polyline(Arrays.copyOf(pts, n));
		}
		// legend in the plot's top-right corner, on white, with each curve's own stroke
		int legendWidth = 52 + curves.stream().mapToInt(c -> d.textExtent(c.name()).x).max().orElse(0);
		int lx = right - legendWidth - 6, y = top + 6;
		d.fill(new RGB(255, 255, 255));
		d.fillRect(lx - 4, y - 4, legendWidth + 8, 18 * curves.size() + 6);
		d.stroke(GRID);
		d.dashed(false);
		d.lineWidth(1);
		d.rect(lx - 4, y - 4, legendWidth + 8, 18 * curves.size() + 6);
		for (Curve c : curves) {
			d.stroke(c.color());
			d.lineWidth(2);
			d.dashed(c.dashed());
			d.line(lx, y + 7, lx + 36, y + 7);
			d.dashed(false);
			d.stroke(INK);
			d.text(c.name(), lx + 44, y);
			y += 18;
		}
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.4g", v);
	}
}
