package ttt.workbench.ui.charts;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.ui.export.Drawing;

/**
 * How each update outcome looks everywhere (table icons, charts, timeline, legends): a colour and, so that colour is
 * never the only cue, a shape.
 */
public final class Markers {

	private Markers() {
	}

	/** Colour-blind-safe (Okabe–Ito) colours per outcome, from the workbench's one palette. */
	public static RGB color(RollbackReason r) {
		return Palette.rgb(SeriesColor.of(r));
	}

	/** Draws the outcome's marker centred on (cx, cy), {@code size} pixels across. */
	public static void draw(Drawing d, RollbackReason r, int cx, int cy, int size) {
		int h = size / 2;
		d.fill(color(r));
		d.stroke(color(r));
		d.lineWidth(1);
		d.dashed(false);
		switch (r.shape()) {
		case CIRCLE -> d.fillOval(cx - h, cy - h, size, size);
		case SQUARE -> d.fillRect(cx - h, cy - h, size, size);
		case TRIANGLE -> d.fillPolygon(new int[] { cx, cy - h - 1, cx + h + 1, cy + h, cx - h - 1, cy + h });
		case DIAMOND -> d.fillPolygon(new int[] { cx, cy - h - 1, cx + h + 1, cy, cx, cy + h + 1, cx - h - 1, cy });
		case CROSS -> {
			d.lineWidth(2);
			d.line(cx - h, cy - h, cx + h, cy + h);
			d.line(cx - h, cy + h, cx + h, cy - h);
			d.lineWidth(1);
		}
		case RING -> {
			d.lineWidth(2);
			d.oval(cx - h, cy - h, size, size);
			d.lineWidth(1);
		}
		}
	}
}
