package ttt.workbench.ui.jobs;


import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants2;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.ModelMerger;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * A user job that changes an open store. The engine procedures work on a private {@link ArtifactStore} of the same
 * folder (they refresh and read its model on the job's thread), so the live model the views paint is only ever
 * changed on the UI thread: when the procedure is done, the private store's model (refreshed by the procedure
 * itself) is merged into the live model through {@code asyncExec}, followed by whatever the job announces (FINISHED snapshot, the new session...).
 */
public abstract class StoreJob extends Job {

	/** Every job of this package belongs to this family ({@code Job.getJobManager().find(FAMILY)}). */
	public static final Object FAMILY = StoreJob.class;

	protected final Display display;
	private volatile boolean cancelRequested;

	protected StoreJob(String name) {
		super(name);
		this.display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
		setUser(true);
		setProperty(IProgressConstants2.SHOW_IN_TASKBAR_ICON_PROPERTY, Boolean.TRUE);
	}

	/** Called by the job manager on Cancel (Progress view, status line or {@link #cancel()}), on the cancelling thread. */
	@Override
	protected void canceling() {
		cancelRequested = true;
	}

	/**
	 * Whether Cancel was pressed: the flag set by {@link #canceling()} or the monitor's state, so the engine's
	 * {@code cancelled} supplier sees it at its next step whichever way the platform delivers it.
	 */
	protected boolean cancelRequested(org.eclipse.core.runtime.IProgressMonitor monitor) {
		return cancelRequested || monitor.isCanceled();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/**
	 * Merges the job's private store into the live model on the UI thread, then {@code then}. Every engine procedure
	 * ends by refreshing the store it worked on (to rebuild the index), so {@code working}'s model already is the
	 * folder as it is now: no need to read it a third time.
	 */
	protected void mergeIntoLive(ArtifactStore live, ArtifactStore working, Runnable then) {
		Store fresh = working.model();
		onUi(() -> {
			ModelMerger.merge(live.model(), fresh);
			then.run();
		});
	}

	/**
	 * Merges the one session the job changed ({@code sessionId}, as the job's private store has it after the
	 * procedure; absent: deleted) into the live model on the UI thread, then {@code then}. The rest of the live model is
	 * left as it is: the job's private store may hold an older read of other sessions than the watcher merged since.
	 * This is the run's only merge: the watcher recognises the job's writes as this process's own and does not read them back.
	 */
	protected void mergeSessionIntoLive(ArtifactStore live, ArtifactStore working, String sessionId, Runnable then) {
		Session fresh = working.model() == null ? null : working.model().findSession(sessionId);
		onUi(() -> {
			ModelMerger.mergeSession(live.model(), sessionId, fresh);
			then.run();
		});
	}

	/**
	 * Makes sure the live model has the details of the sessions this job writes (the store opens as summaries): read
	 * on the common pool, applied on the UI thread, waited for here on the job's thread. Loaded sessions cost nothing;
	 * ids not in the model are skipped.
	 */
	protected static void ensureLiveDetails(ArtifactStore live, Display display, String... sessionIds) {
		if (display.isDisposed()) {
			return;
		}
		java.util.concurrent.CompletableFuture<Void> loaded = new java.util.concurrent.CompletableFuture<>();
		display.asyncExec(() -> { // the live model is read on the UI thread only
			java.util.List<Session> sessions = new java.util.ArrayList<>();
			for (String id : sessionIds) {
				Session s = id == null || live.model() == null ? null : live.model().findSession(id);
				if (s != null && !SessionLoader.isLoaded(s)) {
					sessions.add(s);
				}
			}
			if (sessions.isEmpty() || live.sessionLoader() == null) {
				loaded.complete(null);
			} else {
				live.sessionLoader().requestLoad(sessions, display::asyncExec).whenComplete((v, e) -> loaded.complete(null));
			}
		});
		loaded.join();
	}

	/** Runs {@code r} on the UI thread later, unless the workbench is gone. */
	protected void onUi(Runnable r) {
		try {
			if (!display.isDisposed()) {
				display.asyncExec(r);
			}
		} catch (SWTException closing) {
			// the workbench is shutting down: nobody is left to show it to
		}
	}
}
