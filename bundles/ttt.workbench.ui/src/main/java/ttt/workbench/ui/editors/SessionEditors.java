package ttt.workbench.ui.editors;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.selection.RevealSession;

/** Opening the session editor on a session, optionally focused on one run and step. */
public final class SessionEditors {

	private SessionEditors() {
	}

	/** Opens (or activates) the editor of {@code session}; {@code run} and {@code step} focus it when not null / -1. */
	public static SessionEditor open(IWorkbenchPage page, Session session, Run run, int step) throws PartInitException {
		SessionEditorInput input = new SessionEditorInput(Path.of(session.getStore().getRootPath()),
				session.getId());
		IEditorPart part = page.openEditor(input, SessionEditor.ID, true, IWorkbenchPage.MATCH_INPUT);
		SessionEditor editor = (SessionEditor) part;
		if (run != null) {
			editor.focus().set(run, step);
		}
		return editor;
	}

	/** A breadcrumb link followed: open that session's editor and show it in the Session Tree. */
	public static void navigate(IWorkbenchPage page, Session target) {
		try {
			open(page, target);
		} catch (PartInitException e) {
			ILog.of(SessionEditors.class).error("Cannot open " + target.getId(), e);
		}
		RevealSession.inTree(page.getWorkbenchWindow(), target.getId(), false);
	}

	public static SessionEditor open(IWorkbenchPage page, Session session) throws PartInitException {
		return open(page, session, null, -1);
	}
}
