package ttt.workbench.analysis.environment;

import ttt.workbench.store.model.EnvMode;

/**
 * What the hidden friction of a session is (SPEC §3, {@code ttt.workbench.engine.env.HiddenMuEnv}). Linear: μ_eff = μ
 * at every step. Nonlinear (stiction): while the speed before the step is below {@code 2μ} the mass is "stuck" and
 * μ_eff = min(0.95, 2μ) (static friction); at or above it it slides with μ_eff = max(0, 0.5μ) (dynamic friction).
 */
public record FrictionThresholds(double mu, EnvMode mode, double speedThreshold, double staticMu, double dynamicMu) {

	/** The range μ is drawn from when a session does not give one. */
	public static final double MU_MIN = 0.02, MU_MAX = 0.25;

	public static FrictionThresholds of(double mu, EnvMode mode) {
		if (mode == EnvMode.NONLINEAR) {
			return new FrictionThresholds(mu, mode, 2 * mu, Math.min(0.95, 2 * mu), Math.max(0, 0.5 * mu));
		}
		return new FrictionThresholds(mu, mode, Double.NaN, mu, mu);
	}

	public boolean nonlinear() {
		return mode == EnvMode.NONLINEAR;
	}

	/** μ_eff of a step that starts at speed {@code speed}. */
	public double effectiveMu(double speed) {
		if (!nonlinear()) {
			return mu;
		}
		return speed < speedThreshold ? staticMu : dynamicMu;
	}

	/** "static" or "dynamic" (nonlinear), or "linear". */
	public String regime(double speed) {
		if (!nonlinear()) {
			return "linear";
		}
		return speed < speedThreshold ? "static (stuck)" : "dynamic (sliding)";
	}
}
