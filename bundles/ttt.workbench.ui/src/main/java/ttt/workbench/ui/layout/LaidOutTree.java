package ttt.workbench.ui.layout;

import java.util.List;
import java.util.Optional;

/** The result of a layout: node boxes and edge polylines in one coordinate space, plus the overall size. */
public record LaidOutTree(List<Box> boxes, List<Edge> edges, double width, double height) {

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
	}

	/** An edge from parent to child as a polyline {@code x0, y0, x1, y1, ...}. */
	public record Edge(String parentId, String childId, double[] points) {
	}

	public Optional<Box> box(String id) {
		return boxes.stream().filter(b -> b.node().id().equals(id)).findFirst();
	}

	public Optional<Box> boxAt(double x, double y) {
		return boxes.stream().filter(b -> b.contains(x, y)).findFirst();
	}
}
