package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;
import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.test.support.Fixtures;

/**
 * {@code run_session --session_id case1 --steps 100 --seed 3} without an actions file gives the reference's numbers
 * (fixtures/reference-cli-output/run_session.stdout): the actions come from torch's generator seeded with
 * {@code seed + 12345}, as in the reference.
 */
class SeededRunParityTest {

	static final double BASE = 0.05124234154995065, NO_UPDATE = 0.05124234154995065, ADAPTIVE = 0.0979709281923715;

	@TempDir
	Path tmp;

	@Test
	void seededRunGivesTheReferencesMetrics() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		RunSession.Result result;
		try (ArtifactStore store = ArtifactStore.open(root)) {
			result = RunSession.run(store, new RunSession.Request("case1", 100, 3, null, null, null, null, null, null, "jvm"),
					RunListener.NONE, () -> false);
		}
		RunMetrics m = result.metrics();
		System.out.printf(java.util.Locale.ROOT,
				"[SeededRunParityTest] base %.17g (ref %.17g, rel %.3g), no-update %.17g (rel %.3g), adaptive %.17g (ref %.17g,"
						+ " rel %.3g), updates %d/%d/%d%n",
				m.getBaseMseMean(), BASE, rel(m.getBaseMseMean(), BASE), m.getSessionNoUpdateMseMean(),
				rel(m.getSessionNoUpdateMseMean(), NO_UPDATE), m.getAdaptiveMseMean(), ADAPTIVE, rel(m.getAdaptiveMseMean(), ADAPTIVE),
				m.getUpdatesAttempted(), m.getUpdatesCommitted(), m.getUpdatesRolledBack());
		assertEquals(100, m.getSteps());
		assertEquals(3, m.getUpdatesAttempted(), "updates attempted");
		assertEquals(2, m.getUpdatesCommitted(), "updates committed");
		assertEquals(1, m.getUpdatesRolledBack(), "updates rolled back");
		assertEquals(BASE, m.getBaseMseMean(), BASE * 1e-4, "base_mse_mean");
		assertEquals(NO_UPDATE, m.getSessionNoUpdateMseMean(), NO_UPDATE * 1e-4, "session_no_update_mse_mean");
		assertEquals(ADAPTIVE, m.getAdaptiveMseMean(), ADAPTIVE * 1e-4, "adaptive_mse_mean");
	}

	@Test
	void seededActionsAreTorchs() throws Exception {
		TorchOracle.requireTorch();
		JsonNode torch = TorchOracle.call("""
				import json, sys, torch
				req = json.load(sys.stdin)
				gen = torch.Generator(); gen.manual_seed(req['seed'] + 12345)
				json.dump((torch.randn(req['steps'], 2, generator=gen) * 0.5).tolist(), sys.stdout)
				""", Map.of("seed", 3, "steps", 100));
		float[][] want = TorchOracle.matrix(torch), ours = Actions.gaussian(3, 100, 2);
		assertEquals(want.length, ours.length);
		int exact = 0;
		for (int t = 0; t < ours.length; t++) {
			for (int k = 0; k < 2; k++) {
				long ulp = Math.abs((long) Float.floatToIntBits(want[t][k]) - Float.floatToIntBits(ours[t][k]));
				assertEquals(want[t][k], ours[t][k], 0f, "action [" + t + "][" + k + "] (" + ulp + " ulp)");
				exact += ulp == 0 ? 1 : 0;
			}
		}
		assertEquals(200, exact);
	}

	private static double rel(double a, double b) {
		return Math.abs(a - b) / Math.abs(b);
	}
}
