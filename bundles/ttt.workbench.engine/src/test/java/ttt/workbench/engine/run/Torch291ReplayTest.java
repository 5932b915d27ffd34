package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.engine.EngineFixtures;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.Nd4jBackend;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerStates;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.codec.BaseMetaCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.test.support.Fixtures;

/**
 * A second replay, for the {@code muon_torch} variant (bfloat16 Newton–Schulz, lerp momentum, ns_steps 2 from the
 * file): session {@code s1} of the torch 2.9.1 fixture store. It has no actions file; its 96 actions are those of
 * the reference's own generator ({@code torch.Generator().manual_seed(2 + 12345)}, {@code randn(96, 2) · 0.5}; the
 * run id ends in {@code _seed2}), produced once with torch and embedded below as float32 bit patterns. That they are
 * the run's actions is checked by the base curve, which does not depend on the optimizer. s1 was made by
 * {@code new_session}, so it started from the base weights with a fresh optimizer whose settings are its
 * plasticity_cfg (the same as the param group of its final optim_state.pt). Expected: s1's per_step.csv, its three
 * update events (one bfloat16 commit at t = 31 that changes every later adaptive value) and its final
 * plastic_state.pt / optim_state.pt. Run once per maths backend, with the same bounds.
 */
class Torch291ReplayTest {

	static final int[] ACTION_BITS = {
			0xbbb17524, 0xbe0ee47a, 0xbf3ae9c9, 0x3ef0d2bc, 0x3e863c66, 0xbf1598af, 0x3f24529f, 0xbe3ad4d7,
			0xbd604e83, 0xbedd62a7, 0xbe148bdc, 0x3ea40dc3, 0xbf48033b, 0x3f07bb93, 0xbf2d67ab, 0xbe4de250,
			0xbd38d6c7, 0xbe823421, 0x3ebd0119, 0xbf16d48e, 0xbf50eef3, 0xbd7f276a, 0x3ee010f6, 0x3f2472ae,
			0x3ef55035, 0xbefb2ac3, 0xbde7e8cb, 0xbeb6340b, 0x3e6246d7, 0x3f0d5e57, 0xbe7b758b, 0x3e79c055,
			0xbf828726, 0x3f37f0cd, 0xbe792e7b, 0x3e960b32, 0x3f45291d, 0x3dea87c1, 0xbf1efcb7, 0xbd7ae086,
			0x3e5e779f, 0xbf3388cc, 0xbe267e46, 0x3e5d8bd7, 0xbeddb6af, 0x3f0fd5e2, 0xbe6e1a39, 0xbf050890,
			0xbe260655, 0xbf64164b, 0x3ef689f8, 0x3dcc405e, 0xbf558831, 0xbf170b12, 0x3f5fdc44, 0xbd1f3af2,
			0xbe42f8e1, 0x3ea40359, 0x3e04eeb9, 0xbf041259, 0x3d04261d, 0x3e70f599, 0x3e222455, 0x3f40609a,
			0x3f3179c3, 0x3f268ead, 0x3f60e83d, 0x3cce38ca, 0x3e972716, 0x3f562d15, 0xbf26b4e8, 0x3e9917f4,
			0x3f0b9534, 0x3efaa9a7, 0x3df71034, 0x3eda3aed, 0xbe2ed00b, 0xbda1c480, 0xbe3a4942, 0xbe7e7c07,
			0x3daaf899, 0xbdd21ff0, 0xbfa26b64, 0x3f4a4dc6, 0x3f144172, 0xbe08deeb, 0x3d950a24, 0xbd95ad60,
			0xbf2a2ae5, 0x3e8f4067, 0xbebde75a, 0x3f5ff583, 0xbf3207e3, 0xbead4c5f, 0xbe99c480, 0x3f0cf884,
			0x3c62f885, 0x3e59c66e, 0x3e8e6f67, 0xbcb8a969, 0x3e0e017b, 0xbee68804, 0xbf554c6c, 0x3e7c5f6e,
			0xbf0a7498, 0x3f1e6f75, 0xbf0bef8c, 0xbed6a747, 0x3f802bca, 0xbe70eb9d, 0x3dfc17c6, 0xbe5d0864,
			0x3e7b342b, 0x3d4ef7b6, 0x3cf031de, 0xbf713111, 0x3e45f8cb, 0x3e9f2e21, 0xbf00f549, 0xbebc6068,
			0x3ee6c8ac, 0xbdd9a80c, 0xbf3d6295, 0xbe54645d, 0x3f1605d4, 0xbd1503b1, 0xbe944dfc, 0x3f50996c,
			0x3f17a409, 0xbe8e8c95, 0xbf889428, 0x3d22c0a2, 0x3eb0e030, 0x3f21248c, 0xbf315da3, 0xbee952a9,
			0xbc80fa72, 0x3edd28b0, 0xbb944b80, 0x3f8e8618, 0x3e820245, 0xbe2a4af6, 0x3d8d8ee0, 0x3ee34ecb,
			0xbf7e3861, 0xbe85057f, 0xbd9822ff, 0x3f091525, 0xbebee1a2, 0x3e379797, 0xbe14053e, 0x3f08ef4c,
			0x3ebcda0b, 0xbd805e75, 0xbef4e268, 0x3eddb153, 0xbe2d137e, 0xbe34863d, 0xbeac3ba5, 0x3efae774,
			0x3edeb00f, 0xbe722cac, 0xbf084c38, 0x3dce59d2, 0x3f14c2b7, 0x3ebd7048, 0x3f6c9c1e, 0xbf573673,
			0x3ed217e5, 0xbef9b444, 0xbf677b3a, 0xbe9fc403, 0xbfa1cf9e, 0x3c2a3e22, 0xbefe9c84, 0xbdf39e1b,
			0x3e8eb9b0, 0x3d910286, 0x3e6ade07, 0xbce04ede, 0x3e0c9000, 0xbf3365bb, 0x3d9b1a93, 0x3e8ad491,
			0x3ef657f2, 0xbe885ea7, 0x3eb95808, 0x3dbe95c8, 0x3d82278f, 0xbd86df65, 0x3f70b010, 0x3e1cf7f4,
	};

	static Path store;
	static final Map<String, RunResult> results = new LinkedHashMap<>();
	static Muon start;

	static float[][] actions() {
		float[][] a = new float[ACTION_BITS.length / 2][2];
		for (int t = 0; t < a.length; t++) {
			a[t][0] = Float.intBitsToFloat(ACTION_BITS[2 * t]);
			a[t][1] = Float.intBitsToFloat(ACTION_BITS[2 * t + 1]);
		}
		return a;
	}

	@BeforeAll
	static void replay() throws Exception {
		store = Fixtures.torch291Store();
		Path baseDir = store.resolve("base");
		BaseCheckpoint base = BaseCheckpoint.read(baseDir.resolve("base_checkpoint.pt"));
		Base baseMeta = BaseMetaCodec.read(EngineFixtures.json(baseDir.resolve("base_meta.json")), baseDir.resolve("base_meta.json"));
		Path sessionDir = store.resolve("sessions").resolve("s1");
		Session meta = SessionMetaCodec.read(EngineFixtures.json(sessionDir.resolve("meta.json")), sessionDir.resolve("meta.json"), "s1");
		OptimizerVariant variant = OptimizerVariant.forSession(meta.getOptimizerVariant(), baseMeta.getTorchVersion());
		assertEquals(OptimizerVariant.MUON_TORCH, variant, "torch 2.9.1 base → torch.optim.Muon");
		start = Muon.fresh(variant, MuonSettings.fromPlasticity(meta.getPlasticityConfig()));
		Weights baseWeights = PlasticWeights.fromBase(base);
		RunInput input = new RunInput(baseWeights, baseWeights, PlasticWeights.decay(base), start,
				Plasticity.from(meta.getPlasticityConfig()), meta.getMu(), Dynamics.of(meta.getEnvMode().getLiteral()), actions());
		for (SsmBackend backend : new SsmBackend[] { new JvmBackend(), new Nd4jBackend() }) {
			results.put(backend.name(), new SessionRunner(backend).run(input, null, null));
		}
	}

	static Path runDir() throws IOException {
		try (var runs = Files.list(store.resolve("sessions").resolve("s1").resolve("runs"))) {
			return runs.filter(Files::isDirectory).findFirst().orElseThrow();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void perStepValuesAndFlagsMatch(String backend) throws IOException {
		RunResult result = results.get(backend);
		Path csv = runDir().resolve("per_step.csv");
		PerStepTable expected = PerStepCsv.parse(Files.readAllBytes(csv), csv);
		assertEquals(expected.steps(), result.steps());
		StringBuilder report = new StringBuilder();
		List<String> failures = new ArrayList<>();
		ReplayParityTest.compareColumn("base_mse", expected.baseMse(), result.baseMse(), report, failures);
		ReplayParityTest.compareColumn("session_no_update_mse", expected.sessionNoUpdateMse(), result.sessionNoUpdateMse(), report, failures);
		ReplayParityTest.compareColumn("adaptive_mse", expected.adaptiveMse(), result.adaptiveMse(), report, failures);
		System.out.println("[torch291 s1 " + backend + "] per_step.csv max relative error:" + report);
		assertEquals(List.of(), failures);
		assertArrayEquals(expected.didUpdate(), result.didUpdate(), "did_update");
		assertArrayEquals(expected.updateOk(), result.updateOk(), "update_ok");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void eventsMatch(String backend) throws IOException {
		RunResult result = results.get(backend);
		Path file = runDir().resolve("update_events.json");
		JsonNode array = EngineFixtures.json(file);
		assertEquals(array.size(), result.events().size());
		double worst = 0;
		for (int i = 0; i < array.size(); i++) {
			UpdateEvent e = UpdateEventCodec.read(array.get(i), file, "element " + i);
			UpdateRecord a = result.events().get(i);
			assertEquals(e.getT(), a.t());
			assertEquals(e.getStatus(), a.status(), "status at t=" + e.getT());
			worst = Math.max(worst, ReplayParityTest.check("pre_loss", e.getPreLoss(), a.preLoss()));
			worst = Math.max(worst, ReplayParityTest.check("grad_norm", e.getGradNorm(), a.gradNorm()));
			worst = Math.max(worst, ReplayParityTest.check("pre_max_h", e.getPreMaxH(), a.preMaxH()));
			if (e.getPostLoss() == null) {
				assertNull(a.postLoss());
			} else {
				worst = Math.max(worst, ReplayParityTest.check("post_loss", e.getPostLoss(), a.postLoss()));
				worst = Math.max(worst, ReplayParityTest.check("post_max_h", e.getPostMaxH(), a.postMaxH()));
			}
		}
		System.out.printf(Locale.ROOT, "[torch291 s1 %s] events max relative error %.3g%n", backend, worst);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { JvmBackend.NAME, Nd4jBackend.NAME })
	void finalStateMatches(String backend) throws IOException {
		RunResult result = results.get(backend);
		Path sessionDir = store.resolve("sessions").resolve("s1");
		PlasticState expected = PlasticState.read(sessionDir.resolve("plastic_state.pt"));
		Weights w = result.finalWeights();
		double worst = Math.max(ReplayParityTest.compareMatrix("W_u", expected.wU(), w.wU()),
				Math.max(ReplayParityTest.compareMatrix("B", expected.b(), w.b()), ReplayParityTest.compareMatrix("W_o", expected.wO(), w.wO())));
		OptimizerState expectedOptim = OptimizerState.read(sessionDir.resolve("optim_state.pt"));
		OptimizerState actual = OptimizerStates.toStore(result.finalOptimizer());
		assertEquals(expectedOptim.state().keySet(), actual.state().keySet());
		double worstBuf = 0;
		for (long id : expectedOptim.state().keySet()) {
			worstBuf = Math.max(worstBuf, ReplayParityTest.compareMatrix("momentum_buffer " + id, expectedOptim.momentumBuffer(id),
					actual.momentumBuffer(id).toMatrix()));
		}
		assertEquals(expectedOptim.paramGroups(), actual.paramGroups(), "param group as torch.optim.Muon writes it");
		// the tolerance above cannot tell bfloat16 from float32 Newton–Schulz (that changes these weights by ≈ 6e-5);
		// bit-identical weights can: the emulation reproduces torch's bfloat16 rounding (all 736 values here)
		float[][][] a = w.asArray();
		float[][][] e = { expected.wU().toMatrix(), expected.b().toMatrix(), expected.wO().toMatrix() };
		int same = 0, total = 0;
		for (int p = 0; p < 3; p++) {
			for (int r = 0; r < e[p].length; r++) {
				for (int c = 0; c < e[p][r].length; c++) {
					total++;
					same += Float.floatToIntBits(e[p][r][c]) == Float.floatToIntBits(a[p][r][c]) ? 1 : 0;
				}
			}
		}
		System.out.printf(Locale.ROOT, "[torch291 s1 %s] final weights bit-identical: %d of %d%n", backend, same, total);
		assertTrue(same >= 0.95 * total, same + " of " + total + " final weights bit-identical to torch's; expected ≥ 95%");
		System.out.printf(Locale.ROOT, "[torch291 s1 %s] final weights max error %.3g, momentum %.3g%n", backend, worst, worstBuf);
	}
}
