package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/**
 * A run's summary (SPEC §2.1 "metrics.json after a run") computed from its per-step values and events, exactly as
 * the reference computes it: plain float64 means, last-100 means over the last min(100, steps) values.
 */
public final class RunSummaries {

	private RunSummaries() {
	}

	public static RunMetrics compute(String runId, long seed, Session session, PerStepTable steps, List<UpdateEvent> events,
			String runDir) {
		RunMetrics m = StoreFactory.eINSTANCE.createRunMetrics();
		m.setRunId(runId);
		m.setSeed(seed);
		m.setSteps(steps.steps());
		m.setMu(session.getMu());
		m.setEnvMode(session.getEnvMode());
		double[] start = steps.sessionNoUpdateMse() != null ? steps.sessionNoUpdateMse() : steps.baseMse();
		m.setBaseMseMean(mean(steps.baseMse(), steps.steps()));
		m.setSessionNoUpdateMseMean(mean(start, steps.steps()));
		m.setAdaptiveMseMean(mean(steps.adaptiveMse(), steps.steps()));
		m.setBaseMseLast100Mean(mean(steps.baseMse(), 100));
		m.setSessionNoUpdateLast100Mean(mean(start, 100));
		m.setAdaptiveLast100Mean(mean(steps.adaptiveMse(), 100));
		int committed = (int) events.stream().filter(e -> e.getStatus() == UpdateStatus.COMMIT).count();
		m.setUpdatesAttempted(events.size());
		m.setUpdatesCommitted(committed);
		m.setUpdatesRolledBack(events.size() - committed);
		m.setRunDir(runDir);
		return m;
	}

	/** Mean of the last {@code min(last, n)} values, summed in order as Python's {@code sum(...) / len(...)}. */
	static double mean(double[] values, int last) {
		int count = Math.min(last, values.length);
		if (count == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int i = values.length - count; i < values.length; i++) {
			sum += values[i];
		}
		return sum / count;
	}

	/** For a run folder without a summary of its own: derive it, marked {@code synthesized}. */
	static RunMetrics derive(Path root, Path runDir, String runId, Session session, Problems problems) {
		Path csv = runDir.resolve(StoreLayout.RUN_PER_STEP);
		try {
			PerStepTable table = PerStepCsv.parse(StoreFiles.read(root, csv), csv);
			List<UpdateEvent> events = RunEvents.read(root, runDir, problems);
			long seed = 0;
			java.util.regex.Matcher matcher = StoreReader.RUN_ID.matcher(runId);
			if (matcher.matches()) {
				seed = Long.parseLong(matcher.group(3));
			}
			RunMetrics m = compute(runId, seed, session, table, events, root.relativize(runDir).toString());
			m.setSynthesized(true);
			return m;
		} catch (NoSuchFileException e) {
			problems.error(csv, "missing: the run has neither a summary nor per-step values");
		} catch (StoreFormatException e) {
			problems.error(e);
		} catch (IOException e) {
			problems.error(csv, "cannot be read: " + e.getMessage());
		}
		return null;
	}
}
