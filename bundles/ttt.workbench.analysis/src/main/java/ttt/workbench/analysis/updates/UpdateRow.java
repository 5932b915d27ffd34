package ttt.workbench.analysis.updates;

import ttt.workbench.store.model.UpdateEvent;

/**
 * One update attempt as the transactions table and the timeline show it: the numbers of an
 * {@code update_events.jsonl} line, the run it belongs to and the reason its status stands for.
 *
 * @param runId the run the event is attributed to, or null when it could not be attributed
 * @param postLoss null when no optimizer step was taken (a grad_norm or early non-finite rollback)
 * @param preMaxH null in old logs without it
 * @param postMaxH null when no step was taken
 */
public record UpdateRow(String runId, int t, RollbackReason reason, double preLoss, Double postLoss, double gradNorm,
		Double preMaxH, Double postMaxH) {

	public static UpdateRow of(UpdateEvent e) {
		String runId = e.getRun() != null ? e.getRun().getId() : e.getRunId();
		return new UpdateRow(runId, e.getT(), RollbackReason.of(e.getStatus()), e.getPreLoss(), e.getPostLoss(),
				e.getGradNorm(), e.getPreMaxH(), e.getPostMaxH());
	}

	public boolean committed() {
		return reason == RollbackReason.COMMITTED;
	}

	/** {@code post_loss − pre_loss}, or null without a post_loss. */
	public Double delta() {
		return postLoss == null ? null : postLoss - preLoss;
	}

	/** The change relative to pre_loss in percent, or null without a post_loss or with a zero pre_loss. */
	public Double deltaPercent() {
		return postLoss == null || preLoss == 0 ? null : 100.0 * (postLoss - preLoss) / Math.abs(preLoss);
	}
}
