package ttt.workbench.analysis.session;

import java.util.Locale;

/**
 * How MSE curves are smoothed for display, as chosen in the preferences: not at all, a trailing window
 * ({@link CurveSmoothing#movingAverage}), or TensorBoard's exponential moving average. Both smoothers are causal, so a
 * spike after an update never leaks into the steps before it.
 *
 * @param window the trailing window in steps (used by {@link Kind#WINDOW})
 * @param weight the EMA weight α in [0, 1) (used by {@link Kind#EMA}): 0 is no smoothing, closer to 1 is smoother
 */
public record Smoothing(Kind kind, int window, double weight) {

	public enum Kind {
		NONE("None"), WINDOW("Trailing window"), EMA("Exponential moving average (TensorBoard)");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What the Overview did before it had preferences: a 25-step trailing window. */
	public static final Smoothing DEFAULT = new Smoothing(Kind.WINDOW, CurveSmoothing.DEFAULT_WINDOW, 0.6);

	public Smoothing {
		if (kind == null) {
			throw new IllegalArgumentException("smoothing kind is missing");
		}
		if (window < 1) {
			throw new IllegalArgumentException("smoothing window must be at least 1 step, not " + window);
		}
		String weightProblem = weightProblem(weight);
		if (weightProblem != null) {
			throw new IllegalArgumentException(weightProblem);
		}
	}

	/** The stored form (kind name, window, weight); an unknown kind or out-of-range number falls back to the default's. */
	public static Smoothing of(String kind, int window, double weight) {
		Kind k = Kind.WINDOW;
		for (Kind candidate : Kind.values()) {
			if (candidate.name().equals(kind)) {
				k = candidate;
			}
		}
		return new Smoothing(k, window >= 1 ? window : DEFAULT.window, weightProblem(weight) == null ? weight : DEFAULT.weight);
	}

	/** Why {@code weight} is not a usable EMA weight, or null when it is (α must be in [0, 1): 1 would freeze the curve). */
	public static String weightProblem(double weight) {
		if (!(weight >= 0 && weight < 1)) {
			return String.format(Locale.ROOT, "EMA weight must be at least 0 and below 1 (1 would never move), not %s", weight);
		}
		return null;
	}

	/** The smoothed copy of {@code values}. */
	public double[] apply(double[] values) {
		return switch (kind) {
		case NONE -> values.clone();
		case WINDOW -> CurveSmoothing.movingAverage(values, window);
		case EMA -> debiasedEma(values, weight);
		};
	}

	/** A short description for chart tooltips and the legend, e.g. "EMA α = 0.6". */
	public String describe() {
		return switch (kind) {
		case NONE -> "not smoothed";
		case WINDOW -> "trailing mean over " + window + " steps";
		case EMA -> String.format(Locale.ROOT, "EMA α = %s", weight);
		};
	}

	/**
	 * TensorBoard's scalar smoothing: last = α·last + (1 − α)·x, shown divided by 1 − α^n (n = finite points so far)
	 * so that the start is not pulled towards the zero the average starts from. A non-finite value is shown as it is and
	 * leaves the average untouched, as TensorBoard does.
	 */
	public static double[] debiasedEma(double[] values, double weight) {
		double[] out = new double[values.length];
		double last = 0;
		int n = 0;
		for (int i = 0; i < values.length; i++) {
			double x = values[i];
			if (!Double.isFinite(x)) {
				out[i] = x;
				continue;
			}
			last = last * weight + (1 - weight) * x;
			n++;
			out[i] = last / (1 - Math.pow(weight, n));
		}
		return out;
	}
}
