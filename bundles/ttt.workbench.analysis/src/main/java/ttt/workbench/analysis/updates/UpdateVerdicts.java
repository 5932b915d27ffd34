package ttt.workbench.analysis.updates;

import static ttt.workbench.analysis.format.Numbers.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies update attempts from their numbers with the engine's own rule ({@code SessionRunner.attemptUpdate}, SPEC
 * §3), checked in the engine's order:
 * <ol>
 * <li>non-finite pre_loss, pre_max_h or gradient → {@code rollback_non_finite} (no step);
 * <li>{@code grad_norm > grad_norm_max} → {@code rollback_grad_norm} (no step);
 * <li>non-finite post_loss or post_max_h → {@code rollback_non_finite};
 * <li>{@code post_loss > pre_loss·(1 + rollback_tol)} → {@code rollback_loss_regression};
 * <li>{@code post_max_h > state_norm_max} → {@code rollback_state_norm};
 * <li>else {@code commit}.
 * </ol>
 * Strict comparisons: a value equal to its threshold passes, as in the engine and the reference.
 */
public final class UpdateVerdicts {

	private UpdateVerdicts() {
	}

	/** What the numbers imply; UNKNOWN when a step's numbers are missing although the gradient passed. */
	public static RollbackReason derive(UpdateRow e, Gates g) {
		if (!Double.isFinite(e.preLoss()) || !Double.isFinite(e.gradNorm())
				|| (e.preMaxH() != null && !Double.isFinite(e.preMaxH()))) {
			return RollbackReason.NON_FINITE;
		}
		if (e.gradNorm() > g.gradNormMax()) {
			return RollbackReason.GRAD_NORM;
		}
		if (e.postLoss() == null) {
			return RollbackReason.UNKNOWN;
		}
		if (!Double.isFinite(e.postLoss()) || (e.postMaxH() != null && !Double.isFinite(e.postMaxH()))) {
			return RollbackReason.NON_FINITE;
		}
		if (e.postLoss() > g.lossLimit(e.preLoss())) {
			return RollbackReason.LOSS_REGRESSION;
		}
		if (e.postMaxH() != null && e.postMaxH() > g.stateNormMax()) {
			return RollbackReason.STATE_NORM;
		}
		return RollbackReason.COMMITTED;
	}

	/** The plain-words explanation of one event under the session's thresholds. */
	public static Verdict explain(UpdateRow e, Gates g) {
		RollbackReason derived = derive(e, g);
		RollbackReason recorded = e.reason();
		// explain what the log says happened; the numbers may point elsewhere (then the note says so)
		RollbackReason shown = recorded == RollbackReason.UNKNOWN ? derived : recorded;
		List<String> checks = checks(e, g);
		String note = null;
		if (recorded != derived) {
			note = recorded == RollbackReason.UNKNOWN
					? "The log records a status this version does not know; under the session's thresholds the numbers say "
							+ derived.label() + "."
					: "The log says " + recorded.label() + ", but under the session's thresholds the numbers say "
							+ derived.label() + ". The run was probably started with other thresholds (run_session's "
							+ "--rollback_tol, --grad_norm_max and --state_norm_max apply to one run and are not recorded).";
		}
		return new Verdict(recorded, derived, headline(shown, e, g), checks, note);
	}

	private static String headline(RollbackReason r, UpdateRow e, Gates g) {
		return switch (r) {
		case GRAD_NORM -> "Rolled back: grad_norm " + fmt(e.gradNorm()) + " exceeded grad_norm_max " + fmt(g.gradNormMax())
				+ ", so no optimizer step was taken.";
		case LOSS_REGRESSION -> "Rolled back: post_loss " + fmt(e.postLoss()) + " exceeded pre_loss × " + factor(g) + " = "
				+ fmt(g.lossLimit(e.preLoss())) + " (pre_loss " + fmt(e.preLoss())
				+ "); weights and optimizer state were restored.";
		case STATE_NORM -> "Rolled back: post max‖h‖ " + fmt(e.postMaxH()) + " exceeded state_norm_max "
				+ fmt(g.stateNormMax()) + "; weights and optimizer state were restored.";
		case NON_FINITE -> "Rolled back: a loss, state norm or gradient was not a finite number (NaN or ±Inf).";
		case COMMITTED -> "Committed: every gate passed, the optimizer step was kept.";
		case UNKNOWN -> "Unknown outcome: the gradient passed but the event has no post_loss to judge the step by.";
		};
	}

	private static List<String> checks(UpdateRow e, Gates g) {
		List<String> out = new ArrayList<>();
		boolean finitePre = Double.isFinite(e.preLoss()) && Double.isFinite(e.gradNorm())
				&& (e.preMaxH() == null || Double.isFinite(e.preMaxH()));
		out.add(finitePre ? "pre_loss " + fmt(e.preLoss()) + ", pre max‖h‖ " + fmt(e.preMaxH()) + " and grad_norm "
				+ fmt(e.gradNorm()) + " are finite" : "not finite before the step: pre_loss " + fmt(e.preLoss())
						+ ", pre max‖h‖ " + fmt(e.preMaxH()) + ", grad_norm " + fmt(e.gradNorm()));
		if (!finitePre) {
			return out;
		}
		boolean gradOk = e.gradNorm() <= g.gradNormMax();
		out.add("grad_norm " + fmt(e.gradNorm()) + (gradOk ? " ≤ " : " > ") + "grad_norm_max " + fmt(g.gradNormMax())
				+ (gradOk ? " ✓" : " ✗"));
		if (!gradOk) {
			out.add("no step taken: post_loss and post max‖h‖ were not measured");
			return out;
		}
		if (e.postLoss() == null) {
			out.add("post_loss missing from the log");
			return out;
		}
		if (!Double.isFinite(e.postLoss()) || (e.postMaxH() != null && !Double.isFinite(e.postMaxH()))) {
			out.add("not finite after the step: post_loss " + fmt(e.postLoss()) + ", post max‖h‖ " + fmt(e.postMaxH()) + " ✗");
			return out;
		}
		boolean lossOk = e.postLoss() <= g.lossLimit(e.preLoss());
		out.add("post_loss " + fmt(e.postLoss()) + (lossOk ? " ≤ " : " > ") + "pre_loss × " + factor(g) + " = "
				+ fmt(g.lossLimit(e.preLoss())) + (lossOk ? " ✓" : " ✗"));
		if (!lossOk) {
			return out;
		}
		if (e.postMaxH() == null) {
			out.add("post max‖h‖ missing from the log");
			return out;
		}
		boolean stateOk = e.postMaxH() <= g.stateNormMax();
		out.add("post max‖h‖ " + fmt(e.postMaxH()) + (stateOk ? " ≤ " : " > ") + "state_norm_max " + fmt(g.stateNormMax())
				+ (stateOk ? " ✓" : " ✗"));
		return out;
	}

	/** {@code 1 + rollback_tol} as the reference's logs would print a factor: two decimals, more when needed. */
	static String factor(Gates g) {
		double f = 1.0 + g.rollbackTol();
		String two = String.format(java.util.Locale.ROOT, "%.2f", f);
		return Double.parseDouble(two) == f ? two : fmt(f);
	}
}
