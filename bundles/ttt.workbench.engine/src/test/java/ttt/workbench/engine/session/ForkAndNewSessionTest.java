package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.run.RunListener;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TreeFingerprint;

/** fork_session and new_session on copies of the reference's stores. */
class ForkAndNewSessionTest {

	@TempDir
	Path tmp;

	private Path torch291() throws Exception {
		return Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
	}

	@Test
	void aForkCopiesWeightsAndMomentumAndInheritsSettings() throws Exception {
		Path root = torch291();
		StoreLayout layout = new StoreLayout(root);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			ForkSession.Result r = ForkSession.run(store, new ForkSession.Request("s1", "s1c", true, null, "higher μ next"));
			assertEquals(List.of(), r.warnings());
			Session child = r.child();
			assertSame(store.model().findSession("s1"), child.getParent());
			assertEquals("s1", child.getRootId());
			assertEquals(0.12, child.getMu());
			assertEquals(2, child.getPlasticityConfig().getNsSteps(), "inherits the parent's plasticity config");
			assertEquals("muon_torch", child.getOptimizerVariant(), "torch 2.9.1 store: torch's Muon");
		}
		assertEquals(PlasticState.read(layout.plasticState("s1")), PlasticState.read(layout.plasticState("s1c")));
		OptimizerState parent = OptimizerState.read(layout.optimState("s1"));
		OptimizerState child = OptimizerState.read(layout.optimState("s1c"));
		for (long p = 0; p < 3; p++) {
			assertEquals(parent.momentumBuffer(p), child.momentumBuffer(p), "momentum buffer " + p);
		}
		var meta = PythonJsonReader.parse(Files.readAllBytes(layout.sessionMeta("s1c")), layout.sessionMeta("s1c"));
		assertEquals("higher μ next", meta.get("fork_note").textValue(), "the note is a top-level key");
		assertEquals(11, meta.get("plasticity_cfg").size());
		var metrics = PythonJsonReader.parse(Files.readAllBytes(layout.sessionMetrics("s1c")), layout.sessionMetrics("s1c"));
		assertEquals("session created", metrics.get("notes").textValue());
	}

	@Test
	void resetOptimizerStartsTheChildWithoutMomentum() throws Exception {
		Path root = torch291();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			ForkSession.run(store, new ForkSession.Request("s1", "fresh", false, null, null));
		}
		OptimizerState child = OptimizerState.read(new StoreLayout(root).optimState("fresh"));
		assertTrue(child.state().isEmpty(), "a fresh torch optimizer has an empty state");
		assertEquals(2, child.paramGroups().get(0).nsSteps(), "settings still come from the parent's plasticity config");
	}

	@Test
	void forkFromARunUsesTheWeightsAtTheEndOfThatRun() throws Exception {
		Path root = torch291();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			String first = RunSession.run(store, RunSession.Request.of("s1", 64, 5), RunListener.NONE, () -> false).runId();
			RunSession.run(store, RunSession.Request.of("s1", 64, 6), RunListener.NONE, () -> false);
			ForkSession.run(store, new ForkSession.Request("s1", "from-first", true, first, null));
			assertEquals(first, store.model().findSession("from-first").getForkedFromRunId());
		}
		StoreLayout layout = new StoreLayout(root);
		PlasticState endOfFirst = PlasticState.read(layout.runDir("s1", findRun(layout, "_seed5")).resolve("plastic_state.pt"));
		assertEquals(endOfFirst, PlasticState.read(layout.plasticState("from-first")));
	}

	private static String findRun(StoreLayout layout, String suffix) throws Exception {
		try (var runs = Files.list(layout.runsDir("s1"))) {
			return runs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).findFirst().orElseThrow();
		}
	}

	@Test
	void forkFromARunTheReferenceWroteIsRefusedWithAReason() throws Exception {
		Path root = torch291();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Map<String, String> before = TreeFingerprint.of(root);
			EngineException e = assertThrows(EngineException.class,
					() -> ForkSession.run(store, new ForkSession.Request("s1", "x", true, "s1_1768677462_seed2", null)));
			assertTrue(e.getMessage().contains("kept no end-of-run weights"), e.getMessage());
			assertEquals(before, TreeFingerprint.of(root));
		}
	}

	@Test
	void existingInvalidAndUnknownIdsAreRefusedWithoutWriting() throws Exception {
		Path root = torch291();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Map<String, String> before = TreeFingerprint.of(root);
			assertTrue(assertThrows(EngineException.class, () -> ForkSession.run(store, new ForkSession.Request("s1", "s1b", true, null, null)))
					.getMessage().contains("already exists"));
			assertTrue(assertThrows(EngineException.class, () -> ForkSession.run(store, new ForkSession.Request("s1", "../x", true, null, null)))
					.getMessage().contains("path separator"));
			assertTrue(assertThrows(EngineException.class, () -> ForkSession.run(store, new ForkSession.Request("ghost", "y", true, null, null)))
					.getMessage().contains("unknown session \"ghost\""));
			assertEquals(before, TreeFingerprint.of(root));
		}
	}

	@Test
	void newSessionStartsFromTheBaseWithTheStoresOptimizerVariant() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("case1"));
		var cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s = NewSession.run(store, new NewSession.Request("nl", -1, EnvMode.NONLINEAR, 7, cfg, null));
			assertTrue(s.getMu() >= 0.02 && s.getMu() <= 0.25, "drawn μ in range: " + s.getMu());
			assertNull(s.getParent());
			assertEquals("nl", s.getRootId());
			assertEquals("muon_fallback", s.getOptimizerVariant(), "a torch 1.13 store: the reference's fallback Muon");
			assertEquals(List.of(), store.model().getProblems());
		}
		StoreLayout layout = new StoreLayout(root);
		var base = ttt.workbench.store.pt.BaseCheckpoint.read(layout.baseCheckpoint());
		assertEquals(base.plastic(), PlasticState.read(layout.plasticState("nl")));
		var index = PythonJsonReader.parse(Files.readAllBytes(layout.index()), layout.index());
		assertTrue(index.get("sessions").has("nl"), "the index lists the new session");
	}
}
