package ttt.workbench.engine.model;

import java.util.Arrays;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.PlasticState;

/**
 * Conversions between the engine's {@link Weights} and the store's tensors ({@link PlasticState},
 * {@link BaseCheckpoint}, {@link FloatTensor}), plus the few whole-matrix helpers a run needs (copy into, finiteness,
 * Frobenius norms). All copies: nothing returned shares arrays with its source.
 */
public final class PlasticWeights {

	private PlasticWeights() {
	}

	public static Weights fromPlasticState(PlasticState state) {
		return new Weights(state.wU().toMatrix(), state.b().toMatrix(), state.wO().toMatrix());
	}

	public static PlasticState toPlasticState(Weights w) {
		return new PlasticState(FloatTensor.matrix(w.wU()), FloatTensor.matrix(w.b()), FloatTensor.matrix(w.wO()));
	}

	/** The plastic weights W_u, B, W_o of a base checkpoint. */
	public static Weights fromBase(BaseCheckpoint base) {
		return fromPlasticState(base.plastic());
	}

	/** a_raw of a base checkpoint (rank 1, n_state values). */
	public static float[] aRaw(BaseCheckpoint base) {
		FloatTensor a = base.aRaw();
		if (a.rank() != 1) {
			throw new IllegalArgumentException("a_raw must be a vector, shape is " + Arrays.toString(a.shape()));
		}
		return a.data();
	}

	/** The decay of a base checkpoint: {@link Decay#compute} of its a_raw with its cfg's dt. */
	public static float[] decay(BaseCheckpoint base) {
		return Decay.compute(aRaw(base), base.dt());
	}

	public static FloatTensor tensor(float[][] m) {
		return FloatTensor.matrix(m);
	}

	/** Copies the values of {@code src} into the arrays of {@code dst} (same shapes), keeping dst's rows. */
	public static void copyInto(Weights src, Weights dst) {
		float[][][] s = src.asArray(), d = dst.asArray();
		for (int p = 0; p < 3; p++) {
			if (s[p].length != d[p].length || s[p][0].length != d[p][0].length) {
				throw new IllegalArgumentException("shape mismatch in parameter " + p);
			}
			for (int r = 0; r < s[p].length; r++) {
				System.arraycopy(s[p][r], 0, d[p][r], 0, s[p][r].length);
			}
		}
	}

	/** Whether the three matrices have the same shapes as those of {@code other}. */
	public static boolean sameShapes(Weights a, Weights b) {
		float[][][] x = a.asArray(), y = b.asArray();
		for (int p = 0; p < 3; p++) {
			if (x[p].length != y[p].length || x[p][0].length != y[p][0].length) {
				return false;
			}
		}
		return true;
	}

	public static boolean allFinite(Weights w) {
		for (float[][] m : w.asArray()) {
			if (!allFinite(m)) {
				return false;
			}
		}
		return true;
	}

	public static boolean allFinite(float[][] m) {
		for (float[] row : m) {
			for (float v : row) {
				if (!Float.isFinite(v)) {
					return false;
				}
			}
		}
		return true;
	}

	/** ‖m‖_F in double. */
	public static double frobenius(float[][] m) {
		double s = 0;
		for (float[] row : m) {
			for (float v : row) {
				s += (double) v * v;
			}
		}
		return Math.sqrt(s);
	}

	/** Largest absolute entry of W_u, B, W_o (parameter order); NaN when a matrix holds NaN. */
	public static double[] maxAbs(Weights w) {
		float[][][] all = { w.wU(), w.b(), w.wO() };
		double[] out = new double[3];
		for (int i = 0; i < 3; i++) {
			double m = 0;
			for (float[] row : all[i]) {
				for (float v : row) {
					double a = Math.abs((double) v);
					m = a > m || Double.isNaN(a) ? a : m;
				}
			}
			out[i] = m;
		}
		return out;
	}

	/** Frobenius norms of W_u, B, W_o (parameter order). */
	public static double[] frobeniusNorms(Weights w) {
		return new double[] { frobenius(w.wU()), frobenius(w.b()), frobenius(w.wO()) };
	}

	/**
	 * The reference's global gradient norm: {@code sqrt(Σ_p float(sum(g_p²)))} — each matrix's sum of squares as a
	 * float32 value (here accumulated in double and rounded, so a huge gradient overflows to infinity as in torch),
	 * summed and rooted in double.
	 */
	public static double globalNorm(Weights g) {
		double total = 0;
		for (float[][] m : g.asArray()) {
			double s = 0;
			for (float[] row : m) {
				for (float v : row) {
					s += (double) v * v;
				}
			}
			total += (float) s;
		}
		return Math.sqrt(total);
	}
}
