package ttt.workbench.ui.views.tree;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.ui.selection.RevealSession;

/**
 * The {@code revealSession} command ({@link RevealSession}): selects a session in the Session Tree, expanding what
 * hides it and scrolling it into view; with {@code open=true} it first shows the tree if it is closed or hidden.
 * Other parts (editors' breadcrumbs, the Sessions table, Compare, fork and new-session jobs) call the command, so they
 * never find or cast the view.
 */
public class RevealSessionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(RevealSession.SESSION_PARAMETER);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (id == null || page == null) {
			return null;
		}
		try {
			var part = "true".equals(event.getParameter(RevealSession.OPEN_PARAMETER))
					? page.showView(SessionTreeView.ID, null, IWorkbenchPage.VIEW_VISIBLE)
					: page.findView(SessionTreeView.ID);
			if (part instanceof SessionTreeView tree) {
				tree.reveal(id);
			}
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Session Tree: " + e.getMessage(), e);
		}
		return null;
	}
}
