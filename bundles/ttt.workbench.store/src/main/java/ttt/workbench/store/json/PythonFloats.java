package ttt.workbench.store.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double exactly as Python's {@code repr(float)} (and so {@code json.dumps}) does.
 *
 * <p>Both languages find the shortest decimal digits that read back to the same double (Java's
 * {@link Double#toString(double)} does so since JDK 19); they differ only in layout: Python writes {@code 1e-05},
 * {@code 1e+16} and {@code 0.0001} where Java writes {@code 1.0E-5}, {@code 1.0E16} and {@code 1.0E-4}. Byte-equal
 * files keep stores written by this product diff-able against the reference's.
 */
public final class PythonFloats {

	private PythonFloats() {
	}

	/** Python's repr; NaN and infinities as {@code json.dumps} writes them ({@code NaN}, {@code Infinity}). */
	public static String repr(double value) {
		if (Double.isNaN(value)) {
			return "NaN";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "Infinity" : "-Infinity";
		}
		if (value == 0) {
			return (1 / value < 0) ? "-0.0" : "0.0";
		}
		String sign = value < 0 ? "-" : "";
		BigDecimal shortest = shortestDigits(Math.abs(value));
		String digits = shortest.unscaledValue().toString();
		int exponent = digits.length() - 1 - shortest.scale(); // value = d.ddd x 10^exponent
		if (exponent >= -4 && exponent < 16) {
			return sign + fixed(digits, exponent);
		}
		String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
		String exp = String.format("%02d", Math.abs(exponent));
		return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
	}

	/**
	 * Python's {@code format(value, '.Nf')} (and {@code f"{value:.Nf}"}): the exact binary value rounded half to
	 * even, as C's printf does. Java's {@code %.Nf} rounds the shortest decimal string half up instead, so it
	 * prints {@code 0.13} for 0.125 and {@code 2.68} for 2.675 where Python prints {@code 0.12} and {@code 2.67}.
	 */
	public static String fixed(double value, int decimals) {
		if (Double.isNaN(value)) {
			return "nan";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "inf" : "-inf";
		}
		String digits = new BigDecimal(Math.abs(value)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
		boolean negative = value < 0 || (value == 0 && 1 / value < 0);
		return negative ? "-" + digits : digits;
	}

	/**
	 * Java always prints at least two significant digits ({@code 4.9E-324}) even when one reads back the same
	 * ({@code 5e-324}); Python prints the shortest. So when Java used two, try the nearest one-digit decimal.
	 */
	private static BigDecimal shortestDigits(double positive) {
		BigDecimal java = new BigDecimal(Double.toString(positive)).stripTrailingZeros();
		if (java.precision() == 2) {
			BigDecimal oneDigit = new BigDecimal(positive).round(new MathContext(1, RoundingMode.HALF_EVEN));
			if (oneDigit.doubleValue() == positive) {
				return oneDigit.stripTrailingZeros();
			}
		}
		return java;
	}

	private static String fixed(String digits, int exponent) {
		if (exponent < 0) {
			return "0." + "0".repeat(-exponent - 1) + digits;
		}
		int intLength = exponent + 1;
		if (digits.length() <= intLength) {
			return digits + "0".repeat(intLength - digits.length()) + ".0";
		}
		return digits.substring(0, intLength) + "." + digits.substring(intLength);
	}
}
