package ttt.workbench.ui.note;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import ttt.workbench.engine.session.DeleteSession;
import ttt.workbench.engine.session.EngineException;
import ttt.workbench.store.ArtifactStore;

/** Deleting a leaf session into the store's trash as an undoable operation: Undo moves the folder back. */
final class DeleteOperation extends AbstractOperation {

	private final ArtifactStore store;
	private final String sessionId;
	private Path trashed;

	DeleteOperation(ArtifactStore store, String sessionId) {
		super("Delete Session " + sessionId);
		this.store = store;
		this.sessionId = sessionId;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		try {
			trashed = DeleteSession.run(store, sessionId);
			return Status.OK_STATUS;
		} catch (EngineException | IOException e) {
			throw new ExecutionException("Cannot delete " + sessionId + ": " + e.getMessage(), e);
		}
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		try {
			DeleteSession.restore(store, trashed, sessionId);
			return Status.OK_STATUS;
		} catch (EngineException | IOException e) {
			throw new ExecutionException("Cannot restore " + sessionId + ": " + e.getMessage(), e);
		}
	}
}
