package ttt.workbench.engine.math;

/**
 * Sequences to replay from a zero hidden state: {@code z[s][t]} is the observation at step t of sequence s,
 * {@code a[s][t]} the action taken there, {@code zNext[s][t]} the observation that followed (the target).
 * A run's FIFO buffer is one sequence; a pretraining batch is {@code pretrain_batch} sequences.
 */
public record SequenceBatch(float[][][] z, float[][][] a, float[][][] zNext) {

	public SequenceBatch {
		if (z.length == 0 || z.length != a.length || z.length != zNext.length) {
			throw new IllegalArgumentException("z, a and zNext must hold the same, non-zero number of sequences");
		}
		int steps = z[0].length;
		for (int s = 0; s < z.length; s++) {
			if (z[s].length != steps || a[s].length != steps || zNext[s].length != steps) {
				throw new IllegalArgumentException("every sequence must have " + steps + " steps");
			}
		}
	}

	public int sequences() {
		return z.length;
	}

	public int steps() {
		return z[0].length;
	}

	public int zDim() {
		return z[0][0].length;
	}

	public int actDim() {
		return a[0][0].length;
	}
}
