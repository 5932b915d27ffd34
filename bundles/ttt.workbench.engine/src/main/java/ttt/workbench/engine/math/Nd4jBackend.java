package ttt.workbench.engine.math;

import java.nio.FloatBuffer;
import java.util.Arrays;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J {@link SsmBackend}: float32 throughout, batched over every step of every sequence, so that the number of
 * ND4J calls per call is a small constant (ND4J costs ≈ 10 µs per op whatever its size).
 *
 * <h2>Two paths, as in {@link JvmBackend}</h2> The S sequences × T steps are flattened into N = S·T rows, row
 * {@code r = s·T + t}, all matrices row-major.
 *
 * <p><b>One sequence</b> (a run's replay buffer, online updates): the reference's order of operations, batched over
 * the steps. {@code U = X·W_uᵀ}, {@code BU = U·Bᵀ}, host scan {@code h = decay ⊙ h + Bu}, {@code Ẑ = H·W_oᵀ}; backward
 * host reverse scan {@code dh_t = decay ⊙ dh_{t+1} + Σ_k dẑ_{t,k} W_o[k]} accumulating {@code dW_o} on the way (rank-z
 * axpys, the JVM backend's order), then {@code dB = dHᵀ·U}, {@code dU = dH·B}, {@code dW_u = dUᵀ·X}: 3 gemms forward,
 * 6 for a gradient, no per-step ND4J op. Same quantities, rounded at the same places, as {@link JvmBackend}'s
 * one-sequence path (only the summation order inside the gemms differs). This matters: the runs' observations hold positions up to ≈ 140 while errors are
 * ≈ 1, and the folded {@code M = B·W_u} below rounds differently from {@code B·(W_u·x)}; through Newton–Schulz (which
 * amplifies small singular directions of the gradient) that had put the case1 replay's adaptive MSE at 4.1e-5 of the
 * reference (1.1e-4 on another replay case), against the JVM backend's 3.2e-5; in this order ND4J is at 3.2e-5 too.
 *
 * <p><b>Two or more sequences</b> (pretraining batches), where speed counts and there is no reference trajectory to
 * follow, as {@code JvmBatch} does:
 * <ul>
 * <li>The input path is folded into one small matrix {@code M = B·W_u} [n, in] (in = z_dim + act_dim; one gemm), so
 * {@code B u_t = M x_t}: the n×u_dim product per step disappears (at u_dim 128, n_state 1024, 32×32 steps: 134 M
 * multiply-adds become 6 M).</li>
 * <li>Forward scan {@code h_{t+1} = decay ⊙ h_t + M x_t} on the host, one pass that writes each {@code h} row straight
 * into the native buffer of {@code H} [N, n] (no INDArray and no ND4J op per step) and takes {@code maxH} on the way.
 * ND4J has no fused scan; measured alternatives: a per-step ND4J scan 2.5× slower, {@code cumsum} along time 30×
 * slower, log-depth (Hillis–Steele) and triangular-matmul closed forms 10–20× slower.</li>
 * <li>{@code Ẑ = H·W_oᵀ} [N, z]: one gemm over all steps; loss and {@code dL/dẐ = (2/numel)(Ẑ − Z')} on the host from
 * its N·z values.</li>
 * <li>Backward scan {@code g_t = W_oᵀ dẑ_t + decay ⊙ g_{t+1}} on the host, accumulating on the way
 * {@code dW_o = Σ dẑ_t h_tᵀ} (h rows read back from H's buffer) and {@code P = Σ g_t x_tᵀ} [n, in]: these are
 * rank-z and rank-in updates per step, i.e. axpys over n on rows in cache. As gemms (dẐᵀ·H, Gᵀ·X) they are
 * memory-bound skinny products over a 4 MB [N, n] array each and measured slower (+0.8 ms at the large size, and
 * they need a G array).</li>
 * <li>{@code dB = P·W_uᵀ} [n, u] (= Σ g uᵀ) and {@code dW_u = Bᵀ·P} [u, in] (= Σ Bᵀg xᵀ): one gemm each.</li>
 * </ul>
 * Folded path, ND4J per {@code forward}: 2 gemms (M, Ẑ), 6 arrays created in the workspace (W_u, B, W_o filled from the host;
 * Mᵀ, H, Ẑ), 2 bulk reads. Per {@code gradient}: 4 gemms, 9 arrays, 4 bulk reads. Everything runs inside this
 * thread's ND4J workspace ({@link Nd4jArrays#openWorkspace()}): fresh 4 MB arrays outside a workspace cost ≈ 2 ms each.
 *
 * <p>Numerics: elementwise ops round to float32 as torch's do ({@code decay·h} and {@code + Bu} separately; Java never
 * fuses); products and gradient sums accumulate in float32; the loss is the sum of float32 squares accumulated in
 * double (in step order, as {@link JvmBackend}), ‖h‖ likewise, rounded once. On several sequences {@code Bu} is
 * {@code (B·W_u)·x} rather than {@code B·(W_u·x)}, so results differ from the reference's order by float32 rounding
 * (tests: ≤ 1e-4 relative against float64 and against {@link JvmBackend}).
 *
 * <p>Thread-safe and stateless: no mutable field; each thread works in its own ND4J workspace (ND4J keeps workspaces
 * per thread). A thread that is done with the backend can give its workspace memory (≈ N·n·4 bytes plus small
 * arrays) back with {@link #releaseThreadWorkspace()}; otherwise it is freed when the thread ends.
 */
public final class Nd4jBackend implements SsmBackend {

	public static final String NAME = "nd4j";

	/**
	 * Loads ND4J (backend, natives; 0.5–3 s the first time in a JVM, nothing afterwards), so that a missing or broken
	 * ND4J fails here, where {@link BackendSelector} can fall back, rather than in the first training step.
	 *
	 * @throws RuntimeException or {@link LinkageError} when ND4J cannot be loaded
	 */
	public Nd4jBackend() {
		Nd4jArrays.ensureLoaded();
	}

	@Override
	public String name() {
		return NAME;
	}

	/** Frees the calling thread's ND4J workspace (≈ 2·N·n·4 bytes after a gradient call); optional. */
	public static void releaseThreadWorkspace() {
		Nd4jArrays.releaseThreadWorkspace();
	}

	@Override
	@SuppressWarnings("try")
	public Forward forward(Weights w, float[] decay, SequenceBatch batch) {
		check(w, decay, batch);
		try (MemoryWorkspace ws = Nd4jArrays.openWorkspace()) {
			Pass p = batch.sequences() == 1 ? stepOrderForward(w, decay, batch) : forwardPass(w, decay, batch);
			return new Forward(p.loss, p.maxH);
		}
	}

	@Override
	@SuppressWarnings("try")
	public Gradient gradient(Weights w, float[] decay, SequenceBatch batch) {
		check(w, decay, batch);
		try (MemoryWorkspace ws = Nd4jArrays.openWorkspace()) {
			if (batch.sequences() == 1) {
				return stepOrderGradient(w, decay, batch);
			}
			Pass p = forwardPass(w, decay, batch);
			final int n = w.nState(), zd = w.zDim(), in = w.inputDim();
			final int steps = batch.steps(), seqs = batch.sequences(), rows = seqs * steps;

			// dL/dẐ = (2 / numel, as float) · (Ẑ − Z'), as torch's mse_loss backward
			final float scale = (float) (2.0 / ((double) rows * zd));
			final float[] dz = p.residual;
			for (int i = 0; i < dz.length; i++) {
				dz[i] = scale * dz[i];
			}

			// reverse scan g_t = W_oᵀ dẑ_t + decay ⊙ g_{t+1}, accumulating on the way (rows in cache, axpys only)
			// dW_o += dẑ_t h_tᵀ (h_t read back from H's native buffer) and Pᵀ += x_t g_tᵀ (P = Σ g xᵀ [n, in])
			final FloatBuffer hBuf = Nd4jArrays.buffer(p.h);
			final float[][] wO = w.wO();
			final float[][] gWo = new float[zd][n], pT = new float[in][n];
			final float[] g = new float[n], dh = new float[n], hRow = new float[n];
			for (int s = 0; s < seqs; s++) {
				Arrays.fill(g, 0f);
				for (int t = steps - 1; t >= 0; t--) {
					final int r = s * steps + t, o = r * zd;
					final float c0 = dz[o];
					final float[] w0 = wO[0];
					for (int i = 0; i < n; i++) {
						dh[i] = c0 * w0[i];
					}
					for (int k = 1; k < zd; k++) {
						axpy(dz[o + k], wO[k], dh, n);
					}
					for (int i = 0; i < n; i++) {
						g[i] = decay[i] * g[i] + dh[i];
					}
					hBuf.get(r * n, hRow, 0, n);
					for (int k = 0; k < zd; k++) {
						axpy(dz[o + k], hRow, gWo[k], n);
					}
					final float[] zt = batch.z()[s][t], at = batch.a()[s][t];
					for (int j = 0; j < in; j++) {
						axpy(j < zd ? zt[j] : at[j - zd], g, pT[j], n);
					}
				}
			}

			// dB = P W_uᵀ [n, u] and dW_u = Bᵀ P [u, in], from Pᵀ [in, n]
			INDArray pt = Nd4jArrays.toNd(pT);
			float[][] gB = Nd4jArrays.toHost(Nd4j.gemm(pt, p.wU, Nd4jArrays.matrix(n, w.uDim()), true, true, 1.0, 0.0));
			float[][] gWu = Nd4jArrays.toHost(Nd4j.gemm(p.b, pt, Nd4jArrays.matrix(w.uDim(), in), true, true, 1.0, 0.0));
			return new Gradient(p.loss, p.maxH, new Weights(gWu, gB, gWo));
		}
	}

	@Override
	public float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bfloat16) {
		return Nd4jNewtonSchulz.newtonSchulz(g, steps, a, b, c, eps, bfloat16);
	}

	/** What the backward pass needs from the forward pass (ND4J arrays live in the caller's workspace scope). */
	private static final class Pass {
		INDArray wU, b, h;
		/** Step order only: the inputs X [N, in], U = X W_uᵀ [N, u] and W_o. */
		INDArray x, u, wO;
		/** Step order only: H on the host, row-major [N, n]. */
		float[] hHost;
		/** Ẑ − Z', row-major [N, z]. */
		float[] residual;
		float loss, maxH;
	}

	/** Must run inside an open workspace; the arrays in the result die with it. */
	private static Pass forwardPass(Weights w, float[] decay, SequenceBatch batch) {
		final int n = w.nState(), zd = w.zDim(), ad = batch.actDim(), in = w.inputDim();
		final int steps = batch.steps(), seqs = batch.sequences(), rows = seqs * steps;
		Pass p = new Pass();
		p.wU = Nd4jArrays.toNd(w.wU());
		p.b = Nd4jArrays.toNd(w.b());
		// Mᵀ = W_uᵀ Bᵀ = (B W_u)ᵀ [in, n]: B u_t = Σ_j x_t[j] · Mᵀ[j]
		float[][] mT = Nd4jArrays.toHost(Nd4j.gemm(p.wU, p.b, Nd4jArrays.matrix(in, n), true, true, 1.0, 0.0));

		// forward scan h_{t+1} = decay ⊙ h_t + M x_t, written row by row into H's native buffer
		p.h = Nd4jArrays.matrix(rows, n);
		FloatBuffer hBuf = Nd4jArrays.buffer(p.h);
		final float[] h = new float[n], bu = new float[n];
		float maxH = 0f;
		for (int s = 0; s < seqs; s++) {
			Arrays.fill(h, 0f);
			for (int t = 0; t < steps; t++) {
				float[] zt = batch.z()[s][t], at = batch.a()[s][t];
				if (zt.length != zd || at.length != ad) {
					throw new IllegalArgumentException("step " + t + " of sequence " + s + " has " + zt.length
							+ " observation and " + at.length + " action values, expected " + zd + " and " + ad);
				}
				float x0 = zt[0];
				float[] m0 = mT[0];
				for (int i = 0; i < n; i++) {
					bu[i] = x0 * m0[i];
				}
				for (int j = 1; j < in; j++) {
					axpy(j < zd ? zt[j] : at[j - zd], mT[j], bu, n);
				}
				for (int i = 0; i < n; i++) {
					h[i] = decay[i] * h[i] + bu[i];
				}
				float hn = norm(h);
				if (maxH == maxH && !(hn <= maxH)) {
					maxH = hn; // a NaN norm sticks, so the caller sees it
				}
				hBuf.put((s * steps + t) * n, h, 0, n);
			}
		}
		p.maxH = maxH;

		// Ẑ = H W_oᵀ [N, z]; residual and loss on the host
		INDArray wO = Nd4jArrays.toNd(w.wO());
		float[] res = Nd4jArrays.toHostFlat(Nd4j.gemm(p.h, wO, Nd4jArrays.matrix(rows, zd), false, true, 1.0, 0.0));
		double sq = residuals(res, batch, zd);
		p.residual = res;
		p.loss = (float) (sq / ((double) rows * zd));
		return p;
	}

	/**
	 * Turns {@code Ẑ} [N, z] (row-major) into the residuals {@code Ẑ − Z'} in place and returns Σ (ẑ − z)², each
	 * square rounded to float32 and summed in double in step order, as {@link JvmBackend} sums it.
	 */
	private static double residuals(float[] res, SequenceBatch batch, int zd) {
		final int steps = batch.steps(), seqs = batch.sequences();
		double sq = 0;
		for (int s = 0; s < seqs; s++) {
			for (int t = 0; t < steps; t++) {
				float[] target = batch.zNext()[s][t];
				if (target.length != zd) {
					throw new IllegalArgumentException("target " + t + " of sequence " + s + " has " + target.length
							+ " values, expected " + zd);
				}
				int o = (s * steps + t) * zd;
				for (int k = 0; k < zd; k++) {
					float d = res[o + k] - target[k];
					res[o + k] = d;
					float d2 = d * d;
					sq += d2;
				}
			}
		}
		return sq;
	}

	/**
	 * The forward pass in the reference's (and {@link JvmBackend}'s one-sequence) order of operations:
	 * {@code U = X·W_uᵀ}, {@code BU = U·Bᵀ} (two gemms over all steps), the scan {@code h = decay ⊙ h + Bu} on the
	 * host (each op rounded to float32), {@code Ẑ = H·W_oᵀ} (one gemm), residuals and loss on the host. Must run inside
	 * an open workspace.
	 */
	private static Pass stepOrderForward(Weights w, float[] decay, SequenceBatch batch) {
		final int n = w.nState(), zd = w.zDim(), ad = batch.actDim(), in = w.inputDim(), ud = w.uDim();
		final int steps = batch.steps(), seqs = batch.sequences(), rows = seqs * steps;
		Pass p = new Pass();
		float[] xs = new float[rows * in];
		for (int s = 0; s < seqs; s++) {
			for (int t = 0; t < steps; t++) {
				float[] zt = batch.z()[s][t], at = batch.a()[s][t];
				if (zt.length != zd || at.length != ad) {
					throw new IllegalArgumentException("step " + t + " of sequence " + s + " has " + zt.length
							+ " observation and " + at.length + " action values, expected " + zd + " and " + ad);
				}
				int o = (s * steps + t) * in;
				System.arraycopy(zt, 0, xs, o, zd);
				System.arraycopy(at, 0, xs, o + zd, ad);
			}
		}
		p.x = Nd4jArrays.toNd(xs, rows, in);
		p.wU = Nd4jArrays.toNd(w.wU());
		p.b = Nd4jArrays.toNd(w.b());
		p.u = Nd4j.gemm(p.x, p.wU, Nd4jArrays.matrix(rows, ud), false, true, 1.0, 0.0); // U = X W_uᵀ
		// BU = U Bᵀ, then the scan in place: row r becomes h_{t+1} = decay ⊙ h_t + Bu_t
		float[] hs = Nd4jArrays.toHostFlat(Nd4j.gemm(p.u, p.b, Nd4jArrays.matrix(rows, n), false, true, 1.0, 0.0));
		final float[] h = new float[n];
		float maxH = 0f;
		for (int s = 0; s < seqs; s++) {
			Arrays.fill(h, 0f);
			for (int t = 0; t < steps; t++) {
				final int o = (s * steps + t) * n;
				double sq = 0;
				for (int i = 0; i < n; i++) {
					float v = decay[i] * h[i] + hs[o + i];
					h[i] = v;
					hs[o + i] = v;
					sq += (double) v * v;
				}
				float hn = (float) Math.sqrt(sq);
				if (maxH == maxH && !(hn <= maxH)) {
					maxH = hn; // a NaN norm sticks, so the caller sees it
				}
			}
		}
		p.maxH = maxH;
		p.hHost = hs;
		p.h = Nd4jArrays.toNd(hs, rows, n);
		p.wO = Nd4jArrays.toNd(w.wO());
		float[] res = Nd4jArrays.toHostFlat(Nd4j.gemm(p.h, p.wO, Nd4jArrays.matrix(rows, zd), false, true, 1.0, 0.0));
		double sq = residuals(res, batch, zd);
		p.residual = res;
		p.loss = (float) (sq / ((double) rows * zd));
		return p;
	}

	/**
	 * Loss and gradient in the reference's order of operations (see {@link #stepOrderForward}), the backward pass as
	 * {@link JvmBackend}'s one-sequence path computes it. The reverse scan runs on the host over rows in cache, in the
	 * JVM backend's order: {@code dh_t = decay ⊙ dh_{t+1}}, then {@code += dẑ_{t,k}·W_o[k]} and
	 * {@code dW_o[k] += dẑ_{t,k}·h_t} for each k (rank-z axpys over n, cheaper than two more gemms and their copies).
	 * The products over all steps are gemms: {@code dB = dHᵀ·U}, {@code dU = dH·B}, {@code dW_u = dUᵀ·X}. With the
	 * forward pass: 6 gemms.
	 */
	private static Gradient stepOrderGradient(Weights w, float[] decay, SequenceBatch batch) {
		Pass p = stepOrderForward(w, decay, batch);
		final int n = w.nState(), zd = w.zDim(), in = w.inputDim(), ud = w.uDim();
		final int steps = batch.steps(), seqs = batch.sequences(), rows = seqs * steps;
		// dL/dẐ = (2 / numel, as float) · (Ẑ − Z'), as torch's mse_loss backward
		final float scale = (float) (2.0 / ((double) rows * zd));
		final float[] dz = p.residual;
		for (int i = 0; i < dz.length; i++) {
			dz[i] = scale * dz[i];
		}
		final float[][] wO = w.wO();
		final float[][] gWo = new float[zd][n];
		final float[] dhAll = new float[rows * n], dh = new float[n], carry = new float[n], hRow = new float[n];
		for (int s = 0; s < seqs; s++) {
			Arrays.fill(carry, 0f);
			for (int t = steps - 1; t >= 0; t--) {
				final int r = s * steps + t;
				System.arraycopy(carry, 0, dh, 0, n);
				System.arraycopy(p.hHost, r * n, hRow, 0, n);
				for (int k = 0; k < zd; k++) {
					final float gk = dz[r * zd + k];
					axpy(gk, wO[k], dh, n);
					axpy(gk, hRow, gWo[k], n);
				}
				for (int i = 0; i < n; i++) {
					carry[i] = decay[i] * dh[i];
				}
				System.arraycopy(dh, 0, dhAll, r * n, n);
			}
		}
		INDArray dH = Nd4jArrays.toNd(dhAll, rows, n);
		float[][] gB = Nd4jArrays.toHost(Nd4j.gemm(dH, p.u, Nd4jArrays.matrix(n, ud), true, false, 1.0, 0.0));
		INDArray dU = Nd4j.gemm(dH, p.b, Nd4jArrays.matrix(rows, ud), false, false, 1.0, 0.0);
		float[][] gWu = Nd4jArrays.toHost(Nd4j.gemm(dU, p.x, Nd4jArrays.matrix(ud, in), true, false, 1.0, 0.0));
		return new Gradient(p.loss, p.maxH, new Weights(gWu, gB, gWo));
	}

	/** {@code y[0..n) += alpha · x[0..n)}. */
	private static void axpy(float alpha, float[] x, float[] y, int n) {
		for (int i = 0; i < n; i++) {
			y[i] += alpha * x[i];
		}
	}

	/** ‖v‖₂ accumulated in double (four partial sums), rounded once to float32. */
	private static float norm(float[] v) {
		double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		int i = 0;
		for (; i + 3 < v.length; i += 4) {
			s0 += (double) v[i] * v[i];
			s1 += (double) v[i + 1] * v[i + 1];
			s2 += (double) v[i + 2] * v[i + 2];
			s3 += (double) v[i + 3] * v[i + 3];
		}
		for (; i < v.length; i++) {
			s0 += (double) v[i] * v[i];
		}
		return (float) Math.sqrt((s0 + s1) + (s2 + s3));
	}

	private static void check(Weights w, float[] decay, SequenceBatch batch) {
		if (decay.length != w.nState()) {
			throw new IllegalArgumentException("decay has " + decay.length + " values, n_state is " + w.nState());
		}
		if (batch.zDim() != w.zDim() || batch.zDim() + batch.actDim() != w.inputDim()) {
			throw new IllegalArgumentException("batch has z_dim " + batch.zDim() + " and act_dim " + batch.actDim()
					+ ", the weights need z_dim " + w.zDim() + " and z_dim + act_dim = " + w.inputDim());
		}
		if ((long) batch.sequences() * batch.steps() * Math.max(w.nState(), w.inputDim()) > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("batch too large for the ND4J backend: " + batch.sequences() + " x "
					+ batch.steps() + " steps at n_state " + w.nState());
		}
	}
}
