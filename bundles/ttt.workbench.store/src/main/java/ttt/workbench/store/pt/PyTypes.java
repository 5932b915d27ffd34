package ttt.workbench.store.pt;

import java.util.List;
import java.util.Map;

/** The Java side of the Python type mapping, in one place, for checks and for messages that speak Python. */
final class PyTypes {

	/** Deeper than any state dict; keeps checks (and Java's recursive equals/hashCode) far from stack overflow. */
	static final int MAX_DEPTH = 100;

	private static final int MAX_KEY_DEPTH = 8;

	private PyTypes() {
	}

	/** The Python type name of a value as this codec maps it ("int", "float", "tuple", "OrderedDict", …). */
	static String name(Object v) {
		if (v == null) {
			return "None";
		}
		if (v instanceof Boolean) {
			return "bool";
		}
		if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
			return "int";
		}
		if (v instanceof Double || v instanceof Float) {
			return "float";
		}
		if (v instanceof String) {
			return "str";
		}
		if (v instanceof PyTuple || v instanceof Object[]) {
			return "tuple";
		}
		if (v instanceof List) {
			return "list";
		}
		if (v instanceof PyOrderedDict) {
			return "OrderedDict";
		}
		if (v instanceof Map) {
			return "dict";
		}
		if (v instanceof FloatTensor) {
			return "tensor";
		}
		if (v instanceof PtGlobal g) {
			return "global " + g.qualifiedName();
		}
		return "Java " + v.getClass().getName();
	}

	/**
	 * Whether a value may be a dict key as read: what Python can hash among the mapped types (str, int, float, bool,
	 * None, tuples of those). Lists, dicts and tensors are refused, which also keeps Java from hashing deep structures.
	 */
	static boolean isKey(Object k) {
		return isKey(k, 0);
	}

	private static boolean isKey(Object k, int depth) {
		if (k == null || k instanceof String || k instanceof Long || k instanceof Double || k instanceof Boolean) {
			return true;
		}
		if (k instanceof PyTuple t && depth < MAX_KEY_DEPTH) {
			for (Object item : t.items()) {
				if (!isKey(item, depth + 1)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}
}
