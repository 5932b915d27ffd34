package ttt.workbench.ui.editors.environment;

import java.util.Locale;

import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.analysis.environment.TrajectoryData;

/** The text under the trajectory: the replay step's state and action, and its friction regime in the nonlinear mode. */
final class ReplayReadout {

	private ReplayReadout() {
	}

	static String of(TrajectoryData data, int i, FrictionThresholds friction) {
		double speedNow = data.speed(i);
		String s = String.format(Locale.ROOT, "t = %d / %d    x = %.4f   y = %.4f%nvx = %.4f   vy = %.4f   |v| = %.4f    action ax = %.3f   ay = %.3f",
				data.t()[i], data.t()[data.size() - 1], data.x()[i], data.y()[i], data.vx()[i], data.vy()[i], speedNow,
				data.ax()[i], data.ay()[i]);
		if (friction != null && friction.nonlinear()) {
			s += String.format(Locale.ROOT, "\nfriction of this step: %s, μ_eff = %.4f (|v| %s 2μ = %.4f)", friction.regime(speedNow),
					friction.effectiveMu(speedNow), speedNow < friction.speedThreshold() ? "<" : "≥", friction.speedThreshold());
		}
		return s;
	}
}
