package ttt.workbench.engine.run;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.env.HiddenMuEnv;
import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.Decay;
import ttt.workbench.engine.optim.Muon;

/**
 * Base pretraining ({@code init_base}, SPEC §3), deterministic for a seed:
 * <ol>
 * <li>init: every entry of W_u, B, W_o and a_raw N(0, 0.02²), drawn in that order (row-major) — as the reference's
 * {@code randn(…) · 0.02}. a_raw is then frozen, so softplus(a_raw) ≈ ln 2 and the decay ≈ 0.5 for every state;
 * <li>each step: {@code batch} sequences of {@code seq} steps, each with its own μ ~ U[0.02, 0.25] and actions
 * N(0, 0.5²), rolled out from zeros in the environment; the loss is the mean over steps of the per-step MSE (every
 * step has batch · z_dim elements, so that is the mean over all elements, {@link SsmBackend#gradient}'s loss);
 * one Muon step on W_u, B, W_o.
 * </ol>
 * The random numbers come from {@link SplittableRandom}, not torch's generator: the same seed gives the same base
 * here on every machine, not the reference's base. The gradient runs on the given {@link SsmBackend}, so ND4J can
 * take the large batches.
 */
public final class Pretrainer {

	private final SsmBackend backend;

	public Pretrainer(SsmBackend backend) {
		this.backend = Objects.requireNonNull(backend, "backend");
	}

	/** The initial weights and a_raw of a seed (what step 0 starts from). */
	public static Init initialise(PretrainConfig cfg, SplittableRandom rng) {
		int in = PretrainConfig.Z_DIM + PretrainConfig.ACT_DIM;
		float[][] wU = gaussian(rng, cfg.uDim(), in);
		float[][] b = gaussian(rng, cfg.nState(), cfg.uDim());
		float[][] wO = gaussian(rng, PretrainConfig.Z_DIM, cfg.nState());
		float[] aRaw = gaussian(rng, 1, cfg.nState())[0];
		return new Init(new Weights(wU, b, wO), aRaw);
	}

	/** Initial plastic weights and a_raw. */
	public record Init(Weights weights, float[] aRaw) {
	}

	public PretrainResult pretrain(PretrainConfig cfg, PretrainListener listener, BooleanSupplier isCancelled)
			throws RunCancelledException {
		PretrainListener l = listener == null ? PretrainListener.NONE : listener;
		BooleanSupplier cancelled = isCancelled == null ? () -> false : isCancelled;
		SplittableRandom rng = new SplittableRandom(cfg.seed());
		Init init = initialise(cfg, rng);
		Weights w = init.weights();
		float[] decay = Decay.compute(init.aRaw(), cfg.dt());
		Muon opt = Muon.fresh(cfg.variant(), cfg.optimizer());
		float[] losses = new float[cfg.steps()];
		for (int step = 0; step < cfg.steps(); step++) {
			if (cancelled.getAsBoolean()) {
				throw new RunCancelledException("pretraining cancelled at step " + step + " of " + cfg.steps(), step);
			}
			SequenceBatch batch = batch(cfg, rng);
			SsmBackend.Gradient g = backend.gradient(w, decay, batch);
			opt.step(w, g.grad(), backend);
			losses[step] = g.loss();
			l.step(step + 1, cfg.steps(), g.loss());
		}
		return new PretrainResult(w, init.aRaw(), decay, losses, opt);
	}

	/** One training batch: a fresh μ and fresh actions per sequence. */
	static SequenceBatch batch(PretrainConfig cfg, SplittableRandom rng) {
		int n = cfg.batch(), len = cfg.seqLen();
		float[][][] z = new float[n][len][], a = new float[n][][], next = new float[n][len][];
		for (int s = 0; s < n; s++) {
			double mu = Actions.drawMu(rng);
			a[s] = Actions.gaussian(rng, len, PretrainConfig.ACT_DIM);
			HiddenMuEnv env = new HiddenMuEnv(mu, cfg.dynamics()); // the reference's EnvConfig.dt is always 1.0; model dt only enters the decay
			env.reset();
			float[] obs = env.observe();
			for (int t = 0; t < len; t++) {
				z[s][t] = obs;
				obs = env.step(a[s][t][0], a[s][t][1]);
				next[s][t] = obs;
			}
		}
		return new SequenceBatch(z, a, next);
	}

	private static float[][] gaussian(SplittableRandom rng, int rows, int cols) {
		float[][] m = new float[rows][cols];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				m[r][c] = (float) (rng.nextGaussian() * PretrainConfig.INIT_STD);
			}
		}
		return m;
	}
}
