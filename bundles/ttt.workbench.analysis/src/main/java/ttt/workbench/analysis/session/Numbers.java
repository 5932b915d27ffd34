package ttt.workbench.analysis.session;

import java.util.Locale;

/** How the Overview writes numbers: 3–4 significant digits, scientific notation for very small or large values. */
public final class Numbers {

	private Numbers() {
	}

	/** E.g. 0.0724, 0.00618, 344.5, 1.23e-5; "–" for NaN. */
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
}
