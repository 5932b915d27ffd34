package ttt.workbench.engine.analysis;

import ttt.workbench.store.model.RunMetrics;

/**
 * The three learning figures of one run, from its whole-run mean MSEs (metrics.json), as the Phase 1 brief defines
 * them: <em>persistent</em> learning is base → session start (what earlier runs left in the session's weights),
 * <em>online</em> learning is session start → adaptive (what this run's updates added), <em>total</em> is base →
 * adaptive. Each is a drop in MSE (positive = better) and that drop as a percentage of the MSE it started from.
 * Every view that shows "improvement" uses these, and so does the sweep report ({@code ttt sweep_report}), so the
 * numbers agree everywhere. (Moved here from the UI bundle so that headless code can share the definitions.)
 */
public record LearningFigures(String runId, double baseMse, double sessionStartMse, double adaptiveMse) {

	/** The figures of {@code metrics}, or null when there are none (a session that has never run). */
	public static LearningFigures of(RunMetrics metrics) {
		if (metrics == null || metrics.getRunId() == null) {
			return null;
		}
		return new LearningFigures(metrics.getRunId(), metrics.getBaseMseMean(), metrics.getSessionNoUpdateMseMean(),
				metrics.getAdaptiveMseMean());
	}

	/** session_no_update_mse_mean − adaptive_mse_mean: what online updates gained during the run. */
	public double online() {
		return sessionStartMse - adaptiveMse;
	}

	/** {@link #online()} as a percentage of session_no_update_mse_mean (NaN when that is 0). */
	public double onlinePercent() {
		return percent(online(), sessionStartMse);
	}

	/** base_mse_mean − session_no_update_mse_mean: what the session had learned before this run. */
	public double persistent() {
		return baseMse - sessionStartMse;
	}

	public double persistentPercent() {
		return percent(persistent(), baseMse);
	}

	/** base_mse_mean − adaptive_mse_mean. */
	public double total() {
		return baseMse - adaptiveMse;
	}

	public double totalPercent() {
		return percent(total(), baseMse);
	}

	private static double percent(double drop, double from) {
		return from == 0 ? Double.NaN : 100.0 * drop / from;
	}

	/** "+0.06 % (Δ 0.2128)": the relative drop first (comparable across environments), the absolute one after. */
	public static String format(double drop, double percent) {
		if (Double.isNaN(percent)) {
			return String.format(java.util.Locale.ROOT, "Δ %+.4g", drop);
		}
		return String.format(java.util.Locale.ROOT, "%+.2f %% (Δ %+.4g)", percent, drop);
	}

	public String onlineText() {
		return format(online(), onlinePercent());
	}
}
