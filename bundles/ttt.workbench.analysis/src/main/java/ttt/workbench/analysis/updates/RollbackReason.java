package ttt.workbench.analysis.updates;

import ttt.workbench.store.model.UpdateStatus;

/**
 * What became of an update attempt, in the order the engine checks the gates. Each has a label for people and a
 * shape, so that charts and the timeline never tell the kinds apart by colour alone.
 */
public enum RollbackReason {
	COMMITTED("committed", "commit", Shape.CIRCLE),
	NON_FINITE("rolled back: non-finite", "rollback_non_finite", Shape.CROSS),
	GRAD_NORM("rolled back: grad_norm", "rollback_grad_norm", Shape.SQUARE),
	LOSS_REGRESSION("rolled back: loss regression", "rollback_loss_regression", Shape.TRIANGLE),
	STATE_NORM("rolled back: state norm", "rollback_state_norm", Shape.DIAMOND),
	/** A status this version does not know (written by a newer program). */
	UNKNOWN("unknown status", "unknown", Shape.RING);

	/** Marker shapes; the same shape stands for the same reason everywhere. */
	public enum Shape {
		CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS, RING
	}

	private final String label;
	private final String status;
	private final Shape shape;

	RollbackReason(String label, String status, Shape shape) {
		this.label = label;
		this.status = status;
		this.shape = shape;
	}

	public String label() {
		return label;
	}

	/** The short name without the "rolled back:" prefix, for legends and chart categories. */
	public String shortLabel() {
		int colon = label.indexOf(": ");
		return colon < 0 ? label : label.substring(colon + 2);
	}

	/** The status string of {@code update_events.jsonl}. */
	public String status() {
		return status;
	}

	public Shape shape() {
		return shape;
	}

	public boolean isRollback() {
		return this != COMMITTED && this != UNKNOWN;
	}

	/** The reason a recorded status stands for. */
	public static RollbackReason of(UpdateStatus status) {
		if (status == null) {
			return UNKNOWN;
		}
		return switch (status) {
		case COMMIT -> COMMITTED;
		case ROLLBACK_LOSS_REGRESSION -> LOSS_REGRESSION;
		case ROLLBACK_GRAD_NORM -> GRAD_NORM;
		case ROLLBACK_STATE_NORM -> STATE_NORM;
		case ROLLBACK_NON_FINITE -> NON_FINITE;
		default -> UNKNOWN;
		};
	}
}
