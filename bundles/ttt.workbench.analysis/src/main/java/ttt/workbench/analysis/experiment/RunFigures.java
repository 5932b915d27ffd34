package ttt.workbench.analysis.experiment;

import ttt.workbench.engine.analysis.LearningFigures;

/**
 * The summary of one run (its {@code metrics.json}, or the summary the store derived for a run that lacks one), as
 * an immutable value detached from the EMF model.
 *
 * @param runId               the run's folder name
 * @param seed                the run's seed
 * @param steps               steps of the run
 * @param baseMse             base_mse_mean
 * @param sessionStartMse     session_no_update_mse_mean
 * @param adaptiveMse         adaptive_mse_mean
 * @param baseLast100         base_mse_last100_mean
 * @param sessionStartLast100 session_no_update_last100_mean
 * @param adaptiveLast100     adaptive_last100_mean
 * @param attempted           updates_attempted
 * @param committed           updates_committed
 * @param rolledBack          updates_rolled_back
 * @param createdAtUnix       when the run was made (NaN when unknown)
 */
public record RunFigures(String runId, long seed, int steps, double baseMse, double sessionStartMse, double adaptiveMse,
		double baseLast100, double sessionStartLast100, double adaptiveLast100, int attempted, int committed, int rolledBack,
		double createdAtUnix) {

	/** The run's persistent / online / total learning, with the workbench's one definition. */
	public LearningFigures learning() {
		return new LearningFigures(runId, baseMse, sessionStartMse, adaptiveMse);
	}

	/** The value of a learning or final-100 figure for this run; NaN for the figures that count over all runs. */
	public double figure(Figure f) {
		return switch (f) {
		case PERSISTENT -> baseMse - sessionStartMse;
		case ONLINE -> sessionStartMse - adaptiveMse;
		case TOTAL -> baseMse - adaptiveMse;
		case BASE_LAST100 -> baseLast100;
		case SESSION_START_LAST100 -> sessionStartLast100;
		case ADAPTIVE_LAST100 -> adaptiveLast100;
		case COMMIT_RATE -> attempted == 0 ? Double.NaN : (double) committed / attempted;
		case COMMITS -> committed;
		case ROLLBACKS -> rolledBack;
		default -> Double.NaN;
		};
	}
}
