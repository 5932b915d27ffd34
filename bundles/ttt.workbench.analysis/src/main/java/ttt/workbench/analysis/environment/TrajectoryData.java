package ttt.workbench.analysis.environment;

import java.util.List;

import ttt.workbench.store.model.Trajectory;
import ttt.workbench.analysis.export.CsvTable;

/**
 * A run's trajectory as plain arrays, one entry per step: the observation {@code (x, y, vx, vy)} at step t and the
 * action {@code (ax, ay)} taken there (SPEC §2.3; the final observation is not in the file). A copy, so the views
 * never hold on to the EMF model's arrays.
 */
public record TrajectoryData(int[] t, double[] x, double[] y, double[] vx, double[] vy, double[] ax, double[] ay) {

	public TrajectoryData {
		int n = t.length;
		if (x.length != n || y.length != n || vx.length != n || vy.length != n || ax.length != n || ay.length != n) {
			throw new IllegalArgumentException("trajectory columns differ in length");
		}
	}

	public static TrajectoryData of(Trajectory trajectory) {
		return new TrajectoryData(trajectory.getT().clone(), trajectory.getX().clone(), trajectory.getY().clone(),
				trajectory.getVx().clone(), trajectory.getVy().clone(), trajectory.getAx().clone(), trajectory.getAy().clone());
	}

	public int size() {
		return t.length;
	}

	/** The row index of step {@code step}, or the nearest row when the run has no such step. */
	public int indexOf(int step) {
		if (size() == 0) {
			return -1;
		}
		// t is 0..n-1 in every file seen; search anyway so a trajectory with gaps still maps correctly
		int lo = 0, hi = size() - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (t[mid] < step) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		if (lo > 0 && Math.abs(t[lo - 1] - step) <= Math.abs(t[lo] - step)) {
			return lo - 1;
		}
		return lo;
	}

	/** |v| at row {@code i}. */
	public double speed(int i) {
		return Math.hypot(vx[i], vy[i]);
	}

	/** The whole trajectory as CSV, with the speed added for convenience. */
	public CsvTable toCsv() {
		CsvTable table = new CsvTable(List.of("t", "x", "y", "vx", "vy", "ax", "ay", "speed"));
		for (int i = 0; i < size(); i++) {
			table.row(List.of(t[i], x[i], y[i], vx[i], vy[i], ax[i], ay[i], speed(i)));
		}
		return table;
	}
}
