package ttt.workbench.analysis.layout;

import java.util.List;
import java.util.Optional;

/**
 * The result of a layout: node boxes and edge polylines in one coordinate space, plus the overall size. Looking a
 * box up by id or by point is O(1) on average (a hash index and a uniform grid, built once with the record): the
 * canvas asks on every mouse move and key press, and a large store has 10,000 boxes.
 */
public record LaidOutTree(List<Box> boxes, List<Edge> edges, double width, double height) {

	public LaidOutTree {
		boxes = boxes instanceof BoxIndex index ? index : new BoxIndex(boxes);
		edges = List.copyOf(edges);
	}

	/** A laid-out node: top-left corner and size. */
	public record Box(TreeNodeSpec node, double x, double y, double width, double height) {
		public double centerX() {
			return x + width / 2;
		}

		public double centerY() {
			return y + height / 2;
		}

		public boolean contains(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}

		/** Whether the box meets the rectangle (edges touching count). */
		public boolean intersects(double rx, double ry, double rw, double rh) {
			return x <= rx + rw && rx <= x + width && y <= ry + rh && ry <= y + height;
		}
	}

	/** An edge from parent to child as a polyline {@code x0, y0, x1, y1, ...}. */
	public record Edge(String parentId, String childId, double[] points) {
	}

	public Optional<Box> box(String id) {
		return ((BoxIndex) boxes).byId(id);
	}

	/** The first box (in {@link #boxes()} order) that contains the point. */
	public Optional<Box> boxAt(double x, double y) {
		return ((BoxIndex) boxes).at(x, y);
	}

	/**
	 * The boxes that meet a rectangle, in {@link #boxes()} order: what a canvas needs to paint when only part of a
	 * large tree is visible.
	 */
	public List<Box> boxesIn(double x, double y, double width, double height) {
		return ((BoxIndex) boxes).in(x, y, width, height);
	}
}
