package ttt.workbench.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;

class NewtonSchulzTest {

	static final float A = 3.4445f, B = -4.7750f, C = 2.0315f, EPS = 1e-7f;
	final JvmBackend backend = new JvmBackend();

	/** The same iteration in float64, written independently from SPEC §3. */
	static double[][] ns64(float[][] g, int steps) {
		int rows = g.length, cols = g[0].length;
		boolean tr = rows > cols;
		int r = tr ? cols : rows, k = tr ? rows : cols;
		double[][] x = new double[r][k];
		double norm = 0;
		for (float[] row : g) {
			for (float v : row) {
				norm += (double) v * v;
			}
		}
		norm = Math.sqrt(norm) + EPS;
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				if (tr) {
					x[j][i] = g[i][j] / norm;
				} else {
					x[i][j] = g[i][j] / norm;
				}
			}
		}
		for (int it = 0; it < steps; it++) {
			double[][] a = new double[r][r];
			for (int i = 0; i < r; i++) {
				for (int j = 0; j < r; j++) {
					for (int q = 0; q < k; q++) {
						a[i][j] += x[i][q] * x[j][q];
					}
				}
			}
			double[][] bm = new double[r][r];
			for (int i = 0; i < r; i++) {
				for (int j = 0; j < r; j++) {
					double aa = 0;
					for (int q = 0; q < r; q++) {
						aa += a[i][q] * a[q][j];
					}
					bm[i][j] = B * a[i][j] + C * aa;
				}
			}
			double[][] nx = new double[r][k];
			for (int i = 0; i < r; i++) {
				for (int j = 0; j < k; j++) {
					double s = 0;
					for (int q = 0; q < r; q++) {
						s += bm[i][q] * x[q][j];
					}
					nx[i][j] = A * x[i][j] + s;
				}
			}
			x = nx;
		}
		if (!tr) {
			return x;
		}
		double[][] t = new double[rows][cols];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				t[i][j] = x[j][i];
			}
		}
		return t;
	}

	@ParameterizedTest(name = "{0}×{1}, {2} steps")
	@CsvSource({ "16, 6, 5", "32, 16, 5", "4, 32, 5", "6, 6, 3", "4, 32, 2", "16, 6, 1", "128, 32, 5", "5, 7, 0" })
	void float32MatchesFloat64Iteration(int rows, int cols, int steps) {
		float[][] g = Reference64.randomMatrix(new SplittableRandom(rows * 31L + cols), rows, cols, 1.0);
		float[][] o = backend.newtonSchulz(g, steps, A, B, C, EPS, false);
		double[][] ref = ns64(g, steps);
		assertEquals(rows, o.length);
		assertEquals(cols, o[0].length);
		double err = maxDiff(o, ref);
		assertTrue(err < 2e-5, "float32 NS differs from float64 by " + err);
	}

	@ParameterizedTest(name = "{0}×{1}, {2} steps")
	@CsvSource({ "16, 6, 5", "32, 16, 5", "4, 32, 2", "6, 6, 3" })
	void bfloat16StaysNearTheIterationAndIsRepresentable(int rows, int cols, int steps) {
		float[][] g = Reference64.randomMatrix(new SplittableRandom(rows * 17L + cols), rows, cols, 1.0);
		float[][] o = backend.newtonSchulz(g, steps, A, B, C, EPS, true);
		for (float[] row : o) {
			for (float v : row) {
				assertEquals(0, Float.floatToRawIntBits(v) & 0xFFFF, "every output value is a bfloat16");
			}
		}
		double err = maxDiff(o, ns64(g, steps));
		assertTrue(err < 0.05, "bfloat16 NS too far from float64: " + err);
		assertTrue(err > 1e-5, "bfloat16 NS should not be as exact as float32: " + err);
	}

	@Test
	void fiveQuinticStepsBringSingularValuesNearOne() {
		// what is true of the quintic: not orthogonal, but X Xᵀ (the squared singular values) lands in ≈ [0.5, 1.5]
		float[][] g = Reference64.randomMatrix(new SplittableRandom(99), 6, 16, 1.0);
		float[][] o = backend.newtonSchulz(g, 5, A, B, C, EPS, false);
		double[][] xxt = new double[6][6];
		for (int i = 0; i < 6; i++) {
			for (int j = 0; j < 6; j++) {
				for (int q = 0; q < 16; q++) {
					xxt[i][j] += (double) o[i][q] * o[j][q];
				}
			}
		}
		double[] eig = Jacobi.eigenvalues(xxt);
		for (double e : eig) {
			assertTrue(e > 0.4 && e < 1.6, "squared singular value " + e);
		}
		double[] before = Jacobi.eigenvalues(gram(g));
		double spreadBefore = before[before.length - 1] / before[0];
		double spreadAfter = eig[eig.length - 1] / eig[0];
		assertTrue(spreadAfter < spreadBefore / 2, "the spread of singular values shrinks: " + spreadBefore + " → " + spreadAfter);
	}

	@Test
	void jacobiFindsKnownEigenvalues() {
		double[] e = Jacobi.eigenvalues(new double[][] { { 2, 1, 0 }, { 1, 2, 0 }, { 0, 0, 5 } });
		assertEquals(1.0, e[0], 1e-12);
		assertEquals(3.0, e[1], 1e-12);
		assertEquals(5.0, e[2], 1e-12);
	}

	@Test
	void zeroMatrixStaysZeroThanksToEps() {
		float[][] o = backend.newtonSchulz(new float[4][3], 5, A, B, C, EPS, false);
		for (float[] row : o) {
			for (float v : row) {
				assertEquals(0f, v);
			}
		}
		float[][] ob = backend.newtonSchulz(new float[4][3], 5, A, B, C, EPS, true);
		assertEquals(0f, ob[0][0]);
	}

	@Test
	void float32MatchesTheReferenceIterationInTorch() throws Exception {
		TorchOracle.requireTorch();
		for (int[] shape : new int[][] { { 16, 6 }, { 32, 16 }, { 4, 32 } }) {
			float[][] g = Reference64.randomMatrix(new SplittableRandom(shape[0] + shape[1]), shape[0], shape[1], 1.0);
			JsonNode out = TorchOracle.call("""
					import sys, json, torch
					d = json.load(sys.stdin)
					X = torch.tensor(d['g'], dtype=torch.float32)
					a, b, c = 3.4445, -4.7750, 2.0315
					X = X / (X.norm() + 1e-7)
					tr = X.size(0) > X.size(1)
					if tr:
					    X = X.T
					for _ in range(5):
					    A = X @ X.T
					    B = b * A + c * (A @ A)
					    X = a * X + B @ X
					if tr:
					    X = X.T
					print(json.dumps(X.tolist()))
					""", Map.of("g", g));
			float[][] expected = TorchOracle.matrix(out);
			float[][] o = backend.newtonSchulz(g, 5, A, B, C, EPS, false);
			double err = 0;
			for (int i = 0; i < o.length; i++) {
				for (int j = 0; j < o[0].length; j++) {
					err = Math.max(err, Math.abs(o[i][j] - expected[i][j]));
				}
			}
			assertTrue(err < 1e-5, shape[0] + "×" + shape[1] + ": differs from torch by " + err);
		}
	}

	static double[][] gram(float[][] g) {
		int r = g.length;
		double[][] m = new double[r][r];
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < r; j++) {
				for (int q = 0; q < g[0].length; q++) {
					m[i][j] += (double) g[i][q] * g[j][q];
				}
			}
		}
		return m;
	}

	static double maxDiff(float[][] a, double[][] b) {
		double m = 0;
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < a[0].length; j++) {
				m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
			}
		}
		return m;
	}

	/** Eigenvalues of a small symmetric matrix (cyclic Jacobi), ascending. */
	static final class Jacobi {
		static double[] eigenvalues(double[][] sym) {
			int n = sym.length;
			double[][] a = new double[n][];
			for (int i = 0; i < n; i++) {
				a[i] = sym[i].clone();
			}
			for (int sweep = 0; sweep < 100; sweep++) {
				double off = 0;
				for (int p = 0; p < n; p++) {
					for (int q = p + 1; q < n; q++) {
						off += a[p][q] * a[p][q];
					}
				}
				if (off < 1e-24) {
					break;
				}
				for (int p = 0; p < n; p++) {
					for (int q = p + 1; q < n; q++) {
						if (Math.abs(a[p][q]) < 1e-300) {
							continue;
						}
						double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
						double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
						if (theta == 0) {
							t = 1;
						}
						double c = 1 / Math.sqrt(t * t + 1), s = t * c;
						for (int k = 0; k < n; k++) {
							double akp = a[k][p], akq = a[k][q];
							a[k][p] = c * akp - s * akq;
							a[k][q] = s * akp + c * akq;
						}
						for (int k = 0; k < n; k++) {
							double apk = a[p][k], aqk = a[q][k];
							a[p][k] = c * apk - s * aqk;
							a[q][k] = s * apk + c * aqk;
						}
					}
				}
			}
			double[] e = new double[n];
			for (int i = 0; i < n; i++) {
				e[i] = a[i][i];
			}
			java.util.Arrays.sort(e);
			return e;
		}
	}
}
