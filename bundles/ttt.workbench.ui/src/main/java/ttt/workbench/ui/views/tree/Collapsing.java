package ttt.workbench.ui.views.tree;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ttt.workbench.ui.layout.TreeNodeSpec;

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
		java.util.HashSet<String> hidden = new java.util.HashSet<>();
		Map<String, Integer> counts = new HashMap<>();
		for (String c : collapsed) {
			if (hidden.contains(c)) {
				continue; // inside another collapsed subtree: its count is part of that one
			}
			int count = 0;
			Deque<String> todo = new ArrayDeque<>(children.getOrDefault(c, List.of()));
			while (!todo.isEmpty()) {
				String id = todo.pop();
				if (hidden.add(id)) {
					count++;
				}
				todo.addAll(children.getOrDefault(id, List.of()));
			}
			if (count > 0) {
				counts.put(c, count);
			}
		}
		// a collapsed node that ended up inside another collapsed subtree has no badge of its own on screen
		counts.keySet().removeIf(hidden::contains);
		List<TreeNodeSpec> shown = nodes.stream().filter(n -> !hidden.contains(n.id())).toList();
		return new Visible(shown, counts);
	}

	/** Number of descendants of {@code id} in {@code nodes} (whether collapsed or not). */
	static boolean hasChildren(List<TreeNodeSpec> nodes, String id) {
		return nodes.stream().anyMatch(n -> id.equals(n.parentId()));
	}
}
