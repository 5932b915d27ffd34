package ttt.workbench.ui.fork;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.store.ActiveStore;

/**
 * "Fork from here" on the selected session (Session Tree, Sessions table, editors): asks with the {@link ForkDialog},
 * then forks in a background job; the new child is selected in the Session Tree when it lands.
 */
public class ForkSessionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		ArtifactStore store = ActiveStore.get().store();
		Session parent = selectedSession(HandlerUtil.getCurrentStructuredSelection(event));
		if (store == null || parent == null) {
			return null; // enablement (plugin.xml) keeps this from happening through the UI
		}
		ForkDialog dialog = new ForkDialog(window.getShell(), parent, id -> store.model().findSession(id) != null, store.layout());
		if (dialog.open() == IDialogConstants.OK_ID) {
			ForkJobs.fork(store.root(), dialog.request(), window);
		}
		return null;
	}

	static Session selectedSession(IStructuredSelection selection) {
		return selection != null && selection.size() == 1 && selection.getFirstElement() instanceof Session s ? s : null;
	}
}
