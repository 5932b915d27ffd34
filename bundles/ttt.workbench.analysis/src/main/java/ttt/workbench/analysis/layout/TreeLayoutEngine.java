package ttt.workbench.analysis.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a forest out top-down as a tidy tree, in one linear pass: every level a row, every parent centred over its
 * children, children in the order given, subtrees packed as close as their rows allow and never overlapping.
 * Pure computation: no SWT, callable from any thread.
 *
 * <p>Why not ELK's Mr. Tree, which the Session Tree used first: on a store of 10,000 sessions it took about 16 s
 * (README "Scale"), far from the second a large store must open in. This is Wetherell and Shannon's tidy-drawing
 * algorithm ("Tidy drawings of trees", IEEE TSE 1979) with per-node sizes: a post-order walk keeps, for each level,
 * the right edge of what is already placed there; a leaf goes to the next free place of its level, a parent over the
 * middle of its first and last child, and when that place is taken the parent moves right and its whole subtree
 * with it (a modifier, applied in a final pre-order walk, plus a shift of the free places of the levels below it).
 * Time O(n · h) for height h (a few milliseconds for 10,000 nodes); it packs a little less tightly than
 * Reingold–Tilford because subtrees are not re-centred between their neighbours, which a lineage does not need.
 *
 * <p>Edges are drawn as elbows (down from the parent, across at mid-gap, down into the child): with dozens of forks
 * under one session, straight diagonals would fan out into a wedge in which no single line can be followed.
 */
public final class TreeLayoutEngine {

	private final double spacing;

	/** @param spacing gap in pixels between neighbouring nodes of a level and between levels */
	public TreeLayoutEngine(double spacing) {
		this.spacing = spacing;
	}

	/**
	 * @param nodes nodes in any order; exactly the nodes whose parent is {@code null} or unknown become roots (a node
	 *        whose parent links form a cycle is drawn as a root too, so every node gets a box)
	 * @return boxes and edges in the order of {@code nodes}
	 * @throws IllegalArgumentException when two nodes share an id
	 */
	public LaidOutTree layout(List<TreeNodeSpec> nodes) {
		int n = nodes.size();
		Map<String, Integer> indexOf = new HashMap<>(2 * n);
		for (int i = 0; i < n; i++) {
			if (indexOf.put(nodes.get(i).id(), i) != null) {
				throw new IllegalArgumentException("duplicate node id: " + nodes.get(i).id());
			}
		}
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			String p = nodes.get(i).parentId();
			Integer pi = p == null ? null : indexOf.get(p);
			parent[i] = pi == null || pi == i ? -1 : pi;
		}
		Forest forest = Forest.of(parent);

		int[] level = new int[n];
		int[] treeParent = new int[n];
		// parents before children, the last child first: reversed, children come before parents, left to right
		int[] order = forest.preOrder(level, treeParent);
		forest = Forest.of(treeParent); // the spanning forest actually walked (a parent cycle is cut at one link)
		int levels = 1;
		for (int v : order) {
			levels = Math.max(levels, level[v] + 1);
		}
		double[] rowHeight = new double[levels];
		for (int v = 0; v < n; v++) {
			rowHeight[level[v]] = Math.max(rowHeight[level[v]], nodes.get(v).height());
		}
		double[] rowY = new double[levels];
		for (int l = 1; l < levels; l++) {
			rowY[l] = rowY[l - 1] + rowHeight[l - 1] + spacing;
		}

		// left-to-right post-order places each node
		double[] x = new double[n];
		double[] mod = new double[n];
		int[] deepest = level.clone(); // deepest level in each subtree
		double[] nextFree = new double[levels];
		for (int k = order.length - 1; k >= 0; k--) {
			int v = order[k];
			int l = level[v];
			double w = nodes.get(v).width();
			int[] kids = forest.children(v);
			double place;
			if (kids.length == 0) {
				place = nextFree[l];
			} else {
				double first = x[kids[0]] + nodes.get(kids[0]).width() / 2;
				double last = x[kids[kids.length - 1]] + nodes.get(kids[kids.length - 1]).width() / 2;
				place = (first + last) / 2 - w / 2;
				for (int c : kids) {
					deepest[v] = Math.max(deepest[v], deepest[c]);
				}
			}
			if (place < nextFree[l]) {
				double shift = nextFree[l] - place;
				place += shift;
				if (kids.length > 0) {
					mod[v] += shift;
					for (int below = l + 1; below <= deepest[v]; below++) {
						nextFree[below] += shift; // this subtree is the rightmost thing placed on those levels
					}
				}
			}
			x[v] = place;
			nextFree[l] = place + w + spacing;
		}

		// pre-order: apply each parent's pending shift to its descendants
		double[] carried = new double[n];
		for (int v : order) {
			for (int c : forest.children(v)) {
				carried[c] = carried[v] + mod[v];
			}
		}
		List<LaidOutTree.Box> boxes = new ArrayList<>(n);
		double width = 0;
		double height = 0;
		for (int v = 0; v < n; v++) {
			TreeNodeSpec spec = nodes.get(v);
			LaidOutTree.Box box = new LaidOutTree.Box(spec, x[v] + carried[v], rowY[level[v]], spec.width(), spec.height());
			boxes.add(box);
			width = Math.max(width, box.x() + box.width());
			height = Math.max(height, box.y() + box.height());
		}
		List<LaidOutTree.Edge> edges = new ArrayList<>(n);
		for (int v = 0; v < n; v++) {
			if (parent[v] >= 0 && treeParent[v] == parent[v]) {
				edges.add(elbow(boxes.get(parent[v]), boxes.get(v)));
			}
		}
		return new LaidOutTree(boxes, List.copyOf(edges), width, height);
	}

	private LaidOutTree.Edge elbow(LaidOutTree.Box from, LaidOutTree.Box to) {
		double startY = from.y() + from.height();
		double midY = to.y() - spacing / 2;
		double[] points = from.centerX() == to.centerX() ? new double[] { from.centerX(), startY, to.centerX(), to.y() }
				: new double[] { from.centerX(), startY, from.centerX(), midY, to.centerX(), midY, to.centerX(), to.y() };
		return new LaidOutTree.Edge(from.node().id(), to.node().id(), points);
	}

	/** Child lists in input order, in flat arrays; nodes no root reaches (cycles) are made roots. */
	private record Forest(int[] parent, int[] start, int[] childList, int[] roots) {

		static Forest of(int[] parent) {
			int n = parent.length;
			int[] count = new int[n + 1];
			for (int p : parent) {
				if (p >= 0) {
					count[p + 1]++;
				}
			}
			for (int i = 0; i < n; i++) {
				count[i + 1] += count[i];
			}
			int[] start = count.clone();
			int[] fill = Arrays.copyOf(count, n);
			int[] childList = new int[count[n]];
			for (int v = 0; v < n; v++) {
				if (parent[v] >= 0) {
					childList[fill[parent[v]]++] = v;
				}
			}
			int[] roots = java.util.stream.IntStream.range(0, n).filter(v -> parent[v] < 0).toArray();
			return new Forest(parent, start, childList, roots);
		}

		int[] children(int v) {
			return Arrays.copyOfRange(childList, start[v], start[v + 1]);
		}

		/**
		 * Depth-first pre-order over all nodes visiting the last child first (iterative: a lineage can be a chain
		 * thousands deep), filling {@code level} and {@code treeParent}; a node in a parent cycle starts a tree of its
		 * own, cutting the cycle there.
		 */
		int[] preOrder(int[] level, int[] treeParent) {
			int n = parent.length;
			boolean[] seen = new boolean[n];
			int[] order = new int[n];
			int size = 0;
			int[] stack = new int[n];
			List<Integer> starts = new ArrayList<>();
			for (int i = roots.length - 1; i >= 0; i--) {
				starts.add(roots[i]); // the last root first, so that reversed the first root is placed leftmost
			}
			int nextUnseen = 0;
			for (int s = 0; size < n; s++) {
				int root;
				if (s < starts.size()) {
					root = starts.get(s);
				} else {
					while (seen[nextUnseen]) {
						nextUnseen++;
					}
					root = nextUnseen;
				}
				if (seen[root]) {
					continue;
				}
				level[root] = 0;
				treeParent[root] = -1;
				int top = 0;
				stack[top++] = root;
				seen[root] = true;
				while (top > 0) {
					int v = stack[--top];
					order[size++] = v;
					for (int i = start[v]; i < start[v + 1]; i++) {
						int c = childList[i];
						if (!seen[c]) {
							seen[c] = true;
							level[c] = level[v] + 1;
							treeParent[c] = v;
							stack[top++] = c;
						}
					}
				}
			}
			return order;
		}
	}
}
