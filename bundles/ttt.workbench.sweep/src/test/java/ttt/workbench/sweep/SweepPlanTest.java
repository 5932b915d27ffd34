package ttt.workbench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.sweep.spec.SweepSpec;

/** Point numbering and sampling are deterministic and follow the documented formula. */
class SweepPlanTest {

	private static final String SPEC = "name: p\nenv_mode: [linear, nonlinear]\nmu: [0.05, 0.12, 0.2]\n"
			+ "lr: {log_uniform: [1e-4, 1e-2]}\nmomentum: {uniform: [0.8, 0.99]}\nadjust_lr_fn: {choice: [null, original, match_rms_adamw]}\n"
			+ "samples: 4\nsample_seed: 7\nseeds: [1, 2, 3]\nruns: [600, 600]\n";

	@Test
	void countsAndNumbering() throws Exception {
		SweepPlan plan = SweepPlan.of(SpecReader.parse(SPEC, "p.yaml"));
		assertEquals(3 * 2 * 4 * 3, plan.size(), "grid × samples × seeds");
		List<SweepPoint> pts = plan.points();
		for (int i = 0; i < pts.size(); i++) {
			SweepPoint p = pts.get(i);
			assertEquals(i, p.number());
			assertEquals(String.format("p-%04d", i), p.sessionId());
			// point = (g · samples + s) · |seeds| + k: seeds vary fastest, then draws, then env_mode, then mu (slowest)
			int k = i % 3, s = (i / 3) % 4, g = i / 12;
			assertEquals(List.of(1L, 2L, 3L).get(k), p.seed());
			assertEquals(List.of(0.05, 0.12, 0.2).get(g / 2), p.parameters().get("mu"));
			assertEquals(List.of("linear", "nonlinear").get(g % 2), p.parameters().get("env_mode"));
			assertEquals(pts.get(s * 3).parameters().get("lr"), p.parameters().get("lr"), "every grid cell gets the same draws");
			assertEquals(List.of("mu", "env_mode", "lr", "momentum", "adjust_lr_fn"), List.copyOf(p.parameters().keySet()));
			assertEquals(List.of(600, 600), p.runs());
			assertEquals(List.of(p.seed(), p.seed() + 1_000_003L), p.runSeeds());
		}
		Set<Object> lrs = new HashSet<>();
		for (SweepPoint p : pts) {
			double lr = (Double) p.parameters().get("lr");
			assertTrue(lr >= 1e-4 && lr < 1e-2, "log_uniform within its bounds");
			double m = (Double) p.parameters().get("momentum");
			assertTrue(m >= 0.8 && m < 0.99);
			lrs.add(lr);
		}
		assertEquals(4, lrs.size(), "four different draws");
	}

	@Test
	void deterministicAndSeeded() throws Exception {
		SweepPlan a = SweepPlan.of(SpecReader.parse(SPEC, "p.yaml"));
		SweepPlan b = SweepPlan.of(SpecReader.parse(SPEC, "p.yaml"));
		assertEquals(a.points(), b.points());
		SweepPlan c = SweepPlan.of(SpecReader.parse(SPEC.replace("sample_seed: 7", "sample_seed: 8"), "p.yaml"));
		assertNotEquals(a.points().get(0).parameters().get("lr"), c.points().get(0).parameters().get("lr"));
	}

	/** The draws are reproducible outside Java: SplitMix64 and the three transforms, written again in Python. */
	@Test
	void drawsMatchAnIndependentImplementation() throws Exception {
		SweepTestSupport.requireNumpy();
		SweepPlan plan = SweepPlan.of(SpecReader.parse(SPEC, "p.yaml"));
		JsonNode py = SweepTestSupport.python("""
				import json, math, sys
				M = (1 << 64) - 1
				s = 7
				def nxt():
				    global s
				    s = (s + 0x9E3779B97F4A7C15) & M
				    z = s
				    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
				    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
				    return z ^ (z >> 31)
				def u(): return (nxt() >> 11) * 2.0 ** -53
				out = []
				for _ in range(4):
				    lr = math.exp(math.log(1e-4) + (math.log(1e-2) - math.log(1e-4)) * u())
				    mom = 0.8 + (0.99 - 0.8) * u()
				    ch = [None, 'original', 'match_rms_adamw'][int(math.floor(u() * 3))]
				    out.append([lr, mom, ch])
				print(json.dumps(out))
				""", Map.of());
		for (int s = 0; s < 4; s++) {
			SweepPoint p = plan.points().get(s * 3);
			assertEquals(py.get(s).get(0).asDouble(), (Double) p.parameters().get("lr"), 1e-15);
			assertEquals(py.get(s).get(1).asDouble(), (Double) p.parameters().get("momentum"), 1e-15);
			assertEquals(py.get(s).get(2).isNull() ? null : py.get(s).get(2).asText(), p.parameters().get("adjust_lr_fn"));
		}
	}

	@Test
	void idsWidenBeyond10000Points() throws Exception {
		SweepSpec small = SpecReader.parse("name: w\nmu: {uniform: [0.1, 0.2]}\nsamples: 10000\nruns: [1]\n", "w.yaml");
		assertEquals("w-9999", SweepPlan.of(small).points().get(9999).sessionId());
		SweepSpec big = SpecReader.parse("name: w\nmu: {uniform: [0.1, 0.2]}\nsamples: 10001\nruns: [1]\n", "w.yaml");
		assertEquals("w-00000", SweepPlan.of(big).points().get(0).sessionId());
		assertEquals("w-10000", SweepPlan.of(big).points().get(10000).sessionId());
	}

	@Test
	void noDistributionMeansOneSampleAndDefaultSeed() throws Exception {
		SweepPlan plan = SweepPlan.of(SpecReader.parse("name: d\nmu: [0.1, 0.2]\nruns: 100\n", "d.yaml"));
		assertEquals(2, plan.size());
		assertEquals(1337L, plan.points().get(0).seed(), "run_session's default seed");
		assertEquals(List.of(100), plan.points().get(0).runs());
	}
}
