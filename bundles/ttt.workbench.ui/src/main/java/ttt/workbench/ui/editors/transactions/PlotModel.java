package ttt.workbench.ui.editors.transactions;

import java.util.List;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.updates.RollbackReason;

/**
 * What one chart of the transactions page shows, independent of how it is drawn: SWTChart draws it on screen
 * ({@link SwtChartAdapter}), {@link PlotPainter} draws the same into PNG-free vector exports.
 */
record PlotModel(String title, String xLabel, String yLabel, boolean logY, List<Series> series) {

	/**
	 * @param marker the outcome whose marker the points get, or null for a plain line
	 * @param line whether the points are joined
	 * @param dashed a threshold line
	 * @param inLegend false for the second and later pieces of one quantity drawn run by run
	 */
	record Series(String name, double[] x, double[] y, RGB color, RollbackReason marker, boolean line, boolean dashed,
			boolean inLegend) {

		Series(String name, double[] x, double[] y, RGB color, RollbackReason marker, boolean line, boolean dashed) {
			this(name, x, y, color, marker, line, dashed, true);
		}
	}
}
