package ttt.workbench.engine.math;

/**
 * The plain-JVM {@link SsmBackend}: row-major {@code float[][]}, every hot loop an "axpy" over a whole row from index
 * 0 (which HotSpot vectorises), no allocation inside the step loops (work arrays are allocated once per call, so the
 * backend stays stateless and thread-safe), no boxing.
 *
 * <p>Two paths:
 * <ul>
 * <li><b>one sequence</b> (a run's replay buffer, online updates): step by step, single-threaded, with the reference's
 * order of operations ({@code u = W_u x}, then {@code B u}), so online updates stay as close to torch as float32
 * allows. Numerics follow torch's float32 ops: each elementwise op rounds to float32 (Java never fuses
 * {@code a*b + c}), matrix products accumulate in float32. Loss sums are accumulated in double and rounded once, which
 * is at least as close to the exact value as torch's pairwise float32 sums; norms likewise ({@code ‖h‖₂} rounded to
 * float32 as {@code float(torch.linalg.norm(h))} gives it). Work per step: forward {@code n·u + u·in + z·n}
 * multiply-adds, backward about twice that.
 * <li><b>two or more sequences</b> (pretraining batches): {@link JvmBatch} — the input projection folded into
 * {@code M = B·W_u}, long rows of (state, sequence) lanes that HotSpot vectorises, and blocks of sequences on several
 * cores ({@link JvmParallel}), added up in a fixed order, so results are deterministic and independent of the number
 * of threads. Agrees with the one-sequence path to float32 rounding.
 * </ul>
 *
 * <p>{@link #newtonSchulz} (used by both) computes its two Gram products with {@link #symmetricGram}: half the work,
 * bit for bit the same sums as a plain matrix product.
 */
public final class JvmBackend implements SsmBackend {

	public static final String NAME = "jvm";

	/** The most threads (the caller's included) a batch of several sequences may use. */
	private final int maxThreads;

	/** Uses every available core for batches of several sequences. */
	public JvmBackend() {
		this(Integer.MAX_VALUE);
	}

	/**
	 * @param maxThreads the most threads (the calling one included) a batch of several sequences may use; 1: the
	 *        calling thread only. The result does not depend on it.
	 */
	JvmBackend(int maxThreads) {
		if (maxThreads < 1) {
			throw new IllegalArgumentException("maxThreads must be at least 1: " + maxThreads);
		}
		this.maxThreads = maxThreads;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Forward forward(Weights w, float[] decay, SequenceBatch batch) {
		check(w, decay, batch);
		if (batch.sequences() > 1) {
			return JvmBatch.forward(w, decay, batch, maxThreads);
		}
		return forwardStepwise(w, decay, batch);
	}

	@Override
	public Gradient gradient(Weights w, float[] decay, SequenceBatch batch) {
		check(w, decay, batch);
		if (batch.sequences() > 1) {
			return JvmBatch.gradient(w, decay, batch, maxThreads);
		}
		return gradientStepwise(w, decay, batch);
	}

	/** The step-by-step forward pass in the reference's order of operations (any number of sequences, one at a time). */
	static Forward forwardStepwise(Weights w, float[] decay, SequenceBatch batch) {
		final int n = w.nState(), ud = w.uDim(), zd = w.zDim(), in = w.inputDim();
		final int steps = batch.steps();
		final float[][] wU = w.wU(), wO = w.wO();
		final float[][] bT = transpose(w.b());
		final float[] x = new float[in], u = new float[ud], bu = new float[n], h = new float[n];
		double sq = 0;
		float maxH = 0;
		for (int s = 0; s < batch.sequences(); s++) {
			java.util.Arrays.fill(h, 0f);
			for (int t = 0; t < steps; t++) {
				input(batch.z()[s][t], batch.a()[s][t], x);
				matVec(wU, x, u);
				mulAdd(bT, u, bu);
				for (int i = 0; i < n; i++) {
					h[i] = decay[i] * h[i] + bu[i];
				}
				float hn = norm(h);
				if (maxH == maxH && !(hn <= maxH)) {
					maxH = hn; // a NaN norm sticks, so the caller sees it
				}
				float[] target = batch.zNext()[s][t];
				for (int k = 0; k < zd; k++) {
					float d = dot(wO[k], h) - target[k];
					float d2 = d * d;
					sq += d2;
				}
			}
		}
		float loss = (float) (sq / ((double) batch.sequences() * steps * zd));
		return new Forward(loss, maxH);
	}

	/** The step-by-step loss and gradient in the reference's order of operations (any number of sequences). */
	static Gradient gradientStepwise(Weights w, float[] decay, SequenceBatch batch) {
		final int n = w.nState(), ud = w.uDim(), zd = w.zDim(), in = w.inputDim();
		final int steps = batch.steps();
		final float[][] wU = w.wU(), b = w.b(), wO = w.wO();
		final float[][] bT = transpose(b);
		final Weights grad = w.zerosLike();
		final float[][] gWu = grad.wU(), gB = grad.b(), gWo = grad.wO();
		final float[][] xs = new float[steps][in], us = new float[steps][ud], hs = new float[steps][n];
		final float[][] err = new float[steps][zd];
		final float[] bu = new float[n], dh = new float[n], carry = new float[n], du = new float[ud];
		final long count = (long) batch.sequences() * steps * zd;
		// torch's mse_loss backward: (2 / numel, as float) · (input − target) · grad_output(1)
		final float norm = (float) (2.0 / count);
		double sq = 0;
		float maxH = 0;
		for (int s = 0; s < batch.sequences(); s++) {
			// forward, keeping x_t, u_t, h_{t+1} and the residuals
			float[] hPrev = null;
			for (int t = 0; t < steps; t++) {
				float[] x = xs[t], u = us[t], h = hs[t];
				input(batch.z()[s][t], batch.a()[s][t], x);
				matVec(wU, x, u);
				mulAdd(bT, u, bu);
				if (hPrev == null) {
					for (int i = 0; i < n; i++) {
						h[i] = decay[i] * 0f + bu[i];
					}
				} else {
					for (int i = 0; i < n; i++) {
						h[i] = decay[i] * hPrev[i] + bu[i];
					}
				}
				hPrev = h;
				float hn = norm(h);
				if (maxH == maxH && !(hn <= maxH)) {
					maxH = hn; // a NaN norm sticks, so the caller sees it
				}
				float[] target = batch.zNext()[s][t];
				for (int k = 0; k < zd; k++) {
					float d = dot(wO[k], h) - target[k];
					float d2 = d * d;
					sq += d2;
					err[t][k] = norm * d;
				}
			}
			// backward through time
			java.util.Arrays.fill(carry, 0f);
			for (int t = steps - 1; t >= 0; t--) {
				float[] g = err[t], h = hs[t], u = us[t], x = xs[t];
				System.arraycopy(carry, 0, dh, 0, n);
				for (int k = 0; k < zd; k++) {
					float gk = g[k];
					axpy(gk, wO[k], dh);
					axpy(gk, h, gWo[k]);
				}
				java.util.Arrays.fill(du, 0f);
				for (int i = 0; i < n; i++) {
					float di = dh[i];
					if (di != 0f) {
						axpy(di, b[i], du);
						axpy(di, u, gB[i]);
					}
				}
				for (int j = 0; j < ud; j++) {
					axpy(du[j], x, gWu[j]);
				}
				for (int i = 0; i < n; i++) {
					carry[i] = decay[i] * dh[i];
				}
			}
		}
		float loss = (float) (sq / count);
		return new Gradient(loss, maxH, grad);
	}

	@Override
	public float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bfloat16) {
		if (steps < 0) {
			throw new IllegalArgumentException("ns_steps must not be negative: " + steps);
		}
		int rows = g.length, cols = g[0].length;
		boolean transposed = rows > cols;
		float[][] x = transposed ? transpose(g) : Weights.copy(g);
		return bfloat16 ? nsBf16(x, steps, a, b, c, eps, transposed) : nsF32(x, steps, a, b, c, eps, transposed);
	}

	/**
	 * The reference's MuonFallback: {@code X = G / (‖G‖ + eps)} in float32, then the quintic iteration with every
	 * product and every elementwise op rounded to float32.
	 */
	private static float[][] nsF32(float[][] x, int steps, float a, float b, float c, float eps, boolean transposed) {
		int r = x.length, k = x[0].length;
		float denom = frobenius(x) + eps;
		for (float[] row : x) {
			for (int j = 0; j < k; j++) {
				row[j] = row[j] / denom;
			}
		}
		float[][] gram = new float[r][r], gram2 = new float[r][r], bx = new float[r][k];
		for (int it = 0; it < steps; it++) {
			symmetricGram(x, gram); // A = X Xᵀ
			symmetricGram(gram, gram2); // A·A = A·Aᵀ (A is exactly symmetric)
			for (int i = 0; i < r; i++) {
				float[] gi = gram[i], g2 = gram2[i];
				for (int j = 0; j < r; j++) {
					g2[j] = b * gi[j] + c * g2[j]; // B = b·A + c·(A·A)
				}
			}
			matMul(gram2, x, bx); // B·X
			for (int i = 0; i < r; i++) {
				float[] xi = x[i], bxi = bx[i];
				for (int j = 0; j < k; j++) {
					xi[j] = a * xi[j] + bxi[j];
				}
			}
		}
		return transposed ? transpose(x) : x;
	}

	/**
	 * torch.optim.Muon (2.9): {@code X = bf16(G)} (transposed first), {@code X /= max(‖X‖, eps)}, then per step
	 * {@code A = X Xᵀ}, {@code B = addmm(A, A, A, beta=b, alpha=c)}, {@code X = addmm(X, B, X, beta=a)}, all tensors
	 * bfloat16: products accumulate in float32, each op's result is rounded once to bfloat16.
	 */
	private static float[][] nsBf16(float[][] x, int steps, float a, float b, float c, float eps, boolean transposed) {
		int r = x.length, k = x[0].length;
		BFloat16.roundInPlace(x);
		float norm = BFloat16.round(frobenius(x));
		float min = BFloat16.round(eps);
		float denom = norm < min ? min : norm; // clamp(min=eps); NaN passes through as torch's clamp does
		for (float[] row : x) {
			for (int j = 0; j < k; j++) {
				row[j] = BFloat16.round(row[j] / denom);
			}
		}
		float[][] gram = new float[r][r], gram2 = new float[r][r], bx = new float[r][k];
		for (int it = 0; it < steps; it++) {
			symmetricGram(x, gram); // A = X Xᵀ
			BFloat16.roundInPlace(gram);
			symmetricGram(gram, gram2); // A·A = A·Aᵀ (A is exactly symmetric)
			for (int i = 0; i < r; i++) {
				float[] gi = gram[i], g2 = gram2[i];
				for (int j = 0; j < r; j++) {
					g2[j] = BFloat16.round(b * gi[j] + c * g2[j]);
				}
			}
			matMul(gram2, x, bx); // B·X
			for (int i = 0; i < r; i++) {
				float[] xi = x[i], bxi = bx[i];
				for (int j = 0; j < k; j++) {
					xi[j] = BFloat16.round(a * xi[j] + bxi[j]);
				}
			}
		}
		return transposed ? transpose(x) : x;
	}

	// ---- kernels (rows from index 0, no allocation) ----

	/** {@code y += alpha · x} over the whole row. */
	static void axpy(float alpha, float[] x, float[] y) {
		for (int i = 0; i < y.length; i++) {
			y[i] += alpha * x[i];
		}
	}

	static float dot(float[] a, float[] b) {
		float s = 0f;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	/** {@code out = m · v} (m [rows][v.length]). */
	static void matVec(float[][] m, float[] v, float[] out) {
		for (int r = 0; r < m.length; r++) {
			out[r] = dot(m[r], v);
		}
	}

	/** {@code out = Σ_j v[j] · mT[j]}, i.e. {@code M v} given {@code Mᵀ}. */
	static void mulAdd(float[][] mT, float[] v, float[] out) {
		java.util.Arrays.fill(out, 0f);
		for (int j = 0; j < mT.length; j++) {
			axpy(v[j], mT[j], out);
		}
	}

	/** {@code out = p · q}: each row of out is a combination of the rows of q. */
	static void matMul(float[][] p, float[][] q, float[][] out) {
		for (int i = 0; i < p.length; i++) {
			float[] o = out[i], pi = p[i];
			java.util.Arrays.fill(o, 0f);
			for (int k = 0; k < pi.length; k++) {
				axpy(pi[k], q[k], o);
			}
		}
	}

	/**
	 * {@code out = m · mᵀ}, each element summed in index order from 0 exactly as {@link #matMul}{@code (m, mᵀ, out)}
	 * sums it (so bit for bit the same), but only the upper triangle is computed (the products of {@code out[j][i]}
	 * are those of {@code out[i][j]}, so the result is exactly symmetric) and four dot products run side by side.
	 */
	static void symmetricGram(float[][] m, float[][] out) {
		final int r = m.length, k = m[0].length;
		for (int i = 0; i < r; i++) {
			final float[] mi = m[i], oi = out[i];
			int j = i;
			for (; j + 3 < r; j += 4) {
				final float[] m0 = m[j], m1 = m[j + 1], m2 = m[j + 2], m3 = m[j + 3];
				float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
				for (int c = 0; c < k; c++) {
					float v = mi[c];
					s0 += v * m0[c];
					s1 += v * m1[c];
					s2 += v * m2[c];
					s3 += v * m3[c];
				}
				oi[j] = s0;
				oi[j + 1] = s1;
				oi[j + 2] = s2;
				oi[j + 3] = s3;
				out[j][i] = s0;
				out[j + 1][i] = s1;
				out[j + 2][i] = s2;
				out[j + 3][i] = s3;
			}
			for (; j < r; j++) {
				float s0 = 0f;
				final float[] mj = m[j];
				for (int c = 0; c < k; c++) {
					s0 += mi[c] * mj[c];
				}
				oi[j] = s0;
				out[j][i] = s0;
			}
		}
	}

	static float[][] transpose(float[][] m) {
		float[][] t = new float[m[0].length][m.length];
		transposeInto(m, t);
		return t;
	}

	static void transposeInto(float[][] m, float[][] t) {
		for (int i = 0; i < m.length; i++) {
			float[] row = m[i];
			for (int j = 0; j < row.length; j++) {
				t[j][i] = row[j];
			}
		}
	}

	/** ‖m‖_F accumulated in double, rounded to float32. */
	static float frobenius(float[][] m) {
		double s = 0;
		for (float[] row : m) {
			for (float v : row) {
				s += (double) v * v;
			}
		}
		return (float) Math.sqrt(s);
	}

	static float norm(float[] v) {
		double s = 0;
		for (float f : v) {
			s += (double) f * f;
		}
		return (float) Math.sqrt(s);
	}

	private static void input(float[] z, float[] a, float[] x) {
		System.arraycopy(z, 0, x, 0, z.length);
		System.arraycopy(a, 0, x, z.length, a.length);
	}

	private static void check(Weights w, float[] decay, SequenceBatch batch) {
		if (decay.length != w.nState()) {
			throw new IllegalArgumentException("decay has " + decay.length + " values, n_state is " + w.nState());
		}
		if (batch.zDim() != w.zDim() || batch.zDim() + batch.actDim() != w.inputDim()) {
			throw new IllegalArgumentException("batch has z_dim " + batch.zDim() + " and act_dim " + batch.actDim()
					+ ", the weights need z_dim " + w.zDim() + " and z_dim + act_dim = " + w.inputDim());
		}
	}
}
