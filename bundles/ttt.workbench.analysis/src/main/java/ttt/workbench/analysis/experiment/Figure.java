package ttt.workbench.analysis.experiment;

import java.util.List;

/**
 * The figures every member of an {@link Experiment} carries, one number each (NaN when the member has none, e.g. a
 * session that has not run yet). The learning figures and final-100 MSEs come from the member's <em>last</em> run
 * (the session's {@code metrics.json}), with exactly the definitions of
 * {@link ttt.workbench.engine.analysis.LearningFigures} and the sweep report ({@code ttt sweep_report}): drops of the
 * whole-run mean MSEs, positive = better. Counts are summed over <em>all</em> of the member's runs.
 *
 * <p>The keys are those of {@link ttt.workbench.sweep.report.SweepReport#FIGURES} where both have the figure, so a
 * filter or a CSV column means the same thing in the report and in the Experiment editor.
 */
public enum Figure {
	/** base_mse_mean − session_no_update_mse_mean of the last run: what earlier runs (and a fork's parent) taught. */
	PERSISTENT("persistent", "persistent learning", true),
	/** session_no_update_mse_mean − adaptive_mse_mean of the last run: what the last run's updates taught. */
	ONLINE("online", "online learning", true),
	/** base_mse_mean − adaptive_mse_mean of the last run. */
	TOTAL("total", "total learning", true),
	/** base_mse_last100_mean of the last run (mean of its last min(100, steps) base MSEs). */
	BASE_LAST100("base_last100", "final-100 MSE, base", false),
	/** session_no_update_last100_mean of the last run. */
	SESSION_START_LAST100("session_start_last100", "final-100 MSE, session start", false),
	/** adaptive_last100_mean of the last run. */
	ADAPTIVE_LAST100("adaptive_last100", "final-100 MSE, adaptive", false),
	/** Σ updates_committed / Σ updates_attempted over all runs (NaN when nothing was attempted). */
	COMMIT_RATE("commit_rate", "commit rate", true),
	/** Σ updates_committed over all runs. */
	COMMITS("commits", "commits", true),
	/** Σ updates_rolled_back over all runs (the metrics' count, whatever the kind). */
	ROLLBACKS("rollbacks", "rollbacks", false),
	/** Update events with status {@code rollback_loss_regression}, over all runs. */
	ROLLBACKS_LOSS_REGRESSION("rollbacks_loss_regression", "rollbacks: loss regression", false),
	/** Update events with status {@code rollback_grad_norm}, over all runs. */
	ROLLBACKS_GRAD_NORM("rollbacks_grad_norm", "rollbacks: gradient norm", false),
	/** Update events with status {@code rollback_state_norm}, over all runs. */
	ROLLBACKS_STATE_NORM("rollbacks_state_norm", "rollbacks: state norm", false),
	/** Update events with status {@code rollback_non_finite}, over all runs. */
	ROLLBACKS_NON_FINITE("rollbacks_non_finite", "rollbacks: non-finite", false);

	/** The figures the parallel coordinates show by default: learning, final-100 MSEs, commit rate. */
	public static final List<Figure> LEARNING = List.of(PERSISTENT, ONLINE, TOTAL, BASE_LAST100, SESSION_START_LAST100,
			ADAPTIVE_LAST100, COMMIT_RATE);

	private final String key;
	private final String label;
	private final boolean higherIsBetter;

	Figure(String key, String label, boolean higherIsBetter) {
		this.key = key;
		this.label = label;
		this.higherIsBetter = higherIsBetter;
	}

	/** The name in filters, CSV headers and JSON ({@code online}, {@code adaptive_last100}, …). */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	/** The natural direction for "best": learning and commits up, MSEs and rollbacks down. */
	public boolean higherIsBetter() {
		return higherIsBetter;
	}

	/** The figure of that key, or null. */
	public static Figure of(String key) {
		for (Figure f : values()) {
			if (f.key.equals(key)) {
				return f;
			}
		}
		return null;
	}
}
