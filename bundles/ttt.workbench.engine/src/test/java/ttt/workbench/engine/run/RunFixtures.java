package ttt.workbench.engine.run;

import java.util.SplittableRandom;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.Decay;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerVariant;

/** Small synthetic sessions for run tests (no files). */
final class RunFixtures {

	private RunFixtures() {
	}

	static Weights randomWeights(long seed, int uDim, int nState, double std) {
		SplittableRandom rng = new SplittableRandom(seed);
		return new Weights(m(rng, uDim, 6, std), m(rng, nState, uDim, std), m(rng, 4, nState, std));
	}

	static float[][] m(SplittableRandom rng, int r, int c, double std) {
		float[][] x = new float[r][c];
		for (float[] row : x) {
			for (int j = 0; j < c; j++) {
				row[j] = (float) (rng.nextGaussian() * std);
			}
		}
		return x;
	}

	static float[] decay(int nState) {
		float[] aRaw = new float[nState];
		for (int i = 0; i < nState; i++) {
			aRaw[i] = -1f + 2f * i / nState;
		}
		return Decay.compute(aRaw, 1.0);
	}

	static RunInput input(Plasticity plasticity, OptimizerVariant variant, int steps) {
		Weights base = randomWeights(1, 8, 12, 0.2);
		Weights session = randomWeights(2, 8, 12, 0.2);
		return new RunInput(base, session, decay(12), Muon.fresh(variant, MuonSettings.defaults()), plasticity, 0.1,
				Dynamics.LINEAR, Actions.gaussian(9, steps, 2));
	}
}
