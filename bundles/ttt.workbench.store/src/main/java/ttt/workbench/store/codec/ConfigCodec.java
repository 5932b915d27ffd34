package ttt.workbench.store.codec;

import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.StoreFactory;

/**
 * {@code model_cfg} and {@code plasticity_cfg}: exactly the reference's keys, never more (SPEC §2.1: the reference
 * builds dataclasses from them and crashes on an unknown key), with Python's types (ints stay ints, floats stay
 * floats, so that the signature's {@code json.dumps} comes out the same).
 */
public final class ConfigCodec {

	static final Set<String> MODEL_KEYS = Set.of("obs_dim", "act_dim", "z_dim", "u_dim", "n_state", "dt");
	static final Set<String> PLASTICITY_KEYS = Set.of("lr", "weight_decay", "momentum", "nesterov", "ns_steps",
			"adjust_lr_fn", "chunk", "buffer_len", "rollback_tol", "grad_norm_max", "state_norm_max");
	static final Set<String> ADJUST_LR_FNS = Set.of("original", "match_rms_adamw");

	private ConfigCodec() {
	}

	public static ModelConfig readModelConfig(JsonNode node, Path file) throws StoreFormatException {
		JsonFields f = new JsonFields(node, file, "model_cfg");
		f.rejectUnknownKeys(MODEL_KEYS);
		ModelConfig cfg = StoreFactory.eINSTANCE.createModelConfig();
		cfg.setObsDim(positive(f, "obs_dim"));
		cfg.setActDim(positive(f, "act_dim"));
		cfg.setZDim(positive(f, "z_dim"));
		cfg.setUDim(positive(f, "u_dim"));
		cfg.setNState(positive(f, "n_state"));
		cfg.setDt(f.requireDouble("dt"));
		if (cfg.getZDim() != cfg.getObsDim()) {
			throw f.error("model_cfg.z_dim (" + cfg.getZDim() + ") must equal obs_dim (" + cfg.getObsDim() + "): the encoder is the identity");
		}
		return cfg;
	}

	public static ObjectNode writeModelConfig(ModelConfig cfg) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("act_dim", cfg.getActDim());
		node.put("dt", cfg.getDt());
		node.put("n_state", cfg.getNState());
		node.put("obs_dim", cfg.getObsDim());
		node.put("u_dim", cfg.getUDim());
		node.put("z_dim", cfg.getZDim());
		return node;
	}

	public static PlasticityConfig readPlasticityConfig(JsonNode node, Path file) throws StoreFormatException {
		JsonFields f = new JsonFields(node, file, "plasticity_cfg");
		f.rejectUnknownKeys(PLASTICITY_KEYS);
		PlasticityConfig cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
		cfg.setLr(f.requireDouble("lr"));
		cfg.setWeightDecay(f.requireDouble("weight_decay"));
		cfg.setMomentum(f.requireDouble("momentum"));
		cfg.setNesterov(f.requireBoolean("nesterov"));
		cfg.setNsSteps(f.requireInt("ns_steps"));
		String adjust = f.optionalString("adjust_lr_fn");
		if (adjust != null && !ADJUST_LR_FNS.contains(adjust)) {
			throw f.error("plasticity_cfg.adjust_lr_fn must be null, \"original\" or \"match_rms_adamw\", found \"" + adjust + "\"");
		}
		cfg.setAdjustLrFn(adjust);
		cfg.setChunk(positive(f, "chunk"));
		cfg.setBufferLen(positive(f, "buffer_len"));
		cfg.setRollbackTol(f.requireDouble("rollback_tol"));
		cfg.setGradNormMax(f.requireDouble("grad_norm_max"));
		cfg.setStateNormMax(f.requireDouble("state_norm_max"));
		return cfg;
	}

	public static ObjectNode writePlasticityConfig(PlasticityConfig cfg) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (cfg.getAdjustLrFn() == null) {
			node.putNull("adjust_lr_fn");
		} else {
			node.put("adjust_lr_fn", cfg.getAdjustLrFn());
		}
		node.put("buffer_len", cfg.getBufferLen());
		node.put("chunk", cfg.getChunk());
		node.put("grad_norm_max", cfg.getGradNormMax());
		node.put("lr", cfg.getLr());
		node.put("momentum", cfg.getMomentum());
		node.put("nesterov", cfg.isNesterov());
		node.put("ns_steps", cfg.getNsSteps());
		node.put("rollback_tol", cfg.getRollbackTol());
		node.put("state_norm_max", cfg.getStateNormMax());
		node.put("weight_decay", cfg.getWeightDecay());
		return node;
	}

	private static int positive(JsonFields f, String key) throws StoreFormatException {
		int value = f.requireInt(key);
		if (value <= 0) {
			throw f.error("'" + key + "' must be positive, found " + value);
		}
		return value;
	}
}
