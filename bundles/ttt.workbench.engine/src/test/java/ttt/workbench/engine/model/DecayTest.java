package ttt.workbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.store.pt.PlasticState;

class DecayTest {

	@Test
	void softplusFollowsTorchsThreshold() {
		assertEquals(25f, Decay.softplus(25f), 0f, "above 20: the input itself");
		assertEquals(20.000000002f, Decay.softplus(20f), 0f);
		assertEquals((float) Math.log(2), Decay.softplus(0f), 0f);
		assertEquals(0f, Decay.softplus(-200f), 0f);
		assertTrue(Decay.softplus(-50f) > 0f);
	}

	@Test
	void decayLiesInZeroOne() {
		float[] d = Decay.compute(new float[] { -30f, -1f, 0f, 0.02f, 1f, 19.9f, 25f }, 1.0);
		assertEquals(1f, d[0], 0f, "softplus(−30) ≈ 1e-13 underflows the float32 exp to 1");
		for (int i = 1; i < d.length; i++) {
			assertTrue(d[i] > 0f && d[i] < 1f, "decay " + d[i]);
		}
		assertEquals(0.5f, d[2], 1e-7f);
		assertEquals((float) Math.exp(-25 * 0.5), Decay.compute(new float[] { 25f }, 0.5)[0], 1e-12f, "dt scales the rate");
	}

	@Test
	void plasticWeightsConvertBothWays() {
		Weights w = new Weights(new float[][] { { 1, 2, 3, 4, 5, 6 } }, new float[][] { { 7 }, { 8 } }, new float[][] { { 9, 10 } });
		PlasticState s = PlasticWeights.toPlasticState(w);
		assertEquals(1, s.uDim());
		assertEquals(2, s.nState());
		Weights back = PlasticWeights.fromPlasticState(s);
		assertTrue(java.util.Arrays.deepEquals(w.asArray(), back.asArray()));
		assertEquals(Math.sqrt(1 + 4 + 9 + 16 + 25 + 36), PlasticWeights.frobeniusNorms(w)[0], 1e-12);
		assertEquals(Math.sqrt(91 + 113 + 181), PlasticWeights.globalNorm(w), 1e-9);
	}

	@Test
	void matchesTorch() throws Exception {
		TorchOracle.requireTorch();
		float[] aRaw = { -30f, -3f, -0.5f, 0f, 0.0123f, 0.5f, 3f, 19.99f, 20f, 20.5f, 40f };
		JsonNode out = TorchOracle.call("""
				import sys, json, torch, torch.nn.functional as F
				d = json.load(sys.stdin)
				a = torch.tensor(d['a'], dtype=torch.float32)
				print(json.dumps([torch.exp(-F.softplus(a) * d['dt']).tolist(), F.softplus(a).tolist()]))
				""", Map.of("a", aRaw, "dt", 1.0));
		float[] decay = Decay.compute(aRaw, 1.0);
		for (int i = 0; i < aRaw.length; i++) {
			float sp = (float) out.get(1).get(i).asDouble(), dec = (float) out.get(0).get(i).asDouble();
			assertEquals(sp, Decay.softplus(aRaw[i]), Math.ulp(sp), "softplus(" + aRaw[i] + ")");
			assertEquals(dec, decay[i], 2 * Math.ulp(dec), "decay(" + aRaw[i] + ")");
		}
	}
}
