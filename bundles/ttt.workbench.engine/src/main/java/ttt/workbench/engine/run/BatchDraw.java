package ttt.workbench.engine.run;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.env.HiddenMuEnv;
import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.random.TorchDistributions;
import ttt.workbench.engine.random.TorchGenerator;

/**
 * Draws one pretraining batch as the reference does (SPEC §3.1) into a batch that is reused from step to step: all
 * actions first ({@code torch.randn(batch, seq, act_dim) * 0.5}, [b][t][k]), then the batch's μ
 * ({@code torch.empty(batch).uniform_(0.02, 0.25)}, float32, used by the environment as they are), then each sequence
 * rolled out from zeros by {@link HiddenMuEnv}. Filling in place keeps the thousands of small arrays of a batch from
 * being allocated again at every one of tens of thousands of steps; the numbers are the same as a fresh batch's.
 *
 * <p>Not thread-safe: one draw, and the batches it made, belong to one thread at a time.
 */
final class BatchDraw {

	private final PretrainConfig cfg;
	/** The actions as torch draws them, flat [b][t][k]. */
	private final float[] actions;
	private final float[] mus;

	BatchDraw(PretrainConfig cfg) {
		this.cfg = cfg;
		this.actions = new float[Math.multiplyExact(Math.multiplyExact(cfg.batch(), cfg.seqLen()), PretrainConfig.ACT_DIM)];
		this.mus = new float[cfg.batch()];
	}

	/**
	 * An empty batch of the configured shape for {@link #fill}. Observation t+1 of a sequence is both the target of
	 * step t and the input of step t+1, so {@code zNext[s][t]} and {@code z[s][t+1]} are one array, as in a rollout.
	 */
	SequenceBatch newBatch() {
		int n = cfg.batch(), len = cfg.seqLen();
		float[][][] z = new float[n][len][], a = new float[n][len][PretrainConfig.ACT_DIM], next = new float[n][len][];
		for (int s = 0; s < n; s++) {
			float[][] obs = new float[len + 1][HiddenMuEnv.OBS_DIM];
			System.arraycopy(obs, 0, z[s], 0, len);
			System.arraycopy(obs, 1, next[s], 0, len);
		}
		return new SequenceBatch(z, a, next);
	}

	/** Draws the next batch from {@code gen} into {@code batch} (made by {@link #newBatch()}). */
	void fill(SequenceBatch batch, TorchGenerator gen) {
		int n = cfg.batch(), len = cfg.seqLen(), act = PretrainConfig.ACT_DIM;
		TorchDistributions.randn(gen, actions);
		TorchDistributions.scale(actions, Actions.STD);
		TorchDistributions.uniform(gen, mus, HiddenMuEnv.MU_MIN, HiddenMuEnv.MU_MAX);
		float[][][] z = batch.z(), a = batch.a(), next = batch.zNext();
		for (int s = 0; s < n; s++) {
			// the float32 μ exactly: (1 − μ) and 2μ of a float μ are the same in double-then-float as in torch's float32
			HiddenMuEnv env = new HiddenMuEnv(mus[s], cfg.dynamics()); // the reference's EnvConfig.dt is always 1.0; model dt only enters the decay
			env.reset();
			env.observeInto(z[s][0]);
			float[][] as = a[s], nexts = next[s];
			for (int t = 0; t < len; t++) {
				float[] at = as[t];
				int from = (s * len + t) * act;
				System.arraycopy(actions, from, at, 0, act);
				env.advance(at[0], at[1]);
				env.observeInto(nexts[t]);
			}
		}
	}
}
