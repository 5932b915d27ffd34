package ttt.workbench.engine.run;

import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.Trajectory;

/**
 * A run's trajectory: for each step t the observation at t ({@code x, y, vx, vy}) and the action taken
 * ({@code ax, ay}); the final observation is not included (SPEC §2.3). float32 values.
 */
public record RunTrajectory(float[] x, float[] y, float[] vx, float[] vy, float[] ax, float[] ay) {

	/** From observations {@code obs[0..steps]} and actions {@code [steps][2]}. */
	public static RunTrajectory of(float[][] obs, float[][] actions) {
		int n = actions.length;
		float[] x = new float[n], y = new float[n], vx = new float[n], vy = new float[n], ax = new float[n], ay = new float[n];
		for (int t = 0; t < n; t++) {
			x[t] = obs[t][0];
			y[t] = obs[t][1];
			vx[t] = obs[t][2];
			vy[t] = obs[t][3];
			ax[t] = actions[t][0];
			ay[t] = actions[t][1];
		}
		return new RunTrajectory(x, y, vx, vy, ax, ay);
	}

	public int steps() {
		return x.length;
	}

	/** The store's model object (floats widened to double, as Python's {@code float()} does). */
	public Trajectory toStore() {
		int n = steps();
		int[] t = new int[n];
		for (int i = 0; i < n; i++) {
			t[i] = i;
		}
		Trajectory traj = StoreFactory.eINSTANCE.createTrajectory();
		traj.setT(t);
		traj.setX(widen(x));
		traj.setY(widen(y));
		traj.setVx(widen(vx));
		traj.setVy(widen(vy));
		traj.setAx(widen(ax));
		traj.setAy(widen(ay));
		return traj;
	}

	static double[] widen(float[] v) {
		double[] d = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			d[i] = v[i];
		}
		return d;
	}
}
