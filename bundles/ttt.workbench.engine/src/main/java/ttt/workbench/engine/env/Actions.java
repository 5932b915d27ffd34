package ttt.workbench.engine.env;

import java.util.SplittableRandom;

/**
 * Action sources: seeded Gaussian actions N(0, 0.5²) and seeded draws of μ. Deterministic for a seed (on every JVM:
 * {@link SplittableRandom} and {@code RandomGenerator.nextGaussian} are specified algorithms), but not the same
 * numbers as the reference's torch generator — replaying a reference run needs its actions file
 * ({@link ActionsCsv}).
 */
public final class Actions {

	public static final double STD = 0.5;

	private Actions() {
	}

	/** {@code steps} actions of {@code actDim} values, each N(0, 0.5²) rounded to float32. */
	public static float[][] gaussian(long seed, int steps, int actDim) {
		return gaussian(new SplittableRandom(seed), steps, actDim);
	}

	public static float[][] gaussian(SplittableRandom rng, int steps, int actDim) {
		if (steps < 0 || actDim <= 0) {
			throw new IllegalArgumentException("steps must be ≥ 0 and act_dim > 0");
		}
		float[][] a = new float[steps][actDim];
		for (int t = 0; t < steps; t++) {
			for (int k = 0; k < actDim; k++) {
				a[t][k] = (float) (rng.nextGaussian() * STD);
			}
		}
		return a;
	}

	/** μ uniform in [0.02, 0.25] for a seed. */
	public static double drawMu(long seed) {
		return drawMu(new SplittableRandom(seed));
	}

	public static double drawMu(SplittableRandom rng) {
		return HiddenMuEnv.MU_MIN + (HiddenMuEnv.MU_MAX - HiddenMuEnv.MU_MIN) * rng.nextDouble();
	}
}
