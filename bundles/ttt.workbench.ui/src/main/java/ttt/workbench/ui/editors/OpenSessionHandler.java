package ttt.workbench.ui.editors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.model.Session;

/** Opens the session editor on every selected session. */
public class OpenSessionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		for (Object o : selection) {
			if (o instanceof Session s) {
				try {
					SessionEditors.open(page, s);
				} catch (PartInitException e) {
					throw new ExecutionException("Cannot open session " + s.getId() + ": " + e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
