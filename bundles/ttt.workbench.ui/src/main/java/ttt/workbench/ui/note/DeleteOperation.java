package ttt.workbench.ui.note;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.jobs.DeleteSessionJob;

/**
 * Deleting a leaf session into the store's trash as an undoable operation: Undo moves the folder back. Each step is a
 * {@link DeleteSessionJob}; steps on one session run in the order asked for, so an Undo restores the folder the
 * delete made even when asked for while the delete still runs.
 */
final class DeleteOperation extends AbstractOperation {

	private final ArtifactStore store;
	private final String sessionId;
	private DeleteSessionJob deleted;

	DeleteOperation(ArtifactStore store, String sessionId) {
		super("Delete Session " + sessionId);
		this.store = store;
		this.sessionId = sessionId;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		deleted = DeleteSessionJob.delete(store, sessionId);
		deleted.schedule();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		DeleteSessionJob delete = deleted;
		DeleteSessionJob.restore(store, sessionId, () -> {
			if (delete.trashed() == null) {
				throw new IllegalStateException("the session was not deleted, so there is nothing to restore");
			}
			return delete.trashed();
		}).schedule();
		return Status.OK_STATUS;
	}
}
