package ttt.workbench.store.pt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of an optimizer state dict's {@code param_groups}: the Muon settings and the parameter ids they apply to.
 *
 * <p>The entries are kept exactly as read (key order, extra keys, Python types), because the writer must give the
 * reference back what it wrote: torch 2.9's {@code torch.optim.Muon} writes the keys in the order lr, weight_decay,
 * momentum, nesterov, ns_coefficients, eps, ns_steps, adjust_lr_fn, params; the reference's fallback Muon on torch 1.13
 * writes lr, weight_decay, momentum, nesterov, eps, ns_steps, ns_coefficients, adjust_lr_fn, params. Settings always
 * come from the file ({@code ns_steps} is 2 in a fixture, not the default 5).
 *
 * <p>Python types: lr, weight_decay, momentum, eps are floats (an int is accepted, as Python would), nesterov a bool,
 * ns_coefficients a tuple of three floats, ns_steps an int, adjust_lr_fn a str or None, params a list of ints.
 */
public record ParamGroup(Map<String, Object> entries) {

	public static final List<String> REQUIRED_KEYS = List.of("lr", "weight_decay", "momentum", "nesterov",
			"ns_coefficients", "eps", "ns_steps", "adjust_lr_fn", "params");

	public ParamGroup {
		entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
		String problem = problem(entries);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** A group as {@code torch.optim.Muon} (torch 2.9) writes it, in its key order. */
	public static ParamGroup muon(double lr, double weightDecay, double momentum, boolean nesterov, double[] nsCoefficients,
			double eps, long nsSteps, String adjustLrFn, List<Long> params) {
		if (nsCoefficients.length != 3) {
			throw new IllegalArgumentException("ns_coefficients needs 3 values (a, b, c)");
		}
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("lr", lr);
		e.put("weight_decay", weightDecay);
		e.put("momentum", momentum);
		e.put("nesterov", nesterov);
		e.put("ns_coefficients", PyTuple.of(nsCoefficients[0], nsCoefficients[1], nsCoefficients[2]));
		e.put("eps", eps);
		e.put("ns_steps", nsSteps);
		e.put("adjust_lr_fn", adjustLrFn);
		e.put("params", new ArrayList<Object>(params));
		return new ParamGroup(e);
	}

	/** A copy with one entry replaced (in place, keeping the key order) or added at the end. */
	public ParamGroup with(String key, Object value) {
		Map<String, Object> e = new LinkedHashMap<>(entries);
		e.put(key, value);
		return new ParamGroup(e);
	}

	public double lr() {
		return number("lr");
	}

	public double weightDecay() {
		return number("weight_decay");
	}

	public double momentum() {
		return number("momentum");
	}

	public boolean nesterov() {
		return (Boolean) entries.get("nesterov");
	}

	/** (a, b, c) of the Newton–Schulz iteration. */
	public double[] nsCoefficients() {
		List<?> items = sequence(entries.get("ns_coefficients"));
		return new double[] { ((Number) items.get(0)).doubleValue(), ((Number) items.get(1)).doubleValue(),
				((Number) items.get(2)).doubleValue() };
	}

	public double eps() {
		return number("eps");
	}

	public int nsSteps() {
		return Math.toIntExact((Long) entries.get("ns_steps"));
	}

	/** "original", "match_rms_adamw" or {@code null} (None). */
	public String adjustLrFn() {
		return (String) entries.get("adjust_lr_fn");
	}

	/** Parameter ids: 0, 1, 2 are W_u, B, W_o. */
	public List<Long> params() {
		List<Long> ids = new ArrayList<>();
		for (Object id : (List<?>) entries.get("params")) {
			ids.add((Long) id);
		}
		return ids;
	}

	private double number(String key) {
		return ((Number) entries.get(key)).doubleValue();
	}

	private static List<?> sequence(Object v) {
		return v instanceof PyTuple t ? t.items() : (List<?>) v;
	}

	/** Why these entries are not a Muon param group, or {@code null}. */
	static String problem(Map<String, Object> e) {
		for (String key : REQUIRED_KEYS) {
			if (!e.containsKey(key)) {
				return "lacks key '" + key + "' (has " + e.keySet() + ")";
			}
		}
		for (String key : List.of("lr", "weight_decay", "momentum", "eps")) {
			if (!isNumber(e.get(key))) {
				return typeProblem(e, key, "a float");
			}
		}
		if (!(e.get("nesterov") instanceof Boolean)) {
			return typeProblem(e, "nesterov", "a bool");
		}
		Object coefficients = e.get("ns_coefficients");
		if (!(coefficients instanceof PyTuple || coefficients instanceof List) || sequence(coefficients).size() != 3
				|| !sequence(coefficients).stream().allMatch(ParamGroup::isNumber)) {
			return typeProblem(e, "ns_coefficients", "a tuple of three floats");
		}
		if (!(e.get("ns_steps") instanceof Long steps) || steps < 0 || steps > Integer.MAX_VALUE) {
			return typeProblem(e, "ns_steps", "a non-negative int");
		}
		if (e.get("adjust_lr_fn") != null && !(e.get("adjust_lr_fn") instanceof String)) {
			return typeProblem(e, "adjust_lr_fn", "a str or None");
		}
		if (!(e.get("params") instanceof List<?> params) || !params.stream().allMatch(p -> p instanceof Long)) {
			return typeProblem(e, "params", "a list of ints");
		}
		return null;
	}

	private static boolean isNumber(Object v) {
		return v instanceof Double || v instanceof Long;
	}

	private static String typeProblem(Map<String, Object> e, String key, String expected) {
		Object v = e.get(key);
		return "'" + key + "' is a " + PyTypes.name(v) + " (" + v + "), expected " + expected;
	}
}
