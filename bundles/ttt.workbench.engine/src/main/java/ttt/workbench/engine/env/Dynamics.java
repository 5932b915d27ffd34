package ttt.workbench.engine.env;

/** The friction law of the hidden-μ environment: a session's {@code env_mode}. */
public enum Dynamics {
	/** μ_eff = μ. */
	LINEAR("linear"),
	/** Stiction: μ_eff = min(0.95, 2μ) while |v| &lt; 2μ, else max(0, 0.5μ). */
	NONLINEAR("nonlinear");

	private final String literal;

	Dynamics(String literal) {
		this.literal = literal;
	}

	/** The {@code env_mode} string. */
	public String literal() {
		return literal;
	}

	public static Dynamics of(String envMode) {
		for (Dynamics d : values()) {
			if (d.literal.equals(envMode)) {
				return d;
			}
		}
		throw new IllegalArgumentException("env_mode must be \"linear\" or \"nonlinear\", found \"" + envMode + "\"");
	}
}
