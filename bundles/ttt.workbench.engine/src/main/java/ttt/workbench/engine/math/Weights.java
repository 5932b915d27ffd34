package ttt.workbench.engine.math;

/**
 * The plastic weights of a DiagStableSSM (SPEC §3), row-major: {@code wU} [u_dim][z_dim + act_dim],
 * {@code b} [n_state][u_dim], {@code wO} [z_dim][n_state]. Also used for their gradients and optimizer buffers,
 * which have the same shapes. Row-major {@code float[][]} because HotSpot vectorises row loops from index 0.
 */
public record Weights(float[][] wU, float[][] b, float[][] wO) {

	public Weights {
		requireRectangular(wU, "W_u");
		requireRectangular(b, "B");
		requireRectangular(wO, "W_o");
		if (b[0].length != wU.length) {
			throw new IllegalArgumentException("B has " + b[0].length + " columns but W_u has " + wU.length + " rows (u_dim)");
		}
		if (wO[0].length != b.length) {
			throw new IllegalArgumentException("W_o has " + wO[0].length + " columns but B has " + b.length + " rows (n_state)");
		}
	}

	public int uDim() {
		return wU.length;
	}

	public int inputDim() {
		return wU[0].length;
	}

	public int nState() {
		return b.length;
	}

	public int zDim() {
		return wO.length;
	}

	/** A deep copy: snapshots for rollback must not share rows with the live weights. */
	public Weights copy() {
		return new Weights(copy(wU), copy(b), copy(wO));
	}

	/** Zeros of the same shapes (fresh gradients, fresh momentum buffers). */
	public Weights zerosLike() {
		return new Weights(new float[wU.length][wU[0].length], new float[b.length][b[0].length], new float[wO.length][wO[0].length]);
	}

	/** The three matrices in the reference's parameter order (0 = W_u, 1 = B, 2 = W_o). */
	public float[][][] asArray() {
		return new float[][][] { wU, b, wO };
	}

	public static float[][] copy(float[][] m) {
		float[][] c = new float[m.length][];
		for (int i = 0; i < m.length; i++) {
			c[i] = m[i].clone();
		}
		return c;
	}

	private static void requireRectangular(float[][] m, String name) {
		if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
			throw new IllegalArgumentException(name + " must be a non-empty matrix");
		}
		for (float[] row : m) {
			if (row.length != m[0].length) {
				throw new IllegalArgumentException(name + " is not rectangular");
			}
		}
	}
}
