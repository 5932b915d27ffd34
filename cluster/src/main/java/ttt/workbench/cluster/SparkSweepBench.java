package ttt.workbench.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.SweepEngine;
import ttt.workbench.sweep.SweepListener;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.spec.SpecReader;

/**
 * The Spark engine's overhead per point on a loopback standalone cluster (README "Sweeps on Spark"): the same sweep
 * of N short points made by the local engine with W threads in this JVM and by the Spark engine on W one-core
 * executors of a Master + W Workers started here; overhead per point = (spark − local) / N, both warm (the cluster
 * and the application are up, one warm-up sweep each first). Also prints how long the cluster and the application
 * take to come up — paid once per sweep, not per point.
 *
 * <pre>
 * cluster/bench.sh [--store DIR] [--points N] [--steps S] [--workers W]
 * </pre>
 *
 * {@code --store}: a store with a base, copied (never modified); default the shared fixture
 * {@code reference-run-case1/store_before}.
 */
public final class SparkSweepBench {

	private static final int ROUNDS = 3;

	private SparkSweepBench() {
	}

	private static double median(double[] values) {
		double[] v = values.clone();
		java.util.Arrays.sort(v);
		return v[v.length / 2];
	}

	private static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return f[0];
		} catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	public static void main(String[] args) throws Exception {
		Path template = Path.of("../shared/fixtures/reference-run-case1/store_before");
		int points = 48;
		int steps = 64;
		int workers = 2;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--store" -> template = Path.of(args[++i]);
			case "--points" -> points = Integer.parseInt(args[++i]);
			case "--steps" -> steps = Integer.parseInt(args[++i]);
			case "--workers" -> workers = Integer.parseInt(args[++i]);
			default -> throw new IllegalArgumentException("unknown argument " + args[i]
					+ " (usage: --store DIR --points N --steps S --workers W)");
			}
		}
		if (!Files.isRegularFile(template.resolve("base/base_meta.json"))) {
			throw new IllegalArgumentException(template.toAbsolutePath() + " is not a store with a base (--store DIR)");
		}
		Path dir = Files.createTempDirectory("ttt-spark-bench");
		long t0 = System.nanoTime();
		try (LoopbackCluster cluster = LoopbackCluster.start(dir.resolve("cluster"), workers, Duration.ofMinutes(3))) {
			double clusterUp = seconds(t0);
			long t1 = System.nanoTime();
			SparkConf conf = SparkSettings.driver(new SparkConf(false), cluster.masterUrl(), "ttt-bench")
					.set("spark.executor.extraClassPath", String.join(File.pathSeparator, cluster.applicationClassPath()));
			try (JavaSparkContext sc = new JavaSparkContext(conf)) {
				SparkSettings.awaitExecutors(sc, workers, Duration.ofMinutes(3));
				double appUp = seconds(t1);
				SweepEngine spark = new SparkSweepEngine(sc);
				SweepEngine local = new LocalSweepEngine(workers);
				// warm-up (JIT in this JVM and on the executors), then rounds alternating the engines; medians reported
				sweep(dir, template, "warm-local", points, steps, local);
				sweep(dir, template, "warm-spark", points, steps, spark);
				double[] localRuns = new double[ROUNDS];
				double[] sparkRuns = new double[ROUNDS];
				String load = loadAverage();
				for (int r = 0; r < ROUNDS; r++) {
					localRuns[r] = sweep(dir, template, "local-" + r, points, steps, local);
					sparkRuns[r] = sweep(dir, template, "spark-" + r, points, steps, spark);
				}
				load += " → " + loadAverage();
				double localSeconds = median(localRuns);
				double sparkSeconds = median(sparkRuns);
				double overheadMs = (sparkSeconds - localSeconds) * 1000.0 / points;
				System.out.printf(Locale.ROOT, "## Spark engine overhead, loopback standalone cluster (%d Workers × 1 core), Java %s, %d cores, "
						+ "load average %s%n", workers, Runtime.version(), Runtime.getRuntime().availableProcessors(), load);
				System.out.printf(Locale.ROOT, "| sweep of %d points × 1 run of %d steps (median of %d) | total | per point |%n", points, steps,
						ROUNDS);
				System.out.printf(Locale.ROOT, "| --- | --- | --- |%n");
				System.out.printf(Locale.ROOT, "| local engine, %d threads | %.2f s | %.1f ms |%n", workers, localSeconds,
						localSeconds * 1000 / points);
				System.out.printf(Locale.ROOT, "| spark engine, %d executors | %.2f s | %.1f ms |%n", workers, sparkSeconds,
						sparkSeconds * 1000 / points);
				System.out.printf(Locale.ROOT, "| overhead (spark − local) / points | | %.1f ms |%n", overheadMs);
				System.out.printf(Locale.ROOT, "(rounds: local %s s; spark %s s)%n", java.util.Arrays.toString(localRuns),
						java.util.Arrays.toString(sparkRuns));
				System.out.printf(Locale.ROOT, "once per sweep: cluster up %.1f s (Master + %d Workers), application up %.1f s "
						+ "(driver context + %d executors registered)%n", clusterUp, workers, appUp, workers);
			}
		} finally {
			deleteTree(dir);
		}
	}

	private static double sweep(Path dir, Path template, String name, int points, int steps, SweepEngine engine) throws Exception {
		Path store = copy(template, dir.resolve("store-" + name));
		Path spec = dir.resolve(name + ".yaml");
		String seeds = IntStream.rangeClosed(1, points).mapToObj(Integer::toString).collect(Collectors.joining(", "));
		Files.writeString(spec, "name: " + name + "\nfrom: base\nmu: 0.12\nseeds: [" + seeds + "]\nruns: [" + steps + "]\n");
		long t = System.nanoTime();
		SweepOutcome outcome = Sweeps.run(store, SpecReader.read(spec), engine, SweepListener.NONE, () -> false);
		double s = seconds(t);
		if (outcome.done() != points) {
			throw new IllegalStateException(engine.name() + ": " + outcome.done() + " of " + points + " points done: " + outcome.failed());
		}
		return s;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static Path copy(Path source, Path dest) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				Path target = dest.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
		return dest;
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
