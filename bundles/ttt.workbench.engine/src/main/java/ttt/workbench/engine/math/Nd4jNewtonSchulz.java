package ttt.workbench.engine.math;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Newton–Schulz orthogonalisation (SPEC §3 "NS(G)") with ND4J matrix products.
 *
 * <p>float32 (the reference's fallback Muon): {@code X = G / (‖G‖_F + eps)}, then per step {@code A = X Xᵀ},
 * {@code B = b·A + c·A·A} (one gemm with beta), {@code X = a·X + B·X} (one gemm with beta): 5 ND4J ops per step.
 *
 * <p>bfloat16 (torch.optim.Muon ≥ 2.9): {@code X = bf16(G)}, {@code X /= max(bf16(‖X‖), bf16(eps))} rounded to
 * bfloat16, then per step {@code A = bf16(X Xᵀ)}, {@code B = bf16(c·A·A + b·A)}, {@code X = bf16(B·X + a·X)}: products
 * accumulate in float32 and each op's result is rounded once, as torch's CPU bfloat16 addmm does. ND4J's own BFLOAT16
 * gemm is not usable for this: it accumulates in bfloat16 (300 products of 1·1 give 256) and {@code mmul} refuses
 * BFLOAT16; so the products run in FLOAT and results are rounded with FLOAT→BFLOAT16→FLOAT casts (ND4J's cast rounds
 * to nearest even, bit-identical to {@link BFloat16#round(float)}): 11 ND4J ops per step.
 */
final class Nd4jNewtonSchulz {

	private Nd4jNewtonSchulz() {
	}

	@SuppressWarnings("try")
	static float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bfloat16) {
		if (steps < 0) {
			throw new IllegalArgumentException("ns_steps must not be negative: " + steps);
		}
		if (g == null || g.length == 0 || g[0].length == 0) {
			throw new IllegalArgumentException("NS needs a non-empty matrix");
		}
		final int rows = g.length, cols = g[0].length;
		final boolean transposed = rows > cols;
		final int m = Math.min(rows, cols), k = Math.max(rows, cols);
		// X [m, k], row-major, transposed on the host when rows > cols
		float[] x = new float[m * k];
		for (int i = 0; i < rows; i++) {
			float[] gi = g[i];
			if (gi.length != cols) {
				throw new IllegalArgumentException("NS input is not rectangular");
			}
			if (transposed) {
				for (int j = 0; j < cols; j++) {
					x[j * k + i] = bfloat16 ? BFloat16.round(gi[j]) : gi[j];
				}
			} else {
				for (int j = 0; j < cols; j++) {
					x[i * k + j] = bfloat16 ? BFloat16.round(gi[j]) : gi[j];
				}
			}
		}
		double sq = 0;
		for (float v : x) {
			sq += (double) v * v;
		}
		float norm = (float) Math.sqrt(sq);
		if (bfloat16) {
			norm = BFloat16.round(norm);
			float min = BFloat16.round(eps);
			float denom = norm < min ? min : norm; // clamp(min=eps); NaN passes through
			for (int i = 0; i < x.length; i++) {
				x[i] = BFloat16.round(x[i] / denom);
			}
		} else {
			float denom = norm + eps;
			for (int i = 0; i < x.length; i++) {
				x[i] = x[i] / denom;
			}
		}
		if (steps == 0) {
			return fromFlat(x, m, k, transposed);
		}
		try (MemoryWorkspace ws = Nd4jArrays.openWorkspace()) {
			INDArray xs = Nd4jArrays.toNd(x, m, k);
			for (int it = 0; it < steps; it++) {
				INDArray gram = Nd4j.gemm(xs, xs, Nd4jArrays.matrix(m, m), false, true, 1.0, 0.0); // A = X Xᵀ
				if (bfloat16) {
					gram = Nd4jArrays.roundBf16(gram);
				}
				INDArray poly = gram.dup('c'); // B = c·(A A) + b·A
				Nd4j.gemm(gram, gram, poly, false, false, c, b);
				if (bfloat16) {
					poly = Nd4jArrays.roundBf16(poly);
				}
				INDArray next = xs.dup('c'); // X = B X + a·X
				Nd4j.gemm(poly, xs, next, false, false, 1.0, a);
				xs = bfloat16 ? Nd4jArrays.roundBf16(next) : next;
			}
			return fromFlat(Nd4jArrays.toHostFlat(xs), m, k, transposed);
		}
	}

	private static float[][] fromFlat(float[] x, int m, int k, boolean transposed) {
		if (transposed) {
			float[][] out = new float[k][m];
			for (int i = 0; i < m; i++) {
				for (int j = 0; j < k; j++) {
					out[j][i] = x[i * k + j];
				}
			}
			return out;
		}
		float[][] out = new float[m][k];
		for (int i = 0; i < m; i++) {
			System.arraycopy(x, i * k, out[i], 0, k);
		}
		return out;
	}
}
