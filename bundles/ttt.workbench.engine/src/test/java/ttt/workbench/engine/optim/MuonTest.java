package ttt.workbench.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.Weights;

/**
 * Muon steps against values computed by hand. Each matrix is 1×2 so the Newton–Schulz part with ns_steps 0 is just
 * the normalisation, and every number below can be followed on paper (the derivations are in the comments).
 */
class MuonTest {

	final JvmBackend backend = new JvmBackend();

	/** W_u = p (1×2); B and W_o are 2×1 and 1×2 zeros that chain with it, their gradients zero. */
	static Weights weights(float p0, float p1) {
		return new Weights(new float[][] { { p0, p1 } }, new float[][] { { 0f }, { 0f } }, new float[][] { { 0f, 0f } });
	}

	static MuonSettings settings(String adjust) {
		// lr 0.1, weight_decay 0.5, momentum 0.9, nesterov, ns_steps 0
		return new MuonSettings(0.1, 0.5, 0.9, true, 3.4445, -4.7750, 2.0315, 1e-7, 0, adjust);
	}

	@Test
	void fallbackStepsAsComputedByHand() {
		Muon muon = Muon.fresh(OptimizerVariant.MUON_FALLBACK, settings("original"));
		Weights w = weights(1f, 2f);
		// step 1, g = [3, 4]: buf = 0·0.9 + g = [3, 4]; upd = g + 0.9·buf = [5.7, 7.6]; ‖upd‖ = 9.5; O = [0.6, 0.8]
		// p ← p − lr·wd·p = 0.95·p = [0.95, 1.9]; lr_eff (original, 1×2) = 0.1·max(1, 2/1) = 0.2
		// p ← [0.95 − 0.12, 1.9 − 0.16] = [0.83, 1.74]
		muon.step(w, weights(3f, 4f), backend);
		assertEquals(0.83, w.wU()[0][0], 1e-6);
		assertEquals(1.74, w.wU()[0][1], 1e-6);
		assertArrayEquals(new float[] { 3f, 4f }, muon.momentumBuffer(0)[0]);
		// step 2, g = [0, 1]: buf = 0.9·[3, 4] + [0, 1] = [2.7, 4.6]; upd = g + 0.9·buf = [2.43, 5.14];
		// ‖upd‖ = 5.685463...; p ← 0.95·p − 0.2·upd/‖upd‖ = [0.70301885, 1.47218802]
		muon.step(w, weights(0f, 1f), backend);
		assertEquals(2.7f, muon.momentumBuffer(0)[0][0], 1e-6f);
		assertEquals(4.6f, muon.momentumBuffer(0)[0][1], 1e-6f);
		assertEquals(0.7030188489927289, w.wU()[0][0], 1e-6);
		assertEquals(1.4721880180340028, w.wU()[0][1], 1e-6);
	}

	@Test
	void fallbackWithoutNesterovUsesTheBufferAndSkipsZeroDecay() {
		MuonSettings s = new MuonSettings(0.1, 0.0, 0.9, false, 3.4445, -4.7750, 2.0315, 1e-7, 0, null);
		Muon muon = Muon.fresh(OptimizerVariant.MUON_FALLBACK, s);
		Weights w = weights(1f, 2f);
		muon.step(w, weights(3f, 4f), backend); // upd = buf = [3, 4] → O = [0.6, 0.8]; lr_eff = lr (None)
		assertEquals(1 - 0.06, w.wU()[0][0], 1e-6);
		assertEquals(2 - 0.08, w.wU()[0][1], 1e-6);
	}

	@Test
	void torchStepAsComputedByHandWithBfloat16() {
		Muon muon = Muon.fresh(OptimizerVariant.MUON_TORCH, settings(null));
		Weights w = weights(1f, 2f);
		// g = [3, 4]: buf = lerp(0, g, 1 − 0.9) = [0.3, 0.4]; upd = lerp(g, buf, 0.9) = g + 0.9·(buf − g) = [0.57, 0.76]
		// bf16(upd) = [0.5703125, 0.76171875]; ‖·‖ = 0.95156… → bf16 0.953125; X = bf16(upd / 0.953125)
		// = bf16([0.598361…, 0.799180…]) = [0.59765625, 0.80078125]
		// p ← p·(1 − lr·wd) = [0.95, 1.9]; lr_eff = lr·sqrt(max(1, 1/2)) = 0.1; p ← [0.890234375, 1.819921875]
		muon.step(w, weights(3f, 4f), backend);
		assertEquals(0.3f, muon.momentumBuffer(0)[0][0], 1e-7f);
		assertEquals(0.4f, muon.momentumBuffer(0)[0][1], 1e-7f);
		assertEquals(0.890234375, w.wU()[0][0], 1e-6);
		assertEquals(1.819921875, w.wU()[0][1], 1e-6);
	}

	@Test
	void adjustedLearningRates() {
		double lr = 0.01;
		MuonSettings none = settings(null).withLr(lr), original = settings("original").withLr(lr),
				rms = settings("match_rms_adamw").withLr(lr);
		OptimizerVariant f = OptimizerVariant.MUON_FALLBACK, t = OptimizerVariant.MUON_TORCH;
		assertEquals(lr, none.adjustedLr(f, 16, 6), 1e-15);
		assertEquals(lr * 16.0 / 6.0, original.adjustedLr(f, 16, 6), 1e-15);
		assertEquals(lr * 16.0 / 6.0, original.adjustedLr(f, 6, 16), 1e-15);
		assertEquals(lr * 0.2 * 4.0, rms.adjustedLr(f, 16, 6), 1e-15);
		assertEquals(lr * Math.sqrt(16.0 / 6.0), none.adjustedLr(t, 16, 6), 1e-15);
		assertEquals(lr * Math.sqrt(16.0 / 6.0), original.adjustedLr(t, 16, 6), 1e-15);
		assertEquals(lr, original.adjustedLr(t, 6, 16), 1e-15, "wide matrices keep lr in torch");
		assertEquals(lr * 0.2 * Math.sqrt(32), rms.adjustedLr(t, 4, 32), 1e-15);
	}

	@Test
	void snapshotAndRestore() {
		Muon muon = Muon.fresh(OptimizerVariant.MUON_FALLBACK, settings(null));
		assertTrue(muon.isFresh());
		Muon freshSnapshot = muon.copy();
		Weights w = weights(1f, 2f);
		muon.step(w, weights(3f, 4f), backend);
		assertFalse(muon.isFresh());
		Muon afterOne = muon.copy();
		muon.step(w, weights(1f, 1f), backend);
		assertNotEquals(afterOne.momentumBuffer(0)[0][0], muon.momentumBuffer(0)[0][0]);
		muon.restore(afterOne);
		assertArrayEquals(afterOne.momentumBuffer(0)[0], muon.momentumBuffer(0)[0]);
		muon.restore(freshSnapshot);
		assertTrue(muon.isFresh(), "restoring a fresh snapshot removes the buffers again, as torch's load_state_dict");
		assertNull(muon.momentumBuffer(1));
		// a snapshot does not share arrays with the live optimizer
		afterOne.momentumBuffer(0)[0][0] = 99f;
		assertNotEquals(99f, afterOne.copy().momentumBuffer(0)[0][0]);
		Muon other = Muon.fresh(OptimizerVariant.MUON_TORCH, settings(null));
		assertThrows(IllegalArgumentException.class, () -> muon.restore(other));
	}

	@Test
	void refusesBadSettings() {
		assertThrows(IllegalArgumentException.class,
				() -> new MuonSettings(0.1, 0, 0.9, true, 3.4445, -4.7750, 2.0315, 1e-7, 5, "cosine"));
		assertThrows(IllegalArgumentException.class,
				() -> new MuonSettings(0.1, 0, 0.9, true, 3.4445, -4.7750, 2.0315, 1e-7, -1, null));
		assertThrows(IllegalArgumentException.class,
				() -> new MuonSettings(Double.NaN, 0, 0.9, true, 3.4445, -4.7750, 2.0315, 1e-7, 5, null));
	}

	@Test
	void fallbackStepMatchesTorchOps() throws Exception {
		TorchOracle.requireTorch();
		SplittableRandom rng = new SplittableRandom(21);
		float[][][] p = { matrix(rng, 16, 6), matrix(rng, 32, 16), matrix(rng, 4, 32) };
		float[][][] g1 = { matrix(rng, 16, 6), matrix(rng, 32, 16), matrix(rng, 4, 32) };
		float[][][] g2 = { matrix(rng, 16, 6), matrix(rng, 32, 16), matrix(rng, 4, 32) };
		for (String adjust : new String[] { "none", "original", "match_rms_adamw" }) {
			// two steps of SPEC §3's fallback written with torch ops: momentum, nesterov, NS in float32, decoupled decay
			JsonNode out = TorchOracle.call("""
					import sys, json, math, torch
					d = json.load(sys.stdin)
					lr, wd, m, adjust = 0.02, 0.1, 0.95, d['adjust']
					def ns(G, steps=5, eps=1e-7):
					    a, b, c = 3.4445, -4.7750, 2.0315
					    X = G / (G.norm() + eps)
					    tr = X.size(0) > X.size(1)
					    if tr:
					        X = X.T
					    for _ in range(steps):
					        A = X @ X.T
					        X = a * X + (b * A + c * (A @ A)) @ X
					    return X.T if tr else X
					ps = [torch.tensor(x) for x in d['p']]
					bufs = [torch.zeros_like(x) for x in ps]
					for grads in (d['g1'], d['g2']):
					    for p, buf, g in zip(ps, bufs, [torch.tensor(x) for x in grads]):
					        buf.mul_(m).add_(g)
					        O = ns(g.add(buf, alpha=m))
					        p.add_(p, alpha=-lr * wd)
					        r, c = p.shape
					        eff = lr
					        if adjust == 'original':
					            eff = lr * max(1.0, max(r, c) / min(r, c))
					        elif adjust == 'match_rms_adamw':
					            eff = lr * 0.2 * math.sqrt(max(r, c))
					        p.add_(O, alpha=-eff)
					print(json.dumps({'p': [x.tolist() for x in ps], 'buf': [x.tolist() for x in bufs]}))
					""", Map.of("p", p, "g1", g1, "g2", g2, "adjust", adjust));
			MuonSettings s = new MuonSettings(0.02, 0.1, 0.95, true, 3.4445, -4.7750, 2.0315, 1e-7, 5,
					adjust.equals("none") ? null : adjust);
			Muon muon = Muon.fresh(OptimizerVariant.MUON_FALLBACK, s);
			Weights w = new Weights(Weights.copy(p[0]), Weights.copy(p[1]), Weights.copy(p[2]));
			muon.step(w, new Weights(g1[0], g1[1], g1[2]), backend);
			muon.step(w, new Weights(g2[0], g2[1], g2[2]), backend);
			for (int i = 0; i < 3; i++) {
				assertClose(TorchOracle.matrix(out.get("p").get(i)), w.asArray()[i], 2e-6, adjust + " param " + i);
				assertClose(TorchOracle.matrix(out.get("buf").get(i)), muon.momentumBuffer(i), 1e-6, adjust + " buffer " + i);
			}
		}
	}

	static float[][] matrix(SplittableRandom rng, int r, int c) {
		float[][] m = new float[r][c];
		for (float[] row : m) {
			for (int j = 0; j < c; j++) {
				row[j] = (float) rng.nextGaussian();
			}
		}
		return m;
	}

	static void assertClose(float[][] expected, float[][] actual, double tol, String what) {
		for (int r = 0; r < expected.length; r++) {
			for (int c = 0; c < expected[r].length; c++) {
				double err = Math.abs(expected[r][c] - actual[r][c]) / Math.max(1, Math.abs(expected[r][c]));
				assertTrue(err <= tol, what + "[" + r + "][" + c + "]: " + actual[r][c] + " vs torch " + expected[r][c]);
			}
		}
	}
}
