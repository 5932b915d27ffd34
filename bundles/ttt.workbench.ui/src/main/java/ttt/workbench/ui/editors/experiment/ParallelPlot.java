package ttt.workbench.ui.editors.experiment;

import java.util.BitSet;
import java.util.List;

/**
 * What the parallel-coordinates canvas paints, already in plot units: per axis its label, its tick labels at fractions
 * of its height and the position of every line on it as a fraction in [0, 1] (0 at the bottom; NaN: the member has no
 * value there); per line a colour (packed 0xRRGGBB) and whether it passes the filter and brushes. Built from the
 * analysis bundle's model by the page, so the canvas only maps fractions to pixels.
 *
 * @param brushes per axis the brushed fraction range {@code [lo, hi]}, or null
 */
public record ParallelPlot(List<Axis> axes, int lines, int[] colors, BitSet active, BitSet selected, double[][] brushes,
		String colorLegend) {

	/** One vertical axis. {@code positions[line]} in [0, 1]; ticks at {@code tickFractions} labelled {@code tickLabels}. */
	public record Axis(String label, String tooltip, float[] positions, double[] tickFractions, String[] tickLabels) {
	}

	public static final ParallelPlot EMPTY = new ParallelPlot(List.of(), 0, new int[0], new BitSet(), new BitSet(), new double[0][],
			"");

	public double[] brush(int axis) {
		return axis < brushes.length ? brushes[axis] : null;
	}
}
