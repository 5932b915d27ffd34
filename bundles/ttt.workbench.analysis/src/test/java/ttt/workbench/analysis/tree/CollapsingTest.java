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

	private static List<String> ids(FoldedSpecs.Visible v) {
		return v.nodes().stream().map(TreeNodeSpec::id).toList();
	}

	@Test
	void nothingCollapsedShowsEverything() {
		FoldedSpecs.Visible v = FoldedSpecs.fold(TREE, Set.of());
		assertEquals(TREE.size(), v.nodes().size());
		assertEquals(Map.of(), v.hiddenCounts());
	}

	@Test
	void aCollapsedNodeHidesAllItsDescendantsAndCountsThem() {
		FoldedSpecs.Visible v = FoldedSpecs.fold(TREE, Set.of("a"));
		assertEquals(List.of("base", "a", "b", "b1"), ids(v));
		assertEquals(Map.of("a", 4), v.hiddenCounts());
	}

	@Test
	void aCollapsedNodeInsideAnotherCollapsedSubtreeHasNoBadgeOfItsOwn() {
		FoldedSpecs.Visible v = FoldedSpecs.fold(TREE, Set.of("a", "a1", "b"));
		assertEquals(List.of("base", "a", "b"), ids(v));
		assertEquals(Map.of("a", 4, "b", 1), v.hiddenCounts());
	}

	@Test
	void theCountsDoNotDependOnTheOrderOfTheCollapsedSet() {
		java.util.LinkedHashSet<String> innerFirst = new java.util.LinkedHashSet<>(List.of("a1", "a"));
		java.util.LinkedHashSet<String> outerFirst = new java.util.LinkedHashSet<>(List.of("a", "a1"));
		assertEquals(Map.of("a", 4), FoldedSpecs.fold(TREE, innerFirst).hiddenCounts());
		assertEquals(Map.of("a", 4), FoldedSpecs.fold(TREE, outerFirst).hiddenCounts());
	}

	@Test
	void collapsingALeafChangesNothing() {
		FoldedSpecs.Visible v = FoldedSpecs.fold(TREE, Set.of("b1"));
		assertEquals(TREE.size(), v.nodes().size());
		assertEquals(Map.of(), v.hiddenCounts());
	}

	@Test
	void theIndexFoldAgreesWithThePlainReferenceOnRandomForests() {
		assertEquals(Map.of("a", 4, "b", 1), ReferenceFold.fold(TREE, Set.of("a", "a1", "b")).hiddenCounts(), "the reference itself");
		java.util.Random random = new java.util.Random(16);
		for (int round = 0; round < 200; round++) {
			List<TreeNodeSpec> nodes = new java.util.ArrayList<>();
			int n = 1 + random.nextInt(60);
			for (int i = 0; i < n; i++) { // parents before children; some roots, some parents that are no node
				int pick = random.nextInt(i + 2);
				String parent = pick == i ? null : pick == i + 1 ? "gone" : "n" + pick;
				nodes.add(node("n" + i, parent));
			}
			Set<String> collapsed = new java.util.HashSet<>();
			for (int i = 0; i < n; i++) {
				if (random.nextInt(5) == 0) {
					collapsed.add("n" + i);
				}
			}
			collapsed.add("not-a-node");
			FoldedSpecs.Visible expected = ReferenceFold.fold(nodes, collapsed);
			FoldedSpecs.Visible actual = FoldedSpecs.fold(nodes, collapsed);
			assertEquals(ids(expected), ids(actual), "round " + round);
			assertEquals(expected.hiddenCounts(), actual.hiddenCounts(), "round " + round);
		}
	}
}
