package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.Shade;
import ttt.workbench.analysis.tree.Legend;

import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.ui.charts.ChartTheme;

/**
 * Draws the colour legend at the bottom right of the tree, in a strip the canvas keeps free of nodes
 * ({@link #outerWidth}), in the chart theme's ink.
 */
final class LegendPainter {

	private final Display display;
	private final Function<RGB, Color> colors;

	/** @param colors the painter's colour cache (it owns and disposes the colours) */
	LegendPainter(Display display, Function<RGB, Color> colors) {
		this.display = display;
		this.colors = colors;
	}

	private static final int PAD = 8;
	private static final int SWATCH = 14;
	/** Space between the legend box and the canvas's right edge. */
	private static final int EDGE = 10;

	/** The width of the strip the legend needs at the right of the canvas: its box, its edge gap and a gap to the tree. */
	static int outerWidth(GC gc, Legend legend) {
		return textWidth(gc, legend) + 2 * PAD + 2 * EDGE;
	}

	private static int textWidth(GC gc, Legend legend) {
		int width = gc.textExtent(legend.title()).x;
		for (Legend.Entry e : legend.entries()) {
			width = Math.max(width, SWATCH + 6 + gc.textExtent(e.label()).x);
		}
		return Math.max(width, gc.textExtent(legend.cue()).x);
	}

	/** Where the legend's box is drawn in a canvas of {@code client}'s size: bottom right. */
	static Rectangle bounds(GC gc, Legend legend, Rectangle client) {
		int lineH = Math.max(SWATCH, gc.getFontMetrics().getHeight()) + 3;
		int width = textWidth(gc, legend) + 2 * PAD;
		int height = (legend.entries().size() + 2) * lineH + 2 * PAD;
		return new Rectangle(client.width - width - EDGE, Math.max(10, client.height - height - 10), width, height);
	}

	void paint(GC gc, Legend legend, Rectangle client) {
		int pad = PAD;
		int swatch = SWATCH;
		int lineH = Math.max(swatch, gc.getFontMetrics().getHeight()) + 3;
		Rectangle box = bounds(gc, legend, client);
		int width = box.width - 2 * pad;
		int height = box.height;
		int x = box.x;
		int y = box.y;
		gc.setAlpha(225);
		gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRoundRectangle(x, y, width + 2 * pad, height, 8, 8);
		gc.setAlpha(255);
		gc.setForeground(colors.apply(new RGB(160, 160, 160)));
		gc.setLineWidth(1);
		gc.drawRoundRectangle(x, y, width + 2 * pad, height, 8, 8);
		gc.setForeground(ChartTheme.ink());
		gc.drawText(legend.title(), x + pad, y + pad, true);
		int row = y + pad + lineH;
		for (Legend.Entry e : legend.entries()) {
			Shade s = e.shade();
			gc.setBackground(colors.apply(new RGB(s.r(), s.g(), s.b())));
			gc.fillRectangle(x + pad, row, swatch, swatch);
			gc.setForeground(colors.apply(new RGB(90, 90, 90)));
			gc.drawRectangle(x + pad, row, swatch, swatch);
			gc.setForeground(ChartTheme.ink());
			gc.drawText(e.label(), x + pad + swatch + 6, row, true);
			row += lineH;
		}
		gc.setForeground(ChartTheme.mutedInk());
		gc.drawText(legend.cue(), x + pad, row, true);
	}
}
