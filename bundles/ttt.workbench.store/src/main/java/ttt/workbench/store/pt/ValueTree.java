package ttt.workbench.store.pt;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Final check of what the unpickler produced: only the mapped value types, no cycles, no absurd nesting. Pickle's
 * memo lets a file build a list that contains itself; Java's equals/hashCode/toString would then recurse forever, so
 * such a file is refused here rather than crashing a caller later. Shared (acyclic) references are fine.
 */
final class ValueTree {

	private final IdentityHashMap<Object, Boolean> onPath = new IdentityHashMap<>();

	private ValueTree() {
	}

	/** @throws SafeUnpickler.Refusal naming the first offending value */
	static void check(Object root) {
		new ValueTree().visit(root, 0, "the top-level value");
	}

	private void visit(Object v, int depth, String where) {
		if (v == null || v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean
				|| v instanceof FloatTensor) {
			return;
		}
		if (!(v instanceof PyTuple || v instanceof List || v instanceof Map)) {
			throw new SafeUnpickler.Refusal(where + " is a " + PyTypes.name(v) + ", which a state file cannot hold");
		}
		if (depth >= PyTypes.MAX_DEPTH) {
			throw new SafeUnpickler.Refusal("values nest deeper than " + PyTypes.MAX_DEPTH + " levels");
		}
		if (onPath.put(v, Boolean.TRUE) != null) {
			throw new SafeUnpickler.Refusal(where + " contains itself");
		}
		if (v instanceof PyTuple t) {
			for (Object item : t.items()) {
				visit(item, depth + 1, "an item of a tuple");
			}
		} else if (v instanceof List<?> list) {
			for (Object item : list) {
				visit(item, depth + 1, "an item of a list");
			}
		} else {
			Map<?, ?> map = (Map<?, ?>) v;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				visit(e.getKey(), depth + 1, "a dict key");
				visit(e.getValue(), depth + 1, "the value of key " + e.getKey());
			}
			if (v instanceof PyOrderedDict od) {
				for (Map.Entry<String, Object> e : od.attributes().entrySet()) {
					visit(e.getValue(), depth + 1, "attribute " + e.getKey());
				}
			}
		}
		onPath.remove(v);
	}
}
