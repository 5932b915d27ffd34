package ttt.workbench.engine.optim;

/**
 * An optimizer state that does not fit the session's weights (parameter count, shapes, group layout or settings).
 * The reference silently starts a fresh optimizer then; this product does too but must say so: see
 * {@link OptimizerStates#load}, whose {@code warning} the caller shows in the run's output and event log.
 */
public class OptimizerMismatchException extends Exception {

	private static final long serialVersionUID = 1L;

	public OptimizerMismatchException(String message) {
		super(message);
	}
}
