package ttt.workbench.sweep.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The session and run settings a sweep can set, vary on a grid or sample: every {@code new_session} /
 * {@code run_session} setting (SPEC §6). The declaration order is the canonical order: grid axes are nested in
 * this order (the first one varies slowest), distributions are drawn in this order, and reports list them so.
 *
 * <p>With {@code from: base} every parameter goes to {@code new_session}. With {@code from: SESSION} (a fork) only the
 * run-time ones ({@link #runOverride()}: chunk, buffer_len, rollback_tol, grad_norm_max, state_norm_max) are allowed:
 * they are applied to every run of the point as {@code run_session --chunk …} overrides, the child's plasticity_cfg
 * stays its parent's (fork_session inherits μ, env_mode, the Muon settings and the optimizer variant).
 */
public enum Parameter {

	MU("mu", Kind.FLOAT, false), ENV_MODE("env_mode", Kind.CHOICE, false, "linear", "nonlinear"), LR("lr", Kind.FLOAT, false),
	MOMENTUM("momentum", Kind.FLOAT, false), NS_STEPS("ns_steps", Kind.INT, false),
	ADJUST_LR_FN("adjust_lr_fn", Kind.CHOICE, false, null, "original", "match_rms_adamw"), CHUNK("chunk", Kind.INT, true),
	BUFFER_LEN("buffer_len", Kind.INT, true), ROLLBACK_TOL("rollback_tol", Kind.FLOAT, true),
	GRAD_NORM_MAX("grad_norm_max", Kind.FLOAT, true), STATE_NORM_MAX("state_norm_max", Kind.FLOAT, true),
	OPTIMIZER("optimizer", Kind.CHOICE, false, "muon_torch", "muon_fallback");

	/** The type of a parameter's values: FLOAT → Double, INT → Integer, CHOICE → String (or null where allowed). */
	public enum Kind {
		FLOAT, INT, CHOICE
	}

	/** Largest chunk / buffer_len / ns_steps accepted (a bigger value is a typo, and buffer_len sizes memory). */
	public static final int MAX_INT_SETTING = 1_000_000;

	private final String key;
	private final Kind kind;
	private final boolean runOverride;
	private final List<String> choices;

	Parameter(String key, Kind kind, boolean runOverride, String... choices) {
		this.key = key;
		this.kind = kind;
		this.runOverride = runOverride;
		this.choices = Arrays.asList(choices);
	}

	public String key() {
		return key;
	}

	public Kind kind() {
		return kind;
	}

	/** A {@code run_session} override, the only parameters a fork sweep may set. */
	public boolean runOverride() {
		return runOverride;
	}

	/** The allowed values of a CHOICE parameter (null stands for YAML's null). */
	public List<String> choices() {
		return choices;
	}

	public static Parameter byKey(String key) {
		for (Parameter p : values()) {
			if (p.key.equals(key)) {
				return p;
			}
		}
		return null;
	}

	/** @return why {@code value} (already of the right Java type) is out of range, or null when it is fine */
	public String rangeProblem(Object value) {
		switch (this) {
		case MU:
			return open01((Double) value);
		case LR:
		case GRAD_NORM_MAX:
		case STATE_NORM_MAX:
			return finite((Double) value) && (Double) value > 0 ? null : "must be a finite number > 0, found " + show(value);
		case MOMENTUM:
			double m = (Double) value;
			return finite(m) && m >= 0 && m < 1 ? null : "must be in [0, 1), found " + show(value);
		case ROLLBACK_TOL:
			return finite((Double) value) && (Double) value >= 0 ? null : "must be a finite number >= 0, found " + show(value);
		case NS_STEPS:
		case CHUNK:
		case BUFFER_LEN:
			int i = (Integer) value;
			return i >= 1 && i <= MAX_INT_SETTING ? null : "must be an integer from 1 to " + MAX_INT_SETTING + ", found " + i;
		default:
			return choices.contains(value) ? null
					: "must be one of " + String.join(", ", choices.stream().map(c -> c == null ? "null" : c).toList()) + ", found "
							+ show(value);
		}
	}

	private static String open01(double v) {
		return finite(v) && v > 0 && v < 1 ? null : "must be in (0, 1), found " + show(v);
	}

	private static boolean finite(double v) {
		return !Double.isNaN(v) && !Double.isInfinite(v);
	}

	static String show(Object v) {
		if (v instanceof Double d) {
			return Double.toString(d).toLowerCase(Locale.ROOT);
		}
		return v == null ? "null" : v.toString();
	}
}
