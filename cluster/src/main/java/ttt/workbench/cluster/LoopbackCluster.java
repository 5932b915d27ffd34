package ttt.workbench.cluster;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1 made of separate JVM processes — one Master and N Workers — started from
 * the Spark jars on this JVM's class path (spark-core's {@code Master} and {@code Worker} main classes; no Spark
 * distribution needed). For the tests and the benchmark; never used by the engine itself.
 *
 * <p>It lays out a minimal {@code SPARK_HOME} under its folder: a {@code RELEASE} marker and {@code jars/} holding
 * links to the "distribution" jars (Spark and its dependencies, i.e. every class path entry that is not ours), as a
 * real installation would. Workers start executors with {@code SPARK_HOME/jars/*}; an application brings its own
 * classes ({@link #applicationClassPath()} as {@code spark.executor.extraClassPath}, or the spark-submit jar as
 * {@code spark.jars}).
 *
 * <p>Every process is killed by {@link #close()} (executors first), and by a JVM shutdown hook if the owner never
 * gets there; every wait is bounded.
 */
public final class LoopbackCluster implements AutoCloseable {

	/** What Spark's own launcher adds to every JVM (PLATFORM-NOTES "Apache Spark"). */
	public static final List<String> JVM_OPENINGS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
			"--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
			"--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
			"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
			"--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
			"--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
			"--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
			"--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false");

	private static final String HOST = "127.0.0.1";
	private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

	private final Path dir;
	private final Path sparkHome;
	private final List<String> distribution;
	private final List<String> application;
	private final int masterPort;
	private final int masterUiPort;
	private final Process master;
	private final List<Process> workers = new ArrayList<>();
	private final Thread hook;

	private LoopbackCluster(Path dir, List<String> distribution, List<String> application) throws IOException {
		this.dir = dir;
		this.distribution = distribution;
		this.application = application;
		this.sparkHome = dir.resolve("spark-home");
		Files.createDirectories(sparkHome.resolve("jars"));
		Files.writeString(sparkHome.resolve("RELEASE"), "Spark (spark-core from Maven Central, linked by LoopbackCluster)\n");
		for (String jar : distribution) {
			Path source = Path.of(jar);
			Path link = sparkHome.resolve("jars").resolve(source.getFileName());
			if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				Files.createSymbolicLink(link, source.toAbsolutePath());
			}
		}
		this.hook = new Thread(this::killAll, "loopback-cluster-cleanup");
		Runtime.getRuntime().addShutdownHook(hook);
		this.masterPort = freePort();
		this.masterUiPort = freePort();
		this.master = start("master", List.of("org.apache.spark.deploy.master.Master", "--host", HOST, "--port",
				String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort)));
	}

	/**
	 * Starts a Master and {@code workers} Workers (one core, 1 GB each) and waits until the Master lists them all as
	 * ALIVE.
	 *
	 * @param dir an empty folder for logs, work dirs and the SPARK_HOME links; left in place for inspection
	 */
	public static LoopbackCluster start(Path dir, int workers, Duration timeout) throws IOException, InterruptedException {
		List<String> classPath = classPath();
		List<String> distribution = new ArrayList<>();
		List<String> application = new ArrayList<>();
		for (String entry : classPath) {
			(isDistribution(entry) ? distribution : application).add(entry);
		}
		if (distribution.stream().noneMatch(e -> new File(e).getName().startsWith("spark-core_"))) {
			throw new IllegalStateException("spark-core is not on this JVM's class path: " + classPath);
		}
		LoopbackCluster cluster = new LoopbackCluster(dir, distribution, application);
		try {
			for (int i = 0; i < workers; i++) {
				cluster.addWorker();
			}
			cluster.awaitAliveWorkers(workers, timeout);
			return cluster;
		} catch (IOException | InterruptedException | RuntimeException e) {
			cluster.close();
			throw e;
		}
	}

	/** Starts one more Worker (it registers with the Master by itself). */
	public Process addWorker() throws IOException {
		int n = workers.size() + 1;
		Path workDir = Files.createDirectories(dir.resolve("worker-" + n));
		Process worker = start("worker-" + n, List.of("org.apache.spark.deploy.worker.Worker", masterUrl(), "--host", HOST,
				"--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()), "--cores", "1", "--memory", "1g",
				"--work-dir", workDir.toString()));
		workers.add(worker);
		return worker;
	}

	public String masterUrl() {
		return "spark://" + HOST + ":" + masterPort;
	}

	public List<Process> workers() {
		return List.copyOf(workers);
	}

	/** Spark and its dependencies: what a cluster has installed ({@code SPARK_HOME/jars}). */
	public List<String> distributionClassPath() {
		return distribution;
	}

	/** Our classes and libraries: what an application must bring (not part of a Spark installation). */
	public List<String> applicationClassPath() {
		return application;
	}

	public Path sparkHome() {
		return sparkHome;
	}

	public Path dir() {
		return dir;
	}

	/** The Master's count of ALIVE workers (from its web UI's JSON). */
	public int aliveWorkers() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + masterUiPort + "/json/"))
				.timeout(Duration.ofSeconds(3)).build();
		String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = ALIVE_WORKERS.matcher(body);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	public void awaitAliveWorkers(int n, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		int alive = -1;
		while (System.nanoTime() < deadline) {
			if (!master.isAlive()) {
				throw new IOException("the Spark Master exited (" + master.exitValue() + "); see " + log("master"));
			}
			try {
				alive = aliveWorkers();
				if (alive >= n) {
					return;
				}
			} catch (IOException notUpYet) {
				// the UI is not listening yet
			}
			Thread.sleep(250);
		}
		throw new IOException("the Spark Master lists " + alive + " of " + n + " workers ALIVE after " + timeout + "; see " + dir);
	}

	/**
	 * Kills a Worker and everything it started (its executors) at once, as a machine failure would: executors first,
	 * so that none is left orphaned.
	 */
	public void killWorker(Process worker) throws InterruptedException {
		kill(worker);
	}

	/** Every process of the cluster, executors included, killed; waits (bounded) until they are gone. */
	@Override
	public void close() {
		killAll();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException shuttingDown) {
			// the hook is running or has run
		}
	}

	private synchronized void killAll() {
		List<Process> all = new ArrayList<>(workers);
		all.add(master);
		for (Process p : all) {
			try {
				kill(p);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void kill(Process process) throws InterruptedException {
		List<ProcessHandle> children = process.descendants().toList();
		children.forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		for (ProcessHandle child : children) {
			child.onExit().completeOnTimeout(null, 10, java.util.concurrent.TimeUnit.SECONDS).join();
		}
		process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
	}

	public Path log(String name) {
		return dir.resolve(name + ".log");
	}

	private Process start(String name, List<String> mainAndArgs) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(JVM_OPENINGS);
		command.add("-Xmx256m");
		command.add("-cp");
		command.add(sparkHome.resolve("jars") + File.separator + "*");
		command.addAll(mainAndArgs);
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile());
		environment(pb, sparkHome);
		return pb.start();
	}

	/** What a Worker needs to start executors without a real installation: see the class comment. */
	static void environment(ProcessBuilder pb, Path sparkHome) {
		pb.environment().put("SPARK_HOME", sparkHome.toString());
		pb.environment().put("SPARK_SCALA_VERSION", "2.13");
		pb.environment().put("SPARK_LOCAL_IP", HOST);
		pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
		pb.environment().remove("SPARK_TESTING");
	}

	public static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** This JVM's class path, entry by entry, as absolute paths (other processes start elsewhere; duplicates dropped). */
	public static List<String> classPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!e.isBlank()) {
				entries.add(Path.of(e).toAbsolutePath().normalize().toString());
			}
		}
		return new ArrayList<>(entries);
	}

	/**
	 * A jar that a Spark installation would have: anything but our own classes (folders, this reactor's jars) and the
	 * libraries only we use (EMF, pickle) and test tools (JUnit, surefire).
	 */
	static boolean isDistribution(String entry) {
		String e = entry.replace('\\', '/').toLowerCase(Locale.ROOT);
		if (!e.endsWith(".jar") || new File(entry).isDirectory()) {
			return false;
		}
		return !(e.contains("/ttt/workbench/") || e.contains("/target/") || e.contains("/org/eclipse/emf/")
				|| e.contains("/net/razorvine/") || e.contains("/org/junit/") || e.contains("/org/opentest4j/")
				|| e.contains("/org/apiguardian/") || e.contains("surefire") || e.contains("failsafe"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}
}
