package ttt.workbench.engine.math;

/**
 * {@link JvmBackend}'s path for batches of two or more sequences (pretraining): the same model and loss, computed in
 * a layout that HotSpot vectorises, with the input projection folded and the work split into blocks of sequences.
 *
 * <p><b>Folding.</b> {@code B·(W_u·x)} = {@code M·x} with {@code M = B·W_u} [n_state][input_dim], computed once per
 * call, so a step costs {@code n·input} multiply-adds instead of {@code n·u + u·input}. The backward pass likewise
 * accumulates only {@code P = Σ_t dh_t x_tᵀ} [n_state][input_dim] and finishes with {@code dB = P·W_uᵀ} and
 * {@code dW_u = Bᵀ·P}.
 *
 * <p><b>Layout.</b> HotSpot vectorises loops over whole rows from index 0, and rows of 32 floats (n_state, the
 * batch) are too short to gain much. So a block of {@code sc} sequences is processed in rows of {@code nc·sc}
 * "lanes" (≈ {@value #LANES}), one lane per (state, sequence) pair, lane {@code i·sc + s}, one row per step: the
 * inputs of a step are tiled over the states, the per-state weights (M's columns, decay, W_o's columns) spread over
 * each state's lanes, and then the recurrence {@code h = decay ⊙ h_prev + M·x}, {@code dh = W_oᵀ·e + decay ⊙ dh_next}
 * and the sums {@code Σ_t e_k ⊙ h}, {@code Σ_t x_k ⊙ dh} (for ∂W_o and P, summed over each state's lanes at the end)
 * are all elementwise over whole rows. The predictions and ‖h‖ (sums over states) are taken state by state from
 * rows over all (step, sequence) pairs, the same order as the one-sequence path (state 0, 1, …; ‖h‖² in double).
 * States come in chunks of {@code nc} when n_state is large. Work arrays are kept per thread and reused.
 *
 * <p><b>Blocks and threads.</b> The sequences are cut into {@code ⌈S / }{@value #BLOCK_SEQUENCES}{@code ⌉} blocks of
 * (nearly) equal size — a cut that depends only on the batch — each block sums its own loss, largest ‖h‖ and
 * gradient parts, and the caller adds the blocks up in block order. Blocks run on {@link JvmParallel}; the result is
 * bit-identical whichever thread ran which block, and with any thread count.
 *
 * <p>Numerics: float32 products and sums as in the one-sequence path, but in a different order (folded M, gradient
 * sums per lane over the steps, then over the sequences), so results agree with it to float32 rounding, not bit for
 * bit. Loss sums and ‖h‖² in double.
 */
final class JvmBatch {

	/** The largest block: sequences per unit of parallel work (fixed, so results do not depend on the machine). */
	static final int BLOCK_SEQUENCES = 16;

	/** Lanes per row: how many (state, sequence) pairs of a block one vectorised loop covers (states in chunks). */
	static final int LANES = 256;

	private final float[] decay;
	private final SequenceBatch batch;
	private final boolean withGradient;
	private final int n, in, zd, act, steps;
	private final float[][] wO;
	/** {@code Mᵀ = (B·W_u)ᵀ} [input][n_state]. */
	private final float[][] mT;
	/** torch's mse_loss backward factor, 2 / numel as a float. */
	private final float errScale;

	/** What one block contributes. */
	private static final class Part {
		double sq;
		float maxH;
		/** ∂loss/∂W_o [z][n_state] and P = Σ dh xᵀ [n_state][input], this block's share (gradient only). */
		float[][] gWo, p;
	}

	private JvmBatch(Weights w, float[] decay, SequenceBatch batch, boolean withGradient) {
		this.decay = decay;
		this.batch = batch;
		this.withGradient = withGradient;
		this.n = w.nState();
		this.in = w.inputDim();
		this.zd = w.zDim();
		this.act = in - zd;
		this.steps = batch.steps();
		this.wO = w.wO();
		this.mT = foldedInputProjectionT(w);
		long count = (long) batch.sequences() * steps * zd;
		this.errScale = (float) (2.0 / count);
	}

	static SsmBackend.Forward forward(Weights w, float[] decay, SequenceBatch batch, int maxThreads) {
		JvmBatch job = new JvmBatch(w, decay, batch, false);
		Part[] parts = job.run(maxThreads);
		return new SsmBackend.Forward(job.loss(parts), maxH(parts));
	}

	static SsmBackend.Gradient gradient(Weights w, float[] decay, SequenceBatch batch, int maxThreads) {
		JvmBatch job = new JvmBatch(w, decay, batch, true);
		Part[] parts = job.run(maxThreads);
		return new SsmBackend.Gradient(job.loss(parts), maxH(parts), combine(parts, w));
	}

	/**
	 * The blocks' parts added up in block order, then {@code dB = P·W_uᵀ} and {@code dW_u = Bᵀ·P}. (A method of its
	 * own, so that the JIT compiles these loops alone rather than again with everything {@link #gradient} inlines.)
	 */
	private static Weights combine(Part[] parts, Weights w) {
		float[][] gWo = parts[0].gWo, p = parts[0].p;
		for (int b = 1; b < parts.length; b++) {
			addInto(parts[b].gWo, gWo);
			addInto(parts[b].p, p);
		}
		float[][] wU = w.wU(), bm = w.b();
		// dB = P·W_uᵀ: row i of dB is Σ_k P[i][k] · (column k of W_u)
		float[][] wUT = JvmBackend.transpose(wU), gB = new float[bm.length][wU.length];
		for (int i = 0; i < p.length; i++) {
			float[] pi = p[i], gi = gB[i];
			for (int k = 0; k < pi.length; k++) {
				JvmBackend.axpy(pi[k], wUT[k], gi);
			}
		}
		// dW_u = Bᵀ·P, built transposed: row k of dW_uᵀ is Σ_i P[i][k] · B[i]
		float[][] gWuT = new float[wU[0].length][wU.length];
		for (int i = 0; i < p.length; i++) {
			float[] pi = p[i], bi = bm[i];
			for (int k = 0; k < pi.length; k++) {
				JvmBackend.axpy(pi[k], bi, gWuT[k]);
			}
		}
		return new Weights(JvmBackend.transpose(gWuT), gB, gWo);
	}

	/** {@code (B·W_u)ᵀ}: row k is Σ_j W_u[j][k] · (column j of B). */
	private static float[][] foldedInputProjectionT(Weights w) {
		float[][] wU = w.wU(), bT = JvmBackend.transpose(w.b());
		float[][] mT = new float[w.inputDim()][w.nState()];
		for (int j = 0; j < wU.length; j++) {
			float[] wj = wU[j], bj = bT[j];
			for (int k = 0; k < wj.length; k++) {
				JvmBackend.axpy(wj[k], bj, mT[k]);
			}
		}
		return mT;
	}

	private Part[] run(int maxThreads) {
		int seqs = batch.sequences();
		int blocks = (seqs + BLOCK_SEQUENCES - 1) / BLOCK_SEQUENCES;
		Part[] parts = new Part[blocks];
		JvmParallel.forEach(blocks, maxThreads, b -> parts[b] = block(b * seqs / blocks, (b + 1) * seqs / blocks));
		return parts;
	}

	private float loss(Part[] parts) {
		double sq = 0;
		for (Part p : parts) {
			sq += p.sq;
		}
		return (float) (sq / ((double) batch.sequences() * steps * zd));
	}

	private static float maxH(Part[] parts) {
		float maxH = 0;
		for (Part p : parts) {
			if (maxH == maxH && !(p.maxH <= maxH)) {
				maxH = p.maxH; // NaN sticks
			}
		}
		return maxH;
	}

	/** Sequences {@code s0 … s1−1}. */
	private Part block(int s0, int s1) {
		return new Block(s0, s1).run();
	}

	/** One block's computation, on the calling thread's {@link Workspace}. */
	private final class Block {
		final int s0, sc, rc, nc, lanes, chunks;
		final Workspace ws = Workspace.get();
		/** Inputs tiled: {@code xt[k][t]} holds input k of step t of the block's sequences, repeated nc times. */
		final float[][][] xt;
		/** {@code h[c][t]}: the chunk's states at step t, lane {@code il·sc + s} (for a forward pass: one chunk's room). */
		final float[][][] h;
		/** Targets and predictions, then scaled residuals, feature-major ({@code r = t·sc + s}). */
		final float[][] y, e;
		/** Per-state values spread over the state's lanes: M's columns, W_o's columns, decay. */
		final float[][] mx, wx;
		final float[] dx, hState;
		final double[] sqNorm;

		Block(int s0, int s1) {
			this.s0 = s0;
			this.sc = s1 - s0;
			this.rc = sc * steps;
			this.nc = Math.min(n, Math.max(1, LANES / sc));
			this.lanes = nc * sc;
			this.chunks = (n + nc - 1) / nc;
			this.xt = ws.xt = grow(ws.xt, in, steps, lanes);
			this.h = ws.h = grow(ws.h, withGradient ? chunks : 1, steps, lanes);
			this.y = ws.y = grow(ws.y, zd, rc);
			this.e = ws.e = grow(ws.e, zd, rc);
			this.mx = ws.mx = grow(ws.mx, in, lanes);
			this.wx = ws.wx = grow(ws.wx, zd, lanes);
			this.dx = ws.dx = grow(ws.dx, lanes);
			this.hState = ws.hState = grow(ws.hState, rc);
			this.sqNorm = ws.sqNorm = grow(ws.sqNorm, rc);
		}

		Part run() {
			gather();
			for (int k = 0; k < zd; k++) {
				java.util.Arrays.fill(e[k], 0, rc, 0f);
			}
			java.util.Arrays.fill(sqNorm, 0, rc, 0.0);
			for (int c = 0; c < chunks; c++) {
				forward(c);
			}
			Part part = new Part();
			part.maxH = maxH();
			part.sq = residuals();
			if (withGradient) {
				part.gWo = new float[zd][n];
				part.p = new float[n][in];
				float[][][] et = tiledResiduals();
				float[][] accO = ws.accO = grow(ws.accO, zd, lanes), accP = ws.accP = grow(ws.accP, in, lanes);
				for (int c = 0; c < chunks; c++) {
					backward(c, et, accO, accP, part);
				}
			}
			return part;
		}

		/** Inputs (tiled) and targets of the block. */
		private void gather() {
			final float[][][] z = batch.z(), a = batch.a(), zNext = batch.zNext();
			for (int ls = 0; ls < sc; ls++) {
				final float[][] zs = z[s0 + ls], as = a[s0 + ls], ns = zNext[s0 + ls];
				for (int t = 0; t < steps; t++) {
					final float[] zt = zs[t], at = as[t], nt = ns[t];
					final int r = t * sc + ls;
					for (int k = 0; k < zd; k++) {
						xt[k][t][ls] = zt[k];
						y[k][r] = nt[k];
					}
					for (int k = zd; k < in; k++) {
						xt[k][t][ls] = at[k - zd];
					}
				}
			}
			for (int k = 0; k < in; k++) {
				for (int t = 0; t < steps; t++) {
					tile(xt[k][t], sc, lanes);
				}
			}
		}

		/**
		 * Chunk c: h of its states at every step (lane by lane), then state by state, as rows over all (t, s), its
		 * share of ‖h‖² and of the predictions (accumulated in e).
		 */
		private void forward(int c) {
			final int i0 = c * nc, cn = Math.min(nc, n - i0), lc = cn * sc;
			expand(mT, i0, cn, sc, mx);
			expand(decay, i0, cn, sc, dx);
			final float[][] hc = h[withGradient ? c : 0];
			for (int t = 0; t < steps; t++) {
				float[] row = hc[t];
				mul(mx[0], xt[0][t], row, lc); // B·u = M·x, inputs in order
				int k = 1;
				for (; k + 1 < in; k += 2) {
					mulAdd2(mx[k], xt[k][t], mx[k + 1], xt[k + 1][t], row, lc);
				}
				if (k < in) {
					mulAdd(mx[k], xt[k][t], row, lc);
				}
				if (t > 0) {
					decayAdd(dx, hc[t - 1], row, lc); // h = decay ⊙ h_prev + B·u
				}
			}
			for (int il = 0; il < cn; il++) {
				final int i = i0 + il;
				for (int t = 0; t < steps; t++) {
					System.arraycopy(hc[t], il * sc, hState, t * sc, sc);
				}
				for (int r = 0; r < rc; r++) {
					double v = hState[r];
					sqNorm[r] += v * v;
				}
				for (int k = 0; k < zd; k++) {
					axpy(wO[k][i], hState, e[k], rc);
				}
			}
		}

		private float maxH() {
			float maxH = 0;
			for (int r = 0; r < rc; r++) {
				float hn = (float) Math.sqrt(sqNorm[r]);
				if (maxH == maxH && !(hn <= maxH)) {
					maxH = hn; // a NaN norm sticks, so the caller sees it
				}
			}
			return maxH;
		}

		/** The block's sum of squared errors; e becomes {@code 2/numel · (ẑ − z)}, torch's mse_loss backward. */
		private double residuals() {
			double sq = 0;
			for (int k = 0; k < zd; k++) {
				float[] ek = e[k], yk = y[k];
				for (int r = 0; r < rc; r++) {
					float dd = ek[r] - yk[r];
					float d2 = dd * dd;
					sq += d2;
					ek[r] = errScale * dd;
				}
			}
			return sq;
		}

		/** The residuals tiled like the inputs: {@code et[k][t]}. */
		private float[][][] tiledResiduals() {
			final float[][][] et = ws.et = grow(ws.et, zd, steps, lanes);
			for (int k = 0; k < zd; k++) {
				for (int t = 0; t < steps; t++) {
					System.arraycopy(e[k], t * sc, et[k][t], 0, sc);
					tile(et[k][t], sc, lanes);
				}
			}
			return et;
		}

		/**
		 * Chunk c, steps in reverse: ∂W_o and P accumulate lane by lane, dh overwrites h; finally each state's lanes
		 * are summed into its column of ∂W_o and its row of P.
		 */
		private void backward(int c, float[][][] et, float[][] accO, float[][] accP, Part part) {
			final int i0 = c * nc, cn = Math.min(nc, n - i0), lc = cn * sc;
			expand(wO, i0, cn, sc, wx);
			expand(decay, i0, cn, sc, dx);
			for (int k = 0; k < zd; k++) {
				java.util.Arrays.fill(accO[k], 0, lc, 0f);
			}
			for (int k = 0; k < in; k++) {
				java.util.Arrays.fill(accP[k], 0, lc, 0f);
			}
			final float[][] hc = h[c];
			for (int t = steps - 1; t >= 0; t--) {
				float[] row = hc[t];
				accumulate(et, t, row, accO, zd, lc); // ∂W_o: Σ e_k ⊙ h
				mul(wx[0], et[0][t], row, lc); // W_oᵀ e
				int k = 1;
				for (; k + 1 < zd; k += 2) {
					mulAdd2(wx[k], et[k][t], wx[k + 1], et[k + 1][t], row, lc);
				}
				if (k < zd) {
					mulAdd(wx[k], et[k][t], row, lc);
				}
				if (t < steps - 1) {
					addDecay(dx, hc[t + 1], row, lc); // dh = W_oᵀ e + decay ⊙ dh_next
				}
				accumulate(xt, t, row, accP, in, lc); // P: Σ x_k ⊙ dh
			}
			final float[][] gWo = part.gWo, p = part.p;
			for (int il = 0; il < cn; il++) {
				final int i = i0 + il;
				for (int k = 0; k < zd; k++) {
					gWo[k][i] = sum(accO[k], il * sc, sc);
				}
				for (int k = 0; k < in; k++) {
					p[i][k] = sum(accP[k], il * sc, sc);
				}
			}
		}
	}

	/**
	 * One thread's work arrays, kept between calls (softly, so memory pressure can take them) and grown when a call
	 * needs more: every loop runs over explicit lengths, so arrays may be larger than needed.
	 */
	private static final class Workspace {
		private static final ThreadLocal<java.lang.ref.SoftReference<Workspace>> CURRENT = new ThreadLocal<>();

		float[][][] xt, et, h;
		float[][] y, e, mx, wx, accO, accP;
		float[] dx, hState;
		double[] sqNorm;

		static Workspace get() {
			java.lang.ref.SoftReference<Workspace> ref = CURRENT.get();
			Workspace ws = ref == null ? null : ref.get();
			if (ws == null) {
				ws = new Workspace();
				CURRENT.set(new java.lang.ref.SoftReference<>(ws));
			}
			return ws;
		}
	}

	private static double[] grow(double[] a, int len) {
		return a != null && a.length >= len ? a : new double[len];
	}

	private static float[] grow(float[] a, int len) {
		return a != null && a.length >= len ? a : new float[len];
	}

	private static float[][] grow(float[][] m, int rows, int len) {
		if (m == null || m.length < rows) {
			float[][] g = new float[rows][];
			if (m != null) {
				System.arraycopy(m, 0, g, 0, m.length);
			}
			m = g;
		}
		for (int r = 0; r < rows; r++) {
			m[r] = grow(m[r], len);
		}
		return m;
	}

	private static float[][][] grow(float[][][] m, int count, int rows, int len) {
		if (m == null || m.length < count) {
			float[][][] g = new float[count][][];
			if (m != null) {
				System.arraycopy(m, 0, g, 0, m.length);
			}
			m = g;
		}
		for (int c = 0; c < count; c++) {
			m[c] = grow(m[c], rows, len);
		}
		return m;
	}

	// ---- lane kernels: rows from index 0 over an explicit length (vectorised) ----

	/** {@code out = a ⊙ b}. */
	private static void mul(float[] a, float[] b, float[] out, int len) {
		for (int l = 0; l < len; l++) {
			out[l] = a[l] * b[l];
		}
	}

	/** {@code out += a ⊙ b} (product rounded, then the sum). */
	private static void mulAdd(float[] a, float[] b, float[] out, int len) {
		for (int l = 0; l < len; l++) {
			out[l] = out[l] + a[l] * b[l];
		}
	}

	/** {@code out = (out + a ⊙ b) + c ⊙ d}: two {@link #mulAdd}s in one pass, same rounding. */
	private static void mulAdd2(float[] a, float[] b, float[] c, float[] d, float[] out, int len) {
		for (int l = 0; l < len; l++) {
			out[l] = (out[l] + a[l] * b[l]) + c[l] * d[l];
		}
	}

	/** {@code acc[k] += tiled[k][t] ⊙ v} for k < count, two at a time (one pass over v per pair). */
	private static void accumulate(float[][][] tiled, int t, float[] v, float[][] acc, int count, int len) {
		int k = 0;
		for (; k + 1 < count; k += 2) {
			float[] a0 = tiled[k][t], a1 = tiled[k + 1][t], o0 = acc[k], o1 = acc[k + 1];
			for (int l = 0; l < len; l++) {
				float x = v[l];
				o0[l] = o0[l] + a0[l] * x;
				o1[l] = o1[l] + a1[l] * x;
			}
		}
		for (; k < count; k++) {
			mulAdd(tiled[k][t], v, acc[k], len);
		}
	}

	/** {@code row = d ⊙ prev + row}. */
	private static void decayAdd(float[] d, float[] prev, float[] row, int len) {
		for (int l = 0; l < len; l++) {
			row[l] = d[l] * prev[l] + row[l];
		}
	}

	/** {@code row = row + d ⊙ next}. */
	private static void addDecay(float[] d, float[] next, float[] row, int len) {
		for (int l = 0; l < len; l++) {
			row[l] = row[l] + d[l] * next[l];
		}
	}

	/** {@code y += alpha · x}. */
	private static void axpy(float alpha, float[] x, float[] y, int len) {
		for (int l = 0; l < len; l++) {
			y[l] += alpha * x[l];
		}
	}

	/** Repeats {@code row[0 … period)} over {@code row[0 … len)} ({@code len} a multiple of the period). */
	private static void tile(float[] row, int period, int len) {
		for (int done = period; done < len; done <<= 1) {
			System.arraycopy(row, 0, row, done, Math.min(done, len - done));
		}
	}

	/** {@code out[f][il·sc + s] = src[f][i0 + il]}: per-state values spread over that state's lanes. */
	private static void expand(float[][] src, int i0, int cn, int sc, float[][] out) {
		for (int f = 0; f < src.length; f++) {
			expand(src[f], i0, cn, sc, out[f]);
		}
	}

	private static void expand(float[] src, int i0, int cn, int sc, float[] out) {
		for (int il = 0; il < cn; il++) {
			java.util.Arrays.fill(out, il * sc, (il + 1) * sc, src[i0 + il]);
		}
	}

	private static float sum(float[] a, int from, int len) {
		float s = 0f;
		for (int j = from; j < from + len; j++) {
			s += a[j];
		}
		return s;
	}

	private static void addInto(float[][] src, float[][] dst) {
		for (int r = 0; r < src.length; r++) {
			float[] s = src[r], d = dst[r];
			for (int c = 0; c < d.length; c++) {
				d[c] += s[c];
			}
		}
	}
}
