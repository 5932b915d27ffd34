package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.layout.TreeNodeSpec;

/** Which nodes a collapsed subtree hides and the count on its badge. */
class CollapsingTest {

	private static final List<TreeNodeSpec> TREE = List.of(node("base", null), node("a", "base"), node("a1", "a"), node("a2", "a"),
			node("a1x", "a1"), node("a1y", "a1"), node("b", "base"), node("b1", "b"));

	private static TreeNodeSpec node(String id, String parent) {
		return new TreeNodeSpec(id, parent, id, 10, 10);
	}

	private static List<String> ids(Collapsing.Visible v) {
		return v.nodes().stream().map(TreeNodeSpec::id).toList();
	}

	@Test
	void nothingCollapsedShowsEverything() {
		Collapsing.Visible v = Collapsing.apply(TREE, Set.of());
		assertEquals(TREE.size(), v.nodes().size());
		assertEquals(Map.of(), v.hiddenCounts());
	}

	@Test
	void aCollapsedNodeHidesAllItsDescendantsAndCountsThem() {
		Collapsing.Visible v = Collapsing.apply(TREE, Set.of("a"));
		assertEquals(List.of("base", "a", "b", "b1"), ids(v));
		assertEquals(Map.of("a", 4), v.hiddenCounts());
	}

	@Test
	void aCollapsedNodeInsideAnotherCollapsedSubtreeHasNoBadgeOfItsOwn() {
		Collapsing.Visible v = Collapsing.apply(TREE, Set.of("a", "a1", "b"));
		assertEquals(List.of("base", "a", "b"), ids(v));
		assertEquals(Map.of("a", 4, "b", 1), v.hiddenCounts());
	}

	@Test
	void theCountsDoNotDependOnTheOrderOfTheCollapsedSet() {
		java.util.LinkedHashSet<String> innerFirst = new java.util.LinkedHashSet<>(List.of("a1", "a"));
		java.util.LinkedHashSet<String> outerFirst = new java.util.LinkedHashSet<>(List.of("a", "a1"));
		assertEquals(Map.of("a", 4), Collapsing.apply(TREE, innerFirst).hiddenCounts());
		assertEquals(Map.of("a", 4), Collapsing.apply(TREE, outerFirst).hiddenCounts());
	}

	@Test
	void collapsingALeafChangesNothing() {
		Collapsing.Visible v = Collapsing.apply(TREE, Set.of("b1"));
		assertEquals(TREE.size(), v.nodes().size());
		assertEquals(Map.of(), v.hiddenCounts());
	}
}
