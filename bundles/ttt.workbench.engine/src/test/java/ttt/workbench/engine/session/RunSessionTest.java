package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.test.support.TorchOracle;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TreeFingerprint;

/** run_session through the store: the files written reproduce what the Python reference wrote for the same run. */
class RunSessionTest {

	@TempDir
	Path tmp;

	private Path case1Store() throws Exception {
		return Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
	}

	private RunSession.Request replay(Path actions) {
		return new RunSession.Request("case1", 600, 1, actions, null, null, null, null, null, "jvm");
	}

	@Test
	void replayWritesTheFilesTheReferenceWrote() throws Exception {
		Path root = case1Store();
		Path after = Fixtures.case1().resolve("store_after/sessions/case1");
		RunSession.Result result;
		try (ArtifactStore store = ArtifactStore.open(root)) {
			result = RunSession.run(store, replay(Fixtures.case1().resolve("actions.csv")), RunListener.NONE, () -> false);
		}
		assertTrue(result.warnings().isEmpty(), result.warnings().toString());
		StoreLayout layout = new StoreLayout(root);
		Path runDir = layout.runDir("case1", result.runId());
		for (String f : List.of("per_step.csv", "update_events.json", "trajectory.json", "metrics.json", "plastic_state.pt",
				"optim_state.pt", "mse_curve.png")) {
			assertTrue(Files.isRegularFile(runDir.resolve(f)), "run folder lacks " + f);
		}
		// trajectory.json is formatted on another thread while the model runs: byte for byte the reference's file
		byte[] referenceTrajectory;
		try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(after.resolve("runs/case1_1795287431_seed1/trajectory.json.gz")))) {
			referenceTrajectory = in.readAllBytes();
		}
		assertArrayEquals(referenceTrajectory, Files.readAllBytes(runDir.resolve("trajectory.json")), "trajectory.json");
		Path expectedCsv = after.resolve("runs/case1_1795287431_seed1/per_step.csv");
		PerStepTable expected = PerStepCsv.parse(Files.readAllBytes(expectedCsv), expectedCsv);
		PerStepTable actual = PerStepCsv.parse(Files.readAllBytes(runDir.resolve("per_step.csv")), runDir);
		assertEquals(expected.steps(), actual.steps());
		assertArrayEquals(expected.didUpdate(), actual.didUpdate());
		assertArrayEquals(expected.updateOk(), actual.updateOk());
		for (int t = 0; t < expected.steps(); t++) {
			close(expected.baseMse()[t], actual.baseMse()[t], "base_mse at " + t);
			close(expected.sessionNoUpdateMse()[t], actual.sessionNoUpdateMse()[t], "session_no_update_mse at " + t);
			close(expected.adaptiveMse()[t], actual.adaptiveMse()[t], "adaptive_mse at " + t);
		}
		var expectedMetrics = PythonJsonReader.parse(Files.readAllBytes(after.resolve("metrics.json")), after);
		var actualMetrics = PythonJsonReader.parse(Files.readAllBytes(layout.sessionMetrics("case1")), root);
		for (String key : List.of("updates_attempted", "updates_committed", "updates_rolled_back", "steps")) {
			assertEquals(expectedMetrics.get(key).intValue(), actualMetrics.get(key).intValue(), key);
		}
		close(expectedMetrics.get("adaptive_mse_mean").doubleValue(), actualMetrics.get("adaptive_mse_mean").doubleValue(), "mean");
		PlasticState want = PlasticState.read(after.resolve("plastic_state.pt"));
		PlasticState got = PlasticState.read(layout.plasticState("case1"));
		assertArrayEquals(want.wU().shape(), got.wU().shape());
		for (int i = 0; i < want.wU().numel(); i++) {
			close(want.wU().get(i), got.wU().get(i), "W_u[" + i + "]");
		}
		try (ArtifactStore reopened = ArtifactStore.open(root)) {
			assertEquals(List.of(), reopened.model().getProblems());
			Session s = reopened.model().findSession("case1");
			Run run = s.findRun(result.runId());
			assertEquals(18, run.getEvents().size(), "every event attributed to the run through run_id");
			assertTrue(run.getEvents().stream().allMatch(e -> result.runId().equals(e.getRunId())));
			assertTrue(s.getLastRunAtUnix() != null);
			assertEquals(result.runId(), s.getMetrics().getRunId());
		}
		List<String> jsonl = Files.readAllLines(layout.eventsLog("case1"));
		assertEquals(18, jsonl.size());
		assertTrue(jsonl.get(0).contains("\"run_id\": \"" + result.runId() + "\""), jsonl.get(0));
	}

	private static void close(double expected, double actual, String what) {
		double tolerance = Math.max(1e-6, 1e-4 * Math.abs(expected));
		assertEquals(expected, actual, tolerance, what);
	}

	@Test
	void theWrittenWeightsLoadInRealTorch() throws Exception {
		TorchOracle.requireTorch();
		Path root = case1Store();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			RunSession.run(store, replay(Fixtures.case1().resolve("actions.csv")), RunListener.NONE, () -> false);
		}
		Path weights = new StoreLayout(root).plasticState("case1");
		Path optim = new StoreLayout(root).optimState("case1");
		String out = TorchOracle.run("""
				import sys, torch
				w, o = sys.stdin.read().split()
				p = torch.load(w, weights_only=True)
				s = torch.load(o)
				print(sorted(p.keys()), tuple(p['B'].shape), sorted(s['state'].keys()), s['param_groups'][0]['ns_steps'])
				""", weights + " " + optim).trim();
		assertEquals("['B', 'W_o', 'W_u'] (32, 16) [0, 1, 2] 5", out);
	}

	@Test
	void aCancelledRunLeavesTheStoreExactlyAsItWas() throws Exception {
		Path root = case1Store();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Map<String, String> before = TreeFingerprint.of(root);
			AtomicInteger steps = new AtomicInteger();
			RunListener counting = new RunListener() {
				@Override
				public void progress(int done, int total) {
					steps.set(done);
				}
			};
			assertThrows(RunCancelledException.class, () -> RunSession.run(store, RunSession.Request.of("case1", 600, 3), counting,
					() -> steps.get() > 700));
			assertEquals(before, TreeFingerprint.of(root));
		}
	}

	@Test
	void unknownSessionAndMismatchedSignatureAreRefusedWithoutWriting() throws Exception {
		Path root = case1Store();
		Path meta = new StoreLayout(root).sessionMeta("case1");
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Map<String, String> before = TreeFingerprint.of(root);
			EngineException unknown = assertThrows(EngineException.class,
					() -> RunSession.run(store, RunSession.Request.of("nope", 10, 1), RunListener.NONE, () -> false));
			assertTrue(unknown.getMessage().contains("unknown session \"nope\""), unknown.getMessage());
			assertEquals(before, TreeFingerprint.of(root));
		}
		Files.writeString(meta, Files.readString(meta).replace("212e576ec2fb316a84edac4218f9a67ec1dd28f2a7ceec3484958f40e102a840",
				"0".repeat(64)));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Map<String, String> before = TreeFingerprint.of(root);
			EngineException mismatch = assertThrows(EngineException.class,
					() -> RunSession.run(store, RunSession.Request.of("case1", 10, 1), RunListener.NONE, () -> false));
			assertTrue(mismatch.getMessage().contains("different base or architecture"), mismatch.getMessage());
			assertEquals(before, TreeFingerprint.of(root));
		}
	}

	@Test
	void anOptimizerStateThatDoesNotFitIsReportedNotSilentlyReset() throws Exception {
		Path root = case1Store();
		// the base's optimizer-less plastic state has the right names but the wrong shapes for momentum: use s1's (ns 2)
		Path optim = new StoreLayout(root).optimState("case1");
		Files.write(optim, new byte[] { 'n', 'o', 't', ' ', 'a', ' ', 'z', 'i', 'p' });
		try (ArtifactStore store = ArtifactStore.open(root)) {
			RunSession.Result r = RunSession.run(store, RunSession.Request.of("case1", 40, 1), RunListener.NONE, () -> false);
			assertEquals(1, r.warnings().size(), r.warnings().toString());
			assertTrue(r.warnings().get(0).contains("fresh optimizer"), r.warnings().get(0));
			var metrics = PythonJsonReader.parse(Files.readAllBytes(new StoreLayout(root).sessionMetrics("case1")), root);
			assertTrue(metrics.get("warnings").get(0).asText().contains("fresh optimizer"), "the warning is kept with the run");
		}
	}

	@Test
	void runsNeverOverwriteEachOther() throws Exception {
		Path root = case1Store();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			String a = RunSession.run(store, RunSession.Request.of("case1", 40, 9), RunListener.NONE, () -> false).runId();
			String b = RunSession.run(store, RunSession.Request.of("case1", 40, 9), RunListener.NONE, () -> false).runId();
			assertTrue(!a.equals(b), a + " vs " + b);
			store.refresh();
			assertEquals(2, store.model().findSession("case1").getRuns().size());
			List<UpdateEvent> events = store.model().findSession("case1").getEvents();
			assertTrue(events.stream().allMatch(e -> e.getRun() != null));
		}
	}
}
