package ttt.workbench.engine.run;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/**
 * One update attempt of a run (SPEC §2.2). {@code postLoss} is {@code null} when no step was taken
 * ({@code rollback_grad_norm}, or {@code rollback_non_finite} caught before the step), {@code postMaxH} likewise.
 * Losses and norms are the float32 values widened to double, {@code gradNorm} the reference's double.
 *
 * @param weightNorms extra information: the Frobenius norms of W_u, B, W_o after the event (after the restore when
 *        rolled back)
 * @param weightMaxAbs extra information: the largest |w| of W_u, B, W_o at the same moment, or {@code null}
 */
public record UpdateRecord(int t, UpdateStatus status, double preLoss, Double postLoss, double gradNorm, Double preMaxH,
		Double postMaxH, double[] weightNorms, double[] weightMaxAbs) {

	/** Extra JSON key holding {@link #weightMaxAbs} as {@code {"B": …, "W_o": …, "W_u": …}}. */
	public static final String WEIGHT_MAX_ABS_KEY = "weight_max_abs";

	/** An event without the weights' largest entries (recorders and tests that do not need them). */
	public UpdateRecord(int t, UpdateStatus status, double preLoss, Double postLoss, double gradNorm, Double preMaxH, Double postMaxH,
			double[] weightNorms) {
		this(t, status, preLoss, postLoss, gradNorm, preMaxH, postMaxH, weightNorms, null);
	}

	/** Extra JSON key holding {@link #weightNorms} as {@code {"B": …, "W_o": …, "W_u": …}}. */
	public static final String WEIGHT_NORMS_KEY = "weight_fro_norms";

	public boolean committed() {
		return status == UpdateStatus.COMMIT;
	}

	/** The store's event object; the weight norms go into its extra JSON under {@link #WEIGHT_NORMS_KEY}. */
	public UpdateEvent toStore(String runId) {
		UpdateEvent e = StoreFactory.eINSTANCE.createUpdateEvent();
		e.setT(t);
		e.setStatus(status);
		e.setPreLoss(preLoss);
		e.setPostLoss(postLoss);
		e.setGradNorm(gradNorm);
		e.setPreMaxH(preMaxH);
		e.setPostMaxH(postMaxH);
		e.setRunId(runId);
		ObjectNode extra = JsonNodeFactory.instance.objectNode();
		if (weightNorms != null) {
			ObjectNode norms = extra.putObject(WEIGHT_NORMS_KEY);
			norms.put("B", weightNorms[1]);
			norms.put("W_o", weightNorms[2]);
			norms.put("W_u", weightNorms[0]);
		}
		if (weightMaxAbs != null) {
			ObjectNode max = extra.putObject(WEIGHT_MAX_ABS_KEY);
			max.put("B", weightMaxAbs[1]);
			max.put("W_o", weightMaxAbs[2]);
			max.put("W_u", weightMaxAbs[0]);
		}
		e.setExtraJson(extra);
		return e;
	}
}
