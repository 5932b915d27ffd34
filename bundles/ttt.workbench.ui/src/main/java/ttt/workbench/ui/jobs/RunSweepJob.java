package ttt.workbench.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.ui.progress.IProgressConstants;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.ModelMerger;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.model.Store;
import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.PointResult;
import ttt.workbench.sweep.SweepJob;
import ttt.workbench.sweep.SweepListener;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.SweepPoint;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.spec.SpecException;
import ttt.workbench.sweep.spec.SweepSpec;
import ttt.workbench.analysis.live.SweepStates;
import ttt.workbench.analysis.live.SweepStatus;

/**
 * Run Sweep as one background job: prepares the spec against the store ({@link Sweeps#prepare}: the same checks as
 * the dialog's preview, made again because the store may have changed), then runs the pending points on the local
 * engine with {@code parallel} threads. Progress is in points ("5/12 points · 1 failed · eta 0:40"); Cancel stops
 * starting points and lets those in flight finish and commit whole (never a half point), then the job ends with a
 * CANCEL status that says what was done.
 *
 * <p><b>How new sessions reach the tree.</b> The engine's committer renames each finished point into
 * {@code sessions/} itself, outside any {@link ArtifactStore}; this job brings them into the live model: after a
 * point is committed it re-reads the store (at most once per {@link #MIN_REFRESH_MILLIS}, or twice as long as the
 * last read took, so a large store is not read over and over) and merges it into the live model on the UI thread,
 * as every {@link StoreJob} does with its result; a last read after the engine returns brings in the rest. The
 * store's watcher is not relied upon: it waits for writes to settle, which a busy sweep never does.
 *
 * <p>Scheduling rule: the sweep's own name (two runs of one sweep wait for each other, as the engine's sweep lock
 * would make them) and, for {@code from: <id>}, the forked session (a run of it waits until the sweep is done: every
 * point forks the weights it had when the sweep started). Other sessions stay free.
 */
public final class RunSweepJob extends StoreJob {

	/** Shortest time between two reads of the store to show new sessions. */
	public static final long MIN_REFRESH_MILLIS = 500;

	private final ArtifactStore live;
	private final SweepSpec spec;
	private final int parallel;
	private final ReentrantLock refreshing = new ReentrantLock();
	private volatile long nextRefresh;
	private volatile SweepOutcome outcome;

	public RunSweepJob(ArtifactStore live, SweepSpec spec, int parallel) {
		super("Sweep " + spec.name());
		this.live = live;
		this.spec = spec;
		this.parallel = parallel;
		ISchedulingRule rule = new SessionRule(live.root(), "\u0000sweep " + spec.name());
		if (spec.from() != null) {
			rule = MultiRule.combine(rule, new SessionRule(live.root(), spec.from()));
		}
		setRule(rule);
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE); // the Progress view keeps the final counts
	}

	public SweepSpec spec() {
		return spec;
	}

	/** How the sweep ended, once the engine has returned; null before (and when preparing it failed). */
	public SweepOutcome outcome() {
		return outcome;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Path root = live.root();
		SubMonitor progress = SubMonitor.convert(monitor, "Sweep " + spec.name(), 100);
		try {
			progress.subTask("checking the spec against the store");
			SweepJob job = Sweeps.prepare(root, spec);
			progress.worked(2);
			if (cancelRequested(monitor)) {
				return Status.CANCEL_STATUS;
			}
			Progress listener = new Progress(progress.split(98), job);
			SweepOutcome result = new LocalSweepEngine(parallel).run(job, listener, () -> cancelRequested(monitor));
			outcome = result;
			refresh(true);
			onUi(() -> SweepStates.get().put(root, spec.name(),
					new SweepStatus(result.total(), result.failed().size(), false, summary(job))));
			return status(result, job);
		} catch (SpecException e) {
			return new Status(IStatus.ERROR, JobStatus.PLUGIN_ID, "Sweep " + spec.name() + " (" + spec.file() + ") cannot run:\n" + e.getMessage(), e);
		} catch (Exception | LinkageError e) {
			refresh(true); // whatever was committed before the failure is in the store: show it
			notRunningAnyMore(root);
			return JobStatus.error("Sweep " + spec.name() + " (" + spec.file() + ") in " + root, e);
		}
	}

	/** After a failure the tree must not go on saying "running…": the last known counts, no longer running. */
	private void notRunningAnyMore(Path root) {
		onUi(() -> SweepStates.get().of(root, spec.name()).filter(SweepStatus::running)
				.ifPresent(s -> SweepStates.get().put(root, spec.name(), new SweepStatus(s.total(), s.failed(), false, s.summary()))));
	}

	/** Done, failed, skipped (already done) and, when cancelled, not started; each failure with its session. */
	private IStatus status(SweepOutcome o, SweepJob job) {
		String counts = o.done() + " done, " + o.failed().size() + " failed, " + o.alreadyDone() + " skipped as already done"
				+ (o.cancelled() ? ", " + o.notRun() + " not started (cancelled)" : "") + " of " + o.total() + " points";
		String message = "Sweep " + spec.name() + ": " + counts;
		if (!o.failed().isEmpty()) {
			MultiStatus failures = new MultiStatus(JobStatus.PLUGIN_ID, 0, message + " (spec " + spec.file() + ")", null);
			for (Map.Entry<Integer, String> f : o.failed().entrySet()) {
				String session = job.plan().points().get(f.getKey()).sessionId();
				failures.add(new Status(IStatus.ERROR, JobStatus.PLUGIN_ID, "point " + f.getKey() + " (session " + session + "): " + f.getValue()));
			}
			return failures;
		}
		if (!o.warnings().isEmpty()) {
			org.eclipse.core.runtime.ILog.of(RunSweepJob.class).log(JobStatus.warnings("Sweep " + spec.name(), o.warnings()));
		}
		return new Status(o.cancelled() ? IStatus.CANCEL : IStatus.OK, JobStatus.PLUGIN_ID, message);
	}

	/** A one-line description of the spec for the tree's tooltip. */
	static String summary(SweepJob job) {
		SweepSpec s = job.plan().spec();
		return "from " + (s.from() == null ? "base" : s.from()) + ", " + job.total() + " points, runs " + s.runs();
	}

	/**
	 * Reads the store and merges it into the live model on the UI thread, unless another read is under way or one was
	 * made too recently ({@code force}: the last one, always).
	 */
	private void refresh(boolean force) {
		if (!force && System.currentTimeMillis() < nextRefresh) {
			return;
		}
		if (force) {
			refreshing.lock();
		} else if (!refreshing.tryLock()) {
			return;
		}
		try {
			long start = System.currentTimeMillis();
			Store fresh = StoreReader.read(live.root());
			long took = System.currentTimeMillis() - start;
			nextRefresh = System.currentTimeMillis() + Math.max(MIN_REFRESH_MILLIS, 2 * took);
			onUi(() -> ModelMerger.merge(live.model(), fresh)); // asyncExec keeps the order of the reads
		} catch (IOException | RuntimeException e) {
			org.eclipse.core.runtime.ILog.of(RunSweepJob.class).log(Status.warning("Showing the new sessions of sweep " + spec.name()
					+ " failed: reading " + live.root() + ": " + e.getMessage(), e));
		} finally {
			refreshing.unlock();
		}
	}

	/** Engine callbacks (from its threads) → points of progress, the subtask line, the tree's group and the model. */
	private final class Progress implements SweepListener {
		private final SubMonitor monitor;
		private final SweepJob job;
		private final AtomicInteger done = new AtomicInteger();
		private final AtomicInteger failed = new AtomicInteger();
		private final long start = System.nanoTime();
		private int pending;

		Progress(SubMonitor monitor, SweepJob job) {
			this.monitor = monitor;
			this.job = job;
		}

		@Override
		public synchronized void started(int pending, int total, int alreadyDone) {
			this.pending = pending;
			monitor.setWorkRemaining(Math.max(1, pending));
			monitor.subTask(line());
			publish();
		}

		@Override
		public void pointDone(SweepPoint point, PointResult result) {
			done.incrementAndGet();
			advance();
			refresh(false);
		}

		@Override
		public void pointFailed(SweepPoint point, String message) {
			failed.incrementAndGet();
			advance();
		}

		private synchronized void advance() {
			monitor.worked(1);
			monitor.subTask(line());
			publish();
		}

		private void publish() {
			SweepStatus status = new SweepStatus(job.total(), failed.get(), true, summary(job));
			Path root = live.root();
			onUi(() -> SweepStates.get().put(root, spec.name(), status));
		}

		/** "5/12 points done (3 before) · 1 failed · eta 0:40" */
		private String line() {
			int finished = done.get() + failed.get();
			StringBuilder b = new StringBuilder().append(job.done().size() + done.get()).append('/').append(job.total()).append(" points done");
			if (!job.done().isEmpty()) {
				b.append(" (").append(job.done().size()).append(" before)");
			}
			b.append(" · ").append(failed.get()).append(" failed");
			if (finished > 0 && finished < pending) {
				long elapsed = System.nanoTime() - start;
				long eta = elapsed / finished * (pending - finished) / 1_000_000_000L;
				b.append(" · eta ").append(eta / 3600 > 0 ? eta / 3600 + ":" + String.format("%02d", eta / 60 % 60) : eta / 60)
						.append(':').append(String.format("%02d", eta % 60));
			}
			return b.toString();
		}
	}
}
