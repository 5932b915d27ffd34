package ttt.workbench.store.codec;

import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;

/**
 * {@code sessions/<id>/meta.json} to and from a {@link Session}'s attributes (not its tree links, runs or metrics:
 * the store reader wires those). New facts this product records go into new top-level keys, which the reference
 * ignores; keys neither program knows are carried over unchanged on rewrite.
 */
public final class SessionMetaCodec {

	public static final String OPTIMIZER_KEY = "optimizer";
	public static final String FORK_NOTE_KEY = "fork_note";
	public static final String FORKED_FROM_RUN_KEY = "forked_from_run_id";

	private static final Set<String> KNOWN = Set.of("schema_version", "session_id", "created_at_unix", "last_run_at_unix",
			"parent_session_id", "root_session_id", "env_mode", "mu", "base_ckpt_hash", "model_signature", "model_cfg",
			"plasticity_cfg", OPTIMIZER_KEY, FORK_NOTE_KEY, FORKED_FROM_RUN_KEY);
	static final Set<String> OPTIMIZERS = Set.of("muon_torch", "muon_fallback");

	private SessionMetaCodec() {
	}

	/**
	 * @param folderName the session's folder; the id inside the file must agree with it, or a copied or renamed
	 *        folder would silently shadow another session
	 */
	public static Session read(JsonNode json, Path file, String folderName) throws StoreFormatException {
		JsonFields f = JsonFields.of(json, file);
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setSchemaVersion(SchemaVersion.check(f));
		String id = f.requireString("session_id");
		if (SessionIds.problem(id).isPresent()) {
			throw f.error("invalid session_id: " + SessionIds.problem(id).get());
		}
		if (!id.equals(folderName)) {
			throw f.error("session_id \"" + id + "\" does not match its folder \"" + folderName + "\"");
		}
		s.setId(id);
		s.setCreatedAtUnix(f.requireDouble("created_at_unix"));
		s.setLastRunAtUnix(f.optionalDouble("last_run_at_unix"));
		String parent = f.optionalString("parent_session_id");
		if (parent != null && SessionIds.problem(parent).isPresent()) {
			throw f.error("invalid parent_session_id: " + SessionIds.problem(parent).get());
		}
		if (id.equals(parent)) {
			throw f.error("session \"" + id + "\" names itself as its parent");
		}
		s.setParentId(parent);
		String root = f.requireString("root_session_id");
		if (SessionIds.problem(root).isPresent()) {
			throw f.error("invalid root_session_id: " + SessionIds.problem(root).get());
		}
		s.setRootId(root);
		s.setEnvMode(envMode(f));
		s.setMu(f.requireDouble("mu"));
		s.setBaseCkptHash(Hashes.requireSha256(f, "base_ckpt_hash"));
		s.setModelSignature(Hashes.requireSha256(f, "model_signature"));
		s.setModelConfig(ConfigCodec.readModelConfig(f.node("model_cfg"), file));
		if (!f.has("plasticity_cfg")) {
			throw f.error("missing key 'plasticity_cfg'");
		}
		s.setPlasticityConfig(ConfigCodec.readPlasticityConfig(f.node("plasticity_cfg"), file));
		String optimizer = f.optionalString(OPTIMIZER_KEY);
		if (optimizer != null && !OPTIMIZERS.contains(optimizer)) {
			throw f.error("'optimizer' must be \"muon_torch\" or \"muon_fallback\", found \"" + optimizer + "\"");
		}
		s.setOptimizerVariant(optimizer);
		s.setForkNote(f.optionalString(FORK_NOTE_KEY));
		s.setForkedFromRunId(f.optionalString(FORKED_FROM_RUN_KEY));
		s.setExtraJson(f.unknownKeys(KNOWN));
		return s;
	}

	static EnvMode envMode(JsonFields f) throws StoreFormatException {
		String mode = f.requireString("env_mode");
		EnvMode value = EnvMode.get(mode);
		if (value == null) {
			throw f.error("'env_mode' must be \"linear\" or \"nonlinear\", found \"" + mode + "\"");
		}
		return value;
	}

	/** @throws IllegalStateException for a session read from the index only: writing it would lose its meta's keys */
	public static ObjectNode write(Session s) {
		if (s.getDetailsState() != ttt.workbench.store.model.LoadState.LOADED) {
			throw new IllegalStateException("session \"" + s.getId() + "\" is a summary from index.json (details "
					+ s.getDetailsState().getLiteral() + "): load its meta.json (SessionLoader.ensureLoaded) before writing it");
		}
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (s.getExtraJson() != null) {
			node.setAll(s.getExtraJson().deepCopy());
		}
		node.put("schema_version", s.getSchemaVersion());
		node.put("session_id", s.getId());
		node.set("created_at_unix", Numbers.seconds(s.getCreatedAtUnix()));
		node.set("last_run_at_unix", Numbers.secondsOrNull(s.getLastRunAtUnix()));
		node.set("parent_session_id", Numbers.stringOrNull(s.getParentId()));
		node.put("root_session_id", s.getRootId());
		node.put("env_mode", s.getEnvMode().getLiteral());
		node.put("mu", s.getMu());
		node.put("base_ckpt_hash", s.getBaseCkptHash());
		node.put("model_signature", s.getModelSignature());
		node.set("model_cfg", ConfigCodec.writeModelConfig(s.getModelConfig()));
		node.set("plasticity_cfg", ConfigCodec.writePlasticityConfig(s.getPlasticityConfig()));
		putIfSet(node, OPTIMIZER_KEY, s.getOptimizerVariant());
		putIfSet(node, FORK_NOTE_KEY, s.getForkNote());
		putIfSet(node, FORKED_FROM_RUN_KEY, s.getForkedFromRunId());
		return node;
	}

	private static void putIfSet(ObjectNode node, String key, String value) {
		if (value != null) {
			node.put(key, value);
		}
	}
}
