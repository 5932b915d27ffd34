package ttt.workbench.engine.env;

import ttt.workbench.engine.random.PythonRandom;
import ttt.workbench.engine.random.TorchDistributions;
import ttt.workbench.engine.random.TorchGenerator;

/**
 * Action and μ sources, drawn exactly as the reference draws them (SPEC §3.1) so that the same seed gives the same
 * numbers in both tools without an actions file:
 * <ul>
 * <li>{@link #gaussian(long, int, int) run actions}: {@code run_session --seed s} seeds its own torch generator with
 * {@code s + 12345} and takes {@code torch.randn(steps, act_dim) * 0.5} (float32, row-major [t][k]);
 * <li>{@link #drawMu(long) μ of a new session}: {@code new_session --mu -1 --seed s} does {@code random.seed(s)} and
 * {@code random.uniform(0.02, 0.25)} with Python's {@code random}.
 * </ul>
 * The actions equal torch's bit for bit on x86-64 (its AVX2 kernel, see {@link TorchDistributions}). An actions file
 * ({@link ActionsCsv}) still replays any given sequence exactly.
 */
public final class Actions {

	public static final double STD = 0.5;
	/** run_session's action generator is seeded with {@code seed + RUN_SEED_OFFSET} (the reference's constant). */
	public static final long RUN_SEED_OFFSET = 12345L;

	private Actions() {
	}

	/** The {@code steps} actions of {@code actDim} values that {@code run_session --seed seed} uses without a file. */
	public static float[][] gaussian(long seed, int steps, int actDim) {
		return gaussian(new TorchGenerator(seed + RUN_SEED_OFFSET), steps, actDim);
	}

	/** {@code torch.randn(steps, act_dim, generator=gen) * 0.5} as rows [t][k]. */
	public static float[][] gaussian(TorchGenerator gen, int steps, int actDim) {
		if (steps < 0 || actDim <= 0) {
			throw new IllegalArgumentException("steps must be ≥ 0 and act_dim > 0");
		}
		float[] flat = TorchDistributions.randnScaled(gen, Math.multiplyExact(steps, actDim), STD);
		float[][] a = new float[steps][actDim];
		for (int t = 0; t < steps; t++) {
			System.arraycopy(flat, t * actDim, a[t], 0, actDim);
		}
		return a;
	}

	/** The μ that {@code new_session --mu -1 --seed seed} draws: Python's {@code random.uniform(0.02, 0.25)}. */
	public static double drawMu(long seed) {
		return new PythonRandom(seed).uniform(HiddenMuEnv.MU_MIN, HiddenMuEnv.MU_MAX);
	}
}
