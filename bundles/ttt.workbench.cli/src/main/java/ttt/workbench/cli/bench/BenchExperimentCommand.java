package ttt.workbench.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

import ttt.workbench.analysis.experiment.CurveSource;
import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.ExperimentLoader;
import ttt.workbench.analysis.experiment.ExperimentSelection;
import ttt.workbench.analysis.experiment.ExperimentTable;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.analysis.experiment.GroupedCurves;
import ttt.workbench.analysis.experiment.ParallelCoordinatesModel;
import ttt.workbench.analysis.experiment.ScatterModel;
import ttt.workbench.cli.CliContext;
import ttt.workbench.cli.Command;
import ttt.workbench.cli.Options;
import ttt.workbench.cli.UsageException;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.analysis.internal.bench.SyntheticSweepStore;

/**
 * {@code ttt bench_experiment}: the Experiment editor's benchmark of the README (issue #15: a 1,000-point experiment
 * opens in ≤ 1 s, brushing stays ≥ 30 frames/s). Generates a store with one {@code --points}-point sweep
 * ({@link SyntheticSweepStore}), then measures, in this process:
 * <ul>
 * <li>opening the store (reading every meta, metrics and event log into the model), cold (first in this JVM) and
 * warm (median of repeats);</li>
 * <li>opening the editor: {@link ExperimentLoader#sweep} plus the first pages' models (Table, parallel coordinates,
 * scatter), cold and warm — the warm figure is also what a live rebuild costs when sessions arrive;</li>
 * <li>one brush move: {@link ExperimentSelection#brushNormalised} and the visible set, and the same plus the pages
 * that follow a brush (Table and Scatter rebuilt for the new visible set), median and p99 over {@code --moves} moves
 * and the implied frames per second of the model part (painting not included), with this thread's CPU time (what the
 * work costs when the machine is shared);</li>
 * <li>grouped curves over all members (reading every last run's per_step.csv, then again from the cache).</li>
 * </ul>
 */
public final class BenchExperimentCommand implements Command {

	@Override
	public String name() {
		return "bench_experiment";
	}

	@Override
	public String summary() {
		return "benchmark: open a 1,000-point experiment (cold, warm) and brush it (ms per move, frames/s)";
	}

	@Override
	public Options options() {
		return new Options(name()).integer("points", 1000, "points of the generated sweep")
				.integer("seeds", 10, "seeds per configuration").integer("runs", 2, "runs per point")
				.integer("steps", 300, "steps per run").integer("moves", 2000, "brush moves measured")
				.string("out", null, "keep the generated store in this new folder (default: a temporary folder, deleted)");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		int points = o.getInt("points"), seeds = o.getInt("seeds"), runs = o.getInt("runs"), steps = o.getInt("steps"),
				moves = o.getInt("moves");
		if (points < 1 || seeds < 1 || runs < 1 || steps < 1 || moves < 10) {
			throw new UsageException("--points, --seeds, --runs and --steps must be positive and --moves at least 10");
		}
		Path root = o.getString("out") != null ? Path.of(o.getString("out")) : Files.createTempDirectory("ttt-bench-experiment");
		if (o.getString("out") != null && Files.exists(root)) {
			throw new UsageException("argument --out: " + root + " exists; give a new folder");
		}
		var out = context.out();
		try {
			out.printf("bench_experiment: %d cores, Java %s, load average %.1f, store %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), load(), root);
			SyntheticSweepStore.Result gen = SyntheticSweepStore.generate(root, "bench", points, seeds, runs, steps, false, 7);
			out.printf("  generated %d points × %d runs of %d steps in %.1f s%n", gen.points(), runs, steps, gen.seconds());

			long t = System.nanoTime();
			long cpu;
			ArtifactStore store = ArtifactStore.open(root);
			double storeCold = ms(t);
			t = System.nanoTime();
			cpu = cpu();
			Experiment e = ExperimentLoader.sweep(store.model(), "bench");
			pages(e);
			double editorCold = ms(t), editorColdCpu = (cpu() - cpu) / 1e6;
			double[] storeWarm = new double[7], editorWarm = new double[21], loaderWarm = new double[21];
			for (int i = 0; i < storeWarm.length; i++) {
				t = System.nanoTime();
				ArtifactStore.open(root).close();
				storeWarm[i] = ms(t);
			}
			double[] editorWarmCpu = new double[editorWarm.length];
			for (int i = 0; i < editorWarm.length; i++) {
				t = System.nanoTime();
				cpu = cpu();
				Experiment again = ExperimentLoader.sweep(store.model(), "bench");
				loaderWarm[i] = ms(t);
				pages(again);
				editorWarm[i] = ms(t);
				editorWarmCpu[i] = (cpu() - cpu) / 1e6;
			}
			out.printf("  experiment: %d members, %d configurations, %d dimensions%n", e.size(), e.configurations().size(),
					e.dimensions().size());
			out.printf("  open the editor on the open store (loader + Table, Parallel coordinates, Scatter models):%n"
					+ "      cold %.1f ms (CPU %.1f ms), warm %.2f ms (CPU %.2f ms; loader alone %.2f ms; median of %d); target ≤ 1000 ms%n",
					editorCold, editorColdCpu, median(editorWarm), median(editorWarmCpu), median(loaderWarm), editorWarm.length);
			List<String> ids = new ArrayList<>();
			e.members().forEach(m -> ids.add(m.sessionId()));
			double[] picked = new double[11];
			for (int i = 0; i < picked.length; i++) {
				t = System.nanoTime();
				sink += ExperimentLoader.sessions(store.model(), "picked", ids).parameters().size();
				picked[i] = ms(t);
			}
			out.printf("  the same %d sessions as a hand-picked experiment (Compare as Experiment): %.2f ms (median of %d)%n", ids.size(),
					median(picked), picked.length);
			out.printf("  (context) open the store itself, %d sessions with their runs and events: cold %.0f ms, warm %.0f ms "
					+ "(median of %d)%n", store.model().getSessions().size(), storeCold, median(storeWarm), storeWarm.length);

			ExperimentSelection sel = new ExperimentSelection(e);
			ParallelCoordinatesModel pc = ParallelCoordinatesModel.of(e);
			SplittableRandom rng = new SplittableRandom(1);
			List<String> axes = new ArrayList<>();
			pc.axes().forEach(d -> axes.add(d.key()));
			sel.brushNormalised(axes.get(0), 0.2, 0.8); // one standing brush, the other moves (as when refining)
			String moving = Figure.ONLINE.key();
			for (int i = 0; i < moves; i++) { // warm-up
				double u = rng.nextDouble() * 0.7;
				sel.brushNormalised(moving, u, u + 0.3);
				sink += sel.visible().cardinality();
			}
			double[] brush = new double[moves], follow = new double[moves];
			long brushCpu = 0, followCpu = 0;
			for (int i = 0; i < moves; i++) {
				double u = rng.nextDouble() * 0.7;
				long c0 = cpu();
				long b0 = System.nanoTime();
				sel.brushNormalised(moving, u, u + 0.3);
				BitSet visible = sel.visible();
				sink += visible.cardinality();
				brush[i] = ms(b0);
				long c1 = cpu();
				brushCpu += c1 - c0;
				long f0 = System.nanoTime();
				sel.brushNormalised(moving, u, u + 0.3);
				visible = sel.visible();
				ExperimentTable table = ExperimentTable.of(e, visible, Figure.ONLINE);
				ScatterModel sc = ScatterModel.of(e, e.dimension("lr"), e.figure(Figure.ONLINE), e.figure(Figure.COMMIT_RATE), visible);
				sink += table.points().size() + sc.groups().size();
				follow[i] = ms(f0);
				followCpu += cpu() - c1;
			}
			out.printf("  brush move (selection + visible set):   median %.4f ms, p99 %.4f ms, CPU %.4f ms a move → %.0f frames/s at p99%n",
					median(brush), p99(brush), brushCpu / 1e6 / moves, 1000 / p99(brush));
			out.printf("  brush move + Table and Scatter rebuilt: median %.3f ms, p99 %.3f ms, CPU %.3f ms a move → %.0f frames/s at p99%n",
					median(follow), p99(follow), followCpu / 1e6 / moves, 1000 / p99(follow));

			CurveSource files = CurveSource.files(root);
			t = System.nanoTime();
			GroupedCurves gc = GroupedCurves.compute(e, null, files, GroupedCurves.Options.defaults());
			double curvesCold = ms(t);
			t = System.nanoTime();
			gc = GroupedCurves.compute(e, null, files, GroupedCurves.Options.defaults());
			double curvesWarm = ms(t);
			out.printf("  grouped curves, %d members × %d steps: reading the files %.0f ms, from the cache %.1f ms (%d bands)%n", e.size(),
					steps, curvesCold, curvesWarm, gc.bands().size());
			out.printf("  load average at the end %.1f (other processes share the %d cores: wall times include waiting for a core)%n", load(),
					Runtime.getRuntime().availableProcessors());
			store.close();
			return 0;
		} finally {
			if (o.getString("out") == null) {
				FileTrees.delete(root);
			}
		}
	}

	private static long sink;

	private static void pages(Experiment e) {
		ExperimentTable t = ExperimentTable.of(e, null, Figure.ONLINE);
		ParallelCoordinatesModel pc = ParallelCoordinatesModel.of(e);
		ScatterModel s = ScatterModel.of(e, e.parameters().isEmpty() ? e.figure(Figure.PERSISTENT) : e.parameters().get(0),
				e.figure(Figure.ONLINE), e.figure(Figure.COMMIT_RATE), null);
		sink += t.points().size() + pc.axes().size() + s.points().size();
	}

	/** This thread's CPU time in ns (what a move costs without waiting for a core), or 0 when not supported. */
	private static long cpu() {
		java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
		return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : 0;
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static double ms(long t0) {
		return (System.nanoTime() - t0) / 1e6;
	}

	static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s[s.length / 2];
	}

	static double p99(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s[Math.min(s.length - 1, (int) Math.ceil(0.99 * s.length) - 1)];
	}
}
