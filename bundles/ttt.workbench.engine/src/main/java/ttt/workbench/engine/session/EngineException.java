package ttt.workbench.engine.session;

/** A procedure that cannot go ahead (unknown session, existing id, mismatched signature...): nothing was written. */
public final class EngineException extends Exception {
	private static final long serialVersionUID = 1L;

	public EngineException(String message) {
		super(message);
	}

	public EngineException(String message, Throwable cause) {
		super(message, cause);
	}
}
