package ttt.workbench.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ttt.workbench.engine.run.RunCancelledException;

import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.run.UpdateRecord;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.model.RunMetrics;

/**
 * {@code run_session}: one run of a session; Ctrl-C cancels it and leaves the store as it was. Standard output is the
 * reference's ({@code [run] …} and {@code [metrics] {…}}); the progress bar, the summary and warnings go to standard
 * error.
 */
final class RunSessionCommand implements Command {

	@Override
	public String name() {
		return "run_session";
	}

	@Override
	public String summary() {
		return "run a session on one trajectory: base vs session start vs adaptive";
	}

	@Override
	public Options options() {
		return new Options(name()).required("session_id", "session to run").integer("steps", 600, "steps of the trajectory")
				.integer("seed", 1337, "seed of the actions").integer("chunk", null, "override: steps between updates")
				.integer("buffer_len", null, "override: transitions replayed per update")
				.decimal("rollback_tol", null, "override: allowed loss increase")
				.decimal("grad_norm_max", null, "override: largest gradient norm accepted")
				.decimal("state_norm_max", null, "override: largest hidden-state norm accepted")
				.string("actions_csv", null, "replay these actions (header ax,ay; steps = rows)")
				.choice("backend", "auto", Set.of("auto", "jvm", "nd4j"), "maths backend (auto: by model size)");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		int steps = InitBaseCommand.positive(o, "steps");
		Path actions = o.getString("actions_csv") == null ? null : Path.of(o.getString("actions_csv"));
		RunSession.Request request = new RunSession.Request(o.getString("session_id"), steps, o.getLong("seed"), actions,
				o.getInt("chunk"), o.getInt("buffer_len"), o.getDouble("rollback_tol"), o.getDouble("grad_norm_max"),
				o.getDouble("state_norm_max"), o.getString("backend"));
		ttt.workbench.engine.session.CurvePng.warmUpInBackground();
		AtomicBoolean cancelled = new AtomicBoolean();
		CountDownLatch finished = new CountDownLatch(1);
		// Ctrl-C / SIGTERM: ask the run to stop, then hold the JVM until the run has either stopped (nothing written)
		// or finished writing, so that an interrupt never leaves half a run on disk
		Thread hook = new Thread(() -> {
			cancelled.set(true);
			try {
				finished.await(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		Runtime.getRuntime().addShutdownHook(hook);
		try (var store = StoreAccess.openSummaries(context)) { // the procedure reads its sessions' folders
			ProgressBar bar = context.progressBar("run " + o.getString("session_id"), 1);
			int[] commits = new int[2];
			RunListener listener = new RunListener() {
				private ProgressBar current = bar;

				@Override
				public void started(int total) {
					current = context.progressBar("run " + o.getString("session_id"), 3L * total);
				}

				@Override
				public void update(UpdateRecord event) {
					commits[event.committed() ? 0 : 1]++;
				}

				@Override
				public void progress(int done, int total) {
					current.update(done, () -> commits[0] + " committed, " + commits[1] + " rolled back");
				}
			};
			RunSession.Result r = RunSession.run(store, request, listener, cancelled::get);
			if (context.progress() && context.terminal()) {
				context.err().println(); // end the progress bar's line
			}
			r.warnings().forEach(w -> context.err().println("ttt: warning: " + w));
			RunMetrics m = r.metrics();
			new ReferenceStdout(context.out()).runFinished(context.artifactsRoot(), o.getString("session_id"), r.runId(), m);
			context.err().printf("run %s: %d steps, %d updates (%d committed, %d rolled back), backend %s%n", r.runId(), m.getSteps(),
					m.getUpdatesAttempted(), m.getUpdatesCommitted(), m.getUpdatesRolledBack(), r.backend());
			context.err().printf("  MSE mean      base %.6g   session_start %.6g   adaptive %.6g%n", m.getBaseMseMean(),
					m.getSessionNoUpdateMseMean(), m.getAdaptiveMseMean());
			context.err().printf("  MSE last 100  base %.6g   session_start %.6g   adaptive %.6g%n", m.getBaseMseLast100Mean(),
					m.getSessionNoUpdateLast100Mean(), m.getAdaptiveLast100Mean());
			return 0;
		} catch (RunCancelledException e) {
			context.err().println();
			context.err().println("ttt: run cancelled; the store was not changed");
			return 130;
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// shutting down already (Ctrl-C): the hook has done its job
			}
		}
	}
}
