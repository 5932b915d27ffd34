package ttt.workbench.ui.note;

import java.io.IOException;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import ttt.workbench.engine.session.EngineException;
import ttt.workbench.engine.session.EditNote;
import ttt.workbench.store.ArtifactStore;

/** Setting a session's note as an undoable operation (Edit > Undo, Ctrl+Z). Writes one small file on the UI thread. */
final class NoteOperation extends AbstractOperation {

	private final ArtifactStore store;
	private final String sessionId;
	private final String note;
	private String previous;

	NoteOperation(ArtifactStore store, String sessionId, String note) {
		super("Edit Note of " + sessionId);
		this.store = store;
		this.sessionId = sessionId;
		this.note = note;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		previous = write(note);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		write(previous);
		return Status.OK_STATUS;
	}

	private String write(String text) throws ExecutionException {
		try {
			return EditNote.run(store, sessionId, text);
		} catch (EngineException | IOException e) {
			throw new ExecutionException("Cannot change the note of " + sessionId + ": " + e.getMessage(), e);
		}
	}
}
