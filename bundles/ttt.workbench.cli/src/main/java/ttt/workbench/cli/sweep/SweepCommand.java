package ttt.workbench.cli.sweep;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import ttt.workbench.cli.CliContext;
import ttt.workbench.cli.Command;
import ttt.workbench.cli.Options;
import ttt.workbench.cli.ProgressBar;
import ttt.workbench.cli.UsageException;
import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.PointResult;
import ttt.workbench.sweep.SweepEngine;
import ttt.workbench.sweep.SweepEngineProvider;
import ttt.workbench.sweep.SweepJob;
import ttt.workbench.sweep.SweepListener;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.SweepPoint;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.spec.SpecException;
import ttt.workbench.sweep.spec.SpecProblem;
import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.sweep.spec.SweepSpec;

/**
 * {@code ttt sweep --spec FILE [--engine local|spark] [--master URL] [--parallel N]}: makes every point of a sweep
 * spec that is not in the store yet. Progress (points done/total, failures, eta) on stderr; a summary line on
 * stdout. Exit codes: 0 every point done, 1 the spec is invalid (each problem printed as {@code file:line:col:
 * message}, nothing written) or some points failed (recorded in the manifest), 2 the command line is wrong, 130
 * cancelled with Ctrl-C (the points in flight are finished and committed; no half point is left; running the same
 * spec again finishes the rest).
 */
public final class SweepCommand implements Command {

	@Override
	public String name() {
		return "sweep";
	}

	@Override
	public String summary() {
		return "make many sessions from one sweep spec (grid, samples, seeds; resumable)";
	}

	@Override
	public Options options() {
		return new Options(name()).required("spec", "the sweep spec (YAML)")
				.choice("engine", LocalSweepEngine.NAME, Set.of("local", "spark"), "where points are computed")
				.string("master", null, "Spark master URL (engine spark)")
				.integer("parallel", null, "points at once (default: every core, " + LocalSweepEngine.defaultParallelism() + ")");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		int parallel = o.getInt("parallel") == null ? LocalSweepEngine.defaultParallelism() : o.getInt("parallel");
		if (parallel < 1) {
			throw new UsageException("argument --parallel: must be at least 1, found " + parallel);
		}
		String engineName = o.getString("engine");
		SweepEngineProvider provider = SweepEngineProvider.find(engineName);
		if (provider == null) {
			context.err().println("ttt: error: the " + engineName + " sweep engine is not on this class path. Run Spark sweeps with"
					+ " spark-submit and the cluster jar (see cluster/README.md), or use --engine local");
			return 1;
		}
		SweepSpec spec;
		SweepJob job;
		try {
			spec = SpecReader.read(Path.of(o.getString("spec")));
			job = Sweeps.prepare(context.artifactsRoot(), spec);
		} catch (SpecException e) {
			for (SpecProblem p : e.problems()) {
				context.err().println(p);
			}
			context.err().println("ttt: error: the sweep spec has " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
					+ "; nothing was written");
			return 1;
		}
		SweepEngine engine = provider.create(new SweepEngineProvider.Settings(parallel, o.getString("master"), Map.of()));
		context.err().printf("sweep %s: %d points, %d done before, %d to make (engine %s, %d at once)%n", spec.name(), job.total(),
				job.done().size(), job.pending().size(), engine.name(), parallel);
		ProgressBar bar = context.progressBar("sweep " + spec.name(), Math.max(1, job.pending().size()));
		AtomicInteger finished = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		SweepListener listener = new SweepListener() {
			@Override
			public void pointDone(SweepPoint point, PointResult result) {
				progress();
			}

			@Override
			public void pointFailed(SweepPoint point, String message) {
				failures.incrementAndGet();
				progress();
			}

			private synchronized void progress() {
				bar.update(finished.incrementAndGet(), failures.get() + " failed");
			}
		};
		AtomicBoolean cancelled = new AtomicBoolean();
		CountDownLatch over = new CountDownLatch(1);
		// Ctrl-C / SIGTERM: no new point starts; the JVM is held until the points in flight are committed
		Thread hook = new Thread(() -> {
			cancelled.set(true);
			try {
				over.await(10, TimeUnit.MINUTES);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		Runtime.getRuntime().addShutdownHook(hook);
		SweepOutcome outcome;
		try {
			outcome = engine.run(job, listener, cancelled::get);
		} finally {
			over.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// shutting down already (Ctrl-C)
			}
		}
		if (context.progress() && context.terminal()) {
			context.err().println();
		}
		outcome.warnings().stream().distinct().forEach(w -> context.err().println("ttt: warning: " + w));
		outcome.failed().forEach((n, msg) -> context.err().println("ttt: point " + n + " (" + job.plan().points().get(n).sessionId()
				+ ") failed: " + msg));
		int doneNow = outcome.done();
		context.out().printf("sweep %s: %d of %d points done (%d now, %d before), %d failed, %d not run; sweeps/%s/manifest.json%n",
				spec.name(), doneNow + outcome.alreadyDone(), outcome.total(), doneNow, outcome.alreadyDone(), outcome.failed().size(),
				outcome.notRun(), spec.name());
		if (outcome.cancelled()) {
			context.err().println("ttt: sweep cancelled after the points in flight; run the same spec again to finish it");
		} else if (!outcome.failed().isEmpty()) {
			context.err().println("ttt: error: " + outcome.failed().size() + " point" + (outcome.failed().size() == 1 ? "" : "s")
					+ " failed (listed in sweeps/" + spec.name() + "/manifest.json); run the same spec again to retry them");
		}
		return outcome.exitCode();
	}
}
