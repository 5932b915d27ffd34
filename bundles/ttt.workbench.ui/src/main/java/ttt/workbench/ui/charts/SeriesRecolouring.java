package ttt.workbench.ui.charts;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;

import ttt.workbench.analysis.style.ChartPalette;
import ttt.workbench.analysis.style.SeriesColor;

/**
 * Moves the series of a chart that is already drawn from one palette to another: each series colour found in the old
 * palette (a role first, then an item colour) takes the new palette's colour of the same role or item. This lets every
 * chart follow the palette preference at once, without each owner keeping what it drew; colours not from the old
 * palette (e.g. a viridis scale) stay. Parts that redraw from their data anyway (Compare) recolour exactly themselves.
 */
final class SeriesRecolouring {

	private SeriesRecolouring() {
	}

	static void recolour(Chart chart, ChartPalette from, ChartPalette to) {
		if (from == null || from == to) {
			return;
		}
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			if (s instanceof ILineSeries<?> line) {
				line.setLineColor(moved(line.getLineColor(), from, to));
				line.setSymbolColor(moved(line.getSymbolColor(), from, to));
			} else if (s instanceof IBarSeries<?> bar) {
				bar.setBarColor(moved(bar.getBarColor(), from, to));
			}
		}
	}

	private static Color moved(Color c, ChartPalette from, ChartPalette to) {
		if (c == null || c.isDisposed()) {
			return c;
		}
		Integer next = moved(packed(c.getRGB()), from, to);
		return next == null ? c : new Color(ChartTheme.rgb(next));
	}

	/** The new palette's colour for {@code rgb} of the old one, or null when {@code rgb} is not from the old one. */
	static Integer moved(int rgb, ChartPalette from, ChartPalette to) {
		for (SeriesColor role : SeriesColor.values()) {
			if (from.rgb(role) == rgb) {
				return to.rgb(role);
			}
		}
		for (int i = 0; i < from.itemCount(); i++) {
			if (from.item(i) == rgb) {
				return to.item(i);
			}
		}
		return null;
	}

	private static int packed(RGB c) {
		return c.red << 16 | c.green << 8 | c.blue;
	}
}
