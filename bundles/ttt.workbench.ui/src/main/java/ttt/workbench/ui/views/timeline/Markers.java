package ttt.workbench.ui.views.timeline;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.ui.export.Drawing;

/**
 * How each update outcome looks everywhere (table icons, charts, timeline, legends): a colour and, so that colour is
 * never the only cue, a shape.
 */
public final class Markers {

	private Markers() {
	}

	/** Colour-blind-safe (Okabe–Ito) colours per outcome. */
	public static RGB color(RollbackReason r) {
		return switch (r) {
		case COMMITTED -> new RGB(0, 158, 115); // bluish green
		case GRAD_NORM -> new RGB(213, 94, 0); // vermillion
		case LOSS_REGRESSION -> new RGB(0, 114, 178); // blue
		case STATE_NORM -> new RGB(204, 121, 167); // reddish purple
		case NON_FINITE -> new RGB(0, 0, 0);
		case UNKNOWN -> new RGB(128, 128, 128);
		};
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
