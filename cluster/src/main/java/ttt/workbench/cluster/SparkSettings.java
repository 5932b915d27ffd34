package ttt.workbench.cluster;

import java.time.Duration;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** The Spark settings the sweep driver relies on, in one place. */
public final class SparkSettings {

	private SparkSettings() {
	}

	/**
	 * A driver's configuration: master URL (kept when {@code spark-submit} already set one and {@code master} is null;
	 * {@code local[*]} when there is none),
	 * application name, modest executors (one core, 512 MB), no web UI, and the module openings on the executors.
	 */
	public static SparkConf driver(SparkConf conf, String master, String appName) {
		return driver(conf, master, appName, "local[*]");
	}

	/** @param defaultMaster the master when neither {@code master} nor spark-submit names one */
	public static SparkConf driver(SparkConf conf, String master, String appName, String defaultMaster) {
		if (master != null) {
			conf.setMaster(master);
		} else if (!conf.contains("spark.master")) {
			conf.setMaster(defaultMaster);
		}
		conf.setAppName(appName);
		conf.setIfMissing("spark.executor.memory", "512m");
		conf.setIfMissing("spark.executor.cores", "1");
		conf.setIfMissing("spark.ui.enabled", "false");
		// the driver commits each result as it arrives and keeps none: the default cap of 1 GB on the results of one job
		// (all points of a sweep, ~100 KB to a few MB each) would abort large sweeps for no reason
		conf.setIfMissing("spark.driver.maxResultSize", "0");
		// one result per task, a few KB to a few MB: Java serialization of our records is all that is needed
		conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
		String master0 = conf.get("spark.master");
		if (master0.startsWith("spark://127.0.0.1") || master0.startsWith("local")) {
			conf.setIfMissing("spark.driver.host", "127.0.0.1");
			conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
		}
		String opens = String.join(" ", LoopbackCluster.JVM_OPENINGS);
		String extra = conf.get("spark.executor.extraJavaOptions", "");
		if (!extra.contains("--add-opens=java.base/java.lang=")) {
			conf.set("spark.executor.extraJavaOptions", (extra + " " + opens).trim());
		}
		return conf;
	}

	/**
	 * When this code runs from a jar (the spark-submit jar started with plain {@code java}, or {@code ttt sweep
	 * --engine spark} with the jar on the class path) and nothing ships application jars yet, ship that jar to the
	 * executors ({@code spark.jars}) — spark-submit does the same for its application jar.
	 */
	public static SparkConf shipOwnJar(SparkConf conf) {
		if (conf.contains("spark.jars") || conf.get("spark.master", "").startsWith("local")) {
			return conf;
		}
		try {
			var source = SparkSettings.class.getProtectionDomain().getCodeSource();
			if (source != null) {
				java.nio.file.Path own = java.nio.file.Path.of(source.getLocation().toURI());
				if (java.nio.file.Files.isRegularFile(own) && own.toString().endsWith(".jar")) {
					conf.set("spark.jars", own.toString());
				}
			}
		} catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
			// not a file: leave it to the caller's settings
		}
		return conf;
	}

	/**
	 * Waits (bounded) until {@code n} executors have registered, so that the first tasks are not all given to the
	 * first executor that happens to come up. Returns early, without failing, when the time is up.
	 */
	public static int awaitExecutors(JavaSparkContext sc, int n, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		int have = 0;
		while (System.nanoTime() < deadline) {
			// the status tracker lists the driver too
			have = sc.sc().statusTracker().getExecutorInfos().length - 1;
			if (have >= n) {
				return have;
			}
			Thread.sleep(100);
		}
		return have;
	}
}
