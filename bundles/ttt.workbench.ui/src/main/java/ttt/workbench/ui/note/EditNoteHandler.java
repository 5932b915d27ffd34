package ttt.workbench.ui.note;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.jobs.ModelLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.selection.Selections;
import ttt.workbench.ui.store.ActiveStore;

/**
 * F2 on a session: edit its note (fork_note in session_meta.json; the reference keeps unknown keys). Session ids name
 * folders that children and runs refer to, so F2 edits the note rather than renaming. Undoable.
 */
public class EditNoteHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.editNote";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ArtifactStore store = ActiveStore.get().store();
		Session session = Selections.singleSession(event);
		if (store == null || session == null) {
			return null;
		}
		ModelLoader.withDetails(store, session); // the note is a detail, not in the index
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShellChecked(event), "Edit Note",
				"Note of " + session.getId() + " (stored as fork_note in its session_meta.json; empty removes it):",
				session.getForkNote() == null ? "" : session.getForkNote(), null) {
			@Override
			protected int getInputTextStyle() {
				return super.getInputTextStyle() | SWT.MULTI | SWT.WRAP;
			}

			@Override
			protected void createButtonsForButtonBar(Composite parent) {
				createButton(parent, IDialogConstants.OK_ID, "&Save", true);
				createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
			}
		};
		if (dialog.open() != Window.OK) {
			return null;
		}
		executeUndoable(store, session.getId(), dialog.getValue());
		return null;
	}

	/**
	 * Sets the note of {@code sessionId} as one undoable operation of the workbench's history (Edit > Undo, Ctrl+Z):
	 * written by an {@link ttt.workbench.ui.jobs.EditNoteJob}, crash-safe, off the UI thread. F2 and the Properties view
	 * both edit the note through here. Null or blank removes the note.
	 */
	public static void executeUndoable(ArtifactStore store, String sessionId, String note) throws ExecutionException {
		NoteOperation operation = new NoteOperation(store, sessionId, note);
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		operation.addContext(context);
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.execute(operation, null, null);
	}
}
