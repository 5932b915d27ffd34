package ttt.workbench.analysis.session;

/**
 * Smoothing of per-step MSE curves for display: a trailing (causal) moving average, so a smoothed value at step t
 * only uses steps t−window+1 … t and a spike after an update never leaks backwards into the steps before it. The
 * first window−1 steps average what exists so far. Non-finite values are skipped (a NaN step does not blank the
 * following window).
 */
public final class CurveSmoothing {

	/** The window the Overview uses unless the user picks another. */
	public static final int DEFAULT_WINDOW = 25;

	private CurveSmoothing() {
	}

	/** The trailing moving average of {@code values} over {@code window} steps (window ≤ 1: a copy). */
	public static double[] movingAverage(double[] values, int window) {
		double[] out = new double[values.length];
		if (window <= 1) {
			System.arraycopy(values, 0, out, 0, values.length);
			return out;
		}
		double sum = 0;
		int count = 0;
		for (int i = 0; i < values.length; i++) {
			if (Double.isFinite(values[i])) {
				sum += values[i];
				count++;
			}
			int leaving = i - window;
			if (leaving >= 0 && Double.isFinite(values[leaving])) {
				sum -= values[leaving];
				count--;
			}
			out[i] = count == 0 ? Double.NaN : sum / count;
		}
		return out;
	}
}
