package ttt.workbench.ui.editors.overview;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * A small line of a whole curve inside a card (smoothed as the preferences say, by default over 25 steps, so the shape
 * reads at this size), scaled to its own minimum and maximum; the last 100 steps, which the card's number averages,
 * are shaded. Follows changes of the smoothing preference at once.
 */
final class Sparkline {

	private final Canvas canvas;
	private Color color;
	private double[] raw;
	private double[] values = new double[0];

	Sparkline(Composite parent, Color color) {
		this.color = color;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getBackground());
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.heightHint = 26;
		canvas.setLayoutData(gd);
		WorkbenchPreferences.onChange(canvas, () -> set(raw, canvas.getToolTipText()));
		canvas.addPaintListener(e -> {
			Rectangle r = canvas.getClientArea();
			int n = values.length;
			if (n < 2 || r.width < 4) {
				return;
			}
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (double v : values) {
				if (Double.isFinite(v)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
			double span = max > min ? max - min : 1;
			int shadeFrom = (int) Math.round((double) Math.max(0, n - 100) / (n - 1) * (r.width - 1));
			e.gc.setBackground(e.display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
			e.gc.setAlpha(110);
			e.gc.fillRectangle(shadeFrom, 0, r.width - shadeFrom, r.height);
			e.gc.setAlpha(255);
			int[] p = new int[2 * n];
			for (int i = 0; i < n; i++) {
				p[2 * i] = (int) Math.round((double) i / (n - 1) * (r.width - 1));
				double v = Double.isFinite(values[i]) ? values[i] : min;
				p[2 * i + 1] = (int) Math.round(2 + (1 - (v - min) / span) * (r.height - 4));
			}
			e.gc.setAntialias(SWT.ON);
			e.gc.setForeground(color);
			e.gc.setLineWidth(1);
			e.gc.drawPolyline(p);
		});
	}

	void set(double[] curve, String tooltip) {
		raw = curve;
		values = curve == null ? new double[0] : WorkbenchPreferences.smoothing().apply(curve);
		canvas.setToolTipText(tooltip);
		canvas.redraw();
	}

	void setColor(Color next) {
		color = next;
		canvas.redraw();
	}
}
