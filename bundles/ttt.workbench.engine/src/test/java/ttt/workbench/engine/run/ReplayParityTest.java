package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.engine.EngineFixtures;
import ttt.workbench.engine.env.ActionsCsv;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.Nd4jBackend;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerStates;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.codec.BaseMetaCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.codec.TrajectoryCodec;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.test.support.Fixtures;

/**
 * The acceptance test: replaying the reference's case1 (store_before + actions.csv) reproduces store_after — every
 * per-step value, every update event, the trajectory, the final weights and momentum buffers. Nothing here is
 * specific to case1 except the paths: the session is loaded as any session would be.
 *
 * <p>Run once per maths backend ({@code jvm}, {@code nd4j}), each held to the same bounds: the backends compute the
 * replay losses, gradients and Newton–Schulz steps of the updates, which decide the weights and so every later
 * adaptive MSE.
 */
class ReplayParityTest {

	static final double REL = 1e-4, ABS_FLOOR = 1e-6;

	static Path before, after, runDir;
	static final Map<String, RunResult> results = new LinkedHashMap<>();
	static OptimizerStates.Loaded loaded;
	static OptimizerVariant variant;

	@BeforeAll
	static void replay() throws Exception {
		Path caseDir = Fixtures.case1();
		before = caseDir.resolve("store_before");
		after = caseDir.resolve("store_after");
		String sessionId = "case1";
		try (var runs = Files.list(after.resolve("sessions").resolve(sessionId).resolve("runs"))) {
			runDir = runs.filter(Files::isDirectory).findFirst().orElseThrow();
		}

		Path baseDir = before.resolve("base");
		BaseCheckpoint base = BaseCheckpoint.read(baseDir.resolve("base_checkpoint.pt"));
		Base baseMeta = BaseMetaCodec.read(EngineFixtures.json(baseDir.resolve("base_meta.json")), baseDir.resolve("base_meta.json"));
		Path sessionDir = before.resolve("sessions").resolve(sessionId);
		Session meta = SessionMetaCodec.read(EngineFixtures.json(sessionDir.resolve("meta.json")), sessionDir.resolve("meta.json"),
				sessionId);
		Weights sessionWeights = PlasticWeights.fromPlasticState(PlasticState.read(sessionDir.resolve("plastic_state.pt")));
		OptimizerState optim = OptimizerState.read(sessionDir.resolve("optim_state.pt"));

		variant = OptimizerVariant.forSession(meta.getOptimizerVariant(), baseMeta.getTorchVersion());
		loaded = OptimizerStates.load(optim, sessionWeights, variant, MuonSettings.fromPlasticity(meta.getPlasticityConfig()));
		float[][] actions = ActionsCsv.read(caseDir.resolve("actions.csv"));

		RunInput input = new RunInput(PlasticWeights.fromBase(base), sessionWeights, PlasticWeights.decay(base),
				loaded.optimizer(), Plasticity.from(meta.getPlasticityConfig()), meta.getMu(),
				Dynamics.of(meta.getEnvMode().getLiteral()), actions);
		for (SsmBackend backend : new SsmBackend[] { new JvmBackend(), new Nd4jBackend() }) {
			RunInput fresh = new RunInput(input.baseWeights().copy(), input.sessionWeights().copy(), input.decay().clone(),
					input.optimizer().copy(), input.plasticity(), input.mu(), input.dynamics(), input.actions());
			results.put(backend.name(), new SessionRunner(backend).run(fresh, RunListener.NONE, () -> false));
		}
	}

	@Test
	void sessionLoadsAsTheReferenceLoadedIt() {
		assertEquals(OptimizerVariant.MUON_FALLBACK, variant, "torch 1.13 base → the reference's MuonFallback");
		assertTrue(loaded.usedFile(), () -> "optimizer state should fit: " + loaded.warning());
		assertTrue(loaded.optimizer().isFresh(), "a new session's optimizer has no momentum yet");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void perStepValuesMatch(String backend) throws IOException {
		RunResult result = results.get(backend);
		Path csv = runDir.resolve("per_step.csv");
		PerStepTable expected = PerStepCsv.parse(Files.readAllBytes(csv), csv);
		assertEquals(expected.steps(), result.steps(), "steps");
		StringBuilder report = new StringBuilder();
		List<String> failures = new ArrayList<>();
		compareColumn("base_mse", expected.baseMse(), result.baseMse(), report, failures);
		compareColumn("session_no_update_mse", expected.sessionNoUpdateMse(), result.sessionNoUpdateMse(), report, failures);
		compareColumn("adaptive_mse", expected.adaptiveMse(), result.adaptiveMse(), report, failures);
		System.out.println("[parity " + backend + "] per_step.csv max relative error:" + report);
		assertArrayEquals(expected.didUpdate(), result.didUpdate(), "did_update flags");
		assertArrayEquals(expected.updateOk(), result.updateOk(), "update_ok flags");
		if (!failures.isEmpty()) {
			fail(String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void updateEventsMatch(String backend) throws IOException {
		RunResult result = results.get(backend);
		Path file = runDir.resolve("update_events.json");
		JsonNode array = EngineFixtures.json(file);
		assertEquals(array.size(), result.events().size(), "number of update events");
		double worstLoss = 0, worstGrad = 0, worstH = 0;
		for (int i = 0; i < array.size(); i++) {
			UpdateEvent expected = UpdateEventCodec.read(array.get(i), file, "element " + i);
			UpdateRecord actual = result.events().get(i);
			String where = "event " + i + " (t=" + expected.getT() + ")";
			assertEquals(expected.getT(), actual.t(), where + " t");
			assertEquals(expected.getStatus(), actual.status(), where + " status");
			worstLoss = Math.max(worstLoss, check(where + " pre_loss", expected.getPreLoss(), actual.preLoss()));
			worstGrad = Math.max(worstGrad, check(where + " grad_norm", expected.getGradNorm(), actual.gradNorm()));
			worstH = Math.max(worstH, check(where + " pre_max_h", expected.getPreMaxH(), actual.preMaxH()));
			if (expected.getPostLoss() == null) {
				assertNull(actual.postLoss(), where + " post_loss must be null");
				assertNull(actual.postMaxH(), where + " post_max_h must be absent");
			} else {
				assertNotNull(actual.postLoss(), where + " post_loss");
				worstLoss = Math.max(worstLoss, check(where + " post_loss", expected.getPostLoss(), actual.postLoss()));
				worstH = Math.max(worstH, check(where + " post_max_h", expected.getPostMaxH(), actual.postMaxH()));
			}
		}
		System.out.printf(Locale.ROOT, "[parity %s] events: %d, max relative error: losses %.3g, grad_norm %.3g, max_h %.3g%n",
				backend, array.size(), worstLoss, worstGrad, worstH);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void trajectoryMatchesExactly(String backend) throws IOException {
		RunResult result = results.get(backend);
		Path file = runDir.resolve("trajectory.json.gz");
		Trajectory expected = TrajectoryCodec.read(EngineFixtures.json(file), file);
		Trajectory actual = result.trajectory().toStore();
		assertArrayEquals(expected.getT(), actual.getT(), "t");
		assertArrayEquals(expected.getX(), actual.getX(), "x");
		assertArrayEquals(expected.getY(), actual.getY(), "y");
		assertArrayEquals(expected.getVx(), actual.getVx(), "vx");
		assertArrayEquals(expected.getVy(), actual.getVy(), "vy");
		assertArrayEquals(expected.getAx(), actual.getAx(), "ax");
		assertArrayEquals(expected.getAy(), actual.getAy(), "ay");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void finalWeightsAndMomentumMatch(String backend) throws IOException {
		RunResult result = results.get(backend);
		Path sessionDir = after.resolve("sessions").resolve("case1");
		PlasticState expected = PlasticState.read(sessionDir.resolve("plastic_state.pt"));
		Weights w = result.finalWeights();
		double worst = 0;
		worst = Math.max(worst, compareMatrix("W_u", expected.wU(), w.wU()));
		worst = Math.max(worst, compareMatrix("B", expected.b(), w.b()));
		worst = Math.max(worst, compareMatrix("W_o", expected.wO(), w.wO()));
		OptimizerState expectedOptim = OptimizerState.read(sessionDir.resolve("optim_state.pt"));
		OptimizerState actualOptim = OptimizerStates.toStore(result.finalOptimizer());
		assertEquals(expectedOptim.state().keySet(), actualOptim.state().keySet(), "state ids");
		double worstBuf = 0;
		for (long id : expectedOptim.state().keySet()) {
			worstBuf = Math.max(worstBuf, compareMatrix("momentum_buffer " + id, expectedOptim.momentumBuffer(id),
					actualOptim.momentumBuffer(id).toMatrix()));
		}
		assertEquals(expectedOptim.paramGroups(), actualOptim.paramGroups(), "param_groups (settings and key order)");
		assertEquals(List.copyOf(expectedOptim.paramGroups().get(0).entries().keySet()),
				List.copyOf(actualOptim.paramGroups().get(0).entries().keySet()), "param group key order");
		System.out.printf(Locale.ROOT, "[parity %s] final weights max error %.3g, momentum buffers %.3g (relative to max(|x|, 1))%n",
				backend, worst, worstBuf);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void summaryMetricsMatch(String backend) throws IOException {
		RunResult result = results.get(backend);
		JsonNode m = EngineFixtures.json(after.resolve("sessions/case1/metrics.json"));
		check("base_mse_mean", m.get("base_mse_mean").asDouble(), RunResult.mean(result.baseMse()));
		check("session_no_update_mse_mean", m.get("session_no_update_mse_mean").asDouble(), RunResult.mean(result.sessionNoUpdateMse()));
		check("adaptive_mse_mean", m.get("adaptive_mse_mean").asDouble(), RunResult.mean(result.adaptiveMse()));
		check("base_mse_last100_mean", m.get("base_mse_last100_mean").asDouble(), RunResult.lastMean(result.baseMse(), 100));
		check("adaptive_last100_mean", m.get("adaptive_last100_mean").asDouble(), RunResult.lastMean(result.adaptiveMse(), 100));
		assertEquals(m.get("updates_attempted").asInt(), result.updatesAttempted());
		assertEquals(m.get("updates_committed").asInt(), result.updatesCommitted());
		assertEquals(m.get("updates_rolled_back").asInt(), result.updatesRolledBack());
	}

	/** |a − e| / max(|e|, 1) per element; fails above 1e-4. Returns the worst. */
	static double compareMatrix(String name, FloatTensor expected, float[][] actual) {
		float[][] e = expected.toMatrix();
		assertEquals(e.length, actual.length, name + " rows");
		double worst = 0;
		for (int r = 0; r < e.length; r++) {
			assertEquals(e[r].length, actual[r].length, name + " columns");
			for (int c = 0; c < e[r].length; c++) {
				double err = Math.abs((double) actual[r][c] - e[r][c]) / Math.max(1.0, Math.abs(e[r][c]));
				if (!(err <= 1e-4)) {
					fail(name + "[" + r + "][" + c + "] = " + actual[r][c] + ", expected " + e[r][c]);
				}
				worst = Math.max(worst, err);
			}
		}
		return worst;
	}

	static double check(String what, Double expected, Double actual) {
		assertNotNull(expected, what + " expected");
		assertNotNull(actual, what + " actual");
		double err = Math.abs(actual - expected) / Math.max(Math.abs(expected), ABS_FLOOR);
		if (!(err <= REL)) {
			fail(what + " = " + actual + ", expected " + expected + " (relative error " + err + ")");
		}
		return err;
	}

	static void compareColumn(String name, double[] expected, float[] actual, StringBuilder report, List<String> failures) {
		double worst = 0;
		int worstAt = -1;
		for (int t = 0; t < expected.length; t++) {
			double diff = Math.abs(actual[t] - expected[t]);
			double err = diff / Math.max(Math.abs(expected[t]), ABS_FLOOR);
			if (!(diff <= Math.max(REL * Math.abs(expected[t]), ABS_FLOOR))) {
				failures.add(name + " at t=" + t + ": " + actual[t] + ", expected " + expected[t] + " (relative error " + err + ")");
			}
			if (err > worst || Double.isNaN(err)) {
				worst = err;
				worstAt = t;
			}
		}
		report.append(String.format(Locale.ROOT, " %s %.3g (t=%d);", name, worst, worstAt));
	}
}
