package ttt.workbench.store.pt;

import java.util.List;
import java.util.Map;

/**
 * Renders a value tree as text that shows what {@code equals} hides: Python types (int vs float, tuple vs list, dict
 * vs OrderedDict and its attributes), key order, and every float exactly. Two values describe the same iff a Python
 * program would see the same thing; comparing descriptions also gives readable assertion diffs.
 */
final class Describe {

	private Describe() {
	}

	static String of(Object v) {
		StringBuilder sb = new StringBuilder();
		append(sb, v, 0);
		return sb.toString();
	}

	private static void append(StringBuilder sb, Object v, int indent) {
		if (v == null) {
			sb.append("None");
		} else if (v instanceof Boolean b) {
			sb.append("bool:").append(b);
		} else if (v instanceof Long l) {
			sb.append("int:").append(l);
		} else if (v instanceof Double d) {
			sb.append("float:").append(d);
		} else if (v instanceof String s) {
			sb.append("str:'").append(s).append('\'');
		} else if (v instanceof FloatTensor t) {
			sb.append("tensor").append(java.util.Arrays.toString(t.shape())).append('[');
			float[] data = t.data();
			for (int i = 0; i < data.length; i++) {
				sb.append(i == 0 ? "" : ", ").append(Float.toString(data[i]));
			}
			sb.append(']');
		} else if (v instanceof PyTuple t) {
			sb.append("tuple(");
			items(sb, t.items(), indent);
			sb.append(')');
		} else if (v instanceof List<?> list) {
			sb.append("list[");
			items(sb, list, indent);
			sb.append(']');
		} else if (v instanceof Map<?, ?> map) {
			sb.append(v instanceof PyOrderedDict ? "OrderedDict{" : "dict{");
			for (Map.Entry<?, ?> e : map.entrySet()) {
				newline(sb, indent + 1);
				append(sb, e.getKey(), indent + 1);
				sb.append(": ");
				append(sb, e.getValue(), indent + 1);
			}
			if (v instanceof PyOrderedDict od && !od.attributes().isEmpty()) {
				newline(sb, indent + 1);
				sb.append("attributes ");
				append(sb, new java.util.LinkedHashMap<Object, Object>(od.attributes()), indent + 1);
			}
			newline(sb, indent);
			sb.append('}');
		} else {
			throw new AssertionError("unexpected " + v.getClass().getName() + " in a value tree: " + v);
		}
	}

	private static void items(StringBuilder sb, List<?> items, int indent) {
		for (int i = 0; i < items.size(); i++) {
			sb.append(i == 0 ? "" : ", ");
			append(sb, items.get(i), indent);
		}
	}

	private static void newline(StringBuilder sb, int indent) {
		sb.append('\n').append("  ".repeat(indent));
	}
}
