package ttt.workbench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The harness itself: a Master and two Workers as separate JVMs run a trivial job on both Workers. */
@Timeout(180)
class LoopbackClusterIT {

	private static LoopbackCluster cluster;

	@BeforeAll
	static void startCluster() throws Exception {
		cluster = LoopbackCluster.start(Files.createTempDirectory("ttt-spark-smoke"), 2, Duration.ofSeconds(90));
	}

	@AfterAll
	static void stopCluster() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void aTrivialJobRunsOnBothWorkers() throws Exception {
		assertEquals(2, cluster.aliveWorkers());
		SparkConf conf = SparkSettings.driver(new SparkConf(), cluster.masterUrl(), "ttt-smoke")
				.set("spark.executor.extraClassPath", String.join(java.io.File.pathSeparator, cluster.applicationClassPath()));
		try (JavaSparkContext sc = new JavaSparkContext(conf)) {
			SparkSettings.awaitExecutors(sc, 2, Duration.ofSeconds(90));
			List<Integer> numbers = IntStream.range(0, 8).boxed().toList();
			List<String> executors = sc.parallelize(numbers, numbers.size()).map(i -> {
				Thread.sleep(200); // long enough that one executor cannot take every task
				return SparkEnv.get().executorId();
			}).collect();
			assertEquals(8, executors.size());
			assertEquals(2, new TreeSet<>(executors).size(), "tasks ran on " + executors);
		}
		for (Process worker : cluster.workers()) {
			assertEquals(true, worker.isAlive());
		}
		Path sparkHome = cluster.sparkHome();
		assertEquals(true, Files.isRegularFile(sparkHome.resolve("RELEASE")));
	}
}
