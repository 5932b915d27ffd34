package ttt.workbench.store.codec;

import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.StoreFactory;

/** {@code base/base_meta.json} (SPEC §2.1) to and from {@link Base}. */
public final class BaseMetaCodec {

	/** Key under which this product records its own version; the reference ignores it. */
	public static final String ENGINE_VERSION_KEY = "engine_version";

	private static final Set<String> KNOWN = Set.of("schema_version", "created_at_unix", "torch_version", "base_ckpt_hash",
			"model_signature", "model_cfg", ENGINE_VERSION_KEY);

	private BaseMetaCodec() {
	}

	public static Base read(JsonNode json, Path file) throws StoreFormatException {
		JsonFields f = JsonFields.of(json, file);
		Base base = StoreFactory.eINSTANCE.createBase();
		base.setSchemaVersion(SchemaVersion.check(f));
		base.setCreatedAtUnix(f.requireDouble("created_at_unix"));
		base.setTorchVersion(f.requireString("torch_version"));
		base.setEngineVersion(f.optionalString(ENGINE_VERSION_KEY));
		base.setBaseCkptHash(Hashes.requireSha256(f, "base_ckpt_hash"));
		base.setModelSignature(Hashes.requireSha256(f, "model_signature"));
		base.setModelConfig(ConfigCodec.readModelConfig(f.node("model_cfg"), file));
		base.setExtraJson(f.unknownKeys(KNOWN));
		return base;
	}

	public static ObjectNode write(Base base) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (base.getExtraJson() != null) {
			node.setAll(base.getExtraJson().deepCopy());
		}
		node.put("schema_version", base.getSchemaVersion());
		node.set("created_at_unix", Numbers.seconds(base.getCreatedAtUnix()));
		node.put("torch_version", base.getTorchVersion());
		if (base.getEngineVersion() != null) {
			node.put(ENGINE_VERSION_KEY, base.getEngineVersion());
		}
		node.put("base_ckpt_hash", base.getBaseCkptHash());
		node.put("model_signature", base.getModelSignature());
		node.set("model_cfg", ConfigCodec.writeModelConfig(base.getModelConfig()));
		return node;
	}
}
