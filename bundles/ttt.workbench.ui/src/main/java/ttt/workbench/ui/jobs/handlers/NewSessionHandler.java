package ttt.workbench.ui.jobs.handlers;

import java.nio.file.Files;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.jobs.NewSessionJob;
import ttt.workbench.ui.jobs.dialogs.NewSessionDialog;
import ttt.workbench.ui.selection.SelectionCommands;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.selection.RevealSession;

/** Session ▸ New Session…: a root session from the base of the open store, created in a job. */
public class NewSessionHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.newSession";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ArtifactStore store = ActiveStore.get().store();
		if (store == null) {
			MessageDialog.openInformation(shell, "New Session", "No artifact store is open (use Session ▸ New Store... to make one).");
			return null;
		}
		if (store.model().getBase() == null) {
			MessageDialog.openInformation(shell, "New Session", store.root() + " has no base model: a session starts from the base.");
			return null;
		}
		NewSessionDialog dialog = new NewSessionDialog(shell, id -> store.model().findSession(id) != null
				|| Files.exists(store.layout().sessionDir(id)));
		if (dialog.open() == Window.OK) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			new NewSessionJob(store, dialog.request()).whenDone(created -> select(window, created.getId())).schedule();
		}
		return null;
	}

	/** Selects the new session in the Session Tree, so that Run Session applies to it right away. */
	static void select(IWorkbenchWindow window, String sessionId) {
		if (window == null || window.getActivePage() == null) {
			return;
		}
		RevealSession.inTree(window, sessionId, false);
	}
}
