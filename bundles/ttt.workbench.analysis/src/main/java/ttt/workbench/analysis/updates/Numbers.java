package ttt.workbench.analysis.updates;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short, exact-enough number text for people: 4 significant digits, no trailing zeros, scientific when huge or tiny. */
public final class Numbers {

	private Numbers() {
	}

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
}
