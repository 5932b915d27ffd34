package ttt.workbench.analysis.updates;

import ttt.workbench.store.model.PlasticityConfig;

/**
 * The three thresholds that decide whether an update attempt is committed (SPEC §3, {@code SessionRunner}): a
 * {@code post_loss} above {@code pre_loss × (1 + rollbackTol)}, a {@code grad_norm} above {@code gradNormMax} or a
 * {@code post_max_h} above {@code stateNormMax} rolls the update back.
 */
public record Gates(double rollbackTol, double gradNormMax, double stateNormMax) {

	/** The reference's defaults (rollback_tol 0.2, grad_norm_max 20, state_norm_max 1e6). */
	public static final Gates DEFAULTS = new Gates(0.2, 20.0, 1e6);

	/** The session's thresholds; the defaults when it has no plasticity config. */
	public static Gates of(PlasticityConfig cfg) {
		return cfg == null ? DEFAULTS : new Gates(cfg.getRollbackTol(), cfg.getGradNormMax(), cfg.getStateNormMax());
	}

	/** The highest post_loss that still commits: {@code pre_loss × (1 + rollback_tol)}. */
	public double lossLimit(double preLoss) {
		return preLoss * (1.0 + rollbackTol);
	}
}
