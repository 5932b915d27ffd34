package ttt.workbench.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileAlreadyExistsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;

import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import ttt.workbench.engine.math.BackendSelector;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.sweep.PointCommitter;
import ttt.workbench.sweep.PointComputer;
import ttt.workbench.sweep.PointContext;
import ttt.workbench.sweep.PointResult;
import ttt.workbench.sweep.SweepEngine;
import ttt.workbench.sweep.SweepJob;
import ttt.workbench.sweep.SweepListener;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.SweepPoint;

/**
 * The Spark sweep engine (SPEC §6, issue #14): executors compute points, the driver commits them.
 *
 * <ul>
 * <li>The driver broadcasts the job's {@link PointContext} — the base checkpoint's bytes and, for a fork sweep, the
 * parent's files as they were when the sweep started — once; each executor parses it once.
 * <li>The pending points are parallelised one per partition, so the scheduler hands them out one by one as executors
 * free up, and a lost executor costs only the points it held.
 * <li>An executor computes its point in memory with the ordinary engine ({@link PointComputer}) and returns the whole
 * session folder as bytes ({@link PointResult}); it never touches the store, which therefore needs to be reachable
 * from the driver only (no shared file system).
 * <li>Results stream back as tasks finish (one {@code submitJob} whose result handler queues each task's result); the
 * driver's own thread commits each through {@link PointCommitter} (staging, atomic rename, the store's locks,
 * manifest, index).
 * </ul>
 *
 * <p><b>Exactly once.</b> Spark may compute a point twice (a task retried after its executor was lost, a speculative
 * copy); only the first result of a point is committed, others are dropped, and a session that is already there is
 * never overwritten ({@link PointCommitter#commit} refuses). A driver killed mid-sweep leaves only whole sessions;
 * running the spec again prepares a job without them ({@code Sweeps.prepare}) and makes the rest.
 *
 * <p><b>Failures.</b> A point whose computation throws comes back as a failure (the job goes on) and is recorded in
 * the manifest. If the Spark job itself fails (e.g. every executor lost for good), the points without a result are
 * recorded as failed with Spark's message; the sweep can be run again.
 *
 * <p><b>Cancellation.</b> Results that arrived are committed; the Spark job is then cancelled (tasks in flight are
 * killed — nothing of them was written) and the points without a result count as not run.
 */
public final class SparkSweepEngine implements SweepEngine {

	public static final String NAME = "spark";
	/** Spark property: the compute backend on the executors ("auto", "jvm", "nd4j"). */
	public static final String BACKEND = "spark.ttt.sweep.backend";
	/**
	 * Spark property: milliseconds each executor waits before computing a point. Zero by default; the failure tests
	 * and demos use it to keep a short sweep in flight long enough to kill something in the middle of it.
	 */
	public static final String POINT_DELAY = "spark.ttt.sweep.pointDelayMillis";
	/**
	 * Spark property: threads of the driver that commit results (default 4). Commits of different points are
	 * independent (each its own staging folder and rename); several at once keep the driver's disk writes and fsyncs
	 * from becoming the bottleneck when many executors deliver at once.
	 */
	public static final String COMMIT_THREADS = "spark.ttt.sweep.commitThreads";
	/** Spark property: how long the driver waits for the first executors before it submits the points (ms). */
	public static final String EXECUTOR_WAIT = "spark.ttt.sweep.executorWaitMillis";

	private final SparkConf conf;
	private final JavaSparkContext given;

	/** An engine that starts its own Spark application for each run and stops it after. */
	public SparkSweepEngine(SparkConf conf) {
		this.conf = conf.clone();
		this.given = null;
	}

	/** An engine that runs on an application already started (not stopped by the engine). */
	public SparkSweepEngine(JavaSparkContext context) {
		this(context, Map.of());
	}

	/**
	 * @param settings this engine's own settings ({@link #BACKEND}, {@link #POINT_DELAY}, {@link #EXECUTOR_WAIT}) over
	 *                 those of the application
	 */
	public SparkSweepEngine(JavaSparkContext context, Map<String, String> settings) {
		this.conf = context.getConf();
		settings.forEach(this.conf::set);
		this.given = context;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public SweepOutcome run(SweepJob job, SweepListener listener, BooleanSupplier cancelled) throws IOException {
		SweepListener l = listener == null ? SweepListener.NONE : listener;
		BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
		Map<Integer, String> failed = new TreeMap<>();
		int done = 0;
		int notRun = 0;
		boolean wasCancelled = false;
		List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>()); // failures are recorded from the commit threads
		try (PointCommitter committer = PointCommitter.open(job)) {
			l.started(job.pending().size(), job.total(), job.done().size());
			if (!job.pending().isEmpty() && !stop.getAsBoolean()) {
				// Spark refuses a second application in one JVM with a clear message: pass that one in instead
				boolean ours = given == null;
				JavaSparkContext sc = given != null ? given : new JavaSparkContext(conf);
				try {
					Run run = new Run(sc, conf, job, committer, l, stop, failed, warnings);
					run.execute();
					done = run.committed.size();
					notRun = run.notRun;
					wasCancelled = run.cancelled;
				} finally {
					if (ours) {
						sc.stop();
					}
				}
			} else if (stop.getAsBoolean()) {
				notRun = job.pending().size();
				wasCancelled = !job.pending().isEmpty();
			}
			warnings.addAll(committer.warnings());
		}
		return new SweepOutcome(job.total(), job.done().size(), done, failed, notRun, wasCancelled, warnings);
	}

	/** One sweep on one Spark application. */
	private static final class Run {
		private final JavaSparkContext sc;
		private final SparkConf conf;
		private final SweepJob job;
		private final PointCommitter committer;
		private final SweepListener listener;
		private final BooleanSupplier stop;
		private final Map<Integer, String> failed;
		private final List<String> warnings;
		private final Map<Integer, SweepPoint> byNumber = new TreeMap<>();
		/** Points whose (first) result is being or was handled: a second copy of a point is dropped. */
		private final Set<Integer> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();
		private final Set<Integer> committed = java.util.concurrent.ConcurrentHashMap.newKeySet();
		private java.util.concurrent.ExecutorService commits;
		private final List<java.util.concurrent.Future<?>> pendingCommits = new ArrayList<>();
		private final LinkedBlockingQueue<PointOutcome> results = new LinkedBlockingQueue<>();
		private int notRun;
		private boolean cancelled;
		private String group;

		Run(JavaSparkContext sc, SparkConf conf, SweepJob job, PointCommitter committer, SweepListener listener, BooleanSupplier stop,
				Map<Integer, String> failed, List<String> warnings) {
			this.sc = sc;
			this.conf = conf;
			this.job = job;
			this.committer = committer;
			this.listener = listener;
			this.stop = stop;
			this.failed = failed;
			this.warnings = warnings;
			job.pending().forEach(p -> byNumber.put(p.number(), p));
		}

		void execute() throws IOException {
			long delay = conf.getLong(POINT_DELAY, 0L);
			String backend = conf.get(BACKEND, BackendSelector.AUTO);
			long executorWait = conf.getLong(EXECUTOR_WAIT, 60_000L);
			if (!sc.master().startsWith("local")) {
				// points are handed out as executors register; waiting a little for them spreads the first ones
				try {
					SparkSettings.awaitExecutors(sc, 1, Duration.ofMillis(executorWait));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted while waiting for Spark executors", e);
				}
			}
			group = "ttt-sweep-" + job.name() + "-" + System.nanoTime();
			sc.setJobGroup(group, "sweep " + job.name() + ": " + job.pending().size() + " points", true);
			Broadcast<PointContext> context = sc.broadcast(job.context());
			List<SweepPoint> points = job.pending();
			JavaRDD<PointOutcome> computed = sc.parallelize(points, points.size()).map(new ComputePoint(context, backend, delay));
			RDD<PointOutcome> rdd = computed.rdd();
			List<Object> partitions = new ArrayList<>();
			for (int i = 0; i < points.size(); i++) {
				partitions.add(i);
			}
			var future = sc.sc().submitJob(rdd, new OnlyElement(), CollectionConverters.asScala(partitions).toList(),
					new Enqueue(results), new Unit());
			int threads = Math.max(1, conf.getInt(COMMIT_THREADS, 4));
			commits = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
				Thread t = new Thread(r, "sweep-" + job.name() + "-commit");
				t.setDaemon(true);
				return t;
			});
			try {
				drain(future);
			} finally {
				awaitCommits();
				commits.shutdown();
				sc.clearJobGroup();
				context.destroy();
			}
		}

		private void drain(org.apache.spark.SimpleFutureAction<BoxedUnit> future) throws IOException {
			Set<Integer> answered = new HashSet<>();
			String jobFailure = null;
			while (answered.size() < byNumber.size()) {
				PointOutcome outcome;
				try {
					outcome = results.poll(200, TimeUnit.MILLISECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					future.cancel();
					throw new IOException("interrupted while the sweep was running on Spark", e);
				}
				if (outcome != null && answered.add(outcome.number())) {
					submit(outcome);
				}
				if (stop.getAsBoolean() && !cancelled) {
					cancelled = true;
					sc.cancelJobGroup(group);
					future.cancel();
				}
				if (outcome == null && future.isCompleted()) {
					// every result handler has run before the future completes: take what is queued, then stop
					PointOutcome rest;
					while ((rest = results.poll()) != null) {
						if (answered.add(rest.number())) {
							submit(rest);
						}
					}
					if (answered.size() < byNumber.size() && !cancelled) {
						jobFailure = failureOf(future);
					}
					break;
				}
			}
			for (SweepPoint p : byNumber.values()) {
				if (answered.contains(p.number())) {
					continue;
				}
				if (cancelled) {
					notRun++;
				} else {
					String message = "the Spark job ended without this point: " + (jobFailure == null ? "unknown reason" : jobFailure);
					fail(p, message);
				}
			}
		}

		/** Why a completed job delivered fewer results than points. */
		private static String failureOf(org.apache.spark.SimpleFutureAction<BoxedUnit> future) {
			scala.Option<scala.util.Try<BoxedUnit>> value = future.value();
			if (value.isEmpty() || value.get().isSuccess()) {
				return "the job finished early";
			}
			Throwable cause = value.get().failed().get();
			return cause.getMessage() == null ? cause.toString() : firstLine(cause.getMessage());
		}

		private static String firstLine(String s) {
			int nl = s.indexOf('\n');
			return nl < 0 ? s : s.substring(0, nl);
		}

		/** Commits on the driver's commit threads; at most one outcome per point gets here (see {@code drain}). */
		private void submit(PointOutcome outcome) {
			pendingCommits.add(commits.submit(() -> {
				handle(outcome);
				return null;
			}));
		}

		private void awaitCommits() throws IOException {
			for (java.util.concurrent.Future<?> f : pendingCommits) {
				try {
					f.get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted while committing the sweep's points", e);
				} catch (java.util.concurrent.ExecutionException e) {
					throw new IOException("committing a point failed: " + e.getCause(), e.getCause());
				}
			}
		}

		private void handle(PointOutcome outcome) {
			SweepPoint point = byNumber.get(outcome.number());
			if (point == null || !claimed.add(outcome.number())) {
				return; // not ours, or a second copy of a point already committed: never committed twice
			}
			if (outcome.failure() != null) {
				fail(point, outcome.failure());
				return;
			}
			try {
				committer.commit(outcome.result());
			} catch (FileAlreadyExistsException e) {
				// only another program can have made it (this driver commits a point once): keep theirs, untouched
				fail(point, e.getReason() != null ? e.getReason() : e.toString());
				return;
			} catch (IOException | RuntimeException e) {
				fail(point, "commit failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
				return;
			}
			committed.add(outcome.number());
			listener.pointDone(point, outcome.result());
		}

		private void fail(SweepPoint point, String message) {
			synchronized (failed) {
				failed.put(point.number(), message);
			}
			try {
				committer.failed(point.number(), message);
			} catch (IOException e) {
				warnings.add("the manifest could not record the failure of point " + point.number() + ": " + e.getMessage());
			}
			listener.pointFailed(point, message);
		}
	}

	/** What an executor sends back for a point: its files, or why it failed. */
	record PointOutcome(int number, PointResult result, String failure) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	/** The executors' side: compute one point in memory from the broadcast context. */
	static final class ComputePoint implements Function<SweepPoint, PointOutcome> {
		private static final long serialVersionUID = 1L;
		private final Broadcast<PointContext> context;
		private final String backend;
		private final long delayMillis;

		ComputePoint(Broadcast<PointContext> context, String backend, long delayMillis) {
			this.context = context;
			this.backend = backend;
			this.delayMillis = delayMillis;
		}

		@Override
		public PointOutcome call(SweepPoint point) throws InterruptedException {
			if (delayMillis > 0) {
				Thread.sleep(delayMillis);
			}
			try {
				PointResult result = new PointComputer(backend).compute(context.value(), point, () -> Thread.currentThread().isInterrupted());
				return new PointOutcome(point.number(), result, null);
			} catch (RunCancelledException e) {
				throw new InterruptedException("point " + point.number() + " cancelled");
			} catch (Exception | OutOfMemoryError | StackOverflowError e) {
				return new PointOutcome(point.number(), null, e.getMessage() == null ? e.toString() : e.getMessage());
			}
		}
	}

	/** A partition holds one point: its only element is the task's result. */
	static final class OnlyElement extends AbstractFunction1<Iterator<PointOutcome>, PointOutcome> implements Serializable {
		private static final long serialVersionUID = 1L;

		@Override
		public PointOutcome apply(Iterator<PointOutcome> it) {
			return it.next();
		}
	}

	/** Driver side, called by Spark's scheduler once per partition as its task succeeds: queue it for the committer. */
	static final class Enqueue extends AbstractFunction2<Object, PointOutcome, BoxedUnit> {
		private final LinkedBlockingQueue<PointOutcome> queue;

		Enqueue(LinkedBlockingQueue<PointOutcome> queue) {
			this.queue = queue;
		}

		@Override
		public BoxedUnit apply(Object partition, PointOutcome outcome) {
			queue.add(outcome);
			return BoxedUnit.UNIT;
		}
	}

	static final class Unit extends AbstractFunction0<BoxedUnit> {
		@Override
		public BoxedUnit apply() {
			return BoxedUnit.UNIT;
		}
	}
}
