package ttt.workbench.analysis.experiment;

import java.util.List;
import java.util.Map;

/**
 * One session of an {@link Experiment}: a sweep point, or one of a hand-picked set of sessions. Immutable.
 *
 * @param index            the member's position in {@link Experiment#members()} (sweeps: by point number; otherwise
 *                         in the order given); bit {@code index} of every selection {@link java.util.BitSet}
 * @param sessionId        the session
 * @param point            the sweep point number, or −1 for a session that is not a point of this sweep
 * @param parameters       the member's values of the experiment's parameters (only those; see
 *                         {@link Experiment#parameters()}): Double, Long, String, Boolean or null, by key
 * @param seed             the point's seed; for other sessions the seed of their first run; null when unknown
 * @param configurationKey the parameters without the seed, as a canonical string: members with equal keys form a
 *                         {@link Configuration}
 * @param runs             the member's runs, oldest first
 * @param lastRunId        the run the learning figures come from (the session's metrics.json), or null
 * @param lineage          the parent, for a fork; null for a session made from the base
 */
public record Member(int index, String sessionId, int point, Map<String, Object> parameters, Long seed, String configurationKey,
		double[] figures, List<RunFigures> runs, String lastRunId, Lineage lineage) {

	public Member {
		parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
		runs = List.copyOf(runs);
		figures = figures.clone();
	}

	/** The member's value of {@code f} (NaN when it has none, e.g. it has not run). */
	public double figure(Figure f) {
		return figures[f.ordinal()];
	}

	/** A copy of all figures, indexed by {@link Figure#ordinal()}. */
	@Override
	public double[] figures() {
		return figures.clone();
	}

	/** Whether the member has a run with figures (a session that has not run yet has NaN figures). */
	public boolean hasRun() {
		return lastRunId != null;
	}

	/** The run the figures come from (the last one), or null. */
	public RunFigures lastRun() {
		for (int i = runs.size() - 1; i >= 0; i--) {
			if (runs.get(i).runId().equals(lastRunId)) {
				return runs.get(i);
			}
		}
		return null;
	}
}
