package ttt.workbench.ui.note;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.jobs.ModelLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.selection.Selections;
import ttt.workbench.ui.store.ActiveStore;

/**
 * Delete on a session: after a confirmation, moves a session that has no forks into the store's .trash folder
 * (Edit > Undo brings it back). Sessions with children are explained, not deleted.
 */
public class DeleteSessionHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.deleteSession";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ArtifactStore store = ActiveStore.get().store();
		Session session = Selections.singleSession(event);
		if (store == null || session == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		ModelLoader.withDetails(store, session); // the confirmation counts its runs
		if (!session.getChildren().isEmpty()) {
			MessageDialog.openInformation(shell, "Delete Session", session.getId() + " has " + session.getChildren().size()
					+ " forked " + (session.getChildren().size() == 1 ? "child" : "children")
					+ " that start from its weights. Delete them first; a session is only deleted together with nothing that depends on it.");
			return null;
		}
		boolean confirmed = MessageDialog.openConfirm(shell, "Delete Session", "Delete " + session.getId() + " and its "
				+ session.getRuns().size() + " run(s)?\n\nIts folder moves to .trash/ inside the store; Edit > Undo (Ctrl+Z) brings it back.");
		if (!confirmed) {
			return null;
		}
		DeleteOperation operation = new DeleteOperation(store, session.getId());
		operation.addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null, null);
		return null;
	}
}
