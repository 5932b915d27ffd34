package ttt.workbench.ui.selection;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.model.Session;

/** What the handlers of session commands act on: the one selected {@link Session}. */
public final class Selections {

	private Selections() {
	}

	/** The session when exactly one is selected, else null (enablement in plugin.xml keeps handlers from seeing that). */
	public static Session singleSession(ISelection selection) {
		return selection instanceof IStructuredSelection s && s.size() == 1 && s.getFirstElement() instanceof Session session ? session
				: null;
	}

	public static Session singleSession(ExecutionEvent event) {
		return singleSession(HandlerUtil.getCurrentSelection(event));
	}
}
