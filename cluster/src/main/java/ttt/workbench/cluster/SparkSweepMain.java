package ttt.workbench.cluster;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkConf;

import ttt.workbench.sweep.PointResult;
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
 * The spark-submit jar's main class: runs one sweep spec on Spark, the driver (this process) committing into the
 * store at {@code --artifacts_root}, which only this process needs to reach.
 *
 * <pre>
 * spark-submit --master spark://host:7077 --class ttt.workbench.cluster.SparkSweepMain ttt-cluster.jar \
 *     --artifacts_root DIR --spec FILE
 * </pre>
 *
 * Also runs with plain {@code java -cp <spark jars>:ttt-cluster.jar ttt.workbench.cluster.SparkSweepMain --master URL
 * ...} (then it ships its own jar to the executors). {@code --conf key=value} sets Spark properties. Exit codes as
 * {@code ttt sweep}: 0 every point done, 1 spec problems or failed points, 2 a wrong command line, 130 cancelled.
 */
public final class SparkSweepMain {

	private SparkSweepMain() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		String root = null;
		String specFile = null;
		String master = null;
		Map<String, String> props = new LinkedHashMap<>();
		List<String> rest = new ArrayList<>(List.of(args));
		try {
			while (!rest.isEmpty()) {
				String a = rest.remove(0);
				switch (a) {
				case "--artifacts_root" -> root = value(a, rest);
				case "--spec" -> specFile = value(a, rest);
				case "--master" -> master = value(a, rest);
				case "--conf" -> {
					String kv = value(a, rest);
					int eq = kv.indexOf('=');
					if (eq <= 0) {
						throw new IllegalArgumentException("argument --conf: expected key=value, found " + kv);
					}
					props.put(kv.substring(0, eq), kv.substring(eq + 1));
				}
				case "-h", "--help" -> {
					out.println("usage: SparkSweepMain --artifacts_root DIR --spec FILE [--master URL] [--conf key=value]...");
					return 0;
				}
				default -> throw new IllegalArgumentException("unrecognized argument: " + a);
				}
			}
			if (root == null || specFile == null) {
				throw new IllegalArgumentException("the following arguments are required: --artifacts_root, --spec");
			}
		} catch (IllegalArgumentException e) {
			err.println("SparkSweepMain: error: " + e.getMessage());
			return 2;
		}
		SweepSpec spec;
		SweepJob job;
		try {
			spec = SpecReader.read(Path.of(specFile));
			job = Sweeps.prepare(Path.of(root), spec);
		} catch (SpecException e) {
			for (SpecProblem p : e.problems()) {
				err.println(p);
			}
			err.println("SparkSweepMain: error: the sweep spec has problems; nothing was written");
			return 1;
		} catch (java.io.IOException e) {
			err.println("SparkSweepMain: error: " + e.getMessage());
			return 1;
		}
		SparkConf conf = new SparkConf();
		props.forEach(conf::set);
		SparkSettings.driver(conf, master, "ttt sweep " + spec.name());
		SparkSettings.shipOwnJar(conf);
		err.printf("sweep %s: %d points, %d done before, %d to make (engine spark, master %s)%n", spec.name(), job.total(),
				job.done().size(), job.pending().size(), conf.get("spark.master"));
		AtomicInteger finished = new AtomicInteger();
		SweepListener listener = new SweepListener() {
			@Override
			public void pointDone(SweepPoint point, PointResult result) {
				err.printf("point %d %s committed (%d/%d)%n", point.number(), point.sessionId(), finished.incrementAndGet(),
						job.pending().size());
			}

			@Override
			public void pointFailed(SweepPoint point, String message) {
				err.printf("point %d %s failed: %s (%d/%d)%n", point.number(), point.sessionId(), message, finished.incrementAndGet(),
						job.pending().size());
			}
		};
		SweepOutcome outcome;
		try {
			outcome = new SparkSweepEngine(conf).run(job, listener, () -> false);
		} catch (java.io.IOException e) {
			err.println("SparkSweepMain: error: " + e.getMessage());
			return 1;
		}
		outcome.warnings().stream().distinct().forEach(w -> err.println("warning: " + w));
		out.printf("sweep %s: %d of %d points done (%d now, %d before), %d failed, %d not run; sweeps/%s/manifest.json%n",
				spec.name(), outcome.done() + outcome.alreadyDone(), outcome.total(), outcome.done(), outcome.alreadyDone(),
				outcome.failed().size(), outcome.notRun(), spec.name());
		return outcome.exitCode();
	}

	private static String value(String flag, List<String> rest) {
		if (rest.isEmpty()) {
			throw new IllegalArgumentException("argument " + flag + ": expected one argument");
		}
		return rest.remove(0);
	}
}
