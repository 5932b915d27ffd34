package ttt.workbench.engine.math;

import java.nio.FloatBuffer;
import java.util.Arrays;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J {@link SsmBackend}: float32 throughout, batched over every step of every sequence, so that the number of
 * ND4J calls per call is a small constant (ND4J costs ≈ 10 µs per op whatever its size) and all heavy reductions are
 * BLAS matrix products.
 *
 * <h2>Formulation</h2> The S sequences × T steps are flattened into N = S·T rows, row {@code r = s·T + t}, all
 * matrices row-major:
 * <ul>
 * <li>{@code X} [N, in] (in = z_dim + act_dim) holds {@code x_t = [z_t; a_t]}.</li>
 * <li>The input path is folded into one small matrix {@code M = B·W_u} [n, in] (one gemm), so {@code B u_t = M x_t}:
 * the n×u_dim product per step disappears (134 M multiply-adds at u_dim 128, n_state 1024, 32×32 steps become 6 M).
 * </li>
 * <li>The diagonal recurrence {@code h_{t+1} = decay ⊙ h_t + M x_t} runs on the host, in one pass that writes each
 * {@code h} row straight into the native buffer of {@code H} [N, n] (no INDArray per step, no ND4J op per step), and
 * yields {@code maxH} on the way. ND4J has no fused scan: a per-step ND4J scan measured 2.5× slower, {@code cumsum}
 * along time 30× slower, log-depth and triangular-matmul closed forms 10–20× slower than this pass.</li>
 * <li>{@code Ẑ = H·W_oᵀ} [N, z] is one gemm; loss and {@code dL/dẐ = (2/numel)(Ẑ − Z')} are computed on the host from
 * it (N·z values).</li>
 * <li>Backward: {@code dW_o = dẐᵀ·H} (one gemm); the reverse scan {@code g_t = W_oᵀ dẑ_t + decay ⊙ g_{t+1}} again on
 * the host into the native buffer of {@code G} [N, n]; then {@code P = Gᵀ·X} [n, in] (one gemm),
 * {@code dB = P·W_uᵀ} (= Σ g uᵀ) and {@code dW_u = Bᵀ·P} (= Σ Bᵀg xᵀ), one gemm each.</li>
 * </ul>
 * ND4J work per {@code forward}: 4 arrays filled from the host (W_u, B, W_o, H's allocation), 2 gemms, 2 bulk reads.
 * Per {@code gradient}: 7 arrays (+ dẐ, X, G), 6 gemms, 5 bulk reads. All of it inside this thread's ND4J workspace
 * ({@link Nd4jArrays#openWorkspace()}), so the large [N, n] arrays are not freshly allocated on every call.
 *
 * <p>Numerics: every elementwise op rounds to float32 as torch does ({@code decay·h} and {@code + Bu} separately; Java
 * never fuses); matrix products accumulate in float32 (OpenBLAS); loss and norms are accumulated in double and rounded
 * once. Because {@code Bu} is computed as {@code (B·W_u)·x} rather than {@code B·(W_u·x)}, results differ from the
 * reference order by float32 rounding only (tests: ≤ 1e-4 relative).
 *
 * <p>Thread-safe and stateless: no mutable field; each thread works in its own ND4J workspace (ND4J keeps workspaces
 * per thread). A thread that is done with the backend can give its workspace memory back with
 * {@link #releaseThreadWorkspace()} (otherwise it is freed when the thread ends).
 */
public final class Nd4jBackend implements SsmBackend {

	public static final String NAME = "nd4j";

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
			Pass p = forwardPass(w, decay, batch);
			return new Forward(p.loss, p.maxH);
		}
	}

	@Override
	@SuppressWarnings("try")
	public Gradient gradient(Weights w, float[] decay, SequenceBatch batch) {
		check(w, decay, batch);
		try (MemoryWorkspace ws = Nd4jArrays.openWorkspace()) {
			Pass p = forwardPass(w, decay, batch);
			final int n = w.nState(), zd = w.zDim(), in = w.inputDim();
			final int steps = batch.steps(), seqs = batch.sequences(), rows = seqs * steps;

			// dL/dẐ = (2 / numel, as float) · (Ẑ − Z'), as torch's mse_loss backward
			final float scale = (float) (2.0 / ((double) rows * zd));
			final float[] dz = p.residual;
			for (int i = 0; i < dz.length; i++) {
				dz[i] = scale * dz[i];
			}
			INDArray dZ = Nd4jArrays.toNd(dz, rows, zd);
			float[][] gWo = Nd4jArrays.toHost(Nd4j.gemm(dZ, p.h, Nd4jArrays.matrix(zd, n), true, false, 1.0, 0.0));

			// reverse scan g_t = W_oᵀ dẑ_t + decay ⊙ g_{t+1}, written row by row into G's native buffer
			INDArray gArr = Nd4jArrays.matrix(rows, n);
			FloatBuffer gBuf = Nd4jArrays.buffer(gArr);
			final float[][] wO = w.wO();
			final float[] g = new float[n], dh = new float[n];
			for (int s = 0; s < seqs; s++) {
				Arrays.fill(g, 0f);
				for (int t = steps - 1; t >= 0; t--) {
					int r = s * steps + t;
					int o = r * zd;
					float c0 = dz[o];
					float[] w0 = wO[0];
					for (int i = 0; i < n; i++) {
						dh[i] = c0 * w0[i];
					}
					for (int k = 1; k < zd; k++) {
						float ck = dz[o + k];
						float[] wk = wO[k];
						for (int i = 0; i < n; i++) {
							dh[i] += ck * wk[i];
						}
					}
					for (int i = 0; i < n; i++) {
						g[i] = decay[i] * g[i] + dh[i];
					}
					gBuf.put(r * n, g, 0, n);
				}
			}

			// P = Gᵀ X [n, in]; dB = P W_uᵀ [n, u]; dW_u = Bᵀ P [u, in]
			INDArray x = Nd4jArrays.toNd(inputs(batch, in), rows, in);
			INDArray pm = Nd4j.gemm(gArr, x, Nd4jArrays.matrix(n, in), true, false, 1.0, 0.0);
			float[][] gB = Nd4jArrays.toHost(Nd4j.gemm(pm, p.wU, Nd4jArrays.matrix(n, w.uDim()), false, true, 1.0, 0.0));
			float[][] gWu = Nd4jArrays.toHost(Nd4j.gemm(p.b, pm, Nd4jArrays.matrix(w.uDim(), in), true, false, 1.0, 0.0));
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
					float xj = j < zd ? zt[j] : at[j - zd];
					float[] mj = mT[j];
					for (int i = 0; i < n; i++) {
						bu[i] += xj * mj[i];
					}
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
					sq += (double) (d * d);
				}
			}
		}
		p.residual = res;
		p.loss = (float) (sq / ((double) rows * zd));
		return p;
	}

	/** X [N, in] row-major: row {@code s·T + t} is {@code [z_t; a_t]} of sequence s. */
	private static float[] inputs(SequenceBatch batch, int in) {
		final int steps = batch.steps(), zd = batch.zDim(), ad = batch.actDim();
		float[] x = new float[batch.sequences() * steps * in];
		for (int s = 0; s < batch.sequences(); s++) {
			for (int t = 0; t < steps; t++) {
				int o = (s * steps + t) * in;
				System.arraycopy(batch.z()[s][t], 0, x, o, zd);
				System.arraycopy(batch.a()[s][t], 0, x, o + zd, ad);
			}
		}
		return x;
	}

	/** ‖v‖₂ accumulated in double, rounded once to float32. */
	private static float norm(float[] v) {
		double s0 = 0, s1 = 0;
		int i = 0;
		for (; i + 1 < v.length; i += 2) {
			s0 += (double) v[i] * v[i];
			s1 += (double) v[i + 1] * v[i + 1];
		}
		if (i < v.length) {
			s0 += (double) v[i] * v[i];
		}
		return (float) Math.sqrt(s0 + s1);
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
