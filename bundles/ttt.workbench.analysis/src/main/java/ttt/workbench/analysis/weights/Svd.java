package ttt.workbench.analysis.weights;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Thin singular value decomposition {@code A = U · diag(s) · Vᵀ} by one-sided Jacobi rotations (Hestenes) in double
 * precision: columns of a working copy are orthogonalised pairwise until every pair is orthogonal to machine
 * precision; their norms are the singular values. Accurate for the small weight matrices here (tens of rows and
 * columns) including the small singular values a condition number depends on. A wide matrix is decomposed through its
 * transpose. Singular values come sorted in descending order.
 *
 * @param u    m × k, row-major, orthonormal columns (k = min(m, n)) for the non-zero singular values (a column of a
 *             numerically zero one carries no meaning; it still multiplies by ≈ 0 in {@link #reconstruct()})
 * @param s    k singular values, descending
 * @param v    n × k, row-major, orthonormal columns
 */
public record Svd(int rows, int cols, double[] u, double[] s, double[] v) {

	private static final int MAX_SWEEPS = 100;
	private static final double EPS = 1e-15;

	public static Svd of(Matrix a) {
		if (a.rows() < a.cols()) {
			Svd t = tall(transpose(a.data(), a.rows(), a.cols()), a.cols(), a.rows());
			return new Svd(a.rows(), a.cols(), t.v, t.s, t.u);
		}
		return tall(a.data().clone(), a.rows(), a.cols());
	}

	/** Decomposes an m × n matrix with m ≥ n; {@code w} is overwritten. */
	private static Svd tall(double[] w, int m, int n) {
		double[] v = new double[n * n];
		for (int i = 0; i < n; i++) {
			v[i * n + i] = 1;
		}
		for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
			boolean rotated = false;
			for (int p = 0; p < n - 1; p++) {
				for (int q = p + 1; q < n; q++) {
					double alpha = 0;
					double beta = 0;
					double gamma = 0;
					for (int i = 0; i < m; i++) {
						double wp = w[i * n + p];
						double wq = w[i * n + q];
						alpha += wp * wp;
						beta += wq * wq;
						gamma += wp * wq;
					}
					if (gamma == 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) {
						continue;
					}
					rotated = true;
					double zeta = (beta - alpha) / (2 * gamma);
					double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
					if (zeta == 0) {
						t = 1;
					}
					double c = 1 / Math.sqrt(1 + t * t);
					double sn = c * t;
					rotate(w, m, n, p, q, c, sn);
					rotate(v, n, n, p, q, c, sn);
				}
			}
			if (!rotated) {
				break;
			}
		}
		double[] norms = new double[n];
		for (int j = 0; j < n; j++) {
			double sum = 0;
			for (int i = 0; i < m; i++) {
				sum += w[i * n + j] * w[i * n + j];
			}
			norms[j] = Math.sqrt(sum);
		}
		Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble((Integer j) -> -norms[j])).toArray(Integer[]::new);
		double[] s = new double[n];
		double[] u = new double[m * n];
		double[] vs = new double[n * n];
		for (int k = 0; k < n; k++) {
			int j = order[k];
			s[k] = norms[j];
			for (int i = 0; i < m; i++) {
				u[i * n + k] = norms[j] == 0 ? 0 : w[i * n + j] / norms[j];
			}
			for (int i = 0; i < n; i++) {
				vs[i * n + k] = v[i * n + j];
			}
		}
		return new Svd(m, n, u, s, vs);
	}

	private static void rotate(double[] a, int rows, int cols, int p, int q, double c, double s) {
		for (int i = 0; i < rows; i++) {
			double ap = a[i * cols + p];
			double aq = a[i * cols + q];
			a[i * cols + p] = c * ap - s * aq;
			a[i * cols + q] = s * ap + c * aq;
		}
	}

	private static double[] transpose(double[] a, int rows, int cols) {
		double[] t = new double[a.length];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				t[j * rows + i] = a[i * cols + j];
			}
		}
		return t;
	}

	public int rank() {
		return s.length;
	}

	public double[] singularValues() {
		return s.clone();
	}

	/** σ_max / σ_min (infinite when the matrix is singular). */
	public double conditionNumber() {
		if (s.length == 0) {
			return Double.NaN;
		}
		double min = s[s.length - 1];
		return min == 0 ? Double.POSITIVE_INFINITY : s[0] / min;
	}

	/** {@code U · diag(s) · Vᵀ}, row-major rows × cols: should give back A. */
	public double[] reconstruct() {
		int k = s.length;
		double[] a = new double[rows * cols];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				double sum = 0;
				for (int l = 0; l < k; l++) {
					sum += u[i * k + l] * s[l] * v[j * k + l];
				}
				a[i * cols + j] = sum;
			}
		}
		return a;
	}

	@Override
	public String toString() {
		return "Svd" + Arrays.toString(s);
	}
}
