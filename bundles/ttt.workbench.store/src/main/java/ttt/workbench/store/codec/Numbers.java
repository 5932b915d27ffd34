package ttt.workbench.store.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Python-typed numbers for fields whose type depends on the value. */
final class Numbers {
	private Numbers() {
	}

	/**
	 * Unix seconds: the reference writes {@code int(time.time())}; keep integral values integral so files stay
	 * byte-identical, and keep fractions if another writer recorded them.
	 */
	static JsonNode seconds(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return JsonNodeFactory.instance.numberNode((long) value);
		}
		return JsonNodeFactory.instance.numberNode(value);
	}

	static JsonNode secondsOrNull(Double value) {
		return value == null ? JsonNodeFactory.instance.nullNode() : seconds(value);
	}

	static JsonNode stringOrNull(String value) {
		return value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value);
	}
}
