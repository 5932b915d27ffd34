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

/** Draws the colour legend at the bottom right of the tree (the tree grows from the top centre). */
final class LegendPainter {

	private final Display display;
	private final Function<RGB, Color> colors;

	/** @param colors the painter's colour cache (it owns and disposes the colours) */
	LegendPainter(Display display, Function<RGB, Color> colors) {
		this.display = display;
		this.colors = colors;
	}

	void paint(GC gc, Legend legend, Rectangle client) {
		int pad = 8;
		int swatch = 14;
		int lineH = Math.max(swatch, gc.getFontMetrics().getHeight()) + 3;
		int width = gc.textExtent(legend.title()).x;
		for (Legend.Entry e : legend.entries()) {
			width = Math.max(width, swatch + 6 + gc.textExtent(e.label()).x);
		}
		width = Math.max(width, gc.textExtent(legend.cue()).x);
		int height = (legend.entries().size() + 2) * lineH + 2 * pad;
		int x = client.width - width - 2 * pad - 10;
		int y = Math.max(10, client.height - height - 10);
		gc.setAlpha(225);
		gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRoundRectangle(x, y, width + 2 * pad, height, 8, 8);
		gc.setAlpha(255);
		gc.setForeground(colors.apply(new RGB(160, 160, 160)));
		gc.setLineWidth(1);
		gc.drawRoundRectangle(x, y, width + 2 * pad, height, 8, 8);
		gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawText(legend.title(), x + pad, y + pad, true);
		int row = y + pad + lineH;
		for (Legend.Entry e : legend.entries()) {
			Shade s = e.shade();
			gc.setBackground(colors.apply(new RGB(s.r(), s.g(), s.b())));
			gc.fillRectangle(x + pad, row, swatch, swatch);
			gc.setForeground(colors.apply(new RGB(90, 90, 90)));
			gc.drawRectangle(x + pad, row, swatch, swatch);
			gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawText(e.label(), x + pad + swatch + 6, row, true);
			row += lineH;
		}
		gc.setForeground(colors.apply(new RGB(90, 90, 90)));
		gc.drawText(legend.cue(), x + pad, row, true);
	}
}
