package ttt.workbench.ui.editors.transactions;

import static ttt.workbench.analysis.format.Numbers.fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.updates.Gates;
import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.ui.charts.Markers;

/** The series charts of the transactions page: each quantity over t, one marker shape per outcome, its gate dashed. */
final class TransactionCharts {

	static final RGB PRE = new RGB(120, 120, 120);
	static final RGB LIMIT = new RGB(200, 30, 30);

	private TransactionCharts() {
	}

	static PlotModel loss(List<UpdateRow> rows, Gates g) {
		List<UpdateRow> byT = sorted(rows);
		List<PlotModel.Series> s = new ArrayList<>();
		lines(s, "pre_loss", byT, UpdateRow::preLoss, PRE, false);
		lines(s, "limit: pre_loss × " + factor(g), byT, r -> g.lossLimit(r.preLoss()), LIMIT, true);
		pointsPerReason(s, byT, "post_loss", UpdateRow::postLoss);
		boolean log = positive(byT, UpdateRow::preLoss) && spread(byT, UpdateRow::preLoss) > 30;
		return new PlotModel("Replay loss (dashed: pre_loss × " + factor(g) + ", above it rolls back)", "step t", "loss" + (log ? " (log)" : ""), log, s);
	}

	static PlotModel gradNorm(List<UpdateRow> rows, Gates g) {
		List<UpdateRow> byT = sorted(rows);
		List<PlotModel.Series> s = new ArrayList<>();
		s.add(threshold("grad_norm_max " + fmt(g.gradNormMax()), byT, g.gradNormMax()));
		pointsPerReason(s, byT, "grad_norm", UpdateRow::gradNorm);
		return new PlotModel("Gradient norm (dashed: grad_norm_max " + fmt(g.gradNormMax()) + ")", "step t", "grad_norm", false, s);
	}

	static PlotModel maxH(List<UpdateRow> rows, Gates g) {
		List<UpdateRow> byT = sorted(rows);
		List<PlotModel.Series> s = new ArrayList<>();
		lines(s, "pre max‖h‖", byT, UpdateRow::preMaxH, PRE, false);
		s.add(threshold("state_norm_max " + fmt(g.stateNormMax()), byT, g.stateNormMax()));
		pointsPerReason(s, byT, "post max‖h‖", UpdateRow::postMaxH);
		double dataMax = byT.stream().map(r -> r.postMaxH() != null ? r.postMaxH() : r.preMaxH())
				.filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).max().orElse(1);
		// the default state_norm_max (1e6) is far above any real state: a log axis keeps both readable
		boolean log = g.stateNormMax() > 20 * dataMax && positive(byT, UpdateRow::preMaxH);
		return new PlotModel("Largest state norm max‖h‖ (dashed: state_norm_max " + fmt(g.stateNormMax()) + ")", "step t", "max‖h‖" + (log ? " (log)" : ""), log, s);
	}

	private static void pointsPerReason(List<PlotModel.Series> out, List<UpdateRow> byT, String what,
			Function<UpdateRow, Double> value) {
		for (RollbackReason r : RollbackReason.values()) {
			List<UpdateRow> of = byT.stream().filter(e -> e.reason() == r && finite(value.apply(e))).toList();
			if (!of.isEmpty()) {
				out.add(new PlotModel.Series(what + ", " + r.label(), xs(of), of.stream().mapToDouble(e -> value.apply(e)).toArray(),
						Markers.color(r), r, false, false));
			}
		}
	}

	/** One line per run (lines never join two runs), named once in the legend. */
	private static void lines(List<PlotModel.Series> out, String name, List<UpdateRow> byT, Function<UpdateRow, Double> value,
			RGB color, boolean dashed) {
		boolean first = true;
		for (List<UpdateRow> run : SessionUpdates.byRun(byT).values()) {
			List<UpdateRow> of = run.stream().filter(e -> finite(value.apply(e))).toList();
			if (of.isEmpty()) {
				continue;
			}
			String id = of.get(0).runId();
			out.add(new PlotModel.Series(first ? name : name + " (" + id + ")", xs(of),
					of.stream().mapToDouble(e -> value.apply(e)).toArray(), color, null, true, dashed, first));
			first = false;
		}
	}

	private static PlotModel.Series threshold(String name, List<UpdateRow> byT, double level) {
		double lo = byT.isEmpty() ? 0 : byT.get(0).t();
		double hi = byT.isEmpty() ? 1 : byT.get(byT.size() - 1).t();
		return new PlotModel.Series(name, new double[] { lo, hi }, new double[] { level, level }, LIMIT, null, true, true);
	}

	private static List<UpdateRow> sorted(List<UpdateRow> rows) {
		return rows.stream().sorted(Comparator.comparingInt(UpdateRow::t)).toList();
	}

	private static double[] xs(List<UpdateRow> rows) {
		return rows.stream().mapToDouble(UpdateRow::t).toArray();
	}

	private static boolean finite(Double v) {
		return v != null && Double.isFinite(v);
	}

	private static boolean positive(List<UpdateRow> rows, Function<UpdateRow, Double> v) {
		return rows.stream().map(v).filter(x -> x != null).allMatch(x -> x > 0);
	}

	private static double spread(List<UpdateRow> rows, Function<UpdateRow, Double> v) {
		double max = rows.stream().map(v).filter(TransactionCharts::finite).mapToDouble(Double::doubleValue).max().orElse(1);
		double min = rows.stream().map(v).filter(TransactionCharts::finite).mapToDouble(Double::doubleValue).min().orElse(1);
		return min <= 0 ? 1 : max / min;
	}

	static String factor(Gates g) {
		return String.format(Locale.ROOT, "%.2f", 1 + g.rollbackTol());
	}
}
