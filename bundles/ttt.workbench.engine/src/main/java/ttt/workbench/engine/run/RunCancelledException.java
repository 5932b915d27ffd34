package ttt.workbench.engine.run;

/** A run or pretraining was cancelled; nothing was produced, and the caller leaves the store untouched. */
public class RunCancelledException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int completedSteps;

	public RunCancelledException(String message, int completedSteps) {
		super(message);
		this.completedSteps = completedSteps;
	}

	/** Steps of the interrupted phase that were done. */
	public int completedSteps() {
		return completedSteps;
	}
}
