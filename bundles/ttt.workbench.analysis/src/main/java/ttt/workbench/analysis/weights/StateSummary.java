package ttt.workbench.analysis.weights;

import java.util.List;

/** Statistics and singular values of every matrix of one weight state (one row group of the statistics table). */
public record StateSummary(String state, List<Entry> entries) {

	/** One matrix of the state. */
	public record Entry(MatrixStats stats, double[] singularValues, double conditionNumber) {
	}

	public static StateSummary of(WeightSet set) {
		return new StateSummary(set.label(), set.matrices().stream().map(m -> {
			Svd svd = Svd.of(m);
			return new Entry(MatrixStats.of(m), svd.singularValues(), svd.conditionNumber());
		}).toList());
	}

	public java.util.Optional<Entry> entry(String matrix) {
		return entries.stream().filter(e -> e.stats().name().equals(matrix)).findFirst();
	}
}
