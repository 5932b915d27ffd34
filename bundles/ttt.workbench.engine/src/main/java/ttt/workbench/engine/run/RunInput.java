package ttt.workbench.engine.run;

import java.util.Objects;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.optim.Muon;

/**
 * Everything a run needs, in memory. The runner copies the session weights and the optimizer before changing them:
 * the input is never modified.
 *
 * @param baseWeights the base checkpoint's plastic weights (scored without updates)
 * @param sessionWeights the session's weights at the start of the run
 * @param decay {@code exp(−softplus(a_raw)·dt)} of the base (frozen)
 * @param optimizer the session's optimizer (variant, settings from its file, momentum)
 * @param actions one {@code [ax, ay]} per step
 */
public record RunInput(Weights baseWeights, Weights sessionWeights, float[] decay, Muon optimizer, Plasticity plasticity,
		double mu, Dynamics dynamics, float[][] actions) {

	public RunInput {
		Objects.requireNonNull(baseWeights, "baseWeights");
		Objects.requireNonNull(sessionWeights, "sessionWeights");
		Objects.requireNonNull(decay, "decay");
		Objects.requireNonNull(optimizer, "optimizer");
		Objects.requireNonNull(plasticity, "plasticity");
		Objects.requireNonNull(dynamics, "dynamics");
		Objects.requireNonNull(actions, "actions");
		if (!ttt.workbench.engine.model.PlasticWeights.sameShapes(baseWeights, sessionWeights)) {
			throw new IllegalArgumentException("base and session weights have different shapes");
		}
		if (decay.length != baseWeights.nState()) {
			throw new IllegalArgumentException("decay has " + decay.length + " values, n_state is " + baseWeights.nState());
		}
		if (baseWeights.zDim() != 4 || baseWeights.inputDim() != 6) {
			throw new IllegalArgumentException("the environment needs z_dim 4 and act_dim 2; W_u is " + baseWeights.uDim()
					+ "×" + baseWeights.inputDim() + ", W_o " + baseWeights.zDim() + "×" + baseWeights.nState());
		}
		for (int t = 0; t < actions.length; t++) {
			if (actions[t] == null || actions[t].length != 2) {
				throw new IllegalArgumentException("action " + t + " must have 2 values");
			}
		}
	}

	public int steps() {
		return actions.length;
	}
}
