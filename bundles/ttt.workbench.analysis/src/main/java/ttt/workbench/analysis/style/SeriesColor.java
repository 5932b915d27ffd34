package ttt.workbench.analysis.style;

import ttt.workbench.analysis.updates.RollbackReason;

/**
 * The one palette of the workbench: the colour of each role a curve, band or marker plays, as 0xRRGGBB so that it
 * needs no SWT. Every chart, canvas and table takes its colours from here (the UI adapts them with
 * {@code ttt.workbench.ui.charts.Palette}), so that "adaptive" is the same green in the Overview, the Environment
 * page and the session tree, and a commit looks the same in a chart and in the update timeline.
 */
public enum SeriesColor {

	/** The frozen base model's MSE. */
	BASE(0x808080),
	/** The session's starting weights, without updates. */
	SESSION_START(0x285AC8),
	/** The adaptive (online) run: the curve the researcher cares about. */
	ADAPTIVE(0x1E963C),
	/** A failed update in a chart that does not tell rollback causes apart. */
	ROLLBACK(0xD22828),
	/** Band: persistent learning (base → session start). */
	PERSISTENT(0xF0A028),
	/** Band: online learning (session start → adaptive). */
	ONLINE(0x3CBE64),
	/** Band: the stretch where the later curve is worse (MSE went up). */
	LOSS(0xE65050),

	// update outcomes (Okabe–Ito, colour-blind safe): markers, timeline, transactions, breakdown bars
	/** A committed update. */
	COMMIT(0x009E73),
	/** Rolled back: the gradient norm exceeded its limit. */
	GRAD_NORM(0xD55E00),
	/** Rolled back: the loss after the update regressed. */
	LOSS_REGRESSION(0x0072B2),
	/** Rolled back: the state norm exceeded its limit. */
	STATE_NORM(0xCC79A7),
	/** Rolled back: a non-finite value. */
	NON_FINITE(0x000000),
	/** Rolled back for a reason the log does not name. */
	UNKNOWN(0x808080);

	private final int rgb;

	SeriesColor(int rgb) {
		this.rgb = rgb;
	}

	/** 0xRRGGBB. */
	public int rgb() {
		return rgb;
	}

	public int red() {
		return rgb >> 16 & 0xFF;
	}

	public int green() {
		return rgb >> 8 & 0xFF;
	}

	public int blue() {
		return rgb & 0xFF;
	}

	/** The colour of an update's outcome. */
	public static SeriesColor of(RollbackReason outcome) {
		return switch (outcome) {
		case COMMITTED -> COMMIT;
		case GRAD_NORM -> GRAD_NORM;
		case LOSS_REGRESSION -> LOSS_REGRESSION;
		case STATE_NORM -> STATE_NORM;
		case NON_FINITE -> NON_FINITE;
		case UNKNOWN -> UNKNOWN;
		};
	}
}
