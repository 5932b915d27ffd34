package ttt.workbench.sweep.spec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A sampled parameter: {@code {uniform: [lo, hi]}}, {@code {log_uniform: [lo, hi]}} (lo &gt; 0; uniform in log space)
 * or {@code {choice: [v1, v2, …]}}. One draw takes one uniform double u in [0, 1): uniform → lo + (hi − lo)·u,
 * log_uniform → exp(ln lo + (ln hi − ln lo)·u), choice → values[floor(u·n)].
 */
public record Distribution(Type type, double low, double high, List<Object> values) implements Serializable {

	private static final long serialVersionUID = 1L;

	public enum Type {
		UNIFORM("uniform"), LOG_UNIFORM("log_uniform"), CHOICE("choice");

		private final String key;

		Type(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

		public static Type byKey(String key) {
			for (Type t : values()) {
				if (t.key.equals(key)) {
					return t;
				}
			}
			return null;
		}
	}

	public Distribution {
		values = values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
	}

	public Object draw(double u) {
		return switch (type) {
		case UNIFORM -> low + (high - low) * u;
		case LOG_UNIFORM -> Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * u);
		case CHOICE -> values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
		};
	}
}
