package ttt.workbench.store.codec;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.Session;

/**
 * {@code sessions/index.json}: a cache of every session's summary (SPEC §2.1). The metas are the truth; the index
 * is compared with them and rebuilt when it is missing, unreadable or stale.
 */
public final class IndexCodec {

	private IndexCodec() {
	}

	/** The summary the index holds for {@code s}, exactly the reference's eight keys. */
	public static ObjectNode summary(Session s) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.set("created_at_unix", Numbers.seconds(s.getCreatedAtUnix()));
		node.put("env_mode", s.getEnvMode().getLiteral());
		node.set("last_run_at_unix", Numbers.secondsOrNull(s.getLastRunAtUnix()));
		node.put("model_signature", s.getModelSignature());
		node.put("mu", s.getMu());
		node.set("parent_session_id", Numbers.stringOrNull(s.getParentId()));
		node.put("root_session_id", s.getRootId());
		node.put("session_id", s.getId());
		return node;
	}

	public static ObjectNode write(Iterable<Session> sessions) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("schema_version", SchemaVersion.CURRENT);
		ObjectNode all = root.putObject("sessions");
		for (Session s : sessions) {
			all.set(s.getId(), summary(s));
		}
		return root;
	}

	/** @return session id to summary, in file order */
	public static Map<String, JsonNode> read(JsonNode json, Path file) throws StoreFormatException {
		JsonFields f = JsonFields.of(json, file);
		SchemaVersion.check(f);
		JsonFields sessions = f.child("sessions");
		Map<String, JsonNode> result = new LinkedHashMap<>();
		JsonNode node = f.node("sessions");
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			if (!e.getValue().isObject()) {
				throw sessions.error("sessions." + e.getKey() + " must be an object");
			}
			result.put(e.getKey(), e.getValue());
		}
		return result;
	}
}
