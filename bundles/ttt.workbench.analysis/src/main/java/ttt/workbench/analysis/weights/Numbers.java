package ttt.workbench.analysis.weights;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats of the weight views: four significant digits for reading, the shortest exact form for export. */
public final class Numbers {

	private Numbers() {
	}

	/** "-0.0123", "1.235", "3.142e-06": four significant digits, no trailing zeros. */
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

	/** The shortest text that reads back to the same number: float32's when the value is a float32. */
	public static String exact(double v) {
		float f = (float) v;
		return f == v ? Float.toString(f) : Double.toString(v);
	}
}
