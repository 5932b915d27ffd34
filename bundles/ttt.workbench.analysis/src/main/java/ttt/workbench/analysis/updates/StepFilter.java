package ttt.workbench.analysis.updates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The text filter on t: empty (every step), {@code 95}, a range {@code 64-128} or {@code 64..128}, a comparison
 * {@code >100}, {@code >=100}, {@code <50}, {@code <=50}, or several of these separated by commas (any may match).
 */
public record StepFilter(String text, IntPredicate predicate, String error) {

	public static final StepFilter ANY = new StepFilter("", t -> true, null);

	public boolean valid() {
		return error == null;
	}

	public boolean test(int t) {
		return predicate.test(t);
	}

	public static StepFilter parse(String text) {
		String s = text == null ? "" : text.strip();
		if (s.isEmpty()) {
			return ANY;
		}
		List<IntPredicate> any = new ArrayList<>();
		for (String part : s.split(",")) {
			String p = part.strip();
			if (p.isEmpty()) {
				continue;
			}
			try {
				any.add(one(p));
			} catch (NumberFormatException e) {
				return new StepFilter(s, t -> true,
						"\"" + p + "\" is not a step filter: use 95, 64-128, >100 or <=50, separated by commas");
			}
		}
		return new StepFilter(s, t -> any.stream().anyMatch(q -> q.test(t)), null);
	}

	private static IntPredicate one(String p) {
		if (p.startsWith(">=")) {
			int v = num(p.substring(2));
			return t -> t >= v;
		}
		if (p.startsWith("<=")) {
			int v = num(p.substring(2));
			return t -> t <= v;
		}
		if (p.startsWith(">")) {
			int v = num(p.substring(1));
			return t -> t > v;
		}
		if (p.startsWith("<")) {
			int v = num(p.substring(1));
			return t -> t < v;
		}
		int range = p.indexOf("..");
		int sep = range >= 0 ? range : p.indexOf('-', 1);
		if (sep > 0) {
			int lo = num(p.substring(0, sep));
			int hi = num(p.substring(sep + (range >= 0 ? 2 : 1)));
			return t -> t >= Math.min(lo, hi) && t <= Math.max(lo, hi);
		}
		int v = num(p);
		return t -> t == v;
	}

	private static int num(String s) {
		return Integer.parseInt(s.strip());
	}
}
