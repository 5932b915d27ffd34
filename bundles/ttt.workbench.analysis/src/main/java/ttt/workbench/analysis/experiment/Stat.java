package ttt.workbench.analysis.experiment;

/**
 * Mean, sample standard deviation and count of some values, NaN values left out. The std has n − 1 in the
 * denominator (numpy's {@code std(ddof=1)}); with n = 1 it is undefined: NaN here, blank in tables and CSV, as in
 * {@code ttt sweep_report}. With n = 0 the mean is NaN too.
 */
public record Stat(double mean, double std, int n) {

	public static final Stat NONE = new Stat(Double.NaN, Double.NaN, 0);

	/** Two passes (mean, then squared deviations) over {@code values[idx[i]]} for the given indexes. */
	public static Stat of(double[] values, int[] idx, int count) {
		double sum = 0;
		int n = 0;
		for (int i = 0; i < count; i++) {
			double v = values[idx[i]];
			if (!Double.isNaN(v)) {
				sum += v;
				n++;
			}
		}
		if (n == 0) {
			return NONE;
		}
		double mean = sum / n;
		if (n < 2) {
			return new Stat(mean, Double.NaN, 1);
		}
		double ss = 0;
		for (int i = 0; i < count; i++) {
			double v = values[idx[i]];
			if (!Double.isNaN(v)) {
				ss += (v - mean) * (v - mean);
			}
		}
		return new Stat(mean, Math.sqrt(ss / (n - 1)), n);
	}

	/** Of all values. */
	public static Stat of(double... values) {
		int[] idx = new int[values.length];
		for (int i = 0; i < idx.length; i++) {
			idx[i] = i;
		}
		return of(values, idx, idx.length);
	}

	/** "mean ± std" (just the mean when the std is undefined; blank when there is no value). */
	public String text() {
		if (n == 0) {
			return "";
		}
		return Double.isNaN(std) ? Dimension.number(mean) : Dimension.number(mean) + " ± " + Dimension.number(std);
	}
}
