package ttt.workbench.analysis.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Table page's filter: clauses such as {@code mu>0.1 lr<1e-3 env_mode=nonlinear online>=0}, all of which must
 * hold (separated by spaces, commas or {@code and}). A clause is a dimension key (a parameter, {@code seed}, or a
 * {@link Figure} key), an operator ({@code >}, {@code >=}, {@code <}, {@code <=}, {@code =} or {@code ==},
 * {@code !=}) and a value: for numeric dimensions a number in Python syntax ({@code 0.1}, {@code .5}, {@code 1e-3},
 * {@code 1_000}, {@code inf}, {@code nan}); for categorical ones (env_mode, optimizer, adjust_lr_fn, nesterov) a
 * category, bare or quoted ({@code nonlinear}, {@code 'muon_torch'}, {@code None}, {@code True}), with {@code =} or
 * {@code !=} only. Numbers compare as doubles; {@code =} is exact up to a relative 1e-12 (so {@code mu=0.12} finds
 * the 0.12 a spec wrote). A member without a value (NaN) fails every clause but {@code !=}, as NaN does in Python.
 * Immutable; {@link #parse} throws a {@link FilterException} naming the token and its column.
 */
public final class FilterExpression {

	public enum Op {
		GE(">="), LE("<="), NE("!="), EQ("="), GT(">"), LT("<");

		private final String symbol;

		Op(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}
	}

	/**
	 * One clause.
	 *
	 * @param key      the dimension key
	 * @param op       the operator
	 * @param value    the value as written
	 * @param number   the number (numeric dimensions), or the category index (categorical ones)
	 * @param position offset of the clause in the text
	 */
	public record Clause(String key, Op op, String value, double number, int position) {

		boolean test(double v) {
			return switch (op) {
			case GT -> v > number;
			case GE -> v >= number;
			case LT -> v < number;
			case LE -> v <= number;
			case EQ -> equal(v, number);
			case NE -> !equal(v, number);
			};
		}

		private static boolean equal(double a, double b) {
			return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
		}

		@Override
		public String toString() {
			return key + op.symbol() + value;
		}
	}

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Pattern OP = Pattern.compile(">=|<=|!=|==|=|>|<");
	private static final Pattern NUMBER = Pattern.compile(
			"[+-]?(?:(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.?)(?:[eE][+-]?\\d(?:_?\\d)*)?|[+-]?(?i:inf(?:inity)?|nan)");
	private static final Pattern WORD = Pattern.compile("[^\\s,'\"<>=!]+");
	private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

	private final String text;
	private final List<Clause> clauses;

	private FilterExpression(String text, List<Clause> clauses) {
		this.text = text;
		this.clauses = List.copyOf(clauses);
	}

	/** The expression that lets everything through. */
	public static final FilterExpression ALL = new FilterExpression("", List.of());

	/** Parses {@code text} against the dimensions of {@code experiment}. */
	public static FilterExpression parse(String text, Experiment experiment) throws FilterException {
		return parse(text, experiment.dimensions());
	}

	/** Parses {@code text}; names must be keys of {@code dimensions}. Blank text is {@link #ALL}. */
	public static FilterExpression parse(String text, Collection<Dimension> dimensions) throws FilterException {
		Map<String, Dimension> dims = new LinkedHashMap<>();
		dimensions.forEach(d -> dims.put(d.key(), d));
		List<Clause> clauses = new ArrayList<>();
		int i = skip(text, 0, true);
		while (i < text.length()) {
			Matcher name = NAME.matcher(text).region(i, text.length());
			if (!name.lookingAt()) {
				String tok = token(text, i);
				throw new FilterException(i, tok, "expected a name (e.g. mu, lr, online), found \"" + tok + "\"");
			}
			String key = name.group();
			int start = i;
			Dimension d = dims.get(key);
			if (d == null) {
				throw new FilterException(i, key, "unknown name \"" + key + "\" (known: " + String.join(", ", dims.keySet()) + ")");
			}
			i = skip(text, name.end(), false);
			Matcher op = OP.matcher(text).region(i, text.length());
			if (!op.lookingAt()) {
				String tok = token(text, i);
				throw new FilterException(i, tok, "expected an operator (>, >=, <, <=, =, !=) after \"" + key + "\", found "
						+ (tok.isEmpty() ? "the end" : "\"" + tok + "\""));
			}
			Op o = switch (op.group()) {
			case ">=" -> Op.GE;
			case "<=" -> Op.LE;
			case "!=" -> Op.NE;
			case "=", "==" -> Op.EQ;
			case ">" -> Op.GT;
			default -> Op.LT;
			};
			i = skip(text, op.end(), false);
			int vpos = i;
			if (d.isNumeric()) {
				Matcher num = NUMBER.matcher(text).region(i, text.length());
				String tok = token(text, i);
				int stop = 0;
				while (stop < tok.length() && "<>=!".indexOf(tok.charAt(stop)) < 0) {
					stop++;
				}
				if (stop > 0) {
					tok = tok.substring(0, stop); // "0.1>2": the number, then an unexpected ">2"
				}
				if (!num.lookingAt() || num.end() != i + tok.length()) {
					throw new FilterException(i, tok, (tok.isEmpty() ? "expected a number after \"" + key + o.symbol() + "\""
							: "\"" + tok + "\" is not a number") + " (" + key + " is numeric; Python syntax, e.g. 0.1, 1e-3)");
				}
				String lit = num.group();
				clauses.add(new Clause(key, o, lit, python(lit), start));
				i = num.end();
			} else {
				if (o != Op.EQ && o != Op.NE) {
					throw new FilterException(op.start(), op.group(), key + " is categorical (" + String.join(", ", d.categories())
							+ "): use = or !=");
				}
				Matcher q = QUOTED.matcher(text).region(i, text.length());
				String value;
				if (q.lookingAt()) {
					value = q.group(1) != null ? q.group(1) : q.group(2);
					i = q.end();
				} else {
					Matcher w = WORD.matcher(text).region(i, text.length());
					if (!w.lookingAt()) {
						throw new FilterException(i, "", "expected a value of " + key + " after \"" + key + o.symbol() + "\" ("
								+ String.join(", ", d.categories()) + ")");
					}
					value = w.group();
					i = w.end();
				}
				int index = d.categoryIndex(value);
				if (index < 0) {
					throw new FilterException(vpos, value, "\"" + value + "\" is not a value of " + key + " ("
							+ String.join(", ", d.categories()) + ")");
				}
				clauses.add(new Clause(key, o, value, index, start));
			}
			if (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ',') {
				String tok = token(text, i);
				throw new FilterException(i, tok, "unexpected \"" + tok + "\" after " + clauses.get(clauses.size() - 1));
			}
			i = skip(text, i, true);
		}
		return new FilterExpression(text, clauses);
	}

	/** Skips blanks (and, between clauses, commas and the word "and"). */
	private static int skip(String text, int i, boolean separators) {
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || (separators && c == ',')) {
				i++;
			} else if (separators && text.regionMatches(true, i, "and", 0, 3)
					&& (i + 3 == text.length() || Character.isWhitespace(text.charAt(i + 3))) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
				i += 3;
			} else {
				break;
			}
		}
		return i;
	}

	private static String token(String text, int i) {
		int j = i;
		while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != ',') {
			j++;
		}
		return text.substring(i, j);
	}

	/** A Python float literal's value. */
	static double python(String lit) {
		String s = lit.replace("_", "").toLowerCase(java.util.Locale.ROOT);
		String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
		double sign = s.startsWith("-") ? -1 : 1;
		if (body.startsWith("inf")) {
			return sign * Double.POSITIVE_INFINITY;
		}
		if (body.equals("nan")) {
			return Double.NaN;
		}
		return Double.parseDouble(s);
	}

	public String text() {
		return text;
	}

	public List<Clause> clauses() {
		return clauses;
	}

	public boolean isEmpty() {
		return clauses.isEmpty();
	}

	/**
	 * Whether member {@code member} of {@code e} passes every clause. Categories were resolved against the experiment
	 * the expression was parsed for: give it that one (or a snapshot with the same categories; {@link ExperimentSelection}
	 * parses the text again for every new snapshot).
	 */
	public boolean test(Experiment e, int member) {
		for (Clause c : clauses) {
			Dimension d = e.dimension(c.key());
			if (d == null || !c.test(e.value(member, d))) {
				return false;
			}
		}
		return true;
	}

	/** The members of {@code e} that pass (a clause on a dimension {@code e} lacks lets nobody through). */
	public BitSet select(Experiment e) {
		BitSet result = new BitSet(e.size());
		result.set(0, e.size());
		for (Clause c : clauses) {
			Dimension d = e.dimension(c.key());
			if (d == null) {
				result.clear();
				break;
			}
			double[] col = e.columnRef(d);
			for (int m = result.nextSetBit(0); m >= 0; m = result.nextSetBit(m + 1)) {
				if (!c.test(col[m])) {
					result.clear(m);
				}
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return text;
	}
}
