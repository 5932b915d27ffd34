package ttt.workbench.engine.run;

import java.util.Objects;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.env.HiddenMuEnv;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerVariant;

/**
 * Settings of base pretraining ({@code init_base}, SPEC §3). z_dim and act_dim are the environment's (4 and 2).
 *
 * @param steps optimizer steps (default 2000)
 * @param batch sequences per step (default 32), each with its own μ drawn uniformly in [0.02, 0.25]
 * @param seqLen steps per sequence (default 32)
 * @param seed seeds the torch generator all draws come from (init, actions, μ), as the reference's
 * {@code torch.manual_seed(seed)}: the same seed gives the same numbers in both tools
 */
public record PretrainConfig(int steps, int batch, int seqLen, long seed, Dynamics dynamics, int uDim, int nState, double dt,
		MuonSettings optimizer, OptimizerVariant variant) {

	public static final int Z_DIM = HiddenMuEnv.OBS_DIM, ACT_DIM = HiddenMuEnv.ACT_DIM;
	/** Standard deviation of every initial weight (W_u, B, W_o and a_raw), as the reference's {@code randn · 0.02}. */
	public static final double INIT_STD = 0.02;

	public PretrainConfig {
		if (steps < 0 || batch <= 0 || seqLen <= 0 || uDim <= 0 || nState <= 0) {
			throw new IllegalArgumentException("steps must be ≥ 0; batch, seq, u_dim and n_state positive");
		}
		if (!(dt > 0) || Double.isInfinite(dt)) {
			throw new IllegalArgumentException("dt must be a positive number, found " + dt);
		}
		Objects.requireNonNull(dynamics, "dynamics");
		Objects.requireNonNull(optimizer, "optimizer");
		Objects.requireNonNull(variant, "variant");
	}

	/** The reference's {@code init_base} defaults: 2000 steps, batch 32, seq 32, seed 1337, linear, 16/32, dt 1. */
	public static PretrainConfig defaults() {
		return new PretrainConfig(2000, 32, 32, 1337L, Dynamics.LINEAR, 16, 32, 1.0, MuonSettings.defaults(),
				OptimizerVariant.DEFAULT_FOR_NEW_STORES);
	}

	public PretrainConfig withSteps(int v) {
		return new PretrainConfig(v, batch, seqLen, seed, dynamics, uDim, nState, dt, optimizer, variant);
	}

	public PretrainConfig withBatch(int v) {
		return new PretrainConfig(steps, v, seqLen, seed, dynamics, uDim, nState, dt, optimizer, variant);
	}

	public PretrainConfig withSeqLen(int v) {
		return new PretrainConfig(steps, batch, v, seed, dynamics, uDim, nState, dt, optimizer, variant);
	}

	public PretrainConfig withSeed(long v) {
		return new PretrainConfig(steps, batch, seqLen, v, dynamics, uDim, nState, dt, optimizer, variant);
	}

	public PretrainConfig withDynamics(Dynamics v) {
		return new PretrainConfig(steps, batch, seqLen, seed, v, uDim, nState, dt, optimizer, variant);
	}

	public PretrainConfig withSizes(int newUDim, int newNState) {
		return new PretrainConfig(steps, batch, seqLen, seed, dynamics, newUDim, newNState, dt, optimizer, variant);
	}

	public PretrainConfig withOptimizer(MuonSettings v, OptimizerVariant newVariant) {
		return new PretrainConfig(steps, batch, seqLen, seed, dynamics, uDim, nState, dt, v, newVariant);
	}
}
