package ttt.workbench.engine.run;

import java.util.Objects;
import java.util.function.BooleanSupplier;

import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.Decay;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.random.TorchDistributions;
import ttt.workbench.engine.random.TorchGenerator;

/**
 * Base pretraining ({@code init_base}, SPEC §3), with the reference's random numbers for the same seed (SPEC §3.1):
 * one torch CPU generator ({@link TorchGenerator}, as the reference's global generator after
 * {@code torch.manual_seed(seed)}) feeds, in this order,
 * <ol>
 * <li>init: {@code torch.randn(shape) * 0.02} (float32) for W_u [u_dim, z_dim+act_dim], B [n_state, u_dim],
 * W_o [z_dim, n_state] and a_raw [n_state]. a_raw is then frozen, so softplus(a_raw) ≈ ln 2 and the decay ≈ 0.5;
 * <li>each step: the actions {@code torch.randn(batch, seq, act_dim) * 0.5} ([b][t][k]), then one μ per sequence
 * {@code torch.empty(batch).uniform_(0.02, 0.25)} — float32 values, which the environment then uses as they are;
 * each sequence is rolled out from zeros; the loss is the mean over steps of the per-step MSE (every step has
 * batch · z_dim elements, so that is the mean over all elements, {@link SsmBackend#gradient}'s loss); one Muon step on
 * W_u, B, W_o.
 * </ol>
 * The draws equal torch's bit for bit; the losses then track the reference's closely (relative 1e-6 over 200 steps in
 * the tests), not bit for bit, because float32 sums and Muon's matrix products are evaluated in another order. The gradient runs on the given {@link SsmBackend}, so ND4J can take the large batches.
 *
 * <p>A batch depends on the generator alone, never on the weights: with a second core the batches are drawn ahead on
 * a thread of their own while the steps compute ({@link PretrainBatches}), the same batches in the same order.
 */
public final class Pretrainer {

	private final SsmBackend backend;

	public Pretrainer(SsmBackend backend) {
		this.backend = Objects.requireNonNull(backend, "backend");
	}

	/** The initial weights and a_raw of {@code cfg.seed()} (what step 0 starts from; what {@code --pretrain_steps 0} saves). */
	public static Init initialise(PretrainConfig cfg) {
		return initialise(cfg, new TorchGenerator(cfg.seed()));
	}

	/** The four init draws from {@code gen}, in the reference's order: W_u, B, W_o, a_raw. */
	public static Init initialise(PretrainConfig cfg, TorchGenerator gen) {
		int in = PretrainConfig.Z_DIM + PretrainConfig.ACT_DIM;
		float[][] wU = gaussian(gen, cfg.uDim(), in);
		float[][] b = gaussian(gen, cfg.nState(), cfg.uDim());
		float[][] wO = gaussian(gen, PretrainConfig.Z_DIM, cfg.nState());
		float[] aRaw = gaussian(gen, 1, cfg.nState())[0];
		return new Init(new Weights(wU, b, wO), aRaw);
	}

	/** Initial plastic weights and a_raw. */
	public record Init(Weights weights, float[] aRaw) {
	}

	public PretrainResult pretrain(PretrainConfig cfg, PretrainListener listener, BooleanSupplier isCancelled)
			throws RunCancelledException {
		return pretrain(cfg, listener, isCancelled, PretrainBatches.aheadPays());
	}

	/** @param drawAhead draw the batches on a thread of their own ({@link PretrainBatches}); the result is the same */
	PretrainResult pretrain(PretrainConfig cfg, PretrainListener listener, BooleanSupplier isCancelled, boolean drawAhead)
			throws RunCancelledException {
		PretrainListener l = listener == null ? PretrainListener.NONE : listener;
		BooleanSupplier cancelled = isCancelled == null ? () -> false : isCancelled;
		TorchGenerator gen = new TorchGenerator(cfg.seed());
		Init init = initialise(cfg, gen);
		Weights w = init.weights();
		float[] decay = Decay.compute(init.aRaw(), cfg.dt());
		Muon opt = Muon.fresh(cfg.variant(), cfg.optimizer());
		float[] losses = new float[cfg.steps()];
		int step = 0;
		try (PretrainBatches batches = new PretrainBatches(cfg, gen, drawAhead)) {
			for (; step < cfg.steps(); step++) {
				if (cancelled.getAsBoolean()) {
					throw new RunCancelledException("pretraining cancelled at step " + step + " of " + cfg.steps(), step);
				}
				SequenceBatch batch = batches.next();
				SsmBackend.Gradient g = backend.gradient(w, decay, batch);
				batches.recycle(batch);
				opt.step(w, g.grad(), backend);
				losses[step] = g.loss();
				l.step(step + 1, cfg.steps(), g.loss());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RunCancelledException("pretraining interrupted at step " + step + " of " + cfg.steps(), step);
		}
		return new PretrainResult(w, init.aRaw(), decay, losses, opt);
	}

	/** {@code torch.randn(rows, cols) * 0.02} in float32. */
	private static float[][] gaussian(TorchGenerator gen, int rows, int cols) {
		float[] flat = TorchDistributions.randnScaled(gen, Math.multiplyExact(rows, cols), PretrainConfig.INIT_STD);
		float[][] m = new float[rows][cols];
		for (int r = 0; r < rows; r++) {
			System.arraycopy(flat, r * cols, m[r], 0, cols);
		}
		return m;
	}
}
