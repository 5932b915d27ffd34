package ttt.workbench.ui.jobs;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.engine.session.DeleteSession;
import ttt.workbench.store.ArtifactStore;

/**
 * Delete Session, or its Undo, as a job: the folder moves to the store's trash (or back) under the store's locks on
 * a worker, then the session leaves (or re-enters) the live model on the UI thread. Waits for other jobs on the same
 * session ({@link SessionRule}); a refusal (a session with forks) or failure is shown with the reason.
 */
public final class DeleteSessionJob extends StoreJob {

	private final ArtifactStore live;
	private final String sessionId;
	private final Supplier<Path> restoreFrom;
	private volatile Path trashed;

	private DeleteSessionJob(String name, ArtifactStore live, String sessionId, Supplier<Path> restoreFrom) {
		super(name);
		this.live = live;
		this.sessionId = sessionId;
		this.restoreFrom = restoreFrom;
		setRule(new SessionRule(live.root(), sessionId));
	}

	/** Moves the session's folder to the trash. */
	public static DeleteSessionJob delete(ArtifactStore live, String sessionId) {
		return new DeleteSessionJob("Deleting session " + sessionId, live, sessionId, null);
	}

	/**
	 * Moves a deleted session back from {@code trashed}, read when the job runs (an Undo scheduled behind the delete
	 * takes the folder the delete made; a supplier that throws {@link IllegalStateException} fails the job).
	 */
	public static DeleteSessionJob restore(ArtifactStore live, String sessionId, Supplier<Path> trashed) {
		return new DeleteSessionJob("Restoring session " + sessionId, live, sessionId, trashed);
	}

	/** Where the deleted session's folder is now; null until a delete succeeded. */
	public Path trashed() {
		return trashed;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		String what = (restoreFrom == null ? "Deleting" : "Restoring") + " session " + sessionId;
		try {
			progress.subTask(what);
			ensureLiveDetails(live, display, sessionId); // the live session is merged with what the job writes
			ArtifactStore working = ArtifactStore.unread(live.root()); // read once, under the locks
			if (restoreFrom == null) {
				trashed = DeleteSession.run(working, sessionId);
			} else {
				DeleteSession.restore(working, restoreFrom.get(), sessionId);
			}
			progress.worked(1);
			mergeSessionIntoLive(live, working, sessionId, () -> {
			});
			progress.done();
			return Status.OK_STATUS;
		} catch (Exception e) {
			return JobStatus.error(what, e);
		}
	}
}
