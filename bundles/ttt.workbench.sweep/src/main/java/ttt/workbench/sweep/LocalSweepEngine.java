package ttt.workbench.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import ttt.workbench.engine.run.RunCancelledException;

/**
 * The default sweep engine: a fixed pool of {@code parallel} threads in this JVM (default: every core). Each thread
 * takes the next pending point (in point order), computes it ({@link PointComputer}) and commits it
 * ({@link PointCommitter}) itself, so compute and writes overlap across threads. A point that throws is recorded as
 * failed in the manifest with its message and the others go on. Cancellation: no new point starts; points in flight
 * finish and commit whole; then {@link #run} returns with {@code cancelled} set.
 */
public final class LocalSweepEngine implements SweepEngine {

	public static final String NAME = "local";

	static final SweepEngineProvider PROVIDER = new SweepEngineProvider() {
		@Override
		public String name() {
			return NAME;
		}

		@Override
		public SweepEngine create(Settings settings) {
			return new LocalSweepEngine(settings.parallel());
		}
	};

	private final int parallel;
	private final PointComputer computer;

	public LocalSweepEngine(int parallel) {
		this(parallel, new PointComputer());
	}

	public LocalSweepEngine(int parallel, PointComputer computer) {
		if (parallel < 1) {
			throw new IllegalArgumentException("parallel must be at least 1, found " + parallel);
		}
		this.parallel = parallel;
		this.computer = computer;
	}

	/** Every core of this machine. */
	public static int defaultParallelism() {
		return Runtime.getRuntime().availableProcessors();
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
		AtomicInteger done = new AtomicInteger();
		AtomicInteger notRun = new AtomicInteger();
		List<String> warnings;
		try (PointCommitter committer = PointCommitter.open(job)) {
			l.started(job.pending().size(), job.total(), job.done().size());
			AtomicInteger threadNumber = new AtomicInteger();
			ThreadFactory threads = r -> {
				Thread t = new Thread(r, "sweep-" + job.name() + "-" + threadNumber.incrementAndGet());
				t.setDaemon(true);
				return t;
			};
			ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, job.pending().size())), threads);
			List<Future<?>> futures = new ArrayList<>();
			try {
				for (SweepPoint point : job.pending()) {
					futures.add(pool.submit(() -> {
						if (stop.getAsBoolean()) {
							notRun.incrementAndGet();
							return;
						}
						String failure = null;
						PointResult result = null;
						try {
							// points in flight are finished even when the sweep is cancelled: never a half point
							result = computer.compute(job.context(), point, () -> false);
							committer.commit(result);
						} catch (RunCancelledException e) {
							failure = "cancelled";
						} catch (Exception | OutOfMemoryError | StackOverflowError e) {
							failure = e.getMessage() == null ? e.toString() : e.getMessage();
						}
						if (failure == null) {
							done.incrementAndGet();
							l.pointDone(point, result);
						} else {
							synchronized (failed) {
								failed.put(point.number(), failure);
							}
							try {
								committer.failed(point.number(), failure);
							} catch (IOException e) {
								// the manifest is a cache; the failure is still reported to the caller
							}
							l.pointFailed(point, failure);
						}
					}));
				}
				for (Future<?> f : futures) {
					try {
						f.get();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new IOException("interrupted while waiting for the sweep's points", e);
					} catch (java.util.concurrent.ExecutionException e) {
						throw new IOException("a sweep worker failed: " + e.getCause(), e.getCause());
					}
				}
			} finally {
				// on any way out, points not started never start, and those in flight finish (whole) before the committer
				// closes and the sweep's lock is released: no worker may commit after that
				futures.forEach(f -> f.cancel(false));
				pool.shutdown();
				awaitWorkers(pool);
			}
			warnings = committer.warnings();
		}
		return new SweepOutcome(job.total(), job.done().size(), done.get(), failed, notRun.get(), notRun.get() > 0, warnings);
	}

	/** Waits for the points in flight even when interrupted (the interrupt is kept for the caller). */
	private static void awaitWorkers(ExecutorService pool) {
		boolean interrupted = false;
		while (true) {
			try {
				if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
					break;
				}
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
