package ttt.workbench.cli.sweep;

import java.nio.file.Files;
import java.nio.file.Path;

import ttt.workbench.cli.CliContext;
import ttt.workbench.cli.Command;
import ttt.workbench.cli.Options;
import ttt.workbench.cli.UsageException;
import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.session.InitBase;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.SweepJob;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.spec.SpecReader;

/**
 * {@code ttt bench_sweep}: the sweep benchmark of the README. In a fresh temporary store (a base pretrained for
 * {@code --pretrain_steps}): a warm-up sweep (JIT), then points per second of {@code --steps}-step points on the local
 * engine with 1 thread and with {@code --parallel} threads ({@code --throughput_points} points each, compute and
 * commit; two alternating rounds, the better of each), then one {@code --points}-point sweep end to end (prepare,
 * compute, commit, manifest and index) on all threads. Each point is one run, made and committed as by {@code ttt sweep}.
 */
public final class BenchSweepCommand implements Command {

	@Override
	public String name() {
		return "bench_sweep";
	}

	@Override
	public String summary() {
		return "benchmark: sweep points per second (1 and N threads) and a 1,000-point sweep end to end";
	}

	@Override
	public Options options() {
		return new Options(name()).integer("points", 1000, "points of the end-to-end sweep")
				.integer("steps", 600, "steps of each point's run")
				.integer("throughput_points", 40, "points of each throughput measurement")
				.integer("parallel", null, "threads (default: every core, " + LocalSweepEngine.defaultParallelism() + ")")
				.integer("pretrain_steps", 200, "pretraining steps of the benchmark's base")
				.string("out", null, "keep the benchmark store in this new folder (default: a temporary folder, deleted)");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		int parallel = o.getInt("parallel") == null ? LocalSweepEngine.defaultParallelism() : o.getInt("parallel");
		int points = o.getInt("points"), steps = o.getInt("steps"), tp = o.getInt("throughput_points");
		if (parallel < 1 || points < 20 || steps < 1 || tp < 1) {
			throw new UsageException("--parallel, --steps and --throughput_points must be positive and --points at least 20");
		}
		Path root = o.getString("out") != null ? Path.of(o.getString("out")) : Files.createTempDirectory("ttt-bench-sweep");
		if (o.getString("out") != null && Files.exists(root)) {
			throw new UsageException("argument --out: " + root + " exists; give a new folder");
		}
		try {
			var out = context.out();
			out.printf("bench_sweep: %d cores, Java %s, store %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), root);
			long t0 = System.nanoTime();
			InitBase.run(root, PretrainConfig.defaults().withSteps(o.getInt("pretrain_steps")), "auto", null, () -> false, w -> {
			});
			out.printf("  base pretrained (%d steps) in %.1f s%n", o.getInt("pretrain_steps"), (System.nanoTime() - t0) / 1e9);
			run(root, "warmup", Math.max(tp, 8 * parallel), steps, parallel);
			// two rounds, alternating, the better of each: the machine may be shared (other processes' load only slows)
			double one = 0, many = 0;
			for (int round = 1; round <= 2; round++) {
				one = Math.max(one, throughput(root, "one-" + round, tp, steps, 1));
				many = Math.max(many, throughput(root, "all-" + round, tp, steps, parallel));
			}
			out.printf("  %d-step points, 1 thread:   %.2f points/s%n", steps, one);
			out.printf("  %d-step points, %d threads:  %.2f points/s  (speed-up %.2fx)%n", steps, parallel, many, many / one);
			long e0 = System.nanoTime();
			long c0 = cpuNanos();
			SweepOutcome outcome = run(root, "e2e", points, steps, parallel);
			double e2e = (System.nanoTime() - e0) / 1e9;
			double cpu = (cpuNanos() - c0) / 1e9;
			int made = outcome.done();
			out.printf("  end to end: %d points of %d steps on %d threads in %.1f s (%.1f points/s), %d failed%n", made, steps, parallel,
					e2e, made / e2e, outcome.failed().size());
			out.printf("  CPU time of this process meanwhile: %.1f s (%.1f ms per point; wall time on an otherwise idle machine is"
					+ " about this divided by the cores)%n", cpu, 1000 * cpu / Math.max(1, made));
			out.printf("  load average at the end: %.1f (other processes slow every figure above)%n",
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			out.printf("  the reference: about %d × 2.4 s ≈ %.0f min for the same sweep, one process per command%n", made,
					made * 2.4 / 60);
			return outcome.failed().isEmpty() ? 0 : 1;
		} finally {
			if (o.getString("out") == null) {
				FileTrees.delete(root);
			}
		}
	}

	/** CPU time of this JVM (all threads), or 0 where the platform does not tell. */
	private static long cpuNanos() {
		try { // com.sun.management's interface, looked up by name: the bundle imports no com.sun package
			Object os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
			return (Long) Class.forName("com.sun.management.OperatingSystemMXBean").getMethod("getProcessCpuTime").invoke(os);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return 0;
		}
	}

	private static double throughput(Path root, String name, int points, int steps, int threads) throws Exception {
		long t = System.nanoTime();
		SweepOutcome outcome = run(root, name, points, steps, threads);
		return outcome.done() / ((System.nanoTime() - t) / 1e9);
	}

	/** A sweep of about {@code points} points: env_mode grid × sampled μ and lr × 10 seeds (rounded up to a multiple of 20). */
	static SweepOutcome run(Path root, String name, int points, int steps, int threads) throws Exception {
		int seeds = Math.min(10, points);
		int samples = Math.max(1, (points + 2 * seeds - 1) / (2 * seeds));
		StringBuilder seedList = new StringBuilder();
		for (int s = 1; s <= seeds; s++) {
			seedList.append(s == 1 ? "" : ", ").append(s);
		}
		String spec = "name: " + name + "\nfrom: base\nenv_mode: [linear, nonlinear]\nmu: {uniform: [0.02, 0.25]}\n"
				+ "lr: {log_uniform: [0.001, 0.01]}\nsamples: " + samples + "\nsample_seed: 1\nseeds: [" + seedList + "]\nruns: [" + steps + "]\n";
		SweepJob job = Sweeps.prepare(root, SpecReader.parse(spec, name + ".yaml"));
		return new LocalSweepEngine(threads).run(job, null, () -> false);
	}
}
