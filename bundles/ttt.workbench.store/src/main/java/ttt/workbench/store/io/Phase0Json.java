package ttt.workbench.store.io;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lenient, typed access to one JSON object of a Phase 0 file, where any key may be missing: every getter returns
 * {@code null} for an absent key or JSON null, and refuses a value of the wrong type with a message naming the file
 * and the key (a string where a number belongs means the file is not what it claims to be).
 */
final class Phase0Json {

	private final ObjectNode object;
	private final Path file;
	private final String where;

	private Phase0Json(ObjectNode object, Path file, String where) {
		this.object = object;
		this.file = file;
		this.where = where;
	}

	static Phase0Json of(JsonNode node, Path file) throws Phase0ImportException {
		if (node == null || !node.isObject()) {
			throw new Phase0ImportException(file, "must be a JSON object, found " + describe(node));
		}
		return new Phase0Json((ObjectNode) node, file, "");
	}

	ObjectNode node() {
		return object;
	}

	Path file() {
		return file;
	}

	/** Present and not JSON null. */
	boolean has(String key) {
		JsonNode v = object.get(key);
		return v != null && !v.isNull();
	}

	Double number(String key) throws Phase0ImportException {
		JsonNode v = value(key);
		if (v == null) {
			return null;
		}
		if (!v.isNumber()) {
			throw wrongType(key, "a number", v);
		}
		return v.doubleValue();
	}

	/** An integer; a float with an integral value (Python's {@code 2.0}) is accepted as well. */
	Long integer(String key) throws Phase0ImportException {
		JsonNode v = value(key);
		if (v == null) {
			return null;
		}
		if (v.isIntegralNumber() && v.canConvertToLong()) {
			return v.longValue();
		}
		if (v.isFloatingPointNumber() && v.doubleValue() == Math.rint(v.doubleValue()) && Math.abs(v.doubleValue()) < 1e15) {
			return (long) v.doubleValue();
		}
		throw wrongType(key, "an integer", v);
	}

	String string(String key) throws Phase0ImportException {
		JsonNode v = value(key);
		if (v == null) {
			return null;
		}
		if (!v.isTextual()) {
			throw wrongType(key, "a string", v);
		}
		return v.textValue();
	}

	Phase0Json object(String key) throws Phase0ImportException {
		JsonNode v = value(key);
		if (v == null) {
			return null;
		}
		if (!v.isObject()) {
			throw wrongType(key, "a JSON object", v);
		}
		return new Phase0Json((ObjectNode) v, file, qualified(key));
	}

	String qualified(String key) {
		return where.isEmpty() ? key : where + "." + key;
	}

	Phase0ImportException error(String problem) {
		return new Phase0ImportException(file, problem);
	}

	private JsonNode value(String key) {
		JsonNode v = object.get(key);
		return v == null || v.isNull() ? null : v;
	}

	private Phase0ImportException wrongType(String key, String expected, JsonNode found) {
		return error("'" + qualified(key) + "' must be " + expected + ", found " + describe(found));
	}

	static String describe(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "nothing";
		}
		String text = node.toString();
		if (text.length() > 40) {
			text = text.substring(0, 37) + "...";
		}
		return node.getNodeType().name().toLowerCase() + " " + text;
	}
}
