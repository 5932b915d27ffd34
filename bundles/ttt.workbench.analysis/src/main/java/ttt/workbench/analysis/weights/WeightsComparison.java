package ttt.workbench.analysis.weights;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Weights page shows for one choice of view: the matrices themselves, or their difference to the parent
 * session's current weights or to the base, each with its own symmetric colour scale and its k largest changes.
 */
public record WeightsComparison(Mode mode, WeightSet shown, List<TopChanges.Cell> topChanges) {

	/** Which values the heatmaps show. */
	public enum Mode {
		WEIGHTS("W"), DELTA_PARENT("W − W_parent"), DELTA_BASE("W − W_base");

		private final String formula;

		Mode(String formula) {
			this.formula = formula;
		}

		public String formula() {
			return formula;
		}
	}

	public static final int TOP_K = 5;

	/**
	 * @param reference the parent's weights (DELTA_PARENT) or the base's (DELTA_BASE); ignored for WEIGHTS
	 */
	public static WeightsComparison of(Mode mode, WeightSet weights, WeightSet reference) {
		if (mode == Mode.WEIGHTS) {
			return new WeightsComparison(mode, weights, List.of());
		}
		WeightSet delta = weights.minus(reference, mode.formula());
		List<TopChanges.Cell> top = new ArrayList<>();
		for (Matrix m : delta.matrices()) {
			top.addAll(TopChanges.of(m, TOP_K));
		}
		return new WeightsComparison(mode, delta, List.copyOf(top));
	}

	/** The top changes within one matrix. */
	public List<TopChanges.Cell> topChanges(String matrix) {
		return topChanges.stream().filter(c -> c.matrix().equals(matrix)).toList();
	}
}
