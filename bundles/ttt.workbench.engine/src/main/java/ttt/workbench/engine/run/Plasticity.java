package ttt.workbench.engine.run;

import ttt.workbench.store.model.PlasticityConfig;

/**
 * The update schedule and gates of a run (the non-optimizer part of plasticity_cfg; the reference's
 * {@code run_session} flags override them per run). The Muon settings live in the optimizer ({@code MuonSettings}).
 */
public record Plasticity(int chunk, int bufferLen, double rollbackTol, double gradNormMax, double stateNormMax) {

	public Plasticity {
		if (chunk <= 0 || bufferLen <= 0) {
			throw new IllegalArgumentException("chunk and buffer_len must be positive, found " + chunk + " and " + bufferLen);
		}
		if (Double.isNaN(rollbackTol) || Double.isNaN(gradNormMax) || Double.isNaN(stateNormMax)) {
			throw new IllegalArgumentException("rollback_tol, grad_norm_max and state_norm_max must be numbers");
		}
	}

	/** The reference's defaults: chunk 32, buffer_len 32, rollback_tol 0.2, grad_norm_max 20, state_norm_max 1e6. */
	public static Plasticity defaults() {
		return new Plasticity(32, 32, 0.20, 20.0, 1e6);
	}

	public static Plasticity from(PlasticityConfig cfg) {
		return new Plasticity(cfg.getChunk(), cfg.getBufferLen(), cfg.getRollbackTol(), cfg.getGradNormMax(),
				cfg.getStateNormMax());
	}

	public Plasticity withChunk(int v) {
		return new Plasticity(v, bufferLen, rollbackTol, gradNormMax, stateNormMax);
	}

	public Plasticity withBufferLen(int v) {
		return new Plasticity(chunk, v, rollbackTol, gradNormMax, stateNormMax);
	}

	public Plasticity withRollbackTol(double v) {
		return new Plasticity(chunk, bufferLen, v, gradNormMax, stateNormMax);
	}

	public Plasticity withGradNormMax(double v) {
		return new Plasticity(chunk, bufferLen, rollbackTol, v, stateNormMax);
	}

	public Plasticity withStateNormMax(double v) {
		return new Plasticity(chunk, bufferLen, rollbackTol, gradNormMax, v);
	}
}
