package ttt.workbench.analysis.tree;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which nodes remain when some subtrees are collapsed, and how many descendants each collapsed node hides. Works on
 * node indices (ids and parent indices in arrays), so the Session Tree can fold 100,000 sessions without making a
 * label, a look or a map entry per session: only the nodes that stay on screen get those ({@link TreeContent}).
 */
final class Collapsing {

	/** Which node indices are hidden, and the badge count of each collapsed node still on screen. */
	record Folded(boolean[] hidden, Map<String, Integer> hiddenCounts) {
	}

	private Collapsing() {
	}

	/** Each id's index (the first, should an id occur twice). */
	static Map<String, Integer> index(String[] ids) {
		Map<String, Integer> index = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			index.putIfAbsent(ids[i], i);
		}
		return index;
	}

	/** The index of each node's parent (-1: none, or a parent id that is not a node). */
	static int[] parents(Map<String, Integer> index, String[] parentIds) {
		int[] parent = new int[parentIds.length];
		for (int i = 0; i < parentIds.length; i++) {
			Integer p = parentIds[i] == null ? null : index.get(parentIds[i]);
			parent[i] = p == null ? -1 : p;
		}
		return parent;
	}

	/**
	 * @param ids       the node ids
	 * @param parent    each node's parent index (-1: a root)
	 * @param collapsed ids of the folded nodes (ids that are no node are ignored)
	 */
	static Folded fold(String[] ids, int[] parent, Set<String> collapsed) {
		int n = ids.length;
		// children as one array: the children of node p are child[start[p] .. start[p + 1])
		int[] start = new int[n + 1];
		for (int p : parent) {
			if (p >= 0) {
				start[p + 1]++;
			}
		}
		for (int i = 0; i < n; i++) {
			start[i + 1] += start[i];
		}
		int[] child = new int[start[n]];
		int[] fill = start.clone();
		for (int i = 0; i < n; i++) {
			if (parent[i] >= 0) {
				child[fill[parent[i]]++] = i;
			}
		}
		Map<String, Integer> index = new HashMap<>();
		if (!collapsed.isEmpty()) {
			for (int i = 0; i < n; i++) {
				if (collapsed.contains(ids[i])) {
					index.putIfAbsent(ids[i], i);
				}
			}
		}
		// first everything under any collapsed node, then the badge of each collapsed node still on screen: its whole
		// subtree (counted apart from the hidden set, so the order of the collapsed set does not matter)
		boolean[] hidden = new boolean[n];
		int[] seenIn = new int[n]; // the walk that last reached a node (a parent cycle in a damaged store must not loop)
		int[] stack = new int[Math.max(1, n)];
		Map<Integer, Integer> countOf = new HashMap<>();
		int walk = 0;
		for (Integer c : index.values()) {
			walk++;
			int count = 0;
			int top = 0;
			for (int k = start[c]; k < start[c + 1]; k++) {
				stack[top++] = child[k];
			}
			while (top > 0) {
				int next = stack[--top];
				if (seenIn[next] != walk) {
					seenIn[next] = walk;
					count++;
					hidden[next] = true;
					for (int k = start[next]; k < start[next + 1]; k++) {
						if (seenIn[child[k]] != walk) {
							stack[top++] = child[k];
						}
					}
				}
			}
			countOf.put(c, count);
		}
		Map<String, Integer> counts = new HashMap<>();
		countOf.forEach((c, count) -> {
			if (count > 0 && !hidden[c]) {
				counts.put(ids[c], count);
			}
		});
		return new Folded(hidden, counts);
	}
}
