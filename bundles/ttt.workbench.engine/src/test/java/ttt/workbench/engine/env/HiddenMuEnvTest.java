package ttt.workbench.engine.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HiddenMuEnvTest {

	@Test
	void linearStepsInFloat32() {
		HiddenMuEnv env = new HiddenMuEnv(0.12, Dynamics.LINEAR);
		env.reset();
		assertArrayEquals(new float[] { 0, 0, 0, 0 }, env.observe());
		env.step(1f, -2f);
		assertArrayEquals(new float[] { 1f, -2f, 1f, -2f }, env.observe());
		env.step(0.5f, 0f);
		float keep = (float) (1.0 - 0.12);
		float vx = keep * 1f + 0.5f, vy = keep * -2f;
		assertArrayEquals(new float[] { 1f + vx, -2f + vy, vx, vy }, env.observe());
	}

	@Test
	void nonlinearBranchUsesTheSpeedBeforeTheUpdate() {
		double mu = 0.1; // threshold 2μ = 0.2; static min(0.95, 0.2) = 0.2; dynamic 0.05
		HiddenMuEnv env = new HiddenMuEnv(mu, Dynamics.NONLINEAR);
		env.reset();
		assertEquals(0.2, env.effectiveMu(), 0.0, "at rest: static friction");
		env.step(1f, 0f); // speed before = 0 < 0.2: μ_eff 0.2, but v starts at 0 so v = a
		assertArrayEquals(new float[] { 1f, 0f, 1f, 0f }, env.observe());
		assertEquals(0.05, env.effectiveMu(), 1e-15, "moving at 1 ≥ 0.2: dynamic friction");
		env.step(0f, 0f); // v = (1 − 0.05)·1
		assertEquals((float) (1.0 - 0.05), env.observe()[2]);
		// slow again: 0.15 < 0.2 → static
		HiddenMuEnv slow = new HiddenMuEnv(mu, Dynamics.NONLINEAR);
		slow.reset();
		slow.step(0.09f, 0.12f); // |v| = 0.15
		assertEquals(0.2, slow.effectiveMu(), 0.0);
		slow.step(0f, 0f);
		assertEquals((float) (1.0 - 0.2) * 0.09f, slow.observe()[2]);
		// the speed is exactly at the threshold: not below, so dynamic
		HiddenMuEnv edge = new HiddenMuEnv(0.25, Dynamics.NONLINEAR);
		edge.reset();
		edge.step(0.5f, 0f);
		assertEquals(0.125, edge.effectiveMu(), 0.0);
	}

	@Test
	void staticFrictionIsCappedAndDynamicFloored() {
		HiddenMuEnv env = new HiddenMuEnv(0.6, Dynamics.NONLINEAR);
		env.reset();
		assertEquals(0.95, env.effectiveMu(), 0.0, "min(0.95, 1.2)");
		HiddenMuEnv negative = new HiddenMuEnv(-0.1, Dynamics.NONLINEAR);
		negative.reset();
		negative.step(1f, 0f);
		assertEquals(0.0, negative.effectiveMu(), 0.0, "max(0, −0.05)");
		assertEquals(0.6, new HiddenMuEnv(0.6, Dynamics.LINEAR).effectiveMu(), 0.0);
	}

	@Test
	void rolloutHasTheStartAndOneObservationPerAction() {
		float[][] actions = Actions.gaussian(5, 10, 2);
		float[][] obs = HiddenMuEnv.rollout(0.1, Dynamics.NONLINEAR, actions);
		assertEquals(11, obs.length);
		assertArrayEquals(new float[4], obs[0]);
		HiddenMuEnv env = new HiddenMuEnv(0.1, Dynamics.NONLINEAR);
		env.reset();
		for (int t = 0; t < 10; t++) {
			assertArrayEquals(env.step(actions[t][0], actions[t][1]), obs[t + 1]);
		}
	}

	@Test
	void gaussianActionsAreDeterministicPerSeedWithStd05() {
		float[][] a = Actions.gaussian(42, 20000, 2);
		assertTrue(java.util.Arrays.deepEquals(a, Actions.gaussian(42, 20000, 2)), "same seed, same actions");
		assertNotEquals(a[0][0], Actions.gaussian(43, 1, 2)[0][0]);
		double sum = 0, sq = 0;
		for (float[] row : a) {
			for (float v : row) {
				sum += v;
				sq += v * v;
			}
		}
		double n = 40000, mean = sum / n, std = Math.sqrt(sq / n - mean * mean);
		assertEquals(0.0, mean, 0.01);
		assertEquals(0.5, std, 0.01);
	}

	@Test
	void muIsDrawnInRange() {
		for (long seed = 0; seed < 1000; seed++) {
			double mu = Actions.drawMu(seed);
			assertTrue(mu >= 0.02 && mu <= 0.25, "mu " + mu);
		}
		assertEquals(Actions.drawMu(7), Actions.drawMu(7));
	}

	@Test
	void actionsCsvRoundTripsAndReportsFileAndLine(@TempDir Path dir) throws IOException {
		float[][] a = Actions.gaussian(3, 50, 2);
		Path file = dir.resolve("actions.csv");
		ActionsCsv.write(file, a);
		assertTrue(Files.readString(file).startsWith("ax,ay\n"));
		float[][] back = ActionsCsv.read(file);
		assertTrue(java.util.Arrays.deepEquals(a, back), "float32 values survive Python's repr");
		assertEquals(0, ActionsCsv.parse("ax,ay\n", "x").length);
		assertArrayEquals(new float[] { 1e-5f, -2f }, ActionsCsv.parse("ax,ay\r\n1e-05,-2.0\r\n", "x")[0]);

		assertError("ax,ay,az\n1,2,3\n", "line 1: header");
		assertError("", "empty");
		assertError("ax,ay\n1,2\n3\n", "line 3: expected 2 values");
		assertError("ax,ay\n1,2\n\n3,4\n", "line 3: expected 2 values (ax,ay), found an empty line");
		assertError("ax,ay\n1,abc\n", "line 2, column ay: 'abc' is not a finite number");
		assertError("ax,ay\nnan,1\n", "line 2, column ax");
		assertError("ax,ay\n1e39,1\n", "out of float32 range");
		Path missing = dir.resolve("nope.csv");
		assertThrows(IOException.class, () -> ActionsCsv.read(missing));
	}

	static void assertError(String text, String expected) {
		ActionsCsv.ActionsFormatException e = assertThrows(ActionsCsv.ActionsFormatException.class,
				() -> ActionsCsv.parse(text, "my/actions.csv"));
		assertTrue(e.getMessage().startsWith("my/actions.csv"), e.getMessage());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
