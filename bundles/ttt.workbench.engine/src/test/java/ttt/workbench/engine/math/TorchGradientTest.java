package ttt.workbench.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;

/** One buffer's loss, max ‖h‖ and gradient against torch autograd (the reference's way: step loop, stack, mse_loss). */
class TorchGradientTest {

	@Test
	void gradientMatchesTorchAutograd() throws Exception {
		TorchOracle.requireTorch();
		SplittableRandom rng = new SplittableRandom(2024);
		Weights w = new Weights(Reference64.randomMatrix(rng, 16, 6, 0.3), Reference64.randomMatrix(rng, 32, 16, 0.2),
				Reference64.randomMatrix(rng, 4, 32, 0.2));
		float[] aRaw = Reference64.randomMatrix(rng, 1, 32, 0.5)[0];
		float[] decay = ttt.workbench.engine.model.Decay.compute(aRaw, 1.0);
		SequenceBatch batch = Reference64.randomBatch(rng, 1, 32, 4, 2);
		JsonNode out = TorchOracle.call("""
				import sys, json, torch, torch.nn.functional as F
				d = json.load(sys.stdin)
				W_u = torch.tensor(d['wU'], requires_grad=True)
				B = torch.tensor(d['b'], requires_grad=True)
				W_o = torch.tensor(d['wO'], requires_grad=True)
				a_raw = torch.tensor(d['aRaw'])
				decay = torch.exp(-F.softplus(a_raw) * 1.0).unsqueeze(0)
				z, a, zn = torch.tensor(d['z']), torch.tensor(d['a']), torch.tensor(d['zNext'])
				h = torch.zeros(1, B.shape[0])
				preds, max_h = [], 0.0
				for i in range(z.shape[0]):
				    x = torch.cat([z[i], a[i]]).unsqueeze(0)
				    h = decay * h + (x @ W_u.T) @ B.T
				    preds.append((h @ W_o.T).squeeze(0))
				    max_h = max(max_h, float(torch.linalg.norm(h).item()))
				loss = F.mse_loss(torch.stack(preds), zn)
				loss.backward()
				print(json.dumps({'loss': loss.item(), 'max_h': max_h,
				                  'g': [W_u.grad.tolist(), B.grad.tolist(), W_o.grad.tolist()]}))
				""", Map.of("wU", w.wU(), "b", w.b(), "wO", w.wO(), "aRaw", aRaw, "z", batch.z()[0], "a", batch.a()[0], "zNext",
				batch.zNext()[0]));
		SsmBackend.Gradient g = new JvmBackend().gradient(w, decay, batch);
		assertEquals(out.get("loss").asDouble(), g.loss(), 2e-6 * out.get("loss").asDouble(), "loss");
		assertEquals(out.get("max_h").asDouble(), g.maxH(), 2e-6 * out.get("max_h").asDouble(), "max ‖h‖");
		float[][][] mine = g.grad().asArray();
		for (int p = 0; p < 3; p++) {
			float[][] expected = TorchOracle.matrix(out.get("g").get(p));
			double scale = 0, err = 0;
			for (int r = 0; r < expected.length; r++) {
				for (int c = 0; c < expected[r].length; c++) {
					scale = Math.max(scale, Math.abs(expected[r][c]));
					err = Math.max(err, Math.abs(expected[r][c] - mine[p][r][c]));
				}
			}
			assertTrue(scale > 0 && err <= 1e-5 * scale, "parameter " + p + ": max error " + err + " of max |g| " + scale);
		}
	}
}
