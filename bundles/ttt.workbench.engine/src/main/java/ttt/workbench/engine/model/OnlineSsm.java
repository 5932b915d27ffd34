package ttt.workbench.engine.model;

import java.util.Arrays;

import ttt.workbench.engine.math.Weights;

/**
 * The DiagStableSSM run step by step with a hidden state carried from step to step, as a run scores a trajectory:
 * {@code h ← decay ⊙ h + B W_u [z_t; a_t]}, {@code ẑ_{t+1} = W_o h}, and the step's error
 * {@code mean_k (ẑ_{t+1,k} − z_{t+1,k})²}, returned as float32.
 *
 * <p>Precision: the weights, inputs and results are float32 as in the reference, but h and every sum are kept in
 * double, so each step's error is within rounding of the exact value of the float32 model. The reference's own
 * float32 values are not bit-reproducible anyway (they depend on the BLAS summation order of the machine that made
 * them: torch 1.13 on another CPU differs from the case1 fixture by up to 7.5e-5 relative on positions ≈ 140, where
 * {@code ẑ − z} cancels); computing exactly halves the worst deviation (3.3e-5, the fixture's own distance from the
 * exact values) instead of adding a second float32 rounding pattern to the reference's.
 *
 * <p>The weights are read live at each step: the adaptive pass changes them in place (updates, rollbacks) while h
 * carries on, exactly as the reference's online model keeps its h across updates. Not thread-safe.
 */
public final class OnlineSsm {

	private final Weights w;
	private final float[] decay;
	private final double[] x, u, h;
	private final float[] pred;

	public OnlineSsm(Weights w, float[] decay) {
		if (decay.length != w.nState()) {
			throw new IllegalArgumentException("decay has " + decay.length + " values, n_state is " + w.nState());
		}
		this.w = w;
		this.decay = decay.clone();
		this.x = new double[w.inputDim()];
		this.u = new double[w.uDim()];
		this.h = new double[w.nState()];
		this.pred = new float[w.zDim()];
	}

	/** h back to zeros. */
	public void reset() {
		Arrays.fill(h, 0.0);
	}

	/**
	 * One step: consumes observation {@code z} and action {@code a}, updates h, predicts the next observation and
	 * returns its mean squared error against {@code zNext}.
	 */
	public float step(float[] z, float[] a, float[] zNext) {
		if (z.length + a.length != x.length || zNext.length != pred.length) {
			throw new IllegalArgumentException("step needs z_dim " + pred.length + " and z_dim + act_dim " + x.length);
		}
		for (int i = 0; i < z.length; i++) {
			x[i] = z[i];
		}
		for (int i = 0; i < a.length; i++) {
			x[z.length + i] = a[i];
		}
		float[][] wU = w.wU(), b = w.b(), wO = w.wO();
		for (int j = 0; j < u.length; j++) {
			u[j] = dot(wU[j], x);
		}
		for (int i = 0; i < h.length; i++) {
			h[i] = decay[i] * h[i] + dot(b[i], u);
		}
		double sum = 0;
		for (int k = 0; k < pred.length; k++) {
			double p = dot(wO[k], h);
			pred[k] = (float) p;
			double d = p - zNext[k];
			sum += d * d;
		}
		return (float) (sum / pred.length);
	}

	/** The prediction of the last {@link #step} (a copy). */
	public float[] lastPrediction() {
		return pred.clone();
	}

	/** ‖h‖₂ now. */
	public float hiddenNorm() {
		double s = 0;
		for (double v : h) {
			s += v * v;
		}
		return (float) Math.sqrt(s);
	}

	private static double dot(float[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}
}
