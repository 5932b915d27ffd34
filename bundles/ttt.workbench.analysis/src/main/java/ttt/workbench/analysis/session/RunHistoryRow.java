package ttt.workbench.analysis.session;

import java.util.Comparator;
import java.util.List;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;

/**
 * One row of the Run History: a run of the session with its summary from its metrics (written by the run, or derived
 * by the store from per_step.csv and the events for runs of the reference). Learning figures on final-100 means, as
 * on the Overview's cards ({@link OverviewFigures}).
 */
public record RunHistoryRow(Run run, String id, Double createdAtUnix, int steps, long seed, int attempted, int committed,
		int rolledBack, OverviewFigures figures) {

	/** Every run of {@code session}, newest first. */
	public static List<RunHistoryRow> of(Session session) {
		return session.getRuns().stream().map(RunHistoryRow::of)
				.sorted(Comparator.comparingDouble((RunHistoryRow r) -> r.createdAtUnix() == null ? 0 : r.createdAtUnix())
						.thenComparing(RunHistoryRow::id).reversed())
				.toList();
	}

	public static RunHistoryRow of(Run run) {
		RunMetrics m = run.getMetrics();
		if (m == null) {
			return new RunHistoryRow(run, run.getId(), run.getCreatedAtUnix(), run.getSteps(), run.getSeed(), run.getEvents().size(),
					(int) run.getEvents().stream().filter(e -> e.isCommitted()).count(),
					(int) run.getEvents().stream().filter(e -> !e.isCommitted()).count(), null);
		}
		OverviewFigures f = new OverviewFigures(m.getSteps(), m.getBaseMseLast100Mean(), m.getSessionNoUpdateLast100Mean(),
				m.getAdaptiveLast100Mean(), m.getUpdatesAttempted(), m.getUpdatesCommitted());
		return new RunHistoryRow(run, run.getId(), run.getCreatedAtUnix(), m.getSteps(), run.getSeed(), m.getUpdatesAttempted(),
				m.getUpdatesCommitted(), m.getUpdatesRolledBack(), f);
	}
}
