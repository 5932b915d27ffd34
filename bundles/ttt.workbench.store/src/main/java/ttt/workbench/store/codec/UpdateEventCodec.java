package ttt.workbench.store.codec;

import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/**
 * One update event (SPEC §2.2), as a line of {@code update_events.jsonl} or an element of a run's
 * {@code update_events.json}. Layout follows the reference: {@code post_loss} is always written (null for
 * {@code rollback_grad_norm}), {@code post_max_h} only when there is one, {@code run_id} only when known.
 */
public final class UpdateEventCodec {

	private static final Set<String> KNOWN = Set.of("t", "status", "pre_loss", "post_loss", "grad_norm", "pre_max_h",
			"post_max_h", "run_id");

	private UpdateEventCodec() {
	}

	/** @param where "line 7" or "element 3": where in the file, for messages */
	public static UpdateEvent read(JsonNode json, Path file, String where) throws StoreFormatException {
		try {
			return read(new JsonFields(json, file, ""));
		} catch (StoreFormatException e) {
			throw new StoreFormatException(file, where + ": " + e.problem(), e);
		}
	}

	private static UpdateEvent read(JsonFields f) throws StoreFormatException {
		UpdateEvent e = StoreFactory.eINSTANCE.createUpdateEvent();
		e.setT(f.requireInt("t"));
		if (e.getT() < 0) {
			throw f.error("t must not be negative, found " + e.getT());
		}
		String status = f.requireString("status");
		UpdateStatus known = UpdateStatus.get(status);
		ObjectNode extra = f.unknownKeys(KNOWN);
		if (known == null || known == UpdateStatus.UNKNOWN) {
			// a status a newer writer invented: keep it visible and rewritable instead of refusing the whole log
			e.setStatus(UpdateStatus.UNKNOWN);
			extra.put("status", status);
		} else {
			e.setStatus(known);
		}
		e.setPreLoss(f.doubleOrNaN("pre_loss"));
		e.setPostLoss(f.optionalDouble("post_loss"));
		e.setGradNorm(f.doubleOrNaN("grad_norm"));
		e.setPreMaxH(f.optionalDouble("pre_max_h"));
		e.setPostMaxH(f.optionalDouble("post_max_h"));
		e.setRunId(f.optionalString("run_id"));
		e.setExtraJson(extra);
		return e;
	}

	/** @param withRunId false for a run's own {@code update_events.json}, which the reference writes without it */
	public static ObjectNode write(UpdateEvent e, boolean withRunId) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (e.getExtraJson() != null) {
			node.setAll(e.getExtraJson().deepCopy());
		}
		node.put("t", e.getT());
		if (e.getStatus() != UpdateStatus.UNKNOWN) {
			node.put("status", e.getStatus().getLiteral());
		}
		node.put("pre_loss", e.getPreLoss());
		if (e.getPostLoss() == null) {
			node.putNull("post_loss");
		} else {
			node.put("post_loss", e.getPostLoss());
		}
		node.put("grad_norm", e.getGradNorm());
		if (e.getPreMaxH() != null) {
			node.put("pre_max_h", e.getPreMaxH());
		}
		if (e.getPostMaxH() != null) {
			node.put("post_max_h", e.getPostMaxH());
		}
		if (withRunId && e.getRunId() != null) {
			node.put("run_id", e.getRunId());
		}
		return node;
	}
}
