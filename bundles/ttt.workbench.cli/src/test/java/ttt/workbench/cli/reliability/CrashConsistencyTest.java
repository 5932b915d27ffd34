package ttt.workbench.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.cli.CliMain;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.Tensor;
import ttt.workbench.store.pt.TorchFileReader;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TorchOracle;

/**
 * SQLite-style crash testing: real command-line processes (run_session, fork_session, init_base) are killed with
 * SIGKILL at random moments, most of them late in the process where the files are written. After every kill:
 * the store looks whole to the reference's dashboard, which takes every folder of {@code sessions/} and of each
 * {@code runs/} for a session or a run (no temporary or half-made folder there, hidden or not); a reader that does
 * not repair sees every session wholly before or wholly after the interrupted work (its weights are those of the
 * run its metrics name, each run's events are all in the log, no torn log line); and {@code check} finds no error.
 * Nothing is repaired between kills: the next writer cleans up after the killed one. After the kills and one
 * ordinary run, {@code check} finds nothing at all. The default run kills {@value #DEFAULT_KILLS} times; set
 * {@code -Dttt.crash.kills=200} (or more) for the full suite.
 */
class CrashConsistencyTest {

	static final int DEFAULT_KILLS = 40;

	@TempDir
	Path tmp;

	private final Random random = new Random(Long.getLong("ttt.crash.seed", 20261121L));

	@Test
	void killedWritersLeaveEverySessionWhollyBeforeOrAfter() throws Exception {
		int kills = Integer.getInteger("ttt.crash.kills", DEFAULT_KILLS);
		Path root = copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			NewSession.run(store, new NewSession.Request("b", 0.2, EnvMode.NONLINEAR, 3, StoreFactory.eINSTANCE.createPlasticityConfig(), null));
		}
		long runMillis = timeNormal(root, "run_session", "--session_id", "case1", "--steps", "400", "--seed", "99");
		long forkMillis = timeNormal(root, "fork_session", "--parent_session_id", "case1", "--child_session_id", "warm-up");
		int midWrite = 0;
		int interrupted = 0;
		int finished = 0;
		int leftBehind = 0;
		List<String> sessions = new ArrayList<>(List.of("case1", "b", "warm-up"));
		for (int i = 0; i < kills; i++) {
			Process p;
			long expected;
			Path trigger = null;
			int op = random.nextInt(10);
			if (op < 7) {
				String sid = sessions.get(random.nextInt(sessions.size()));
				p = cli(root, "run_session", "--session_id", sid, "--steps", Integer.toString(200 + random.nextInt(400)), "--seed",
						Integer.toString(i));
				expected = runMillis;
				if (random.nextBoolean()) {
					// aim at the commit itself: the journal entry appears when the writer starts changing files
					trigger = root.resolve(".journal").resolve(sid + ".json");
				}
			} else if (op < 9) {
				String child = "f" + i;
				p = cli(root, "fork_session", "--parent_session_id", sessions.get(random.nextInt(sessions.size())), "--child_session_id",
						child, "--reset_optimizer", Integer.toString(random.nextInt(2)));
				sessions.add(child);
				expected = forkMillis;
			} else {
				p = cli(tmp.resolve("base" + i), "init_base", "--pretrain_steps", "60");
				expected = runMillis;
			}
			if (trigger != null) {
				long deadline = System.nanoTime() + 4 * expected * 1_000_000L;
				while (p.isAlive() && !Files.exists(trigger) && System.nanoTime() < deadline) {
					Thread.onSpinWait();
				}
				TimeUnit.MICROSECONDS.sleep(random.nextInt(80_000));
			} else {
				Thread.sleep((long) (expected * (0.35 + 0.75 * random.nextDouble())));
			}
			boolean alive = p.isAlive();
			p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
			assertTrue(p.waitFor(30, TimeUnit.SECONDS));
			finished += alive ? 0 : 1;
			if (op == 9) {
				assertBaseWhollyThereOrAbsent(tmp.resolve("base" + i));
				assertDashboardSeesWholeThings(tmp.resolve("base" + i), i);
				continue;
			}
			sessions.removeIf(id -> !Files.isDirectory(root.resolve("sessions").resolve(id)));
			interrupted += hasPendingJournal(root) ? 1 : 0;
			assertDashboardSeesWholeThings(root, i);
			midWrite += assertConsistentWithoutRepair(root, i) ? 1 : 0;
			StoreCheck.Report report = StoreCheck.check(root);
			assertEquals(0, report.count(ProblemSeverity.ERROR), "kill " + i + ": check finds an error: " + describe(report.store()));
			leftBehind += report.problems().isEmpty() ? 0 : 1;
		}
		System.out.printf("[crash] %d kills: %d inside a commit (%d after its commit point, rolled forward; the rest before it,"
				+ " dropped), %d processes had already finished; %d kills left something for the next writer%n", kills, interrupted,
				midWrite, finished, leftBehind);
		// no repair: one ordinary run cleans up after every killed writer (staging entries, temporary files,
		// interrupted commits, a stale index)
		timeNormal(root, "run_session", "--session_id", "case1", "--steps", "100", "--seed", "7");
		assertDashboardSeesWholeThings(root, kills);
		StoreCheck.Report after = StoreCheck.check(root);
		assertEquals(List.of(), after.problems().stream().map(p -> p.getSeverity() + " " + p.getPath() + ": " + p.getMessage()).toList(),
				"after the kills and one ordinary run, check finds nothing");
		assertEquals(List.of(), names(root.resolve(".staging")), "the staging folder is empty");
		assertEveryFileLoads(root);
	}

	/**
	 * The store as the reference's dashboard back end sees it: every entry of {@code sessions/} but the index is a
	 * session (a folder with meta, weights and optimizer state), every entry of a {@code runs/} a complete run
	 * folder. A temporary folder there, hidden or not, would show as a phantom session or run.
	 */
	private static void assertDashboardSeesWholeThings(Path root, int kill) throws IOException {
		Path sessions = root.resolve("sessions");
		for (Path s : names(sessions).stream().map(sessions::resolve).toList()) {
			String where = "kill " + kill + ": sessions/" + s.getFileName();
			if (s.getFileName().toString().equals("index.json")) {
				assertTrue(Files.isRegularFile(s), where);
				continue;
			}
			assertTrue(Files.isDirectory(s), where + " is listed as a session but is not a folder");
			for (String file : List.of("meta.json", "plastic_state.pt", "optim_state.pt", "metrics.json")) {
				assertTrue(Files.isRegularFile(s.resolve(file)), where + " is listed as a session but has no " + file);
			}
			Path runs = s.resolve("runs");
			for (Path r : names(runs).stream().map(runs::resolve).toList()) {
				for (String file : List.of("per_step.csv", "update_events.json", "trajectory.json", "metrics.json", "mse_curve.png",
						"plastic_state.pt", "optim_state.pt")) {
					assertTrue(Files.isRegularFile(r.resolve(file)), where + "/runs/" + r.getFileName() + " is listed as a run but has no " + file);
				}
			}
		}
	}

	private static List<String> names(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static boolean hasPendingJournal(Path root) throws IOException {
		Path dir = root.resolve(".journal");
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
		}
	}

	/** @return true when the kill interrupted a commit (the reader had to present it as completed) */
	private boolean assertConsistentWithoutRepair(Path root, int kill) throws IOException {
		Store store = StoreReader.read(root);
		for (var p : store.getProblems()) {
			if (p.getSeverity() != ProblemSeverity.INFO) {
				fail("kill " + kill + ": a reader sees a damaged store: " + p.getPath() + ": " + p.getMessage());
			}
		}
		LazyLoader loader = new LazyLoader(store);
		for (Session s : store.getSessions()) {
			for (Run r : s.getRuns()) {
				assertEquals(r.getMetrics().getUpdatesAttempted(), r.getEvents().size(),
						"kill " + kill + ": every event of run " + r.getId() + " is in the log, exactly once");
			}
			if (s.getMetrics() == null || s.getMetrics().getRunId() == null) {
				assertTrue(s.getRuns().stream().noneMatch(r -> hasEndWeights(root, s, r)),
						"kill " + kill + ": session " + s.getId() + " has a run of ours but metrics of a session that never ran");
				continue;
			}
			Run latest = s.findRun(s.getMetrics().getRunId());
			assertTrue(latest != null, "kill " + kill + ": " + s.getId() + "'s metrics name a run that is not there");
			assertTrue(s.getLastRunAtUnix() != null, "kill " + kill + ": " + s.getId() + " ran but last_run_at_unix is null");
			if (hasEndWeights(root, s, latest)) {
				assertSameWeights(loader.weights(latest), loader.weights(s),
						"kill " + kill + ": session " + s.getId() + " must hold the weights of its latest run " + latest.getId());
			}
		}
		return store.getProblems().stream().anyMatch(p -> p.getSeverity() == ProblemSeverity.INFO);
	}

	private static boolean hasEndWeights(Path root, Session s, Run r) {
		return Files.isRegularFile(root.resolve("sessions").resolve(s.getId()).resolve("runs").resolve(r.getId()).resolve("plastic_state.pt"));
	}

	private static void assertSameWeights(EList<Tensor> expected, EList<Tensor> actual, String message) {
		assertEquals(expected.size(), actual.size(), message);
		for (int i = 0; i < expected.size(); i++) {
			assertTrue(java.util.Arrays.equals(expected.get(i).getData(), actual.get(i).getData()), message + " (" + expected.get(i).getName() + ")");
		}
	}

	private static void assertBaseWhollyThereOrAbsent(Path root) throws IOException {
		Path base = root.resolve("base");
		if (Files.exists(base)) {
			assertTrue(Files.isRegularFile(base.resolve("base_meta.json")) && Files.isRegularFile(base.resolve("base_checkpoint.pt")),
					"a base is complete or absent");
			Store store = StoreReader.read(root);
			assertEquals(List.of(), store.getProblems().stream().map(p -> p.getPath() + ": " + p.getMessage()).toList());
		}
	}

	/** Every JSON file parses and every .pt loads through the allow-list, then the same through real Python/torch. */
	private static void assertEveryFileLoads(Path root) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().startsWith(".")).toList();
		}
		StringBuilder list = new StringBuilder();
		for (Path f : files) {
			String name = f.getFileName().toString();
			if (name.endsWith(".json")) {
				PythonJsonReader.parse(Files.readAllBytes(f), f);
				list.append(f).append('\n');
			} else if (name.endsWith(".pt")) {
				new TorchFileReader().read(f);
				list.append(f).append('\n');
			}
		}
		TorchOracle.requireTorch();
		String out = TorchOracle.run("""
				import json, sys, torch
				n = 0
				for path in sys.stdin.read().split():
				    if path.endswith('.json'):
				        json.load(open(path))
				    else:
				        torch.load(path)
				    n += 1
				print(n)
				""", list.toString()).trim();
		assertEquals(Long.toString(list.toString().lines().count()), out, "Python and torch load every file");
	}

	private static String describe(Store store) {
		return store.getProblems().stream().map(p -> p.getSeverity() + " " + p.getPath() + ": " + p.getMessage()).toList().toString();
	}

	private long timeNormal(Path root, String... args) throws Exception {
		long t0 = System.nanoTime();
		Process p = cli(root, args);
		assertTrue(p.waitFor(2, TimeUnit.MINUTES));
		assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
		return (System.nanoTime() - t0) / 1_000_000;
	}

	static Process cli(Path root, String... args) throws IOException {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), CliMain.class.getName(),
				"--no_progress", "--artifacts_root", root.toString()));
		cmd.addAll(List.of(args));
		return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
	}

	static Path copy(Path source, Path target) throws IOException {
		return Fixtures.copy(source, target);
	}
}
