package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.optim.OptimizerVariant;

class PretrainerTest {

	static PretrainConfig small(long seed) {
		return PretrainConfig.defaults().withSteps(60).withBatch(8).withSeqLen(16).withSeed(seed);
	}

	@Test
	void defaultsAreTheReferences() {
		PretrainConfig d = PretrainConfig.defaults();
		assertEquals(2000, d.steps());
		assertEquals(32, d.batch());
		assertEquals(32, d.seqLen());
		assertEquals(16, d.uDim());
		assertEquals(32, d.nState());
		assertEquals(OptimizerVariant.MUON_TORCH, d.variant(), "new stores default to muon_torch");
		assertEquals(0.005, d.optimizer().lr());
	}

	@Test
	void initialisationIsNormalWithStd002IncludingARaw() {
		PretrainConfig cfg = PretrainConfig.defaults().withSizes(64, 256);
		Pretrainer.Init init = Pretrainer.initialise(cfg.withSeed(5));
		double sq = 0;
		for (float v : init.aRaw()) {
			sq += v * v;
		}
		assertEquals(0.02, Math.sqrt(sq / 256), 0.004, "a_raw ~ N(0, 0.02²): softplus ≈ ln 2, decay ≈ 0.5");
		double sqB = 0;
		for (float[] row : init.weights().b()) {
			for (float v : row) {
				sqB += v * v;
			}
		}
		assertEquals(0.02, Math.sqrt(sqB / (256 * 64)), 0.0005);
	}

	@Test
	void deterministicPerSeedAndLearns() throws Exception {
		// 200 steps: with the reference's draws the loss needs ~150 small-batch steps to drop (fresh μ and actions each step)
		PretrainResult a = new Pretrainer(new JvmBackend()).pretrain(small(3).withSteps(200), null, null);
		PretrainResult b = new Pretrainer(new JvmBackend()).pretrain(small(3).withSteps(200), null, null);
		PretrainResult c = new Pretrainer(new JvmBackend()).pretrain(small(4).withSteps(200), null, null);
		assertArrayEquals(a.losses(), b.losses());
		assertTrue(Arrays.deepEquals(a.weights().asArray(), b.weights().asArray()));
		assertArrayEquals(a.aRaw(), b.aRaw());
		assertFalse(Arrays.deepEquals(a.weights().asArray(), c.weights().asArray()));
		// each step's loss is on a fresh random batch (μ and actions), so compare the first and last ten steps' means
		double first = mean(a.losses(), 0, 10), last = mean(a.losses(), 190, 200);
		assertTrue(last < first / 2, "loss falls: mean of steps 1–10 " + first + " → of steps 191–200 " + last);
		for (float d : a.decay()) {
			assertTrue(d > 0.45f && d < 0.55f, "frozen a_raw near 0: decay ≈ 0.5, found " + d);
		}
	}

	private static double mean(float[] v, int from, int to) {
		double s = 0;
		for (int i = from; i < to; i++) {
			s += v[i];
		}
		return s / (to - from);
	}

	@Test
	void reportsProgressAndCancels() throws Exception {
		AtomicInteger seen = new AtomicInteger();
		new Pretrainer(new JvmBackend()).pretrain(small(1).withSteps(5), (step, total, loss) -> {
			assertEquals(seen.incrementAndGet(), step);
			assertEquals(5, total);
			assertTrue(Float.isFinite(loss));
		}, null);
		assertEquals(5, seen.get());
		AtomicInteger checks = new AtomicInteger();
		RunCancelledException e = assertThrows(RunCancelledException.class,
				() -> new Pretrainer(new JvmBackend()).pretrain(small(1), null, () -> checks.incrementAndGet() > 3));
		assertEquals(3, e.completedSteps());
	}
}
