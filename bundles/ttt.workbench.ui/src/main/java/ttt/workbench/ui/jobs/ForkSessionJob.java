package ttt.workbench.ui.jobs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.engine.session.ForkSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;

/**
 * Fork Session as a job: the child starts from the parent's weights (current, or those at the end of a run). Holds
 * only the child's {@link SessionRule}: a run of the parent computes without holding the parent's lock and takes it
 * only for its short commit, so the fork goes ahead at once and copies the parent's state as it is then (before or
 * after that run, never half of it — the engine's locks see to that).
 *
 * <pre>
 * ForkSessionJob.schedule(store, new ForkSession.Request("s1", "s1-fork", true, null, "try a larger lr"),
 *         child -> tree.select(child.getId()));
 * </pre>
 */
public final class ForkSessionJob extends StoreJob {

	private final ArtifactStore live;
	private final ForkSession.Request request;
	private volatile Consumer<Session> whenDone;
	private volatile String childId;
	private volatile List<String> warnings = List.of();

	public ForkSessionJob(ArtifactStore live, ForkSession.Request request) {
		super("Forking session " + request.parentId() + " into " + request.childId());
		this.live = live;
		this.request = request;
		setRule(new SessionRule(live.root(), request.childId()));
	}

	/** Creates the job, sets the callback (UI thread, the live child session; may be null) and schedules it. */
	public static ForkSessionJob schedule(ArtifactStore live, ForkSession.Request request, Consumer<Session> whenDone) {
		ForkSessionJob job = new ForkSessionJob(live, request).whenDone(whenDone);
		job.schedule();
		return job;
	}

	public ForkSessionJob whenDone(Consumer<Session> callback) {
		this.whenDone = callback;
		return this;
	}

	/** The new child's id once the job has succeeded, else null. */
	public String childId() {
		return childId;
	}

	/** What the user should know about the fork (e.g. a fresh optimizer had to be used); also in the log. */
	public List<String> warnings() {
		return warnings;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			ensureLiveDetails(live, display, request.parentId()); // the parent's settings as the fork dialog showed them
			ArtifactStore working = ArtifactStore.unread(live.root()); // the procedure reads it once, under the store's lock
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			ForkSession.Result result = ForkSession.run(working, request);
			progress.worked(1);
			warnings = List.copyOf(result.warnings());
			if (!warnings.isEmpty()) {
				ILog.of(ForkSessionJob.class).log(JobStatus.warnings("Fork of " + request.parentId() + " into " + request.childId(), warnings));
			}
			childId = request.childId();
			mergeSessionIntoLive(live, working, request.childId(), () -> {
				Session child = live.model().findSession(request.childId());
				Consumer<Session> callback = whenDone;
				if (callback != null && child != null) {
					callback.accept(child);
				}
			});
			progress.done();
			return Status.OK_STATUS;
		} catch (Exception | LinkageError e) {
			return JobStatus.error("Forking session " + request.parentId() + " into " + request.childId(), e);
		}
	}
}
