package ttt.workbench.analysis.updates;

import java.util.List;

/**
 * Why an update attempt ended as it did.
 *
 * @param recorded what the event log says happened
 * @param derived what the numbers imply under the session's thresholds (the engine's rule, {@link UpdateVerdicts})
 * @param headline one sentence, e.g. "rolled back: post_loss 0.089 exceeded pre_loss × 1.20 = 0.068"
 * @param checks each gate in the engine's order, as a sentence saying whether it passed, failed or was not reached
 * @param note null, or why the recorded status and the numbers disagree
 */
public record Verdict(RollbackReason recorded, RollbackReason derived, String headline, List<String> checks, String note) {

	public boolean consistent() {
		return recorded == derived;
	}

	/** Headline, the gate checks one per line, and the note. */
	public String text() {
		StringBuilder s = new StringBuilder(headline).append('\n');
		checks.forEach(c -> s.append("  • ").append(c).append('\n'));
		if (note != null) {
			s.append('\n').append(note).append('\n');
		}
		return s.toString();
	}
}
