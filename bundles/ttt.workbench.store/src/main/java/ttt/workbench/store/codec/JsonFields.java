package ttt.workbench.store.codec;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;

/**
 * Typed access to one JSON object of a store file, with errors that name the file and the key. The reference
 * writes Python types: ints for counts and Unix seconds, floats for everything measured; reading accepts an int
 * where a float is expected (Python would too) but never a string or a boolean.
 */
final class JsonFields {

	private final JsonNode object;
	private final Path file;
	private final String where;

	JsonFields(JsonNode object, Path file, String where) throws StoreFormatException {
		if (object == null || !object.isObject()) {
			throw new StoreFormatException(file, (where.isEmpty() ? "the file" : "'" + where + "'") + " must be a JSON object, found "
					+ describe(object));
		}
		this.object = object;
		this.file = file;
		this.where = where;
	}

	static JsonFields of(JsonNode object, Path file) throws StoreFormatException {
		return new JsonFields(object, file, "");
	}

	JsonFields child(String key) throws StoreFormatException {
		return new JsonFields(require(key), file, qualified(key));
	}

	boolean has(String key) {
		return object.has(key);
	}

	boolean isNull(String key) {
		return !object.has(key) || object.get(key).isNull();
	}

	JsonNode node(String key) {
		return object.get(key);
	}

	private JsonNode require(String key) throws StoreFormatException {
		JsonNode value = object.get(key);
		if (value == null) {
			throw error("missing key '" + qualified(key) + "'");
		}
		return value;
	}

	int requireInt(String key) throws StoreFormatException {
		JsonNode value = require(key);
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw wrongType(key, "an integer", value);
		}
		return value.intValue();
	}

	long requireLong(String key) throws StoreFormatException {
		JsonNode value = require(key);
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw wrongType(key, "an integer", value);
		}
		return value.longValue();
	}

	double requireDouble(String key) throws StoreFormatException {
		JsonNode value = require(key);
		if (!value.isNumber()) {
			throw wrongType(key, "a number", value);
		}
		return value.doubleValue();
	}

	/** @return the number, or {@code null} when the key is absent or JSON null */
	Double optionalDouble(String key) throws StoreFormatException {
		if (isNull(key)) {
			return null;
		}
		return requireDouble(key);
	}

	/** @return the number, or NaN when absent or null: metrics means may be missing from partial files */
	double doubleOrNaN(String key) throws StoreFormatException {
		Double value = optionalDouble(key);
		return value == null ? Double.NaN : value;
	}

	boolean requireBoolean(String key) throws StoreFormatException {
		JsonNode value = require(key);
		if (!value.isBoolean()) {
			throw wrongType(key, "true or false", value);
		}
		return value.booleanValue();
	}

	String requireString(String key) throws StoreFormatException {
		JsonNode value = require(key);
		if (!value.isTextual()) {
			throw wrongType(key, "a string", value);
		}
		return value.textValue();
	}

	/** @return the string, or {@code null} when the key is absent or JSON null */
	String optionalString(String key) throws StoreFormatException {
		if (isNull(key)) {
			return null;
		}
		return requireString(key);
	}

	/** The keys not in {@code known}, copied in file order: what a rewrite must carry over unchanged. */
	ObjectNode unknownKeys(Set<String> known) {
		ObjectNode extra = JsonNodeFactory.instance.objectNode();
		for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
			String key = it.next();
			if (!known.contains(key)) {
				extra.set(key, object.get(key).deepCopy());
			}
		}
		return extra;
	}

	/** Refuses keys outside {@code allowed}: the reference builds dataclasses from these objects and would crash. */
	void rejectUnknownKeys(Set<String> allowed) throws StoreFormatException {
		for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
			String key = it.next();
			if (!allowed.contains(key)) {
				throw error("unknown key '" + qualified(key) + "' (the reference cannot read a " + where
						+ " with keys it does not know)");
			}
		}
	}

	StoreFormatException error(String problem) {
		return new StoreFormatException(file, problem);
	}

	private StoreFormatException wrongType(String key, String expected, JsonNode found) {
		return error("'" + qualified(key) + "' must be " + expected + ", found " + describe(found));
	}

	private String qualified(String key) {
		return where.isEmpty() ? key : where + "." + key;
	}

	static String describe(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "nothing";
		}
		if (node.isNull()) {
			return "null";
		}
		String text = node.toString();
		if (text.length() > 40) {
			text = text.substring(0, 37) + "...";
		}
		return node.getNodeType().name().toLowerCase() + " " + text;
	}
}
