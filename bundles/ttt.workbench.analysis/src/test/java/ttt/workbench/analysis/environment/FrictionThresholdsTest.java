package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.env.HiddenMuEnv;
import ttt.workbench.store.model.EnvMode;

/**
 * The thresholds the μ gauge labels against the engine itself: the environment is driven to a speed just below and
 * just above 2μ, and the μ_eff it then uses must be the static and the dynamic coefficient shown.
 */
class FrictionThresholdsTest {

	@Test
	void rangeIsTheEngines() {
		assertEquals(HiddenMuEnv.MU_MIN, FrictionThresholds.MU_MIN);
		assertEquals(HiddenMuEnv.MU_MAX, FrictionThresholds.MU_MAX);
	}

	@Test
	void nonlinearThresholdsMatchTheEngine() {
		for (double mu : new double[] { 0.02, 0.07, 0.12, 0.25, 0.6 }) {
			FrictionThresholds f = FrictionThresholds.of(mu, EnvMode.NONLINEAR);
			assertTrue(f.nonlinear());
			assertEquals(2 * mu, f.speedThreshold(), 1e-12);
			assertEquals(engineMuAtSpeed(mu, f.speedThreshold() * 0.99), f.staticMu(), 1e-12, "static μ_eff, μ=" + mu);
			assertEquals(engineMuAtSpeed(mu, f.speedThreshold() * 1.01), f.dynamicMu(), 1e-12, "dynamic μ_eff, μ=" + mu);
			assertEquals(f.staticMu(), f.effectiveMu(f.speedThreshold() * 0.99));
			assertEquals(f.dynamicMu(), f.effectiveMu(f.speedThreshold() * 1.01));
		}
	}

	@Test
	void staticFrictionIsCappedAt095() {
		// μ = 0.6 is outside the drawn range but a session may be given one: 2μ = 1.2 is capped
		assertEquals(0.95, FrictionThresholds.of(0.6, EnvMode.NONLINEAR).staticMu(), 1e-12);
		assertEquals(0.24, FrictionThresholds.of(0.12, EnvMode.NONLINEAR).staticMu(), 1e-12);
		assertEquals(0.06, FrictionThresholds.of(0.12, EnvMode.NONLINEAR).dynamicMu(), 1e-12);
	}

	@Test
	void linearIsMuAtEverySpeed() {
		FrictionThresholds f = FrictionThresholds.of(0.12, EnvMode.LINEAR);
		assertFalse(f.nonlinear());
		for (double speed : new double[] { 0, 0.1, 0.5, 3 }) {
			assertEquals(engineMuAtSpeed(0.12, speed, Dynamics.LINEAR), f.effectiveMu(speed), 1e-12);
		}
		assertEquals("linear", f.regime(1));
	}

	private static double engineMuAtSpeed(double mu, double speed) {
		return engineMuAtSpeed(mu, speed, Dynamics.NONLINEAR);
	}

	/** From rest, one step with action (speed, 0) leaves v = (speed, 0); the env then reports the next step's μ_eff. */
	private static double engineMuAtSpeed(double mu, double speed, Dynamics dynamics) {
		HiddenMuEnv env = new HiddenMuEnv(mu, dynamics);
		env.reset();
		env.step((float) speed, 0f);
		return env.effectiveMu();
	}
}
