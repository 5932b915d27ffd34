package ttt.workbench.analysis.weights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The k cells of a difference matrix with the largest |Δ| (ties by position, so the order is stable). */
public final class TopChanges {

	/** One cell: its position and signed value. */
	public record Cell(String matrix, int row, int col, double value) {

		/** "W_u[3,5]". */
		public String label() {
			return matrix + "[" + row + "," + col + "]";
		}
	}

	private TopChanges() {
	}

	/** The k largest |Δ| (fewer when fewer cells changed at all: unchanged cells are never listed). */
	public static List<Cell> of(Matrix delta, int k) {
		List<Cell> cells = new ArrayList<>(delta.size());
		for (int r = 0; r < delta.rows(); r++) {
			for (int c = 0; c < delta.cols(); c++) {
				if (delta.get(r, c) != 0) {
					cells.add(new Cell(delta.name(), r, c, delta.get(r, c)));
				}
			}
		}
		cells.sort(Comparator.comparingDouble((Cell c) -> -Math.abs(c.value())).thenComparingInt(Cell::row).thenComparingInt(Cell::col));
		return List.copyOf(cells.subList(0, Math.min(k, cells.size())));
	}
}
