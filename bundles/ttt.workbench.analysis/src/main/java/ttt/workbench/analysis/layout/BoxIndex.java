package ttt.workbench.analysis.layout;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The boxes of a {@link LaidOutTree} as an unmodifiable list that also finds a box by id (hash map) and by point
 * (uniform grid of cells about the size of a few boxes, each listing the boxes that meet it). A record cannot have
 * fields beyond its components, so the index travels inside the {@code boxes} list itself.
 */
final class BoxIndex extends AbstractList<LaidOutTree.Box> implements RandomAccess {

	private final LaidOutTree.Box[] boxes;
	private final Map<String, Integer> byId;
	private final double cell;
	private final double originX;
	private final double originY;
	private final int columns;
	private final int rows;
	/** For each cell, the indexes of the boxes meeting it, ascending; null for an empty cell. */
	private final int[][] cells;

	BoxIndex(List<LaidOutTree.Box> list) {
		boxes = list.toArray(LaidOutTree.Box[]::new);
		byId = new HashMap<>(2 * boxes.length);
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		double sizes = 0;
		for (int i = 0; i < boxes.length; i++) {
			LaidOutTree.Box b = boxes[i];
			byId.putIfAbsent(b.node().id(), i); // the first wins, as a linear search would find it
			minX = Math.min(minX, b.x());
			minY = Math.min(minY, b.y());
			maxX = Math.max(maxX, b.x() + b.width());
			maxY = Math.max(maxY, b.y() + b.height());
			sizes += Math.max(b.width(), b.height());
		}
		if (boxes.length == 0) {
			minX = minY = maxX = maxY = 0;
		}
		// cells of about two boxes across, but never more cells than four per box (a sparse, very wide tree)
		double typical = boxes.length == 0 ? 1 : Math.max(1, sizes / boxes.length);
		double area = Math.max(1, (maxX - minX) * (maxY - minY));
		cell = Math.max(2 * typical, Math.sqrt(area / Math.max(1, 4.0 * boxes.length)));
		originX = minX;
		originY = minY;
		columns = Math.max(1, (int) Math.ceil((maxX - minX) / cell) + 1);
		rows = Math.max(1, (int) Math.ceil((maxY - minY) / cell) + 1);
		int[] counts = new int[columns * rows];
		for (LaidOutTree.Box b : boxes) {
			forCells(b, c -> counts[c]++);
		}
		cells = new int[columns * rows][];
		int[] fill = new int[columns * rows];
		for (int i = 0; i < boxes.length; i++) {
			int index = i;
			forCells(boxes[i], c -> {
				if (cells[c] == null) {
					cells[c] = new int[counts[c]];
				}
				cells[c][fill[c]++] = index;
			});
		}
	}

	private void forCells(LaidOutTree.Box b, java.util.function.IntConsumer action) {
		int c0 = column(b.x());
		int c1 = column(b.x() + b.width());
		int r0 = row(b.y());
		int r1 = row(b.y() + b.height());
		for (int r = r0; r <= r1; r++) {
			for (int c = c0; c <= c1; c++) {
				action.accept(r * columns + c);
			}
		}
	}

	private int column(double x) {
		return Math.clamp((long) Math.floor((x - originX) / cell), 0, columns - 1);
	}

	private int row(double y) {
		return Math.clamp((long) Math.floor((y - originY) / cell), 0, rows - 1);
	}

	@Override
	public LaidOutTree.Box get(int index) {
		return boxes[index];
	}

	@Override
	public int size() {
		return boxes.length;
	}

	Optional<LaidOutTree.Box> byId(String id) {
		Integer i = byId.get(id);
		return i == null ? Optional.empty() : Optional.of(boxes[i]);
	}

	Optional<LaidOutTree.Box> at(double x, double y) {
		if (boxes.length == 0 || Double.isNaN(x) || Double.isNaN(y)) {
			return Optional.empty();
		}
		int[] candidates = cells[row(y) * columns + column(x)];
		if (candidates != null) {
			for (int i : candidates) { // ascending: the first in list order wins
				if (boxes[i].contains(x, y)) {
					return Optional.of(boxes[i]);
				}
			}
		}
		return Optional.empty();
	}

	List<LaidOutTree.Box> in(double x, double y, double width, double height) {
		if (boxes.length == 0) {
			return List.of();
		}
		int c0 = column(x);
		int c1 = column(x + width);
		int r0 = row(y);
		int r1 = row(y + height);
		boolean[] taken = new boolean[boxes.length];
		List<Integer> found = new ArrayList<>();
		for (int r = r0; r <= r1; r++) {
			for (int c = c0; c <= c1; c++) {
				int[] candidates = cells[r * columns + c];
				if (candidates != null) {
					for (int i : candidates) {
						if (!taken[i] && boxes[i].intersects(x, y, width, height)) {
							taken[i] = true;
							found.add(i);
						}
					}
				}
			}
		}
		int[] sorted = found.stream().mapToInt(Integer::intValue).toArray();
		Arrays.sort(sorted);
		return Arrays.stream(sorted).mapToObj(i -> boxes[i]).toList();
	}
}
