package ttt.workbench.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;
import ttt.workbench.engine.env.Actions;

/** {@link PythonRandom} against CPython's {@code random} (the interpreter of the torch oracle), bit for bit. */
class PythonRandomTest {

	static final long[] SEEDS = { 5, 0, 1, 1337, 4294967295L, 4294967296L, (1L << 40) + 3, 12345678901L, Long.MAX_VALUE,
			Long.MIN_VALUE, -1, -5, -12345678901L };

	static final String ORACLE = """
			import json, sys, random
			out = {}
			for s in json.load(sys.stdin)['seeds']:
			    random.seed(s)
			    draws = [random.random() for _ in range(2000)]
			    random.seed(s)
			    out[str(s)] = {'random': draws, 'uniform': random.uniform(0.02, 0.25)}
			json.dump(out, sys.stdout)
			""";

	@Test
	void sameNumbersAsCPython() throws IOException {
		TorchOracle.requireTorch(); // the same interpreter; Python's random needs no torch, but this keeps one switch
		JsonNode py = TorchOracle.call(ORACLE, Map.of("seeds", SEEDS));
		for (long seed : SEEDS) {
			JsonNode r = py.get(Long.toString(seed));
			PythonRandom ours = new PythonRandom(seed);
			for (int i = 0; i < r.get("random").size(); i++) {
				assertEquals(r.get("random").get(i).asDouble(), ours.random(), 0.0, "seed " + seed + " random() #" + i);
			}
			assertEquals(r.get("uniform").asDouble(), new PythonRandom(seed).uniform(0.02, 0.25), 0.0, "seed " + seed);
			assertEquals(r.get("uniform").asDouble(), Actions.drawMu(seed), 0.0, "new_session's μ draw, seed " + seed);
		}
	}

	@Test
	void newSessionSeed5DrawsTheReferencesMu() {
		// fixtures/reference-cli-output/new_session.stdout: "mu: 0.163267" for --seed 5 --mu -1
		assertEquals("0.163267", String.format(java.util.Locale.ROOT, "%.6f", Actions.drawMu(5)));
	}
}
