package ttt.workbench.analysis.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ELK Mr. Tree on a plain class path: parents above children, no overlaps, one edge per parent link. */
class TreeLayoutEngineTest {

	private static TreeNodeSpec node(String id, String parent) {
		return new TreeNodeSpec(id, parent, id, 80, 30);
	}

	private final List<TreeNodeSpec> forest = List.of(node("base", null), node("a", "base"), node("b", "base"),
			node("a1", "a"), node("a2", "a"), node("a1x", "a1"));

	@Test
	void everyParentIsAboveItsChildren() {
		LaidOutTree tree = new TreeLayoutEngine(30).layout(forest);
		for (TreeNodeSpec spec : forest) {
			if (spec.parentId() != null) {
				LaidOutTree.Box child = tree.box(spec.id()).orElseThrow();
				LaidOutTree.Box parent = tree.box(spec.parentId()).orElseThrow();
				assertTrue(parent.y() + parent.height() <= child.y(), spec.id() + " must be below " + spec.parentId());
			}
		}
	}

	@Test
	void boxesDoNotOverlapAndFitTheReportedSize() {
		LaidOutTree tree = new TreeLayoutEngine(30).layout(forest);
		List<LaidOutTree.Box> boxes = tree.boxes();
		assertEquals(forest.size(), boxes.size());
		for (int i = 0; i < boxes.size(); i++) {
			LaidOutTree.Box a = boxes.get(i);
			assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= tree.width() + 1e-6
					&& a.y() + a.height() <= tree.height() + 1e-6, "box outside the graph: " + a);
			for (int j = i + 1; j < boxes.size(); j++) {
				LaidOutTree.Box b = boxes.get(j);
				boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height();
				assertFalse(overlap, a.node().id() + " overlaps " + b.node().id());
			}
		}
	}

	@Test
	void oneEdgeConnectsEachChildToItsParent() {
		LaidOutTree tree = new TreeLayoutEngine(30).layout(forest);
		assertEquals(5, tree.edges().size());
		for (LaidOutTree.Edge e : tree.edges()) {
			TreeNodeSpec child = forest.stream().filter(n -> n.id().equals(e.childId())).findFirst().orElseThrow();
			assertEquals(child.parentId(), e.parentId());
			LaidOutTree.Box parentBox = tree.box(e.parentId()).orElseThrow();
			double startY = e.points()[1];
			assertEquals(parentBox.y() + parentBox.height(), startY, 1.0, "edge starts at the parent's bottom");
		}
	}

	@Test
	void hitTestingFindsTheNodeUnderAPoint() {
		LaidOutTree tree = new TreeLayoutEngine(30).layout(forest);
		LaidOutTree.Box a2 = tree.box("a2").orElseThrow();
		assertEquals("a2", tree.boxAt(a2.centerX(), a2.centerY()).orElseThrow().node().id());
		assertTrue(tree.boxAt(-5, -5).isEmpty());
	}

	@Test
	void duplicateIdsAreRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> new TreeLayoutEngine(30).layout(List.of(node("x", null), node("x", null))));
	}
}
