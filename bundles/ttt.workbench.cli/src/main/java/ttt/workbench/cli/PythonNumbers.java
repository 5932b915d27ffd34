package ttt.workbench.cli;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Reads numbers from the command line the way the reference's argparse does with {@code type=int} and
 * {@code type=float}, i.e. with Python's {@code int(str)} and {@code float(str)}: surrounding white space, a sign,
 * underscores between digits ({@code 1_000}), and for floats {@code inf}, {@code infinity} and {@code nan} in any
 * case. Java's own parsers refuse some of these ({@code inf}, {@code 1_000}) and accept others Python refuses
 * ({@code 1d}, {@code 0x1p3}), so a value the reference takes would fail here, or the other way round.
 */
final class PythonNumbers {

	private static final String DIGITS = "[0-9](?:_?[0-9])*";
	private static final Pattern INT = Pattern.compile("[+-]?" + DIGITS);
	private static final Pattern FLOAT = Pattern.compile(
			"[+-]?(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?)");
	private static final Pattern SPECIAL = Pattern.compile("([+-]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

	private PythonNumbers() {
	}

	/** Python's {@code int(text)}; arbitrary size, as Python's ints are. */
	static BigInteger parseInt(String text) {
		String s = text.strip();
		if (!INT.matcher(s).matches()) {
			throw new NumberFormatException(text);
		}
		return new BigInteger(s.replace("_", ""));
	}

	/** Python's {@code float(text)}. */
	static double parseFloat(String text) {
		String s = text.strip();
		var special = SPECIAL.matcher(s);
		if (special.matches()) {
			boolean negative = special.group(1).equals("-");
			if (special.group(2).equalsIgnoreCase("nan")) {
				return Double.NaN;
			}
			return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
		}
		if (!FLOAT.matcher(s).matches()) {
			throw new NumberFormatException(text);
		}
		return Double.parseDouble(s.replace("_", ""));
	}
}
