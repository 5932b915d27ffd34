package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.io.IndexMaintenance;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * Procedures on a store opened from its index ({@link ArtifactStore#openSummaries}, what the command line does):
 * they read the folders of the sessions they work on and no other session's details, and leave the store exactly as
 * a procedure on a fully read store leaves it (the index a full rebuild writes, the sessions a full read gives).
 */
class SummaryStoreProceduresTest {

	@TempDir
	Path tmp;

	private static Set<String> loaded(ArtifactStore store) {
		return store.model().getSessions().stream().filter(s -> s.getDetailsState() != LoadState.NOT_LOADED).map(Session::getId)
				.collect(java.util.stream.Collectors.toSet());
	}

	private static void assertIndexIsAFullRebuilds(Path root) throws Exception {
		StoreLayout layout = new StoreLayout(root);
		byte[] index = Files.readAllBytes(layout.index());
		IndexMaintenance.rebuild(StoreReader.read(root));
		assertArrayEquals(Files.readAllBytes(layout.index()), index, "the index is the one a full rebuild writes");
	}

	/** The session as the summary store holds it equals the session of a full read of the store. */
	private static void assertAsAFullReadHasIt(ArtifactStore store, String id) throws java.io.IOException {
		Store full = StoreReader.read(store.root());
		Session fresh = full.findSession(id);
		Session live = store.model().findSession(id);
		assertEquals(fresh.getRuns().stream().map(r -> r.getId()).toList(), live.getRuns().stream().map(r -> r.getId()).toList(), id + ": runs");
		for (int i = 0; i < fresh.getRuns().size(); i++) {
			assertTrue(EcoreUtil.equals(fresh.getRuns().get(i).getMetrics(), live.getRuns().get(i).getMetrics()), id + ": a run's metrics");
		}
		assertEquals(fresh.getEvents().size(), live.getEvents().size(), id + ": update events");
		assertTrue(EcoreUtil.equals(fresh.getMetrics(), live.getMetrics()), id + ": metrics as a full read has them");
		assertTrue(EcoreUtil.equals(fresh.getPlasticityConfig(), live.getPlasticityConfig()), id + ": plasticity as a full read has it");
		assertEquals(fresh.getLastRunAtUnix(), live.getLastRunAtUnix(), id + ": last run as a full read has it");
	}

	@Test
	void runForkAndNewSessionReadOnlyTheSessionsTheyWorkOn() throws Exception {
		Path root = SyntheticStore.generate(tmp.resolve("store"), 300, 7).root();
		String runId;
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			assertEquals(Set.of(), loaded(store), "opened as summaries");
			String target = store.model().getSessions().stream().filter(s -> s.getParentId() != null).map(Session::getId).sorted()
					.skip(100).findFirst().orElseThrow();
			RunSession.Result run = RunSession.run(store, new RunSession.Request(target, 40, 3, null, null, null, null, null, null, "jvm"),
					RunListener.NONE, () -> false);
			runId = run.runId();
			assertEquals(Set.of(target), loaded(store), "a run reads its own session's details only");
			assertAsAFullReadHasIt(store, target);
			assertTrue(store.model().findSession(target).findRun(runId) != null, "the model has the new run");
			assertIndexIsAFullRebuilds(root);

			Session child = ForkSession.run(store, new ForkSession.Request(target, "forked-here", true, runId, "a note")).child();
			assertEquals(Set.of(target, "forked-here"), loaded(store), "a fork reads its parent and the child");
			assertEquals(store.model().findSession(target), child.getParent(), "linked below its parent");
			assertAsAFullReadHasIt(store, "forked-here");
			assertIndexIsAFullRebuilds(root);

			int sessions = store.model().getSessions().size();
			NewSession.run(store, new NewSession.Request("fresh-root", 0.2, EnvMode.LINEAR, 5,
					EcoreUtil.copy(store.model().findSession(target).getPlasticityConfig()), null));
			assertEquals(Set.of(target, "forked-here", "fresh-root"), loaded(store), "a new session reads its own folder only");
			assertIndexIsAFullRebuilds(root);
			assertEquals(sessions + 1, store.model().getSessions().size(), "every session is still in the model, and the new one");
		}
	}

	@Test
	void aSessionOfASummaryStoreThatIsGoneOnDiskIsUnknownToARun() throws Exception {
		Path root = SyntheticStore.generate(tmp.resolve("store"), 50, 2).root();
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			String target = store.model().getSessions().stream().filter(s -> s.getChildren().isEmpty()).map(Session::getId).sorted()
					.findFirst().orElseThrow();
			// another program removes the session's folder after the open
			try (var walk = Files.walk(new StoreLayout(root).sessionDir(target))) {
				for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
			EngineException e = org.junit.jupiter.api.Assertions.assertThrows(EngineException.class,
					() -> RunSession.run(store, RunSession.Request.of(target, 20, 1), RunListener.NONE, () -> false));
			assertTrue(e.getMessage().contains("unknown session \"" + target + "\""), e.getMessage());
			assertEquals(List.of(), List.copyOf(loaded(store)), "nothing else was read");
		}
	}
}
