package ttt.workbench.analysis.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round tick values (1, 2, 5 × 10ⁿ) for an axis range, and labels without float noise. */
public final class NiceTicks {

	private NiceTicks() {
	}

	/** The step between ticks giving about {@code count} ticks over {@code [min, max]}. */
	public static double step(double min, double max, int count) {
		double range = max - min;
		if (!(range > 0) || count < 1) {
			return 1;
		}
		double raw = range / count;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double f = raw / magnitude;
		double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
		return nice * magnitude;
	}

	/** Multiples of {@link #step} inside {@code [min, max]}. */
	public static List<Double> ticks(double min, double max, int count) {
		double step = step(min, max, count);
		List<Double> ticks = new ArrayList<>();
		for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
			ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
		}
		return ticks;
	}

	/** A label with as many decimals as the step needs. */
	public static String label(double value, double step) {
		int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}
}
