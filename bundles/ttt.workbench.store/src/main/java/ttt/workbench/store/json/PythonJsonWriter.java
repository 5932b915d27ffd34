package ttt.workbench.store.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Serialises a Jackson tree exactly as the Python reference does with {@code json.dumps(obj, sort_keys=True)}
 * (one line, separators {@code ", "} and {@code ": "}) or {@code json.dump(obj, f, indent=2, sort_keys=True)}.
 *
 * <p>Written by hand because no Java library reproduces Python's layout: float repr, {@code ensure_ascii}
 * escapes in lower-case hex, {@code NaN}/{@code Infinity}, empty containers as {@code {}} and {@code []}, keys
 * sorted by code point. Parsing stays with Jackson ({@link PythonJsonReader}).
 */
public final class PythonJsonWriter {

	private PythonJsonWriter() {
	}

	/** {@code json.dump(value, f, indent=2, sort_keys=True)}: no trailing newline, like the reference's files. */
	public static String pretty(JsonNode value) {
		StringBuilder out = new StringBuilder(256);
		write(value, out, 2, 0, true);
		return out.toString();
	}

	/**
	 * Appends {@code value} as {@link #pretty(JsonNode)} writes it when it sits {@code depth} levels deep in a larger
	 * document (its inner lines indented for that depth), for writers that stream a large object entry by entry.
	 */
	public static void pretty(JsonNode value, int depth, StringBuilder out) {
		write(value, out, 2, depth, true);
	}

	/** The order of {@code sort_keys=True}. */
	public static int compareKeys(String a, String b) {
		return compareCodePoints(a, b);
	}

	/**
	 * {@code json.dumps(value, indent=2)} without {@code sort_keys}: objects keep their insertion order. The reference
	 * prints a run's metrics this way on standard output.
	 */
	public static String prettyInOrder(JsonNode value) {
		StringBuilder out = new StringBuilder(256);
		write(value, out, 2, 0, false);
		return out.toString();
	}

	/** {@code json.dumps(value, sort_keys=True)}: one line, as in {@code update_events.jsonl} and the signature. */
	public static String compact(JsonNode value) {
		StringBuilder out = new StringBuilder(128);
		write(value, out, -1, 0, true);
		return out.toString();
	}

	private static void write(JsonNode node, StringBuilder out, int indent, int depth, boolean sortKeys) {
		switch (node.getNodeType()) {
		case OBJECT -> writeObject(node, out, indent, depth, sortKeys);
		case ARRAY -> writeArray(node, out, indent, depth, sortKeys);
		case STRING -> writeString(node.textValue(), out);
		case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
		case NULL, MISSING -> out.append("null");
		case NUMBER -> writeNumber(node, out);
		default -> throw new IllegalArgumentException("not representable in JSON: " + node.getNodeType());
		}
	}

	private static void writeNumber(JsonNode node, StringBuilder out) {
		if (node.isInt() || node.isLong()) {
			out.append(node.longValue());
		} else if (node.isIntegralNumber()) {
			out.append(node.bigIntegerValue().toString());
		} else {
			PythonFloats.appendRepr(out, node.doubleValue());
		}
	}

	private static void writeObject(JsonNode node, StringBuilder out, int indent, int depth, boolean sortKeys) {
		if (node.isEmpty()) {
			out.append("{}");
			return;
		}
		List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.size());
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			entries.add(it.next());
		}
		if (sortKeys) {
			entries.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
		}
		out.append('{');
		boolean first = true;
		for (Map.Entry<String, JsonNode> entry : entries) {
			separator(out, indent, depth + 1, first);
			first = false;
			writeString(entry.getKey(), out);
			out.append(": ");
			write(entry.getValue(), out, indent, depth + 1, sortKeys);
		}
		closing(out, indent, depth);
		out.append('}');
	}

	private static void writeArray(JsonNode node, StringBuilder out, int indent, int depth, boolean sortKeys) {
		if (node.isEmpty()) {
			out.append("[]");
			return;
		}
		out.append('[');
		boolean first = true;
		for (JsonNode element : node) {
			separator(out, indent, depth + 1, first);
			first = false;
			write(element, out, indent, depth + 1, sortKeys);
		}
		closing(out, indent, depth);
		out.append(']');
	}

	private static void separator(StringBuilder out, int indent, int depth, boolean first) {
		if (indent < 0) {
			if (!first) {
				out.append(", ");
			}
		} else {
			if (!first) {
				out.append(',');
			}
			newline(out, indent * depth);
		}
	}

	/** A newline and {@code spaces} blanks, appended one by one: no string per line. */
	static void newline(StringBuilder out, int spaces) {
		out.append('\n');
		for (int i = 0; i < spaces; i++) {
			out.append(' ');
		}
	}

	private static void closing(StringBuilder out, int indent, int depth) {
		if (indent >= 0) {
			newline(out, indent * depth);
		}
	}

	/** Python's {@code ensure_ascii=True}: everything outside printable ASCII as a lower-case {@code \\uXXXX}. */
	static void writeString(String s, StringBuilder out) {
		if (isPlain(s)) { // ids, hashes, keys: nothing to escape, one append (an index of 100,000 sessions is 2 M strings)
			out.append('"').append(s).append('"');
			return;
		}
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			default -> {
				if (c < 0x20 || c > 0x7e) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	private static boolean isPlain(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	/** Python sorts str keys by code point; Java's compareTo compares UTF-16 units, which differ above U+FFFF. */
	static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}
}
