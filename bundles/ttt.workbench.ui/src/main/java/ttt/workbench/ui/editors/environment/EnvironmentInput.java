package ttt.workbench.ui.editors.environment;

import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;

/**
 * What the Environment page shows, handed to each of its sections through the managed form's input.
 *
 * @param run      the focused run (null: the session has none)
 * @param stem     the file name stem of exports
 * @param data     the run's trajectory (null: none to show, {@code message} says why)
 * @param curves   the run's per-step errors (null: none readable, or not read yet)
 * @param message  why no trajectory is shown (null when one is)
 * @param loading  the run's files are being read
 * @param sessionId the session's id
 * @param friction the session's μ and stiction thresholds (null without a session)
 */
record EnvironmentInput(Run run, String stem, TrajectoryData data, PerStepCurves curves, String message, boolean loading,
		String sessionId, FrictionThresholds friction) {
}
