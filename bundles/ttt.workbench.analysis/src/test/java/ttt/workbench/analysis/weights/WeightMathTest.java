package ttt.workbench.analysis.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;

/**
 * The SVD, condition number and statistics of the weight views against numpy (numpy.linalg.svd, np.linalg.norm,
 * np.mean, np.std) on the fixture's real tensors, plus matrices made to be hard (wide, rank-deficient, ill-conditioned).
 */
class WeightMathTest {

	@TempDir
	static Path tmp;
	static List<Matrix> fixtureMatrices = new ArrayList<>();

	@BeforeAll
	static void load() throws IOException {
		try (ArtifactStore store = FixtureWeights.open("torch291-store", tmp)) {
			Session s1 = store.model().findSession("s1");
			fixtureMatrices.addAll(WeightSet.of("s1", store.loader().weights(s1)).matrices());
			fixtureMatrices.addAll(WeightSet.of("base", store.loader().tensors(store.model().getBase())).matrices());
		}
		assertEquals(6, fixtureMatrices.size(), "W_u, B, W_o of s1 and of the base");
	}

	private static void assertRelative(double expected, double actual, double tol, String what) {
		double scale = Math.max(Math.abs(expected), 1e-300);
		assertTrue(Math.abs(expected - actual) <= tol * scale, what + ": expected " + expected + " but was " + actual);
	}

	private static void assertSvdLikeNumpy(Matrix m) throws IOException {
		double[] expected = NumpyOracle.compute(m, "for v in np.linalg.svd(A, compute_uv=False): print(repr(float(v)))");
		Svd svd = Svd.of(m);
		double[] actual = svd.singularValues();
		assertEquals(expected.length, actual.length, m + ": number of singular values");
		for (int i = 0; i < expected.length; i++) {
			// relative to σ_max: tiny singular values of a rank-deficient matrix are noise in both programs
			assertTrue(Math.abs(expected[i] - actual[i]) <= 1e-9 * expected[0] + 1e-6 * expected[i],
					m + " σ_" + i + ": numpy " + expected[i] + ", ours " + actual[i]);
		}
		double[] back = svd.reconstruct();
		for (int i = 0; i < back.length; i++) {
			assertEquals(m.data()[i], back[i], 1e-12 * Math.max(1, expected[0]), m + ": U·S·Vᵀ gives back A at " + i);
		}
		// V has orthonormal columns; U too, for the singular values that are not numerically zero
		int nonzero = 0;
		while (nonzero < actual.length && actual[nonzero] > 1e-10 * actual[0]) {
			nonzero++;
		}
		assertOrthonormalColumns(svd.u(), m.rows(), actual.length, nonzero, m + " U");
		assertOrthonormalColumns(svd.v(), m.cols(), actual.length, actual.length, m + " V");
	}

	private static void assertOrthonormalColumns(double[] a, int rows, int k, int check, String what) {
		for (int p = 0; p < check; p++) {
			for (int q = 0; q < check; q++) {
				double dot = 0;
				for (int i = 0; i < rows; i++) {
					dot += a[i * k + p] * a[i * k + q];
				}
				assertEquals(p == q ? 1 : 0, dot, 1e-10, what + " columns " + p + "·" + q);
			}
		}
	}

	@Test
	void singularValuesOfTheFixtureTensorsMatchNumpy() throws IOException {
		NumpyOracle.require();
		for (Matrix m : fixtureMatrices) {
			assertSvdLikeNumpy(m);
		}
	}

	@Test
	void conditionNumbersMatchNumpy() throws IOException {
		NumpyOracle.require();
		for (Matrix m : fixtureMatrices) {
			double expected = NumpyOracle.compute(m, "print(repr(float(np.linalg.cond(A))))")[0];
			assertRelative(expected, Svd.of(m).conditionNumber(), 1e-6, m + " cond");
		}
	}

	@Test
	void hardMatricesMatchNumpy() throws IOException {
		NumpyOracle.require();
		Random random = new Random(7);
		// wide, tall, rank one, and an ill-conditioned matrix with singular values 1 … 1e-7
		assertSvdLikeNumpy(randomMatrix("wide", 5, 23, random));
		assertSvdLikeNumpy(randomMatrix("tall", 31, 9, random));
		double[] rankOne = new double[12 * 7];
		for (int i = 0; i < 12; i++) {
			for (int j = 0; j < 7; j++) {
				rankOne[i * 7 + j] = (i + 1) * (j - 3.5);
			}
		}
		assertSvdLikeNumpy(new Matrix("rank1", 12, 7, rankOne));
		double[] graded = new double[8 * 8];
		for (int i = 0; i < 8; i++) {
			for (int j = 0; j < 8; j++) {
				graded[i * 8 + j] = Math.pow(10, -j) * (i == j ? 1 : 0.3 * Math.sin(i + 2 * j));
			}
		}
		Matrix ill = new Matrix("graded", 8, 8, graded);
		assertSvdLikeNumpy(ill);
		double cond = NumpyOracle.compute(ill, "print(repr(float(np.linalg.cond(A))))")[0];
		assertRelative(cond, Svd.of(ill).conditionNumber(), 1e-6, "cond of the graded matrix");
	}

	@Test
	void statisticsMatchNumpy() throws IOException {
		NumpyOracle.require();
		for (Matrix m : fixtureMatrices) {
			double[] e = NumpyOracle.compute(m,
					"for v in (np.linalg.norm(A, 'fro'), np.abs(A).max(), A.mean(), A.std()): print(repr(float(v)))");
			MatrixStats s = MatrixStats.of(m);
			assertRelative(e[0], s.frobenius(), 1e-12, m + " Frobenius");
			assertEquals(e[1], s.maxAbs(), 0, m + " max|w| is one of the entries");
			assertEquals(e[2], s.mean(), 1e-12 * e[1], m + " mean");
			assertRelative(e[3], s.std(), 1e-12, m + " std (ddof 0)");
		}
	}

	@Test
	void frobeniusNormIsTheRootOfTheSumOfSquaredSingularValues() {
		for (Matrix m : fixtureMatrices) {
			double sum = 0;
			for (double s : Svd.of(m).singularValues()) {
				sum += s * s;
			}
			assertRelative(MatrixStats.of(m).frobenius(), Math.sqrt(sum), 1e-12, m.toString());
		}
	}

	@Test
	void fixtureShapesAreThoseOfTheModelConfig() {
		// torch291-store: z_dim 4, act_dim 2, u_dim 16, n_state 32
		assertEquals("16×6", fixtureMatrices.get(0).shape());
		assertEquals("32×16", fixtureMatrices.get(1).shape());
		assertEquals("4×32", fixtureMatrices.get(2).shape());
	}

	private static Matrix randomMatrix(String name, int rows, int cols, Random random) {
		double[] d = new double[rows * cols];
		for (int i = 0; i < d.length; i++) {
			d[i] = random.nextGaussian();
		}
		return new Matrix(name, rows, cols, d);
	}
}
