package ttt.workbench.ui.fork;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

import ttt.workbench.engine.session.EngineException;
import ttt.workbench.engine.session.ForkSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * Runs a fork in a job. The job works on its own {@link ArtifactStore} instance, so the workbench's model is only ever
 * changed on the UI thread (by the refresh that follows); the store's locks keep it safe against other writers.
 */
final class ForkJobs {

	private static final String PLUGIN_ID = "ttt.workbench.ui";

	private ForkJobs() {
	}

	static Job fork(Path storeRoot, ForkSession.Request request, IWorkbenchWindow window) {
		Job job = Job.create("Forking " + request.parentId() + " into " + request.childId(), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Forking " + request.parentId(), 2);
			try (ArtifactStore own = ArtifactStore.open(storeRoot)) {
				progress.worked(1);
				ForkSession.Result result = ForkSession.run(own, request);
				progress.worked(1);
				window.getShell().getDisplay().asyncExec(() -> landed(request.childId(), result, window));
				return Status.OK_STATUS;
			} catch (EngineException e) {
				return Status.error("Cannot fork " + request.parentId() + " into " + request.childId() + ": " + e.getMessage(), e);
			} catch (java.io.IOException e) {
				return new Status(IStatus.ERROR, PLUGIN_ID, "Cannot fork " + request.parentId() + " in " + storeRoot + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** On the UI thread: bring the child into the workbench's model now (not when the watcher gets to it) and select it. */
	private static void landed(String childId, ForkSession.Result result, IWorkbenchWindow window) {
		ArtifactStore store = ActiveStore.get().store();
		if (store == null || window.getShell().isDisposed()) {
			return;
		}
		try {
			store.refresh();
		} catch (java.io.IOException e) {
			org.eclipse.core.runtime.ILog.of(ForkJobs.class).warn("Refreshing after the fork failed: " + e.getMessage(), e);
		}
		if (window.getActivePage() != null && window.getActivePage().findView(SessionTreeView.ID) instanceof SessionTreeView tree) {
			tree.selectSession(childId);
		}
		if (!result.warnings().isEmpty()) {
			MessageDialog.openWarning(window.getShell(), "Forked " + childId, String.join("\n", result.warnings()));
		}
	}
}
