package ttt.workbench.analysis.tree;

import ttt.workbench.store.csv.PerStepTable;

/** Made-up curves for the example shown while no store is open (labelled as an example on screen). */
public final class ExampleCurves {
	private ExampleCurves() {
	}

	public static PerStepTable table() {
		int steps = 200;
		int[] t = new int[steps];
		double[] base = new double[steps];
		double[] start = new double[steps];
		double[] adaptive = new double[steps];
		for (int i = 0; i < steps; i++) {
			t[i] = i;
			base[i] = 0.08 + 0.01 * Math.sin(i / 9.0);
			start[i] = 0.06 + 0.01 * Math.sin(i / 9.0);
			adaptive[i] = 0.06 * Math.exp(-i / 120.0) + 0.02 + 0.005 * Math.sin(i / 9.0);
		}
		return new PerStepTable(PerStepTable.Format.PHASE1, t, base, start, adaptive, new boolean[steps], new boolean[steps]);
	}
}
