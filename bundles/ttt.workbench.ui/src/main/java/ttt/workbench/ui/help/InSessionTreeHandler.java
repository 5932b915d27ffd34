package ttt.workbench.ui.help;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.selection.RevealSession;
import ttt.workbench.ui.selection.SelectionCommands;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * The guide's "click to perform" links: runs a session command (open, run, fork, compare) on the session selected in
 * the Session Tree. A link is clicked in the Cheat Sheets view, whose selection is empty, so the command is run on the
 * tree's selection instead; when the tree has none yet, the store's first root session is selected for the user (and
 * shown, so they see which one). {@code withParent=true} adds the session's parent (Compare with Parent).
 */
public class InSessionTreeHandler extends AbstractHandler {

	public static final String COMMAND = "ttt.workbench.ui.commands.inSessionTree";
	public static final String COMMAND_PARAMETER = COMMAND + ".commandId";
	public static final String WITH_PARENT_PARAMETER = COMMAND + ".withParent";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String commandId = event.getParameter(COMMAND_PARAMETER);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IWorkbenchPage page = window.getActivePage();
		if (commandId == null || page == null) {
			return null;
		}
		try {
			page.showView(SessionTreeView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Session Tree: " + e.getMessage(), e);
		}
		Session session = selectedSession(page);
		if (session == null) {
			session = firstRootSession();
			if (session == null) {
				throw new ExecutionException("No store is open, or it has no session yet: open a store first (File > Open Store...)");
			}
			RevealSession.inTree(window, session.getId(), true);
		}
		boolean withParent = "true".equals(event.getParameter(WITH_PARENT_PARAMETER)) && session.getParent() != null;
		ISelection selection = withParent ? new StructuredSelection(List.of(session.getParent(), session))
				: new StructuredSelection(session);
		SelectionCommands.execute(window, commandId, selection);
		return null;
	}

	private static Session selectedSession(IWorkbenchPage page) {
		return page.getSelection(SessionTreeView.ID) instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof Session session ? session : null;
	}

	private static Session firstRootSession() {
		ArtifactStore store = ActiveStore.get().store();
		if (store == null || store.model() == null || store.model().getRootSessions().isEmpty()) {
			return null;
		}
		return store.model().getRootSessions().get(0);
	}
}
