package ttt.workbench.analysis.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ttt.workbench.analysis.layout.TreeNodeSpec;

/**
 * The fold written the plain way, as a test's oracle apart from the code under test ({@link Collapsing#fold} works on
 * index arrays for speed): a collapsed node hides every descendant, found by id through a map of children; its badge
 * counts them, and is shown only when the node itself is not hidden by another fold.
 */
final class ReferenceFold {

	private ReferenceFold() {
	}

	static FoldedSpecs.Visible fold(List<TreeNodeSpec> nodes, Set<String> collapsed) {
		Map<String, List<String>> children = new HashMap<>();
		Set<String> ids = new HashSet<>();
		for (TreeNodeSpec n : nodes) {
			ids.add(n.id());
			if (n.parentId() != null) {
				children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
			}
		}
		Set<String> hidden = new HashSet<>();
		Map<String, Integer> below = new HashMap<>();
		for (String c : collapsed) {
			if (ids.contains(c)) {
				Set<String> descendants = descendants(c, children);
				hidden.addAll(descendants);
				below.put(c, descendants.size());
			}
		}
		Map<String, Integer> counts = new HashMap<>();
		below.forEach((c, n) -> {
			if (n > 0 && !hidden.contains(c)) {
				counts.put(c, n);
			}
		});
		return new FoldedSpecs.Visible(nodes.stream().filter(n -> !hidden.contains(n.id())).toList(), counts);
	}

	private static Set<String> descendants(String id, Map<String, List<String>> children) {
		Set<String> found = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(children.getOrDefault(id, List.of()));
		while (!todo.isEmpty()) {
			String next = todo.pop();
			if (found.add(next)) {
				todo.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return found;
	}
}
