package ttt.workbench.cli.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.UpdateStatus;

/**
 * The one-sentence note of each demo session, written from the figures of its run ({@code metrics.json}: mean MSE of
 * the three models on the run's trajectory), so that a note never claims what its run does not show.
 */
final class DemoNotes {

	private DemoNotes() {
	}

	/** Online learning helped: the adaptive model's mean MSE is below that of the same weights without updates. */
	static boolean helped(RunMetrics m) {
		return m.getAdaptiveMseMean() < m.getSessionNoUpdateMseMean();
	}

	static boolean hurt(RunMetrics m) {
		return m.getAdaptiveMseMean() > m.getSessionNoUpdateMseMean();
	}

	static String helps(RunMetrics m, double lr) {
		String how = "with a low learning rate (" + number(lr) + "), ";
		return helped(m) ? "Online learning helps here: " + how + onlineFigures(m) + "."
				: "Meant to show online learning helping, but on this base it does not: " + how + onlineFigures(m) + ".";
	}

	static String hurts(RunMetrics m, double lr, String sameTrajectoryAs) {
		String how = "with the default learning rate " + number(lr) + " on the same trajectory as " + sameTrajectoryAs + ", ";
		return hurt(m) ? "Online learning hurts here: " + how + onlineFigures(m)
				+ ", because updates that fit their 32-step buffer make later predictions worse."
				: "Meant to show online learning hurting, but on this base it does not: " + how + onlineFigures(m) + ".";
	}

	static String inherits(RunMetrics child, String parent, RunMetrics fresh, String freshId) {
		double start = child.getSessionNoUpdateMseMean(), freshStart = fresh.getSessionNoUpdateMseMean();
		String verdict = start < freshStart ? "Persistent learning inherited: " : "Meant to show inherited learning, but it does not: ";
		return verdict + "forked from " + parent + " after its run, this session starts a new trajectory at MSE " + number(start)
				+ " where the base and the fresh root " + freshId + " start at " + number(freshStart) + " (" + change(start, freshStart)
				+ "), and its own online updates " + (helped(child) ? "improve on that" : "do not improve on that") + " (adaptive MSE "
				+ number(child.getAdaptiveMseMean()) + ").";
	}

	static String resetOptimizer(RunMetrics m, RunMetrics copied, String copiedId) {
		return "The same fork as " + copiedId + " but with a fresh optimizer (--reset_optimizer 1): it inherits the same weights"
				+ " and so starts at the same MSE " + number(m.getSessionNoUpdateMseMean()) + "; only the online updates differ"
				+ " (adaptive MSE " + number(m.getAdaptiveMseMean()) + " here, " + number(copied.getAdaptiveMseMean()) + " with the"
				+ " parent's momentum).";
	}

	static String fresh(RunMetrics m, String forkId) {
		return "A fresh root with friction-lo's settings run on " + forkId + "'s trajectory: without inherited learning it starts"
				+ " at the base's MSE " + number(m.getSessionNoUpdateMseMean()) + ", the figure " + forkId + " is compared with.";
	}

	static String rollbacks(Map<UpdateStatus, Integer> counts, double lr, double openTol) {
		boolean everyKind = DemoRecipe.ROLLBACK_KINDS.stream().allMatch(kind -> count(counts, kind) > 0);
		return (everyKind ? "Rollbacks of every kind: " : "Meant to show rollbacks of every kind, but one is missing: ")
				+ "the learning rate " + number(lr) + " is far too high on purpose, so the gates reject"
				+ " updates as loss regression (" + count(counts, UpdateStatus.ROLLBACK_LOSS_REGRESSION) + "), grad norm ("
				+ count(counts, UpdateStatus.ROLLBACK_GRAD_NORM) + "), non-finite (" + count(counts, UpdateStatus.ROLLBACK_NON_FINITE)
				+ ") and, in the second run with rollback_tol opened to " + number(openTol) + ", state norm ("
				+ count(counts, UpdateStatus.ROLLBACK_STATE_NORM) + "), and the weights stay the base's ("
				+ count(counts, UpdateStatus.COMMIT) + " commits).";
	}

	static String nonlinear(RunMetrics m) {
		return "A friction regime the base never saw (nonlinear friction; pretraining was linear): online learning with a low"
				+ " learning rate " + (helped(m) ? "helps" : "does not help") + " here, " + onlineFigures(m) + ".";
	}

	static String nonlinearFork(RunMetrics m, String parent) {
		return "A fork of " + parent + " on a new trajectory: it starts at MSE " + number(m.getSessionNoUpdateMseMean())
				+ " where the base starts at " + number(m.getBaseMseMean()) + " (" + change(m.getSessionNoUpdateMseMean(), m.getBaseMseMean())
				+ "), and online learning then " + (helped(m) ? "helps" : "hurts") + ": " + onlineFigures(m) + ".";
	}

	/** "the adaptive MSE averages 0.0484, 40% below the 0.0806 of the same weights without updates" */
	private static String onlineFigures(RunMetrics m) {
		double adaptive = m.getAdaptiveMseMean(), still = m.getSessionNoUpdateMseMean();
		return "the adaptive MSE averages " + number(adaptive) + ", " + change(adaptive, still) + " the " + number(still)
				+ " of the same weights without updates";
	}

	/** "40% below" or "14.5 times" (relative to {@code reference}). */
	private static String change(double value, double reference) {
		if (value <= reference) {
			return Math.round(100 * (1 - value / reference)) + "% below";
		}
		double ratio = value / reference;
		return ratio < 2 ? Math.round(100 * (ratio - 1)) + "% above" : String.format(Locale.ROOT, "%.1f times", ratio);
	}

	/** Three significant digits, as a researcher writes them: 0.0484, 0.0005, 1.17, 7e5, 1e300. */
	static String number(double v) {
		if (v != 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-4)) {
			String s = String.format(Locale.ROOT, "%.2e", v); // 7.00e+05
			String mantissa = new BigDecimal(s.substring(0, s.indexOf('e'))).stripTrailingZeros().toPlainString();
			return mantissa + "e" + Integer.parseInt(s.substring(s.indexOf('e') + 1).replace("+", ""));
		}
		return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	private static int count(Map<UpdateStatus, Integer> counts, UpdateStatus status) {
		return counts.getOrDefault(status, 0);
	}
}
