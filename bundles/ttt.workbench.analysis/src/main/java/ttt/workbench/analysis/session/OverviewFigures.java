package ttt.workbench.analysis.session;

/**
 * The numbers of the Overview's cards for one run, from its three per-step curves.
 * <p>
 * <b>Final-100 MSE</b> of a model = the mean of its last min(100, steps) per-step values (SPEC §2.1, the
 * {@code *_last100_mean} of {@code metrics.json}). The learning figures compare these final-100 means, because the
 * end of a run shows what the weights have become rather than how they started:
 * <ul>
 * <li><b>persistent</b> = base − session_start: what earlier runs of the lineage learned (kept in the session's
 * weights);</li>
 * <li><b>online</b> = session_start − adaptive: what this run's updates learned;</li>
 * <li><b>total</b> = base − adaptive, the sum of both.</li>
 * </ul>
 * Each as a percentage of its reference (the first term). <b>Improvement %</b> is defined once, as the total
 * learning percentage: (base − adaptive) / base × 100 on final-100 means.
 */
public record OverviewFigures(int steps, double baseFinal100, double sessionStartFinal100, double adaptiveFinal100,
		int attempted, int committed) {

	/** How many final steps the final-100 means average. */
	public static final int FINAL_WINDOW = 100;

	/** The figures of a run with these curves and update counts ({@code sessionStart} null for a Phase 0 run). */
	public static OverviewFigures of(double[] base, double[] sessionStart, double[] adaptive, int attempted, int committed) {
		double b = finalMean(base);
		return new OverviewFigures(adaptive.length, b, sessionStart == null ? b : finalMean(sessionStart), finalMean(adaptive),
				attempted, committed);
	}

	/** The mean of the last min(100, n) values (NaN for none). */
	public static double finalMean(double[] values) {
		int n = Math.min(FINAL_WINDOW, values.length);
		if (n == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int i = values.length - n; i < values.length; i++) {
			sum += values[i];
		}
		return sum / n;
	}

	public LearningGap persistent() {
		return new LearningGap(baseFinal100, sessionStartFinal100);
	}

	public LearningGap online() {
		return new LearningGap(sessionStartFinal100, adaptiveFinal100);
	}

	public LearningGap total() {
		return new LearningGap(baseFinal100, adaptiveFinal100);
	}

	/** (base − adaptive) / base × 100 on final-100 means: the total learning percentage. */
	public double improvementPercent() {
		return total().percent();
	}

	public int rolledBack() {
		return attempted - committed;
	}
}
