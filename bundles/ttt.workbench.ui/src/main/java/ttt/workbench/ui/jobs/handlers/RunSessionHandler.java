package ttt.workbench.ui.jobs.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.jobs.ModelLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.jobs.RunSessionJob;
import ttt.workbench.ui.jobs.dialogs.RunSessionDialog;
import ttt.workbench.ui.store.ActiveStore;

/** Session ▸ Run Session…: asks for the trajectory and overrides, then runs the selected session in a job. */
public class RunSessionHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.runSession";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		ArtifactStore store = ActiveStore.get().store();
		if (!(selection.getFirstElement() instanceof Session session) || store == null) {
			MessageDialog.openInformation(shell, "Run Session", "Select a session in the Session Tree first.");
			return null;
		}
		ModelLoader.withDetails(store, session); // the dialog shows its plasticity settings
		RunSessionDialog dialog = new RunSessionDialog(shell, session);
		if (dialog.open() == Window.OK) {
			new RunSessionJob(store, dialog.request()).schedule();
		}
		return null;
	}
}
