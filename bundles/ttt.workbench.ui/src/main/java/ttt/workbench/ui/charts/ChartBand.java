package ttt.workbench.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;

/**
 * A filled region between two line series of a chart (by series id), e.g. the learning gap between the session-start
 * and the adaptive curves. {@code fromSeriesId} is the reference, {@code toSeriesId} the compared curve; where the
 * compared curve is lower (a gain) the band is {@code color}, where it is higher (a loss) {@code lossColor}, so a
 * band never paints a loss as if it were learning. The labels name both in legends and exports.
 */
public record ChartBand(String fromSeriesId, String toSeriesId, RGB color, RGB lossColor, int alpha, String label,
		String lossLabel) {

	/** Runs of consecutive steps with the same sign, as index ranges [from, to] sharing their boundary point. */
	public static List<int[]> signRuns(double[] from, double[] to, int n) {
		List<int[]> runs = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= n; i++) {
			if (i == n || gain(from[i], to[i]) != gain(from[start], to[start])) {
				runs.add(new int[] { start, Math.min(i, n - 1), gain(from[start], to[start]) ? 1 : 0 });
				start = i;
			}
		}
		return runs;
	}

	private static boolean gain(double from, double to) {
		return !(to > from);
	}
}
