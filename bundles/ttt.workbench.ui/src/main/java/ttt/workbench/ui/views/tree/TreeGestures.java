package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.SweepGroups;
import ttt.workbench.analysis.tree.StoreLineage;

import java.util.function.Supplier;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.SessionEditors;

/**
 * What the tree's gestures do, through the workbench's commands: a node dropped on empty space runs Fork (New Session
 * for the base: a root is a fork of the base), a drop onto another node is refused with a message, Enter or a
 * double-click opens the session editor.
 */
final class TreeGestures {

	/** The fork command (plugin.xml); drag-to-fork runs it on the dragged session. */
	static final String FORK_COMMAND = "ttt.workbench.ui.commands.forkSession";
	/** The new-session command; dragging the base node onto empty space runs it. */
	static final String NEW_SESSION_COMMAND = "ttt.workbench.ui.commands.newSession";

	private final IWorkbenchPartSite site;
	private final IStatusLineManager status;
	private final Supplier<ArtifactStore> store;

	TreeGestures(IWorkbenchPartSite site, IStatusLineManager status, Supplier<ArtifactStore> store) {
		this.site = site;
		this.status = status;
		this.store = store;
	}

	/** Opens the session editor on {@code id}. */
	void open(String id) {
		Session s = store.get() == null ? null : store.get().model().findSession(id);
		if (s == null) {
			return;
		}
		try {
			SessionEditors.open(site.getPage(), s);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Cannot open session " + id, e);
			status.setErrorMessage("Cannot open " + id + ": " + e.getMessage());
		}
	}

	/** A node dropped on empty space: the fork command on it (the press already selected it), or New Session for the base. */
	void forkDropped(String id) {
		if (SweepGroups.isGroup(id)) {
			status.setErrorMessage("A sweep group is not a session: drag one of its sessions to fork it");
			return;
		}
		String command = StoreLineage.BASE_ID.equals(id) ? NEW_SESSION_COMMAND : FORK_COMMAND;
		try {
			site.getService(IHandlerService.class).executeCommand(command, null);
		} catch (NotDefinedException e) {
			status.setErrorMessage("Starting a root session by drag is not available");
		} catch (Exception e) {
			ILog.of(getClass()).error("Fork by drag of " + id + " failed", e);
			status.setErrorMessage("Cannot fork " + id + ": " + e.getMessage());
		}
	}

	void dropRefused(String dragged, String target) {
		status.setErrorMessage("Cannot drop " + readable(dragged) + " onto " + readable(target)
				+ ": a session has one parent. Drop it on empty space to fork it.");
	}

	private static String readable(String id) {
		if (SweepGroups.isGroup(id)) {
			return "the sweep group";
		}
		return StoreLineage.BASE_ID.equals(id) ? "the base" : id;
	}
}
