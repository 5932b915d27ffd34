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
		return appendRepr(new StringBuilder(24), value).toString();
	}

	/**
	 * Appends {@link #repr(double)} to {@code out} without allocating: Java's shortest digits are appended in place
	 * ({@code StringBuilder.append(double)} writes them straight into the builder since JDK 19), read back as a
	 * {@code long} and an exponent, and replaced by Python's layout. Writers of long files (per_step.csv,
	 * trajectory.json) format hundreds of thousands of values through this, into one reused builder.
	 */
	public static StringBuilder appendRepr(StringBuilder out, double value) {
		if (Double.isNaN(value)) {
			return out.append("NaN");
		}
		if (Double.isInfinite(value)) {
			return out.append(value > 0 ? "Infinity" : "-Infinity");
		}
		if (value == 0) {
			return out.append((1 / value < 0) ? "-0.0" : "0.0");
		}
		int start = out.length();
		out.append(Math.abs(value)); // "123.45", "0.00123" or "1.2345E-5": at most 17 significant digits
		int end = out.length();
		int point = start;
		while (out.charAt(point) != '.') {
			point++;
		}
		int e = end;
		int javaExponent = 0;
		for (int i = point + 1; i < end; i++) {
			if (out.charAt(i) == 'E') {
				e = i;
				javaExponent = parseExponent(out, i + 1, end);
				break;
			}
		}
		long digits = 0;
		int count = 0;
		int exponent = 0; // of the first significant digit: value = d.ddd x 10^exponent
		for (int i = start; i < e; i++) {
			char c = out.charAt(i);
			if (c == '.') {
				continue;
			}
			int d = c - '0';
			if (count == 0) {
				if (d == 0) {
					continue;
				}
				int place = i < point ? point - 1 - i : point - i; // power of ten of this digit in Java's mantissa
				exponent = place + javaExponent;
			}
			digits = digits * 10 + d;
			count++;
		}
		while (count > 1 && digits % 10 == 0) {
			digits /= 10;
			count--;
		}
		out.setLength(start);
		if (count == 2) {
			// Java prints at least two digits (4.9E-324) even when one reads back the same (Python: 5e-324)
			long one = oneDigit(Math.abs(value), digits, exponent);
			if (one > 0) {
				if (one == 10) {
					exponent++;
					one = 1;
				}
				digits = one;
				count = 1;
			}
		}
		if (value < 0) {
			out.append('-');
		}
		if (exponent >= -4 && exponent < 16) {
			appendFixed(out, digits, count, exponent);
		} else {
			appendDigit(out, digits, count, 0);
			if (count > 1) {
				out.append('.');
				for (int i = 1; i < count; i++) {
					appendDigit(out, digits, count, i);
				}
			}
			out.append('e').append(exponent < 0 ? '-' : '+');
			int abs = Math.abs(exponent);
			if (abs < 10) {
				out.append('0');
			}
			out.append(abs);
		}
		return out;
	}

	private static int parseExponent(CharSequence s, int from, int to) {
		boolean negative = s.charAt(from) == '-';
		int v = 0;
		for (int i = negative ? from + 1 : from; i < to; i++) {
			v = v * 10 + (s.charAt(i) - '0');
		}
		return negative ? -v : v;
	}

	private static final double[] POW10 = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
			1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	private static final long[] LONG_POW10 = { 1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L,
			1000000000L, 10000000000L, 100000000000L, 1000000000000L, 10000000000000L, 100000000000000L, 1000000000000000L,
			10000000000000000L, 100000000000000000L, 1000000000000000000L };

	/**
	 * The one-digit decimal (1..10, times 10^exponent) that reads back as {@code positive} and is nearest to it, or 0
	 * when none does. {@code twoDigits} (10..99, times 10^(exponent-1)) is Java's nearest two-digit decimal, so the
	 * only candidates are its neighbours at one digit. Exact double arithmetic decides where powers of ten are exact
	 * (|exponent| <= 22: one correctly rounded multiplication or division); elsewhere BigDecimal does.
	 */
	private static long oneDigit(double positive, long twoDigits, int exponent) {
		long lower = twoDigits / 10;
		if (Math.abs(exponent) > 22) {
			BigDecimal one = new BigDecimal(positive).round(new MathContext(1, RoundingMode.HALF_EVEN));
			if (one.doubleValue() != positive) {
				return 0;
			}
			long d = one.unscaledValue().longValue();
			int e = one.precision() - 1 - one.scale();
			while (e > exponent) { // 10 x 10^exponent came back as 1 x 10^(exponent+1)
				d *= 10;
				e--;
			}
			return d;
		}
		boolean lowerReads = times10(lower, exponent) == positive;
		boolean upperReads = times10(lower + 1, exponent) == positive;
		if (lowerReads && upperReads) { // both read back: only where one unit is below the double's spacing (not here)
			return Math.abs(positive - times10(lower, exponent)) <= Math.abs(times10(lower + 1, exponent) - positive) ? lower : lower + 1;
		}
		return lowerReads ? lower : upperReads ? lower + 1 : 0;
	}

	private static double times10(long digit, int exponent) {
		return exponent >= 0 ? digit * POW10[exponent] : digit / POW10[-exponent];
	}

	private static void appendDigit(StringBuilder out, long digits, int count, int index) {
		out.append((char) ('0' + (digits / LONG_POW10[count - 1 - index]) % 10));
	}

	private static void appendFixed(StringBuilder out, long digits, int count, int exponent) {
		if (exponent < 0) {
			out.append("0.");
			for (int i = -1; i > exponent; i--) {
				out.append('0');
			}
			for (int i = 0; i < count; i++) {
				appendDigit(out, digits, count, i);
			}
			return;
		}
		int intLength = exponent + 1;
		for (int i = 0; i < intLength; i++) {
			if (i < count) {
				appendDigit(out, digits, count, i);
			} else {
				out.append('0');
			}
		}
		out.append('.');
		if (count <= intLength) {
			out.append('0');
		} else {
			for (int i = intLength; i < count; i++) {
				appendDigit(out, digits, count, i);
			}
		}
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
}
