package ttt.workbench.ui.charts;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

import ttt.workbench.ui.export.Drawing;

/** The legend under an exported chart: a swatch and the name of each visible series, then each band's gain and loss. */
final class LegendPainter {

	private LegendPainter() {
	}

	/** Swatches and names in rows under the plot, wrapping before the plot's right edge for the bands. */
	static void legend(Drawing d, ChartGeometry g, int height, ISeries<?>[] series, List<ChartBand> bands) {
		int x = g.left();
		int y = height - 44;
		d.alpha(255);
		for (ISeries<?> s : series) {
			if (s instanceof IBarSeries<?> b && b.isVisible() && b.isVisibleInLegend()) {
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
				SeriesPainter.marker(d, l.getSymbolType(), x + 10, y + 8, 4);
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
		for (ChartBand band : bands) {
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
