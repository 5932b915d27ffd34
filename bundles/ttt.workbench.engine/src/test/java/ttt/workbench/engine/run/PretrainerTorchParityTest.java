package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.engine.session.InitBase;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.pt.BaseCheckpoint;

/**
 * init_base with the reference's random numbers (SPEC §3.1): the initial tensors are torch's
 * {@code manual_seed(S); randn(…) * 0.02} ×4; {@code --pretrain_steps 0} saves exactly them; the first losses are the
 * reference's printed ones; and 200 steps track an independent torch implementation of the SPEC's pretraining
 * ({@code src/test/python/pretrain_oracle.py}, fallback Muon as on torch 1.13).
 */
class PretrainerTorchParityTest {

	/** Scaled float32 normals are torch's bit for bit (the AVX2 kernel reproduced, the float product as torch's). */
	static final long INIT_ULP = 0;
	static final Path ORACLE = Path.of("src/test/python/pretrain_oracle.py");

	@TempDir
	Path tmp;

	static PretrainConfig fallback(PretrainConfig cfg) {
		return cfg.withOptimizer(MuonSettings.defaults(), OptimizerVariant.MUON_FALLBACK);
	}

	static JsonNode oracle(PretrainConfig cfg) throws IOException {
		MuonSettings o = cfg.optimizer();
		Map<String, Object> in = new LinkedHashMap<>();
		in.put("seed", cfg.seed());
		in.put("steps", cfg.steps());
		in.put("batch", cfg.batch());
		in.put("seq", cfg.seqLen());
		in.put("u_dim", cfg.uDim());
		in.put("n_state", cfg.nState());
		in.put("dynamics", cfg.dynamics() == Dynamics.LINEAR ? "linear" : "nonlinear");
		in.put("dt", cfg.dt());
		in.put("lr", o.lr());
		in.put("momentum", o.momentum());
		in.put("nesterov", o.nesterov());
		in.put("weight_decay", o.weightDecay());
		in.put("ns_steps", o.nsSteps());
		in.put("eps", o.eps());
		in.put("ns_abc", List.of(o.nsA(), o.nsB(), o.nsC()));
		return TorchOracle.call(Files.readString(ORACLE), in);
	}

	@Test
	void initialTensorsAreTorchsRandnTimes002InOrder() throws IOException {
		TorchOracle.requireTorch();
		// default sizes (all multiples of 16) and odd ones: W_u 5×6=30, B 7×5=35, W_o 4×7=28, a_raw 7 (< 16: scalar path)
		for (PretrainConfig cfg : List.of(PretrainConfig.defaults(), PretrainConfig.defaults().withSeed(0),
				PretrainConfig.defaults().withSeed(5).withSizes(5, 7), PretrainConfig.defaults().withSeed(-3).withSizes(64, 128))) {
			JsonNode init = oracle(cfg.withSteps(0)).get("init");
			Pretrainer.Init ours = Pretrainer.initialise(cfg);
			String what = "seed " + cfg.seed() + " u" + cfg.uDim() + "/n" + cfg.nState();
			assertClose(TorchOracle.matrix(init.get("W_u")), ours.weights().wU(), what + " W_u");
			assertClose(TorchOracle.matrix(init.get("B")), ours.weights().b(), what + " B");
			assertClose(TorchOracle.matrix(init.get("W_o")), ours.weights().wO(), what + " W_o");
			float[] aRaw = new float[init.get("a_raw").size()];
			for (int i = 0; i < aRaw.length; i++) {
				aRaw[i] = (float) init.get("a_raw").get(i).asDouble();
			}
			assertClose(new float[][] { aRaw }, new float[][] { ours.aRaw() }, what + " a_raw");
		}
	}

	@Test
	void pretrainStepsZeroSavesTheInitialTensors() throws Exception {
		PretrainConfig cfg = PretrainConfig.defaults().withSteps(0);
		InitBase.run(tmp, cfg, "jvm", null, () -> false, w -> {
		});
		BaseCheckpoint saved = BaseCheckpoint.read(new StoreLayout(tmp).baseCheckpoint());
		Pretrainer.Init init = Pretrainer.initialise(cfg);
		assertArrayEquals(flat(init.weights().wU()), saved.plastic().wU().data());
		assertArrayEquals(flat(init.weights().b()), saved.plastic().b().data());
		assertArrayEquals(flat(init.weights().wO()), saved.plastic().wO().data());
		assertArrayEquals(init.aRaw(), saved.aRaw().data());
		// and those are torch's (the test above proves the same for Pretrainer.initialise; here straight from the file)
		TorchOracle.requireTorch();
		JsonNode torch = oracle(cfg).get("init");
		assertClose(TorchOracle.matrix(torch.get("W_u")), init.weights().wU(), "saved W_u");
		assertClose(TorchOracle.matrix(torch.get("B")), unflat(saved.plastic().b().data(), cfg.nState(), cfg.uDim()), "saved B");
	}

	@Test
	void firstLossesAreTheReferencesPrintedOnes() throws Exception {
		// fixtures/reference-cli-output/init_base.stdout: init_base --pretrain_steps 3 on torch 1.13 (fallback Muon)
		float[] losses = new Pretrainer(new JvmBackend()).pretrain(fallback(PretrainConfig.defaults().withSteps(3)), null, null)
				.losses();
		System.out.printf("[PretrainerTorchParityTest] losses at steps 1..3: %s (reference 91.908714 at 1, 98.028404 at 3)%n",
				java.util.Arrays.toString(losses));
		assertEquals(91.908714, losses[0], 91.908714 * 1e-5, "step 1 (initial weights, the reference's batch)");
		assertEquals(98.028404, losses[2], 98.028404 * 1e-4, "step 3 (after two fallback Muon steps)");
	}

	@Test
	void twoHundredStepsTrackAnIndependentTorchImplementation() throws Exception {
		TorchOracle.requireTorch();
		for (PretrainConfig cfg : List.of(fallback(PretrainConfig.defaults().withSteps(200)),
				fallback(PretrainConfig.defaults().withSteps(60).withSeed(7).withDynamics(Dynamics.NONLINEAR)))) {
			JsonNode torch = oracle(cfg).get("losses");
			float[] ours = new Pretrainer(new JvmBackend()).pretrain(cfg, null, null).losses();
			assertEquals(torch.size(), ours.length);
			double maxRel = 0;
			int at = -1;
			StringBuilder sample = new StringBuilder();
			for (int i = 0; i < ours.length; i++) {
				double want = torch.get(i).asDouble(), rel = Math.abs(ours[i] - want) / Math.abs(want);
				if (rel > maxRel) {
					maxRel = rel;
					at = i + 1;
				}
				if ((i + 1) % 50 == 0 || i < 3) {
					sample.append(String.format(java.util.Locale.ROOT, " %d:%.6g/%.6g", i + 1, ours[i], want));
				}
			}
			System.out.printf(java.util.Locale.ROOT, "[PretrainerTorchParityTest] %s seed %d, %d steps: max relative loss"
					+ " difference %.3g at step %d; ours/torch%s%n", cfg.dynamics(), cfg.seed(), cfg.steps(), maxRel, at, sample);
			assertTrue(maxRel < 1e-4, "losses drift from torch's: max relative difference " + maxRel + " at step " + at);
		}
	}

	private static void assertClose(float[][] torch, float[][] ours, String what) {
		assertEquals(torch.length, ours.length, what + " rows");
		long worst = 0;
		for (int r = 0; r < ours.length; r++) {
			assertEquals(torch[r].length, ours[r].length, what + " columns");
			for (int c = 0; c < ours[r].length; c++) {
				long ulp = Math.abs((long) Float.floatToIntBits(torch[r][c]) - Float.floatToIntBits(ours[r][c]));
				if (Math.signum(torch[r][c]) != Math.signum(ours[r][c])) {
					ulp = Long.MAX_VALUE;
				}
				worst = Math.max(worst, ulp);
				assertTrue(ulp <= INIT_ULP, what + " [" + r + "][" + c + "]: torch " + torch[r][c] + ", ours " + ours[r][c]);
			}
		}
	}

	private static float[] flat(float[][] m) {
		float[] f = new float[m.length * m[0].length];
		for (int r = 0; r < m.length; r++) {
			System.arraycopy(m[r], 0, f, r * m[0].length, m[0].length);
		}
		return f;
	}

	private static float[][] unflat(float[] f, int rows, int cols) {
		float[][] m = new float[rows][cols];
		for (int r = 0; r < rows; r++) {
			System.arraycopy(f, r * cols, m[r], 0, cols);
		}
		return m;
	}
}
