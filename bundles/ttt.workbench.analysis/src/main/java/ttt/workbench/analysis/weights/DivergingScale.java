package ttt.workbench.analysis.weights;

/**
 * A diverging colour scale centred at 0: blue for negative, white at 0, red for positive, symmetric over
 * [−limit, +limit] (values beyond are clamped). Colours are ColorBrewer's RdBu end points, perceptually balanced and
 * readable by most colour-blind viewers; returned as packed 0xRRGGBB so this class stays free of SWT.
 */
public record DivergingScale(double limit) {

	private static final int[] NEGATIVE = { 0x21, 0x66, 0xAC };
	private static final int[] POSITIVE = { 0xB2, 0x18, 0x2B };

	/** A scale whose limit is max|w| (a tiny positive limit for an all-zero matrix, so 0 maps to white). */
	public static DivergingScale symmetric(Matrix m) {
		double max = m.maxAbs();
		return new DivergingScale(max > 0 ? max : 1e-12);
	}

	/** Position in [−1, 1]. */
	public double normalized(double value) {
		if (Double.isNaN(value)) {
			return 0;
		}
		return Math.max(-1, Math.min(1, value / limit));
	}

	public int rgb(double value) {
		double t = normalized(value);
		int[] end = t < 0 ? NEGATIVE : POSITIVE;
		double f = Math.abs(t);
		int r = (int) Math.round(255 + (end[0] - 255) * f);
		int g = (int) Math.round(255 + (end[1] - 255) * f);
		int b = (int) Math.round(255 + (end[2] - 255) * f);
		return r << 16 | g << 8 | b;
	}
}
