package ttt.workbench.analysis.session;

import java.util.Locale;
import ttt.workbench.analysis.format.Numbers;

/**
 * An update attempt drawn on a chart: the step, whether it committed, its status as the store writes it
 * ({@code commit}, {@code rollback_grad_norm}, ...) and the losses before and after when known.
 */
public record UpdateMark(int t, boolean committed, String status, Double preLoss, Double postLoss) {

	/** E.g. {@code t=31 commit: pre 0.072 → post 0.061}. */
	public String describe() {
		StringBuilder s = new StringBuilder("t=").append(t).append(' ').append(status);
		if (preLoss != null) {
			s.append(": pre ").append(Numbers.compact(preLoss));
			s.append(postLoss == null ? " (no post loss: not applied)" : " → post " + Numbers.compact(postLoss));
		}
		return s.toString();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "UpdateMark[%s]", describe());
	}
}
