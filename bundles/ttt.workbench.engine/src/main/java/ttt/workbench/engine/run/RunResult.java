package ttt.workbench.engine.run;

import java.util.List;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.UpdateStatus;

/**
 * What a run computed: the per-step curves and flags, the trajectory, the update events, and the session's weights and
 * optimizer at the end (to be saved as its new {@code plastic_state.pt} / {@code optim_state.pt}).
 */
public record RunResult(float[] baseMse, float[] sessionNoUpdateMse, float[] adaptiveMse, boolean[] didUpdate,
		boolean[] updateOk, RunTrajectory trajectory, List<UpdateRecord> events, Weights finalWeights, Muon finalOptimizer) {

	public RunResult {
		events = List.copyOf(events);
	}

	public int steps() {
		return baseMse.length;
	}

	/** The rows of {@code per_step.csv}. */
	public PerStepTable toPerStepTable() {
		int n = steps();
		int[] t = new int[n];
		for (int i = 0; i < n; i++) {
			t[i] = i;
		}
		return new PerStepTable(PerStepTable.Format.PHASE1, t, RunTrajectory.widen(baseMse),
				RunTrajectory.widen(sessionNoUpdateMse), RunTrajectory.widen(adaptiveMse), didUpdate.clone(), updateOk.clone());
	}

	public int updatesAttempted() {
		return events.size();
	}

	public int updatesCommitted() {
		return (int) events.stream().filter(e -> e.status() == UpdateStatus.COMMIT).count();
	}

	public int updatesRolledBack() {
		return (int) events.stream().filter(e -> e.status().getLiteral().startsWith("rollback")).count();
	}

	/** The reference's {@code mean}: the float values as Python floats, summed left to right, divided by max(1, n). */
	public static double mean(float[] values) {
		return mean(values, 0);
	}

	/** Mean of the last {@code min(count, n)} values, as the reference's {@code mean(xs[-count:])}. */
	public static double lastMean(float[] values, int count) {
		return mean(values, Math.max(0, values.length - count));
	}

	private static double mean(float[] values, int from) {
		double sum = 0;
		for (int i = from; i < values.length; i++) {
			sum += values[i];
		}
		return sum / Math.max(1, values.length - from);
	}
}
