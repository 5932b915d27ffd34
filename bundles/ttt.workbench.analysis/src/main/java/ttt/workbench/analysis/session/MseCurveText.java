package ttt.workbench.analysis.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.format.Numbers;

/**
 * What the shared MSE chart says besides its lines, without widgets: the hover text at a step (exact stored values, the
 * smoothed ones beside them), the update markers on the shown adaptive curve, and the visible steps as per_step.csv.
 */
public final class MseCurveText {

	private MseCurveText() {
	}

	/**
	 * The tooltip at step index {@code i}: the exact values of the three curves (with the shown, smoothed values when
	 * {@code smoothed}) and the update at that step; null outside the run. A shown array may be null for a missing curve.
	 */
	public static String tooltip(OverviewCurves curves, int i, boolean smoothed, double[] shownBase, double[] shownStart,
			double[] shownAdaptive) {
		if (curves == null || i < 0 || i >= curves.steps()) {
			return null;
		}
		int t = (int) curves.t()[i];
		StringBuilder s = new StringBuilder("t=").append(t);
		value(s, "base", curves.base(), smoothed ? shownBase : null, i);
		value(s, "session_start", curves.sessionStart(), smoothed ? shownStart : null, i);
		value(s, "adaptive", curves.adaptive(), smoothed ? shownAdaptive : null, i);
		UpdateMark m = curves.markAt(t);
		if (m != null) {
			s.append('\n').append(m.describe());
		}
		return s.toString();
	}

	private static void value(StringBuilder s, String label, double[] raw, double[] shown, int i) {
		if (raw == null) {
			return;
		}
		s.append('\n').append(label).append(' ');
		if (i >= raw.length) {
			s.append("(not yet)");
			return;
		}
		s.append(Numbers.compact(raw[i]));
		if (shown != null && i < shown.length) {
			s.append("   (smoothed ").append(Numbers.compact(shown[i])).append(')');
		}
	}

	/** The (t, shown adaptive MSE) points of the committed (or rolled-back) update attempts the shown curve has reached. */
	public static List<double[]> markPoints(OverviewCurves curves, double[] shownAdaptive, boolean committed) {
		List<double[]> points = new ArrayList<>();
		for (UpdateMark m : curves.marks()) {
			int i = curves.indexNear(m.t());
			if (m.committed() == committed && i >= 0 && i < shownAdaptive.length && curves.t()[i] == m.t()) {
				points.add(new double[] { m.t(), shownAdaptive[i] });
			}
		}
		return points;
	}

	/** The steps from {@code lower} to {@code upper} as per_step.csv columns (exact stored values, not smoothed). */
	public static CsvTable visibleSteps(OverviewCurves curves, double lower, double upper) {
		CsvTable table = new CsvTable(List.of("t", "base_mse", "session_no_update_mse", "adaptive_mse", "did_update", "update_ok"));
		if (curves == null) {
			return table;
		}
		for (int i = 0; i < curves.steps(); i++) {
			double t = curves.t()[i];
			if (t < lower || t > upper) {
				continue;
			}
			table.row(Arrays.asList((int) t, curves.base()[i], curves.sessionStart() == null ? null : curves.sessionStart()[i],
					i < curves.adaptive().length ? curves.adaptive()[i] : null, curves.didUpdate()[i] ? 1 : 0,
					curves.updateOk()[i] ? 1 : 0));
		}
		return table;
	}
}
