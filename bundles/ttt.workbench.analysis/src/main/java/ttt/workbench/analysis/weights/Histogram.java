package ttt.workbench.analysis.weights;

/**
 * Counts of values in equal-width bins over [lo, hi] (the last bin closed on the right; values outside are not
 * counted, and {@link #outside()} says how many).
 */
public record Histogram(double lo, double hi, int[] counts, int outside) {

	public static Histogram of(double[] values, double lo, double hi, int bins) {
		int[] counts = new int[bins];
		int outside = 0;
		double width = (hi - lo) / bins;
		for (double v : values) {
			if (!(v >= lo && v <= hi)) {
				outside++;
				continue;
			}
			counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
		}
		return new Histogram(lo, hi, counts, outside);
	}

	public int total() {
		int sum = 0;
		for (int c : counts) {
			sum += c;
		}
		return sum;
	}

	public double binLow(int bin) {
		return lo + (hi - lo) * bin / counts.length;
	}

	public double binHigh(int bin) {
		return lo + (hi - lo) * (bin + 1) / counts.length;
	}
}
