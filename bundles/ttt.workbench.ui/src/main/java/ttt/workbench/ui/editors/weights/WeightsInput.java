package ttt.workbench.ui.editors.weights;

import ttt.workbench.analysis.weights.WeightSources;
import ttt.workbench.analysis.weights.WeightsComparison;
import ttt.workbench.analysis.weights.WeightsComparison.Mode;

/**
 * What the Weights page shows, handed to each of its sections through the managed form's input.
 *
 * @param sources    the session's weight states
 * @param mode       what the heatmaps show (the weights when the asked-for reference is missing)
 * @param comparison the shown weights against the mode's reference (null when no weights are shown)
 * @param parentName the parent session's id, or "base" for a root session
 */
record WeightsInput(WeightSources sources, Mode mode, WeightsComparison comparison, String parentName) {

	/** The shown weights of {@code sources} in {@code asked} mode, or as weights when that reference is missing. */
	static WeightsInput of(WeightSources sources, Mode asked, String parentName) {
		Mode m = asked;
		if (m == Mode.DELTA_PARENT && sources.parent().isEmpty() || m == Mode.DELTA_BASE && sources.base().isEmpty()) {
			m = Mode.WEIGHTS;
		}
		WeightsComparison comparison = null;
		if (sources.shown().isPresent()) {
			comparison = WeightsComparison.of(m, sources.shown().get(),
					m == Mode.DELTA_PARENT ? sources.parent().get() : m == Mode.DELTA_BASE ? sources.base().get() : null);
		}
		return new WeightsInput(sources, m, comparison, parentName);
	}
}
