package ttt.workbench.analysis.session;

/**
 * How much lower one model's MSE is than another's: {@code from} is the reference (higher is worse), {@code to} the
 * model compared with it. {@link #absolute()} = from − to (positive: learning helped), {@link #percent()} =
 * (from − to) / from × 100 (NaN when from is 0 or not finite).
 */
public record LearningGap(double from, double to) {

	public double absolute() {
		return from - to;
	}

	public double percent() {
		return from == 0 || !Double.isFinite(from) || !Double.isFinite(to) ? Double.NaN : (from - to) / from * 100;
	}
}
