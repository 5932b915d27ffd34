package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ttt.workbench.analysis.layout.LaidOutTree;

/** Two pictures of the Session Tree are the same: boxes (labels, places, sizes), edges, looks on screen, legend. */
final class ShownAssert {

	private ShownAssert() {
	}

	static void same(TreeContent.Shown expected, TreeContent.Shown shown, String where) {
		assertEquals(expected.tree().boxes(), shown.tree().boxes(), where + ": boxes, labels and places");
		assertEquals(expected.tree().edges().size(), shown.tree().edges().size(), where + ": edges");
		for (int i = 0; i < expected.tree().edges().size(); i++) {
			LaidOutTree.Edge e = expected.tree().edges().get(i);
			LaidOutTree.Edge a = shown.tree().edges().get(i);
			assertEquals(e.parentId() + "→" + e.childId(), a.parentId() + "→" + a.childId(), where);
			assertArrayEquals(e.points(), a.points(), where + ": edge " + e.childId());
		}
		assertEquals(expected.tree().width(), shown.tree().width(), where);
		assertEquals(expected.tree().height(), shown.tree().height(), where);
		for (LaidOutTree.Box b : shown.tree().boxes()) {
			assertEquals(expected.looks().get(b.node().id()), shown.looks().get(b.node().id()), where + ": look of " + b.node().id());
		}
		assertEquals(expected.legend(), shown.legend(), where + ": legend");
	}
}
