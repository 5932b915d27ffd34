package ttt.workbench.analysis.tree;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ttt.workbench.analysis.layout.TreeNodeSpec;

/** Which nodes remain when some subtrees are collapsed, and how many descendants each collapsed node hides. */
final class Collapsing {

	/** The nodes to lay out (parents before children, as given) and the hidden count of each collapsed node shown. */
	record Visible(List<TreeNodeSpec> nodes, Map<String, Integer> hiddenCounts) {
	}

	private Collapsing() {
	}

	static Visible apply(List<TreeNodeSpec> nodes, Set<String> collapsed) {
		Map<String, List<String>> children = new HashMap<>();
		for (TreeNodeSpec n : nodes) {
			if (n.parentId() != null) {
				children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
			}
		}
		// first everything under any collapsed node, then the badge of each collapsed node still on screen: its whole
		// subtree (counted apart from the hidden set, so the order of the collapsed set does not matter)
		java.util.HashSet<String> hidden = new java.util.HashSet<>();
		for (String c : collapsed) {
			hidden.addAll(descendants(children, c));
		}
		Map<String, Integer> counts = new HashMap<>();
		for (String c : collapsed) {
			int count = descendants(children, c).size();
			if (count > 0 && !hidden.contains(c)) {
				counts.put(c, count);
			}
		}
		List<TreeNodeSpec> shown = nodes.stream().filter(n -> !hidden.contains(n.id())).toList();
		return new Visible(shown, counts);
	}

	private static List<String> descendants(Map<String, List<String>> children, String id) {
		List<String> found = new ArrayList<>();
		Deque<String> todo = new ArrayDeque<>(children.getOrDefault(id, List.of()));
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (!todo.isEmpty()) {
			String next = todo.pop();
			if (seen.add(next)) { // a parent cycle in a damaged store must not loop
				found.add(next);
				todo.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return found;
	}

	/** Number of descendants of {@code id} in {@code nodes} (whether collapsed or not). */
	static boolean hasChildren(List<TreeNodeSpec> nodes, String id) {
		return nodes.stream().anyMatch(n -> id.equals(n.parentId()));
	}
}
