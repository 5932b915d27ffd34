package ttt.workbench.ui.note;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.jobs.EditNoteJob;

/**
 * Setting a session's note as an undoable operation (Edit > Undo, Ctrl+Z). Each step is an {@link EditNoteJob}: the
 * UI thread only schedules it. Steps on one session run in the order they were asked for (the jobs' session rule), so
 * an Undo asked for while the edit is still writing restores the note the edit found.
 */
final class NoteOperation extends AbstractOperation {

	private final ArtifactStore store;
	private final String sessionId;
	private final String note;
	private EditNoteJob last;

	NoteOperation(ArtifactStore store, String sessionId, String note) {
		super("Edit Note of " + sessionId);
		this.store = store;
		this.sessionId = sessionId;
		this.note = note;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		last = schedule(new EditNoteJob(store, sessionId, () -> note));
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		EditNoteJob edit = last;
		last = schedule(new EditNoteJob(store, sessionId, () -> {
			if (!edit.written()) {
				throw new IllegalStateException("the note was not changed, so there is nothing to undo");
			}
			return edit.previous();
		}));
		return Status.OK_STATUS;
	}

	private static EditNoteJob schedule(EditNoteJob job) {
		job.schedule();
		return job;
	}
}
