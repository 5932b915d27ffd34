package ttt.workbench.ui.editors.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.store.model.EnvMode;

/** The text under the Environment page's trajectory. */
class ReplayReadoutTest {

	private static TrajectoryData data() {
		return new TrajectoryData(new int[] { 0, 1 }, new double[] { 0.5, 1.25 }, new double[] { -2, -2.5 }, new double[] { 0.003, 0.4 },
				new double[] { 0.004, 0 }, new double[] { 0.1, 0.2 }, new double[] { -0.1, -0.2 });
	}

	@Test
	void linearFrictionShowsTheStepStateAndAction() {
		String text = ReplayReadout.of(data(), 1, FrictionThresholds.of(0.12, EnvMode.LINEAR));
		assertEquals(String.format("t = 1 / 1    x = 1.2500   y = -2.5000%nvx = 0.4000   vy = 0.0000   |v| = 0.4000    action ax = 0.200   ay = -0.200"), text);
	}

	@Test
	void nonlinearFrictionNamesTheRegimeOfTheStep() {
		FrictionThresholds f = FrictionThresholds.of(0.12, EnvMode.NONLINEAR);
		String slow = ReplayReadout.of(data(), 0, f);
		assertTrue(slow.contains("\nfriction of this step: ") && slow.contains("(|v| < 2μ = 0.2400)"), slow);
		String fast = ReplayReadout.of(data(), 1, f);
		assertTrue(fast.contains("(|v| ≥ 2μ = 0.2400)"), fast);
	}
}
