package ttt.workbench.analysis.experiment;

import java.util.List;
import java.util.Locale;

/**
 * One thing an {@link Experiment} can be looked at by: a swept parameter, the seed, or a {@link Figure}. Every
 * member has one value per dimension, as a {@code double}: the number itself for a {@link Type#NUMERIC} dimension,
 * the index into {@link #categories()} for a {@link Type#CATEGORICAL} one (env_mode, optimizer, adjust_lr_fn,
 * nesterov), NaN when the member has no value. Immutable.
 *
 * <p><b>Categories</b> have a stable order: env_mode is {@code linear, nonlinear}; other categorical parameters are
 * sorted by their text, {@code None} (null) first. <b>Range</b>: {@link #min()}/{@link #max()} are the smallest and
 * largest finite values of the experiment's members (NaN when there is none). <b>Log scale</b> is suggested for a
 * numeric parameter whose values are all positive and span at least two decades (max/min ≥ 100), e.g. a learning rate
 * drawn log-uniformly from 1e-4 to 1e-2.
 */
public final class Dimension {

	public enum Kind {
		/** a setting that differs between members (a swept parameter, or a differing setting of hand-picked sessions) */
		PARAMETER,
		/** the member's seed (sweeps: the point's seed; other sessions: the first run's seed) */
		SEED,
		/** a {@link Figure} */
		FIGURE
	}

	public enum Type {
		NUMERIC, CATEGORICAL
	}

	private final String key;
	private final String label;
	private final Kind kind;
	private final Type type;
	private final List<String> categories;
	private final boolean logScale;
	private final double min;
	private final double max;
	private final Figure figure;

	Dimension(String key, String label, Kind kind, Type type, List<String> categories, boolean logScale, double min, double max,
			Figure figure) {
		this.key = key;
		this.label = label;
		this.kind = kind;
		this.type = type;
		this.categories = categories == null ? List.of() : List.copyOf(categories);
		this.logScale = logScale;
		this.min = min;
		this.max = max;
		this.figure = figure;
	}

	/** The name in filters and CSV headers: a parameter key ({@code mu}, {@code lr}, …), {@code seed}, or a figure key. */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public Kind kind() {
		return kind;
	}

	public Type type() {
		return type;
	}

	public boolean isNumeric() {
		return type == Type.NUMERIC;
	}

	/** The categories in their stable order (empty for a numeric dimension); {@code "None"} stands for null. */
	public List<String> categories() {
		return categories;
	}

	/** The index of {@code label} in {@link #categories()}, or −1. */
	public int categoryIndex(String label) {
		return categories.indexOf(label);
	}

	/** Whether an axis of this dimension should be drawn on a log scale (see the class comment). */
	public boolean logScale() {
		return logScale;
	}

	/** The smallest finite value of the members (a category index for categorical dimensions); NaN when none. */
	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	/** The figure of a {@link Kind#FIGURE} dimension, else null. */
	public Figure figure() {
		return figure;
	}

	/**
	 * {@code value} placed in [0, 1] on this dimension's axis: linear (or logarithmic, when {@link #logScale()}) between
	 * min and max; a categorical index {@code i} of {@code k} categories goes to {@code i / (k − 1)}; a dimension with a
	 * single value puts it at 0.5; NaN stays NaN. Values outside [min, max] fall outside [0, 1].
	 */
	public double normalise(double value) {
		if (Double.isNaN(value)) {
			return Double.NaN;
		}
		if (type == Type.CATEGORICAL) {
			return categories.size() < 2 ? 0.5 : value / (categories.size() - 1);
		}
		if (!(max > min)) {
			return 0.5;
		}
		if (logScale) {
			return value <= 0 ? Double.NEGATIVE_INFINITY : (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min));
		}
		return (value - min) / (max - min);
	}

	/** The inverse of {@link #normalise} (categorical: the nearest index); for axis ticks and brush labels. */
	public double denormalise(double u) {
		if (type == Type.CATEGORICAL) {
			return categories.size() < 2 ? 0 : Math.rint(u * (categories.size() - 1));
		}
		if (!(max > min)) {
			return min;
		}
		if (logScale) {
			return Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
		}
		return min + u * (max - min);
	}

	/** A value as a person reads it: the category, or the number in a short form (blank for NaN). */
	public String format(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		if (type == Type.CATEGORICAL) {
			int i = (int) value;
			return i >= 0 && i < categories.size() ? categories.get(i) : "";
		}
		return number(value);
	}

	/** Numbers as the tables show them: the same format as {@code ttt sweep_report}. */
	public static String number(double v) {
		return ttt.workbench.sweep.report.SweepReport.number(v);
	}

	@Override
	public String toString() {
		return key + " (" + kind.name().toLowerCase(Locale.ROOT) + ", " + type.name().toLowerCase(Locale.ROOT)
				+ (logScale ? ", log" : "") + ")";
	}
}
