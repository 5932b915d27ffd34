package ttt.workbench.analysis.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The one-pass tidy layout on trees of every shape up to 10,000 nodes: no overlaps, each level one row, parents
 * centred over their children, siblings in input order, the same shape as ELK's Mr. Tree gave on small trees, and
 * lookups by id, point and rectangle that agree with a linear search.
 */
class TidyTreeLayoutTest {

	/** A random forest like a large store: a base, a few roots, forks up to 12 deep, fan-outs from 1 to dozens. */
	static List<TreeNodeSpec> randomLineage(int n, long seed) {
		SplittableRandom rng = new SplittableRandom(seed);
		List<TreeNodeSpec> nodes = new ArrayList<>();
		Map<String, Integer> depth = new HashMap<>();
		nodes.add(new TreeNodeSpec("base", null, "base", 130, 46));
		depth.put("base", 0);
		List<String> open = new ArrayList<>(List.of("base"));
		for (int i = 1; i < n; i++) {
			String parent = i <= 6 ? "base" : open.get(rng.nextDouble() < 0.3 ? open.size() - 1 : 1 + rng.nextInt(open.size() - 1));
			String id = "s" + i;
			nodes.add(new TreeNodeSpec(id, parent, id, 100 + rng.nextInt(60), 58));
			depth.put(id, depth.get(parent) + 1);
			if (depth.get(id) < 13) {
				open.add(id);
			}
		}
		return nodes;
	}

	@Test
	void tenThousandNodesDoNotOverlapAndEachLevelIsARow() {
		List<TreeNodeSpec> nodes = randomLineage(10_000, 5);
		LaidOutTree tree = new TreeLayoutEngine(32).layout(nodes);
		assertEquals(10_000, tree.boxes().size());
		assertEquals(9_999, tree.edges().size());
		// boxes of one row, sorted by x, must be at least the spacing apart; rows must not overlap each other
		Map<Double, List<LaidOutTree.Box>> rows = tree.boxes().stream().collect(Collectors.groupingBy(LaidOutTree.Box::y));
		for (List<LaidOutTree.Box> row : rows.values()) {
			row.sort(Comparator.comparingDouble(LaidOutTree.Box::x));
			for (int i = 1; i < row.size(); i++) {
				LaidOutTree.Box a = row.get(i - 1);
				LaidOutTree.Box b = row.get(i);
				assertTrue(a.x() + a.width() + 32 <= b.x() + 1e-6, a.node().id() + " and " + b.node().id() + " are too close");
			}
		}
		List<Double> ys = rows.keySet().stream().sorted().toList();
		for (int i = 1; i < ys.size(); i++) {
			double tallest = rows.get(ys.get(i - 1)).stream().mapToDouble(LaidOutTree.Box::height).max().orElseThrow();
			assertEquals(ys.get(i - 1) + tallest + 32, ys.get(i), 1e-6, "rows are the spacing apart");
		}
		for (LaidOutTree.Box b : tree.boxes()) {
			assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= tree.width() + 1e-6 && b.y() + b.height() <= tree.height() + 1e-6);
		}
	}

	@Test
	void parentsAreCentredOverTheirChildrenWhichKeepTheirOrder() {
		List<TreeNodeSpec> nodes = randomLineage(3_000, 9);
		LaidOutTree tree = new TreeLayoutEngine(32).layout(nodes);
		Map<String, List<String>> children = new HashMap<>();
		for (TreeNodeSpec n : nodes) {
			if (n.parentId() != null) {
				children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
			}
		}
		children.forEach((parent, kids) -> {
			LaidOutTree.Box p = tree.box(parent).orElseThrow();
			LaidOutTree.Box first = tree.box(kids.get(0)).orElseThrow();
			LaidOutTree.Box last = tree.box(kids.get(kids.size() - 1)).orElseThrow();
			assertEquals((first.centerX() + last.centerX()) / 2, p.centerX(), 1e-6, parent + " is not centred");
			for (int i = 1; i < kids.size(); i++) {
				assertTrue(tree.box(kids.get(i - 1)).orElseThrow().x() < tree.box(kids.get(i)).orElseThrow().x(), "sibling order");
			}
			assertEquals(p.y() + p.height() + 32, first.y(), 1e-6, "children are one row below");
		});
	}

	@Test
	void edgesRunFromTheParentsBottomToTheChildsTop() {
		LaidOutTree tree = new TreeLayoutEngine(32).layout(randomLineage(500, 2));
		for (LaidOutTree.Edge e : tree.edges()) {
			LaidOutTree.Box p = tree.box(e.parentId()).orElseThrow();
			LaidOutTree.Box c = tree.box(e.childId()).orElseThrow();
			double[] pts = e.points();
			assertEquals(p.centerX(), pts[0], 1e-9);
			assertEquals(p.y() + p.height(), pts[1], 1e-9);
			assertEquals(c.centerX(), pts[pts.length - 2], 1e-9);
			assertEquals(c.y(), pts[pts.length - 1], 1e-9);
		}
	}

	@Test
	void smallTreesHaveTheSameShapeAsWithElk() {
		List<TreeNodeSpec> nodes = randomLineage(40, 3);
		LaidOutTree tidy = new TreeLayoutEngine(30).layout(nodes);
		LaidOutTree elk = new ElkMrTreeLayout(30).layout(nodes);
		assertEquals(ids(elk.boxes()), ids(tidy.boxes()), "the same boxes in the same order");
		assertEquals(links(elk), links(tidy), "the same edges");
		for (TreeNodeSpec n : nodes) { // the same levels: a box is below exactly the boxes ELK put it below
			for (TreeNodeSpec m : nodes) {
				boolean elkBelow = elk.box(n.id()).orElseThrow().y() > elk.box(m.id()).orElseThrow().y() + 1;
				boolean tidyBelow = tidy.box(n.id()).orElseThrow().y() > tidy.box(m.id()).orElseThrow().y() + 1;
				assertEquals(elkBelow, tidyBelow, n.id() + " below " + m.id());
			}
		}
	}

	@Test
	void lookupsAgreeWithALinearSearch() {
		LaidOutTree tree = new TreeLayoutEngine(32).layout(randomLineage(2_000, 4));
		SplittableRandom rng = new SplittableRandom(1);
		for (int i = 0; i < 3_000; i++) {
			double x = rng.nextDouble(-50, tree.width() + 50);
			double y = rng.nextDouble(-50, tree.height() + 50);
			final double px = x;
			final double py = y;
			assertEquals(tree.boxes().stream().filter(b -> b.contains(px, py)).findFirst(), tree.boxAt(x, y));
		}
		for (LaidOutTree.Box b : tree.boxes()) {
			assertEquals(b, tree.boxAt(b.centerX(), b.centerY()).orElseThrow());
			assertEquals(b, tree.box(b.node().id()).orElseThrow());
		}
		assertTrue(tree.box("no such node").isEmpty());
		for (int i = 0; i < 200; i++) {
			double x = rng.nextDouble(-100, tree.width());
			double y = rng.nextDouble(-100, tree.height());
			double w = rng.nextDouble(1, 3000);
			double h = rng.nextDouble(1, 800);
			assertEquals(tree.boxes().stream().filter(b -> b.intersects(x, y, w, h)).toList(), tree.boxesIn(x, y, w, h));
		}
	}

	@Test
	void severalRootsSitSideBySideAndACycleStillGetsBoxes() {
		List<TreeNodeSpec> nodes = List.of(new TreeNodeSpec("r1", null, "r1", 80, 30), new TreeNodeSpec("r2", "missing", "r2", 80, 30),
				new TreeNodeSpec("a", "b", "a", 80, 30), new TreeNodeSpec("b", "a", "b", 80, 30), new TreeNodeSpec("c", "r1", "c", 80, 30));
		LaidOutTree tree = new TreeLayoutEngine(20).layout(nodes);
		assertEquals(5, tree.boxes().size());
		assertTrue(tree.box("r1").orElseThrow().x() < tree.box("r2").orElseThrow().x(), "roots in input order");
		assertEquals(0, tree.box("r2").orElseThrow().y());
		Set<String> edges = new HashSet<>(links(tree));
		assertTrue(edges.contains("r1>c"));
		assertEquals(2, edges.size(), "one link of the cycle is cut: " + edges);
		List<LaidOutTree.Box> boxes = tree.boxes();
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(boxes.get(i).intersects(boxes.get(j).x(), boxes.get(j).y(), boxes.get(j).width(), boxes.get(j).height()),
						boxes.get(i) + " meets " + boxes.get(j));
			}
		}
	}

	@Test
	void aChainTenThousandDeepIsLaidOutWithoutRecursion() {
		List<TreeNodeSpec> chain = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			chain.add(new TreeNodeSpec("n" + i, i == 0 ? null : "n" + (i - 1), "", 50, 20));
		}
		LaidOutTree tree = new TreeLayoutEngine(10).layout(chain);
		assertEquals(tree.box("n0").orElseThrow().x(), tree.box("n9999").orElseThrow().x(), 1e-9);
		assertEquals(9_999 * 30, tree.box("n9999").orElseThrow().y(), 1e-6);
	}

	private static List<String> ids(List<LaidOutTree.Box> boxes) {
		return boxes.stream().map(b -> b.node().id()).toList();
	}

	private static List<String> links(LaidOutTree tree) {
		return tree.edges().stream().map(e -> e.parentId() + ">" + e.childId()).sorted().toList();
	}
}
