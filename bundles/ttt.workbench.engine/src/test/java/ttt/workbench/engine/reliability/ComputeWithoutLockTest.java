package ttt.workbench.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.session.EngineException;
import ttt.workbench.engine.session.ForkSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.signature.Signatures;
import ttt.workbench.test.support.Fixtures;

/**
 * A run holds no lock while it computes: a fork of the running session lands at once (from the weights before the
 * run), and a second run of the same session that commits first makes the slower one refuse to commit, writing
 * nothing. Both runs are threads of this process with their own open store, as the workbench's jobs are.
 */
class ComputeWithoutLockTest {

	private static final String P = "case1";

	@TempDir
	Path tmp;

	/** A listener that reports when the adaptive computation is under way and then waits for the test's go-ahead. */
	private static final class Gate implements RunListener {
		final CountDownLatch computing = new CountDownLatch(1);
		final CountDownLatch proceed = new CountDownLatch(1);

		@Override
		public void progress(int done, int total) {
			if (done > 0 && computing.getCount() > 0) {
				computing.countDown();
				try {
					// bounded: with a lock held while computing, the other writer times out (30 s) and the test fails
					proceed.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	private CompletableFuture<RunSession.Result> startRun(Path root, int steps, long seed, RunListener listener) {
		return startRun(root, P, steps, seed, listener);
	}

	private CompletableFuture<RunSession.Result> startRun(Path root, String sessionId, int steps, long seed, RunListener listener) {
		CompletableFuture<RunSession.Result> future = new CompletableFuture<>();
		Thread t = new Thread(() -> {
			try (ArtifactStore store = ArtifactStore.open(root)) {
				future.complete(RunSession.run(store, RunSession.Request.of(sessionId, steps, seed), listener, () -> false));
			} catch (Throwable e) {
				future.completeExceptionally(e);
			}
		}, "run-" + seed);
		t.setDaemon(true);
		t.start();
		return future;
	}

	@Test
	void aForkOfARunningSessionLandsAtOnceWithTheWeightsFromBeforeTheRun() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		StoreLayout layout = new StoreLayout(root);
		PlasticState before = PlasticState.read(layout.plasticState(P));
		Gate gate = new Gate();
		CompletableFuture<RunSession.Result> run = startRun(root, 20_000, 11, gate);
		assertTrue(gate.computing.await(60, TimeUnit.SECONDS), "the run started computing");

		long t0 = System.nanoTime();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			ForkSession.run(store, new ForkSession.Request(P, "child", true, null, null));
		}
		long forkMillis = (System.nanoTime() - t0) / 1_000_000;
		assertTrue(forkMillis < 10_000, "the fork waited " + forkMillis + " ms: it must not wait for the run (lock wait 30 s)");
		assertTrue(!run.isDone(), "the fork completed while the run was still computing");
		assertEquals(before, PlasticState.read(layout.plasticState("child")), "the child starts from the parent's weights before the run");

		gate.proceed.countDown();
		RunSession.Result result = run.get(5, TimeUnit.MINUTES);
		assertNotNull(result.runId());
		PlasticState after = PlasticState.read(layout.plasticState(P));
		assertNotEquals(before, after, "the run committed its weights");
		assertEquals(PlasticState.read(layout.runDir(P, result.runId()).resolve(StoreLayout.PLASTIC_STATE)), after);
		assertEquals(before, PlasticState.read(layout.plasticState("child")), "the child is not touched by the parent's run");
		StoreCheck.Report report = StoreCheck.check(root);
		assertTrue(report.clean(), report.problems().toString());
		assertEquals(1, report.store().findSession(P).getRuns().size());
	}

	@Test
	void ofTwoOverlappingRunsOfOneSessionTheSecondToCommitIsRefusedAndWritesNothing() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		Gate gate = new Gate();
		CompletableFuture<RunSession.Result> slow = startRun(root, 2_000, 21, gate);
		assertTrue(gate.computing.await(60, TimeUnit.SECONDS), "the slow run started computing");

		String fastRunId;
		try (ArtifactStore store = ArtifactStore.open(root)) {
			fastRunId = RunSession.run(store, RunSession.Request.of(P, 300, 22), RunListener.NONE, () -> false).runId();
		}
		Map<String, String> afterFirst = tree(root);

		gate.proceed.countDown();
		ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> slow.get(5, TimeUnit.MINUTES));
		assertTrue(refused.getCause() instanceof EngineException, String.valueOf(refused.getCause()));
		assertEquals("session " + P + " changed while this run was computing (run " + fastRunId
				+ " committed meanwhile); nothing was written — run again", refused.getCause().getMessage());
		assertEquals(afterFirst, tree(root), "the refused run wrote nothing: the store is byte for byte as after the first");
		StoreCheck.Report report = StoreCheck.check(root);
		assertTrue(report.clean(), report.problems().toString());
		assertEquals(1, report.store().findSession(P).getRuns().size());
		assertNull(report.store().findSession(P).getRuns().stream().filter(r -> !r.getId().equals(fastRunId)).findAny().orElse(null));
	}

	/**
	 * A session deleted and made again under the same id while a run of it computes has the same weight and optimizer
	 * bytes and no runs, but another μ: the run was computed for the old session and must not land in the new one.
	 */
	@Test
	void aSessionMadeAgainWithOtherSettingsWhileARunComputesRefusesTheRun() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		ttt.workbench.store.model.PlasticityConfig cfg = ttt.workbench.store.model.StoreFactory.eINSTANCE.createPlasticityConfig();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			ttt.workbench.engine.session.NewSession.run(store, new ttt.workbench.engine.session.NewSession.Request("again", 0.1,
					ttt.workbench.store.model.EnvMode.LINEAR, 1, cfg, null));
		}
		Gate gate = new Gate();
		CompletableFuture<RunSession.Result> run = startRun(root, "again", 2_000, 31, gate);
		assertTrue(gate.computing.await(60, TimeUnit.SECONDS), "the run started computing");
		try (ArtifactStore store = ArtifactStore.open(root)) {
			ttt.workbench.engine.session.DeleteSession.run(store, "again");
			ttt.workbench.engine.session.NewSession.run(store, new ttt.workbench.engine.session.NewSession.Request("again", 0.2,
					ttt.workbench.store.model.EnvMode.LINEAR, 1, cfg, null));
		}
		Map<String, String> remade = tree(root);
		gate.proceed.countDown();
		ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> run.get(5, TimeUnit.MINUTES));
		assertTrue(refused.getCause() instanceof EngineException, String.valueOf(refused.getCause()));
		assertTrue(refused.getCause().getMessage().contains("changed while this run was computing"), refused.getCause().getMessage());
		assertEquals(remade, tree(root), "nothing written into the session made again");
	}

	/** Every folder and file below the root (lock files aside: taking a lock is not a change), with the files' hashes. */
	private static Map<String, String> tree(Path root) throws IOException {
		Map<String, String> result = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				String rel = root.relativize(p).toString();
				if (!rel.startsWith(".locks")) {
					result.put(rel, Files.isDirectory(p) ? "folder" : Signatures.sha256Hex(p));
				}
			}
		}
		return result;
	}
}
