package ttt.workbench.ui.fork;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.jobs.ModelLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.jobs.ForkSessionJob;
import ttt.workbench.ui.selection.SelectionCommands;
import ttt.workbench.ui.selection.Selections;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.selection.RevealSession;

/**
 * "Fork from here" on the selected session (Session Tree, Sessions table, editors): asks with the {@link ForkDialog},
 * then forks in a background job; the new child is selected in the Session Tree when it lands.
 */
public class ForkSessionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		ArtifactStore store = ActiveStore.get().store();
		Session parent = Selections.singleSession(event);
		if (store == null || parent == null) {
			return null; // enablement (plugin.xml) keeps this from happening through the UI
		}
		ModelLoader.withDetails(store, parent); // the dialog lists its runs and copies its settings
		ForkDialog dialog = new ForkDialog(window.getShell(), parent, id -> store.model().findSession(id) != null, store.layout());
		if (dialog.open() == IDialogConstants.OK_ID) {
			ForkSessionJob job = new ForkSessionJob(store, dialog.request());
			job.whenDone(child -> landed(job, child, window)).schedule();
		}
		return null;
	}

	/** On the UI thread, once the child is in the model: select it in the Session Tree, say what the user should know. */
	private static void landed(ForkSessionJob job, Session child, IWorkbenchWindow window) {
		if (child == null || window.getShell().isDisposed()) {
			return;
		}
		RevealSession.inTree(window, child.getId(), false);
		if (!job.warnings().isEmpty()) {
			MessageDialog.openWarning(window.getShell(), "Forked " + child.getId(), String.join("\n", job.warnings()));
		}
	}

}
