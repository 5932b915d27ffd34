package ttt.workbench.analysis.updates;

/** Which outcomes the transactions table shows. */
public enum StatusFilter {
	ALL("All updates"),
	COMMITTED("Committed"),
	ROLLED_BACK("Rolled back (any reason)"),
	GRAD_NORM("Rolled back: grad_norm"),
	LOSS_REGRESSION("Rolled back: loss regression"),
	STATE_NORM("Rolled back: state norm"),
	NON_FINITE("Rolled back: non-finite");

	private final String label;

	StatusFilter(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean matches(RollbackReason r) {
		return switch (this) {
		case ALL -> true;
		case COMMITTED -> r == RollbackReason.COMMITTED;
		case ROLLED_BACK -> r.isRollback();
		case GRAD_NORM -> r == RollbackReason.GRAD_NORM;
		case LOSS_REGRESSION -> r == RollbackReason.LOSS_REGRESSION;
		case STATE_NORM -> r == RollbackReason.STATE_NORM;
		case NON_FINITE -> r == RollbackReason.NON_FINITE;
		};
	}
}
