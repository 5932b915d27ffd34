package ttt.workbench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.SweepListener;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.spec.SpecReader;

/**
 * The Spark engine on a real standalone cluster: a Master and two Workers as separate JVMs on 127.0.0.1 (started by
 * {@link LoopbackCluster} from the Spark jars), 24-point sweeps of two 64-step runs per point on the fixture's base.
 * <ol>
 * <li>a trivial job runs on both Workers' executors;
 * <li>the sweep through the cluster makes the same sessions as the local engine (per-step values, weights and
 * optimizer states byte for byte);
 * <li>a Worker killed mid-sweep (with its executor): every point committed exactly once;
 * <li>the driver (the spark-submit jar's main, a separate JVM) killed mid-sweep: the same spec run again completes
 * the sweep without duplicates, and the sessions committed before the kill are untouched.
 * </ol>
 * One cluster for the class; every process is killed in {@link #stopCluster()} (and by a shutdown hook).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterSweepIT {

	private static final Duration CLUSTER_WAIT = Duration.ofSeconds(120);
	/** Each point waits this long on its executor in the failure tests, so that there is a "middle" to kill in. */
	private static final String SLOW_POINTS = "1200";

	private static Path dir;
	private static LoopbackCluster cluster;
	private static JavaSparkContext sc;
	private static final AtomicInteger failedTasks = new AtomicInteger();
	private static final AtomicInteger executorsRemoved = new AtomicInteger();

	@BeforeAll
	static void startCluster() throws Exception {
		// under target/ (removed by `mvn clean`): cluster logs, executor logs and the stores stay there for inspection
		Path parent = Files.createDirectories(Path.of(System.getProperty("ttt.cluster.itDir", "target/cluster-it")));
		dir = Files.createTempDirectory(parent, "run-");
		cluster = LoopbackCluster.start(dir.resolve("cluster"), 2, CLUSTER_WAIT);
		SparkConf conf = SparkSettings.driver(new SparkConf(false), cluster.masterUrl(), "ttt-it")
				.set("spark.executor.extraClassPath", String.join(File.pathSeparator, cluster.applicationClassPath()));
		sc = new JavaSparkContext(conf);
		sc.sc().addSparkListener(new SparkListener() {
			@Override
			public void onTaskEnd(SparkListenerTaskEnd end) {
				if (end.taskInfo().failed() || end.taskInfo().killed()) {
					failedTasks.incrementAndGet();
				}
			}

			@Override
			public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
				executorsRemoved.incrementAndGet();
			}
		});
		assertEquals(2, SparkSettings.awaitExecutors(sc, 2, CLUSTER_WAIT), "executors registered");
	}

	@AfterAll
	static void stopCluster() {
		try {
			if (sc != null) {
				sc.stop();
			}
		} finally {
			if (cluster != null) {
				cluster.close();
			}
		}
	}

	@Test
	@Order(1)
	@Timeout(120)
	void aTrivialJobRunsOnBothWorkers() throws Exception {
		assertEquals(2, cluster.aliveWorkers());
		List<Integer> numbers = IntStream.range(0, 8).boxed().toList();
		List<String> executors = sc.parallelize(numbers, numbers.size()).map(i -> {
			Thread.sleep(200); // long enough that one executor cannot take every task
			return SparkEnv.get().executorId();
		}).collect();
		assertEquals(8, executors.size());
		assertEquals(2, new TreeSet<>(executors).size(), "tasks ran on " + executors);
	}

	@Test
	@Order(2)
	@Timeout(240)
	void aSweepThroughTheClusterMakesTheSameSessionsAsTheLocalEngine() throws Exception {
		Path spec = SweepStores.spec(dir, "same");
		Path localStore = SweepStores.storeWithBase(dir.resolve("same-local"));
		Path sparkStore = SweepStores.storeWithBase(dir.resolve("same-spark"));
		SweepOutcome local = Sweeps.run(localStore, SpecReader.read(spec), new LocalSweepEngine(2), SweepListener.NONE, () -> false);
		assertEquals(24, local.done());

		SweepOutcome spark = Sweeps.run(sparkStore, SpecReader.read(spec), new SparkSweepEngine(sc), SweepListener.NONE, () -> false);
		assertEquals(24, spark.done(), "failed: " + spark.failed());
		SweepStores.assertSameSessions(localStore, sparkStore, "same", 24);
		assertComplete(sparkStore, "same");
	}

	@Test
	@Order(3)
	@Timeout(300)
	void killingAWorkerMidSweepStillCommitsEveryPointExactlyOnce() throws Exception {
		Path spec = SweepStores.spec(dir, "worker-lost");
		Path store = SweepStores.storeWithBase(dir.resolve("worker-lost"));
		int failedBefore = failedTasks.get();
		int removedBefore = executorsRemoved.get();
		SparkSweepEngine engine = new SparkSweepEngine(sc, Map.of(SparkSweepEngine.POINT_DELAY, SLOW_POINTS));
		CompletableFuture<SweepOutcome> sweep = CompletableFuture.supplyAsync(() -> {
			try {
				return Sweeps.run(store, SpecReader.read(spec), engine, SweepListener.NONE, () -> false);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		awaitSessions(store, "worker-lost", 4, Duration.ofSeconds(120), sweep);
		Process victim = cluster.workers().get(0);
		cluster.killWorker(victim);
		assertTrue(!victim.isAlive());
		SweepOutcome outcome = sweep.get(240, TimeUnit.SECONDS);

		assertEquals(24, outcome.done(), "failed: " + outcome.failed());
		assertTrue(outcome.failed().isEmpty(), outcome.failed().toString());
		assertTrue(executorsRemoved.get() > removedBefore, "the killed Worker's executor was lost");
		assertTrue(failedTasks.get() > failedBefore, "a point in flight on the lost executor was computed again elsewhere");
		assertComplete(store, "worker-lost");
	}

	@Test
	@Order(4)
	@Timeout(400)
	void killingTheDriverMidSweepThenRunningTheSpecAgainCompletesItWithoutDuplicates() throws Exception {
		// the driver processes need the cluster's cores: this JVM's application gives them back
		sc.stop();
		sc = null;
		cluster.addWorker();
		cluster.awaitAliveWorkers(2, CLUSTER_WAIT);
		Path jar = Path.of(System.getProperty("ttt.cluster.jar", "target/ttt-cluster.jar"));
		assertTrue(Files.isRegularFile(jar), "the spark-submit jar is built in `package`, before this test: " + jar);
		Path spec = SweepStores.spec(dir, "driver-lost");
		Path store = SweepStores.storeWithBase(dir.resolve("driver-lost"));

		Process first = driver(jar, store, spec, "driver-1", SLOW_POINTS);
		try {
			awaitSessions(store, "driver-lost", 4, Duration.ofSeconds(150), first.onExit());
		} finally {
			first.destroyForcibly();
			assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the killed driver exited");
		}
		Map<String, String> before = SweepStores.hashes(store, "driver-lost");
		long committedBefore = SweepStores.sessionCount(store, "driver-lost");
		assertTrue(committedBefore >= 4 && committedBefore < 24, "killed mid-sweep: " + committedBefore + " sessions");

		Process second = driver(jar, store, spec, "driver-2", "0");
		if (!second.waitFor(300, TimeUnit.SECONDS)) {
			second.destroyForcibly();
			fail("the second driver did not finish; see " + cluster.log("driver-2"));
		}
		String log = Files.readString(cluster.log("driver-2"));
		assertEquals(0, second.exitValue(), log);
		assertTrue(log.contains("sweep driver-lost: 24 of 24 points done (" + (24 - committedBefore) + " now, " + committedBefore
				+ " before), 0 failed"), log);
		Map<String, String> after = SweepStores.hashes(store, "driver-lost");
		before.forEach((file, hash) -> assertEquals(hash, after.get(file), file + " changed after the driver was killed"));
		assertComplete(store, "driver-lost");
		try (Stream<Path> staging = Files.exists(store.resolve(".staging")) ? Files.list(store.resolve(".staging")) : Stream.empty()) {
			assertEquals(List.of(), staging.toList(), "no staging leftovers");
		}
	}

	/** The spark-submit jar's main in its own JVM: Spark's jars (as a cluster has them) plus our jar. */
	private static Process driver(Path jar, Path store, Path spec, String name, String delayMillis) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(LoopbackCluster.javaExecutable());
		command.addAll(LoopbackCluster.JVM_OPENINGS);
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(cluster.sparkHome().resolve("jars") + File.separator + "*" + File.pathSeparator + jar.toAbsolutePath());
		command.addAll(List.of(SparkSweepMain.class.getName(), "--master", cluster.masterUrl(), "--artifacts_root", store.toString(),
				"--spec", spec.toString(), "--conf", SparkSweepEngine.POINT_DELAY + "=" + delayMillis));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(cluster.log(name).toFile());
		pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
		Process p = pb.start();
		Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
		return p;
	}

	private static void awaitSessions(Path store, String name, int n, Duration timeout, CompletableFuture<?> stopIfDone)
			throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (SweepStores.sessionCount(store, name) < n) {
			if (stopIfDone.isDone()) {
				fail("the sweep ended before " + n + " sessions were committed: " + stopIfDone.handle((v, e) -> e != null ? e : v).get());
			}
			if (System.nanoTime() > deadline) {
				fail("fewer than " + n + " sessions after " + timeout);
			}
			Thread.sleep(50);
		}
	}

	/** 24 sessions, each with exactly its two runs, indexed once; the manifest lists every point done. */
	private static void assertComplete(Path store, String name) throws IOException {
		assertEquals(24, SweepStores.sessionCount(store, name));
		ObjectMapper json = new ObjectMapper();
		JsonNode index = json.readTree(store.resolve("sessions/index.json").toFile()).get("sessions");
		for (int i = 0; i < 24; i++) {
			String id = name + "-" + String.format("%04d", i);
			Path session = store.resolve("sessions").resolve(id);
			assertTrue(Files.isRegularFile(session.resolve("meta.json")), id);
			try (Stream<Path> runs = Files.list(session.resolve("runs"))) {
				assertEquals(2, runs.count(), id + " has exactly its two runs");
			}
			Path events = session.resolve("update_events.jsonl");
			if (Files.exists(events)) { // appended once per run: a run committed twice would show here
				assertTrue(Files.readAllLines(events).stream().map(l -> l.replaceAll(".*\"run_id\": \"([^\"]+)\".*", "$1")).distinct()
						.count() <= 2, id + ": events of at most its two runs");
			}
			assertTrue(index.has(id), id + " in index.json");
		}
		JsonNode points = json.readTree(store.resolve("sweeps").resolve(name).resolve("manifest.json").toFile()).get("points");
		assertEquals(24, points.size());
		for (JsonNode p : points) {
			assertEquals("done", p.get("state").asText(), p.toString());
		}
	}
}
