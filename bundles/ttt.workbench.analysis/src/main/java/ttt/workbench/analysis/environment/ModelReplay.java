package ttt.workbench.analysis.environment;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.OnlineSsm;

/**
 * Recomputes what a model with fixed weights predicted at each step of a run: {@code base} and {@code session_start}
 * are scored without updates, so replaying their weights over the trajectory with the engine's own {@link OnlineSsm}
 * gives their predictions exactly. A replay is trusted only when its per-step errors reproduce the errors the run
 * recorded in {@code per_step.csv}: if the weights are not the ones the run used (a fork's start, weights the store
 * no longer has), the errors differ and the predictions are not shown.
 *
 * <p>The {@code adaptive} model cannot be replayed this way: its weights changed at every committed update, and the
 * run keeps only its final weights.
 */
public final class ModelReplay {

	/** How close a recomputed error must be to the recorded one (the reference's float32 error is ~1e-4 relative). */
	public static final double RELATIVE_TOLERANCE = 2e-3, ABSOLUTE_TOLERANCE = 1e-7;

	/**
	 * One model's replay: {@code predictions[i]} is the predicted observation {x, y, vx, vy} of row {@code i + 1} (made
	 * at row i), for the rows whose truth the trajectory holds; {@code mismatches} counts the steps whose recomputed
	 * error differs from the recorded one, {@code worst} the largest relative difference.
	 */
	public record Result(String model, float[][] predictions, int compared, int mismatches, double worst) {
		public boolean matchesRecord() {
			return compared > 0 && mismatches == 0;
		}
	}

	private ModelReplay() {
	}

	/**
	 * Replays {@code weights} over {@code trajectory}; {@code recordedMse[t]} is the run's error of this model at step
	 * t (may be longer than the trajectory: the last step's truth is not in the trajectory file).
	 */
	public static Result replay(String model, Weights weights, float[] decay, TrajectoryData trajectory, double[] recordedMse) {
		int n = trajectory.size();
		OnlineSsm ssm = new OnlineSsm(weights, decay);
		float[][] predictions = new float[Math.max(0, n - 1)][];
		int compared = 0, mismatches = 0;
		double worst = 0;
		for (int i = 0; i + 1 < n; i++) {
			float[] z = observation(trajectory, i), next = observation(trajectory, i + 1);
			float[] a = { (float) trajectory.ax()[i], (float) trajectory.ay()[i] };
			float mse = ssm.step(z, a, next);
			predictions[i] = ssm.lastPrediction();
			int t = trajectory.t()[i];
			if (recordedMse != null && t >= 0 && t < recordedMse.length) {
				double recorded = recordedMse[t];
				double diff = Math.abs(mse - recorded);
				compared++;
				worst = Math.max(worst, diff / Math.max(Math.abs(recorded), ABSOLUTE_TOLERANCE));
				if (!(diff <= RELATIVE_TOLERANCE * Math.abs(recorded) + ABSOLUTE_TOLERANCE)) {
					mismatches++;
				}
			}
		}
		return new Result(model, predictions, compared, mismatches, worst);
	}

	private static float[] observation(TrajectoryData d, int i) {
		return new float[] { (float) d.x()[i], (float) d.y()[i], (float) d.vx()[i], (float) d.vy()[i] };
	}
}
