package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import ttt.workbench.analysis.experiment.Dimension;
import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.ui.charts.CompactNumberFormat;
import ttt.workbench.analysis.environment.NiceTicks;

/**
 * Where a parallel-coordinates axis gets tick marks and what they say: every category; every value of a parameter
 * with a few values (a grid axis: the researcher reads "μ = 0.12", not a round number between two grid values);
 * decades (and 2, 5 between few decades) on a log axis; otherwise about five round numbers.
 */
record AxisTicks(double[] fractions, String[] labels) {

	private static final CompactNumberFormat FORMAT = new CompactNumberFormat();
	private static final int FEW = 8;

	static AxisTicks of(Experiment e, Dimension d) {
		List<Double> values = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		if (!d.isNumeric()) {
			for (int i = 0; i < d.categories().size(); i++) {
				values.add((double) i);
				labels.add(d.categories().get(i));
			}
		} else if (Double.isNaN(d.min())) {
			return new AxisTicks(new double[0], new String[0]);
		} else {
			TreeSet<Double> distinct = new TreeSet<>();
			if (d.kind() != Dimension.Kind.FIGURE) {
				for (double v : e.column(d)) {
					if (!Double.isNaN(v) && distinct.size() <= FEW) {
						distinct.add(v);
					}
				}
			}
			if (!distinct.isEmpty() && distinct.size() <= FEW) {
				values.addAll(distinct);
			} else if (d.logScale()) {
				for (int exp = (int) Math.floor(Math.log10(d.min())); exp <= Math.ceil(Math.log10(d.max())); exp++) {
					for (int m : Math.log10(d.max() / d.min()) < 3 ? new int[] { 1, 2, 5 } : new int[] { 1 }) {
						double v = m * Math.pow(10, exp);
						if (v >= d.min() * (1 - 1e-9) && v <= d.max() * (1 + 1e-9)) {
							values.add(v);
						}
					}
				}
			} else if (d.max() > d.min()) {
				values.addAll(NiceTicks.ticks(d.min(), d.max(), 5));
			} else {
				values.add(d.min());
			}
			for (double v : values) {
				labels.add(FORMAT.format(v));
			}
		}
		double[] fractions = new double[values.size()];
		for (int i = 0; i < fractions.length; i++) {
			fractions[i] = d.normalise(values.get(i));
		}
		return new AxisTicks(fractions, labels.toArray(String[]::new));
	}
}
