package ttt.workbench.analysis.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The one place where the workbench turns numbers into text for people. Each method is one style, named for what it
 * is for; a view picks the style, it never formats numbers itself:
 * <ul>
 * <li>{@link #compact(double)}, {@link #percent(double)}, {@link #duration(double)}: the Overview's cards, charts and
 * tables (3–4 significant digits);</li>
 * <li>{@link #fmt(double)}: the update log (timeline, transactions, verdict headlines): 4 significant digits, exact
 * enough to compare with a threshold;</li>
 * <li>{@link #short4(double)} and {@link #exact(double)}: the weight views (fixed-width scientific form for heatmap
 * and histogram labels) and their exports (the shortest text that reads back to the same value).</li>
 * </ul>
 */
public final class Numbers {

	private Numbers() {
	}

	/** Overview style: e.g. 0.0724, 0.00618, 344.5, 1.23e-5; "–" for NaN. */
	public static String compact(double v) {
		if (Double.isNaN(v)) {
			return "–";
		}
		if (Double.isInfinite(v)) {
			return v > 0 ? "∞" : "−∞";
		}
		double a = Math.abs(v);
		if (a != 0 && (a < 1e-4 || a >= 1e5)) {
			return String.format(Locale.ROOT, "%.3g", v).replace("e-0", "e-").replace("e+0", "e+").replace("e+", "e");
		}
		String s = String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : a >= 1 ? "%.3f" : "%.3g", v);
		return s;
	}

	/** A signed percentage with one decimal, e.g. +12.3 %, −4.0 %; "–" for NaN. */
	public static String percent(double p) {
		if (!Double.isFinite(p)) {
			return "–";
		}
		return (p >= 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f", Math.abs(p)) + " %";
	}

	/** A duration in words: "45 s", "12 min", "3 h 5 min", "4 days 2 h", "10 months", "2 years 1 month". */
	public static String duration(double seconds) {
		if (!Double.isFinite(seconds) || seconds < 0) {
			return "–";
		}
		long s = (long) seconds;
		if (s < 60) {
			return s + " s";
		}
		long min = s / 60;
		if (min < 60) {
			return min + " min";
		}
		long h = min / 60;
		if (h < 24) {
			return h + " h" + (min % 60 == 0 ? "" : " " + min % 60 + " min");
		}
		long days = h / 24;
		if (days < 60) {
			return days + (days == 1 ? " day" : " days") + (h % 24 == 0 ? "" : " " + h % 24 + " h");
		}
		long months = days / 30;
		if (months < 24) {
			return months + " months";
		}
		long years = days / 365;
		long rest = (days % 365) / 30;
		return years + " years" + (rest == 0 ? "" : " " + rest + (rest == 1 ? " month" : " months"));
	}

	/** Update log style: e.g. 0.0684, 20, 1e6, 1.5e-5; "NaN", "+Inf", "-Inf" spelled out (they are verdict causes). */
	public static String fmt(double v) {
		if (Double.isNaN(v)) {
			return "NaN";
		}
		if (Double.isInfinite(v)) {
			return v > 0 ? "+Inf" : "-Inf";
		}
		if (v == 0) {
			return "0";
		}
		BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
		double a = Math.abs(v);
		if (a >= 1e-4 && a < 1e6) {
			return d.toPlainString();
		}
		int exponent = d.precision() - d.scale() - 1;
		BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
		return mantissa.toPlainString() + "e" + exponent;
	}

	/** {@link #fmt(double)} or an em dash for a missing value. */
	public static String fmt(Double v) {
		return v == null ? "—" : fmt(v.doubleValue());
	}

	/** Weight views: "-0.0123", "1.235", "3.142e-06": four significant digits, no trailing zeros. */
	public static String short4(double v) {
		if (Double.isNaN(v) || Double.isInfinite(v)) {
			return Double.toString(v);
		}
		if (v == 0) {
			return "0";
		}
		double a = Math.abs(v);
		if (a < 1e-3 || a >= 1e5) {
			return String.format(Locale.ROOT, "%.3e", v);
		}
		return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
	}

	/** Exports: the shortest text that reads back to the same number: float32's when the value is a float32. */
	public static String exact(double v) {
		float f = (float) v;
		return f == v ? Float.toString(f) : Double.toString(v);
	}
}
