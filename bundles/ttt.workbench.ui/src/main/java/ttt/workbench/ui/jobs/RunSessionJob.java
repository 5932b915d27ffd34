package ttt.workbench.ui.jobs;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.run.UpdateRecord;
import ttt.workbench.engine.session.CurvePng;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.live.LiveRun;
import ttt.workbench.analysis.live.LiveRuns;
import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * Run Session as a background job: progress in the Progress view and status line in real units (three passes of
 * {@code steps}), Cancel honoured at the next step (nothing is written: the store stays byte for byte as it was),
 * live curves through {@link LiveRuns} while the adaptive pass runs, and the run in the live model when done.
 * Runs of one session wait for each other ({@link SessionRule}); runs of different sessions run in parallel.
 */
public final class RunSessionJob extends StoreJob {

	private final ArtifactStore live;
	private final RunSession.Request request;
	private volatile RunSession.Result result;
	private volatile Consumer<Session> whenDone;

	public RunSessionJob(ArtifactStore live, RunSession.Request request) {
		super(name(request));
		this.live = live;
		this.request = request;
		setRule(new SessionRule(live.root(), request.sessionId()));
	}

	private static String name(RunSession.Request r) {
		return "Running session " + r.sessionId() + (r.actionsCsv() != null ? " (actions from " + r.actionsCsv().getFileName() + ")"
				: " (" + r.steps() + " steps, seed " + r.seed() + ")");
	}

	/** Called on the UI thread with the live session once its new run is in the model. */
	public RunSessionJob whenDone(Consumer<Session> callback) {
		this.whenDone = callback;
		return this;
	}

	public RunSession.Request request() {
		return request;
	}

	/** The run written, once the job has finished successfully; null otherwise. */
	public RunSession.Result result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		String sid = request.sessionId();
		SubMonitor progress = SubMonitor.convert(monitor, 100); // the job's name is the task: the subtasks say where it is
		// the live charts repaint at most once per refresh interval (Preferences: Live refresh), read at every step
		LiveRunRecorder recorder = new LiveRunRecorder(sid, new CoalescingPublisher(this::onUi, LiveRuns.get()::publish), System::nanoTime,
				() -> WorkbenchPreferences.refreshMillis() * 1_000_000L);
		try {
			CurvePng.warmUpInBackground();
			progress.subTask("Reading session " + sid);
			ensureLiveDetails(live, display, sid); // the live session is merged with what the job writes
			ArtifactStore working = ArtifactStore.unread(live.root()); // the procedure reads it once, under the session's lock
			progress.worked(4);
			SubMonitor passes = progress.split(90);
			RunSession.Result r = RunSession.run(working, request, new Progress(recorder, passes, sid), () -> cancelRequested(monitor));
			progress.setWorkRemaining(6);
			progress.subTask("Showing the new run");
			result = r;
			if (!r.warnings().isEmpty()) {
				ILog.of(RunSessionJob.class).log(JobStatus.warnings("Run " + r.runId() + " of session " + sid, r.warnings()));
			}
			mergeSessionIntoLive(live, working, sid, () -> {
				LiveRuns.get().publish(recorder.finished());
				Consumer<Session> callback = whenDone;
				Session session = live.model().findSession(sid);
				if (callback != null && session != null) {
					callback.accept(session);
				}
			});
			progress.done();
			return Status.OK_STATUS;
		} catch (RunCancelledException e) {
			abandon(recorder);
			return Status.CANCEL_STATUS;
		} catch (Exception | LinkageError e) {
			abandon(recorder);
			if (cancelRequested(monitor)) {
				return Status.CANCEL_STATUS;
			}
			return JobStatus.error("Running session " + sid + (request.actionsCsv() != null ? " on " + request.actionsCsv() : ""), e);
		}
	}

	private void abandon(LiveRunRecorder recorder) {
		LiveRun last = recorder.abandoned();
		onUi(() -> LiveRuns.get().publish(last));
	}

	/** Engine callbacks → progress units and the live snapshots (both on the running thread). */
	private static final class Progress implements RunListener {
		private final LiveRunRecorder recorder;
		private final SubMonitor monitor;
		private final String sessionId;
		private int done;
		private int committed;
		private int rolledBack;

		Progress(LiveRunRecorder recorder, SubMonitor monitor, String sessionId) {
			this.recorder = recorder;
			this.monitor = monitor;
			this.sessionId = sessionId;
		}

		@Override
		public void started(int steps) {
			monitor.setWorkRemaining(3 * steps);
			monitor.subTask("base and session-start passes");
			recorder.started(steps);
		}

		@Override
		public void baselines(float[] baseMse, float[] sessionNoUpdateMse) {
			recorder.baselines(baseMse, sessionNoUpdateMse);
		}

		@Override
		public void update(UpdateRecord event) {
			if (event.committed()) {
				committed++;
			} else {
				rolledBack++;
			}
			recorder.update(event);
		}

		@Override
		public void step(int t, float baseMse, float sessionNoUpdateMse, float adaptiveMse, boolean didUpdate, boolean updateOk) {
			recorder.step(t, baseMse, sessionNoUpdateMse, adaptiveMse, didUpdate, updateOk);
		}

		@Override
		public void progress(int now, int total) {
			if (now > done) {
				monitor.worked(now - done);
				done = now;
			}
			if (now % 50 == 0 || now == total) {
				int steps = total / 3;
				if (now <= 2 * steps) {
					monitor.subTask("base and session-start passes");
				} else {
					monitor.subTask("adaptive step " + (now - 2 * steps) + " of " + steps + ": " + committed + " committed, " + rolledBack
							+ " rolled back");
				}
			}
			if (now == total) {
				monitor.subTask("writing run of " + sessionId + " to the store");
			}
		}
	}
}
