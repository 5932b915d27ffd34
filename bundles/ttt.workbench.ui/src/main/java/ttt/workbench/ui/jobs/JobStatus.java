package ttt.workbench.ui.jobs;

import java.io.IOException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import ttt.workbench.engine.session.EngineException;

/**
 * The statuses the jobs return. An ERROR result of a user job is shown in a dialog by the workbench and written to
 * the log (the Error Log view) by the job manager, so a job reports a failure by returning it, with a message that
 * names what failed and why.
 */
public final class JobStatus {

	public static final String PLUGIN_ID = "ttt.workbench.ui";

	private JobStatus() {
	}

	/** {@code what} says what could not be done, e.g. "Running session s1"; the cause's message says why. */
	public static IStatus error(String what, Throwable cause) {
		return new Status(IStatus.ERROR, PLUGIN_ID, what + " failed: " + reason(cause), cause);
	}

	/** An engine refusal is a message for the user; an I/O error also says it is one; anything else names its type. */
	static String reason(Throwable cause) {
		String message = cause.getMessage() == null ? "" : cause.getMessage();
		if (cause instanceof EngineException) {
			return message;
		}
		if (cause instanceof IOException) {
			// NoSuchFileException and friends say only the path: name the kind of failure too
			boolean justAPath = message.isEmpty() || !message.contains(" ");
			return justAPath ? cause.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + message) : message;
		}
		return cause.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
	}

	/** A warning the job wants the user to see (e.g. "a fresh optimizer had to be used"), logged as such. */
	public static IStatus warnings(String what, java.util.List<String> warnings) {
		if (warnings.isEmpty()) {
			return Status.OK_STATUS;
		}
		return new Status(IStatus.WARNING, PLUGIN_ID, what + ": " + String.join("; ", warnings));
	}
}
