package ttt.workbench.ui.jobs;

import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.engine.session.EditNote;
import ttt.workbench.store.ArtifactStore;

/**
 * Edit Note as a job: the note is written under the store's locks on a worker (reading the store under the lock
 * takes most of a second at 10,000 sessions), then the session is merged into the live model on the UI thread.
 * Waits for other jobs on the same session ({@link SessionRule}); a failure is shown with the session and the reason.
 */
public final class EditNoteJob extends StoreJob {

	private final ArtifactStore live;
	private final String sessionId;
	private final Supplier<String> note;
	private volatile boolean written;
	private volatile String previous;

	/**
	 * @param note read when the job runs (an Undo scheduled behind the edit takes the note the edit found); null or
	 *             blank removes it. A supplier that throws {@link IllegalStateException} fails the job with its message.
	 */
	public EditNoteJob(ArtifactStore live, String sessionId, Supplier<String> note) {
		super("Changing the note of " + sessionId);
		this.live = live;
		this.sessionId = sessionId;
		this.note = note;
		setRule(new SessionRule(live.root(), sessionId));
	}

	/** Whether the note was written. */
	public boolean written() {
		return written;
	}

	/** The note the session had before (null: none); meaningful once {@link #written()}. */
	public String previous() {
		return previous;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			String text = note.get();
			progress.subTask("Writing the note of " + sessionId);
			ensureLiveDetails(live, display, sessionId); // the live session is merged with what the job writes
			ArtifactStore working = ArtifactStore.unread(live.root()); // read once, under the locks
			previous = EditNote.run(working, sessionId, text);
			written = true;
			progress.worked(1);
			mergeSessionIntoLive(live, working, sessionId, () -> {
			});
			progress.done();
			return Status.OK_STATUS;
		} catch (Exception e) {
			return JobStatus.error("Changing the note of " + sessionId, e);
		}
	}
}
