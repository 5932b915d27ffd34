package ttt.workbench.analysis.experiment;

/**
 * Where a member came from, when it is a fork: the parent session and the parent's run whose end state the fork
 * started from.
 *
 * @param parentId    the parent session's id
 * @param parentRunId the parent's run the fork started from: the meta's {@code forked_from_run_id} when present,
 *                    else the parent's last run made before the fork was created; null when the parent had not run
 * @param parentRun   that run's summary (null when {@code parentRunId} is null or the run is not in the store)
 */
public record Lineage(String parentId, String parentRunId, RunFigures parentRun) {
}
