package ttt.workbench.analysis.weights;

/**
 * Summary numbers of one matrix: Frobenius norm, largest |w|, mean and standard deviation (population, ddof = 0, as
 * numpy's {@code std} by default). Sums in double with the two-pass formula for the variance.
 */
public record MatrixStats(String name, double frobenius, double maxAbs, double mean, double std) {

	public static MatrixStats of(Matrix m) {
		double sum = 0;
		double squares = 0;
		double maxAbs = 0;
		for (double v : m.data()) {
			sum += v;
			squares += v * v;
			maxAbs = Math.max(maxAbs, Math.abs(v));
		}
		int n = m.size();
		double mean = n == 0 ? 0 : sum / n;
		double deviations = 0;
		for (double v : m.data()) {
			deviations += (v - mean) * (v - mean);
		}
		return new MatrixStats(m.name(), Math.sqrt(squares), maxAbs, mean, n == 0 ? 0 : Math.sqrt(deviations / n));
	}
}
