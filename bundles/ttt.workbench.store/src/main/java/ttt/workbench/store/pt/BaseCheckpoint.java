package ttt.workbench.store.pt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code base/base_checkpoint.pt}: {@code {"model_state": model.state_dict(), "cfg": asdict(model_cfg)}} (SPEC §2).
 *
 * <p>{@code model_state} is an OrderedDict W_u, B, W_o, a_raw (parameter order) carrying the attribute
 * {@code _metadata = OrderedDict([('', {'version': 1})])}, kept in {@code modelStateAttributes} so the file is written
 * back as torch wrote it. {@code cfg} keeps its Python types: obs_dim, act_dim, z_dim, u_dim, n_state are ints
 * ({@link Long}), dt a float ({@link Double}). The constructor checks the shapes against each other and against cfg.
 * Extra tensors in model_state and extra top-level keys are kept.
 */
public record BaseCheckpoint(Map<String, FloatTensor> modelState, Map<String, Object> modelStateAttributes,
		Map<String, Object> cfg, Map<String, Object> extras) {

	public static final String MODEL_STATE = "model_state";
	public static final String CFG = "cfg";
	public static final String A_RAW = "a_raw";

	private static final List<String> CFG_INTS = List.of("obs_dim", "act_dim", "z_dim", "u_dim", "n_state");

	public BaseCheckpoint {
		modelState = Collections.unmodifiableMap(new LinkedHashMap<>(modelState));
		modelStateAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(modelStateAttributes));
		cfg = Collections.unmodifiableMap(new LinkedHashMap<>(cfg));
		extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
		String problem = problem(modelState, cfg);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * A checkpoint as the reference's {@code init_base} writes it: model_state in parameter order with torch's
	 * {@code _metadata}, then cfg.
	 */
	public static BaseCheckpoint create(PlasticState plastic, FloatTensor aRaw, Map<String, Object> cfg) {
		Map<String, FloatTensor> state = new LinkedHashMap<>();
		state.put(PlasticState.W_U, plastic.wU());
		state.put(PlasticState.B, plastic.b());
		state.put(PlasticState.W_O, plastic.wO());
		state.put(A_RAW, aRaw);
		return new BaseCheckpoint(state, defaultModelStateAttributes(), cfg, Map.of());
	}

	/** {@code _metadata} as {@code nn.Module.state_dict()} sets it for a module without submodules (version 1). */
	public static Map<String, Object> defaultModelStateAttributes() {
		Map<Object, Object> rootVersion = new LinkedHashMap<>();
		rootVersion.put("version", 1L);
		PyOrderedDict metadata = new PyOrderedDict();
		metadata.put("", rootVersion);
		return Map.of("_metadata", metadata);
	}

	/** A model_cfg dict with the reference's key order and Python types (ints, then dt as a float). */
	public static Map<String, Object> modelCfg(long obsDim, long actDim, long zDim, long uDim, long nState, double dt) {
		Map<String, Object> cfg = new LinkedHashMap<>();
		cfg.put("obs_dim", obsDim);
		cfg.put("act_dim", actDim);
		cfg.put("z_dim", zDim);
		cfg.put("u_dim", uDim);
		cfg.put("n_state", nState);
		cfg.put("dt", dt);
		return cfg;
	}

	public PlasticState plastic() {
		return new PlasticState(modelState.get(PlasticState.W_U), modelState.get(PlasticState.B),
				modelState.get(PlasticState.W_O));
	}

	public FloatTensor aRaw() {
		return modelState.get(A_RAW);
	}

	/** A cfg int such as "u_dim". */
	public long cfgInt(String key) {
		return (Long) cfg.get(key);
	}

	public double dt() {
		return ((Number) cfg.get("dt")).doubleValue();
	}

	private static String problem(Map<String, FloatTensor> state, Map<String, Object> cfg) {
		for (String key : List.of(PlasticState.W_U, PlasticState.B, PlasticState.W_O, A_RAW)) {
			if (state.get(key) == null) {
				return "model_state lacks tensor '" + key + "' (has " + state.keySet() + ")";
			}
		}
		FloatTensor wU = state.get(PlasticState.W_U), b = state.get(PlasticState.B), wO = state.get(PlasticState.W_O);
		FloatTensor aRaw = state.get(A_RAW);
		String plastic = PlasticState.shapeProblem(wU, b, wO);
		if (plastic != null) {
			return plastic;
		}
		if (aRaw.rank() != 1 || aRaw.dim(0) != b.dim(0)) {
			return "a_raw has shape " + Arrays.toString(aRaw.shape()) + ", expected [" + b.dim(0) + "] (n_state)";
		}
		for (String key : CFG_INTS) {
			if (!(cfg.get(key) instanceof Long)) {
				return "cfg '" + key + "' is " + (cfg.containsKey(key) ? "a " + PyTypes.name(cfg.get(key)) : "missing")
						+ ", expected an int";
			}
		}
		if (!(cfg.get("dt") instanceof Double) && !(cfg.get("dt") instanceof Long)) {
			return "cfg 'dt' is " + (cfg.containsKey("dt") ? "a " + PyTypes.name(cfg.get("dt")) : "missing")
					+ ", expected a float";
		}
		long uDim = (Long) cfg.get("u_dim"), nState = (Long) cfg.get("n_state"), zDim = (Long) cfg.get("z_dim");
		long actDim = (Long) cfg.get("act_dim");
		if (wU.dim(0) != uDim || wU.dim(1) != zDim + actDim || b.dim(0) != nState || wO.dim(0) != zDim) {
			return "model_state shapes W_u " + Arrays.toString(wU.shape()) + ", B " + Arrays.toString(b.shape()) + ", W_o "
					+ Arrays.toString(wO.shape()) + " do not match cfg (u_dim " + uDim + ", n_state " + nState + ", z_dim "
					+ zDim + ", act_dim " + actDim + ")";
		}
		return null;
	}

	public static BaseCheckpoint read(Path file) throws IOException {
		return fromValue(new TorchFileReader().read(file), file);
	}

	/** Checks and converts a value read from {@code file} (used for messages only). */
	public static BaseCheckpoint fromValue(Object value, Path file) throws PtFormatException {
		PtFields f = new PtFields(file);
		Map<String, Object> top = f.stringDict(value, "the base checkpoint");
		Object stateValue = f.require(top, MODEL_STATE, "the base checkpoint");
		Map<String, Object> stateDict = f.stringDict(stateValue, "model_state");
		Map<String, FloatTensor> state = new LinkedHashMap<>();
		for (String key : stateDict.keySet()) {
			state.put(key, f.tensor(stateDict, key, "model_state"));
		}
		Map<String, Object> attributes = stateValue instanceof PyOrderedDict od ? od.attributes() : Map.of();
		Map<String, Object> cfg = f.stringDict(f.require(top, CFG, "the base checkpoint"), "cfg");
		Map<String, Object> extras = new LinkedHashMap<>(top);
		extras.keySet().removeAll(List.of(MODEL_STATE, CFG));
		try {
			return new BaseCheckpoint(state, attributes, cfg, extras);
		} catch (IllegalArgumentException e) {
			throw f.error(e.getMessage());
		}
	}

	/** The dict {@code torch.save} would receive; model_state is an OrderedDict, as {@code state_dict()} returns. */
	public LinkedHashMap<Object, Object> toValue() {
		PyOrderedDict state = new PyOrderedDict(modelState);
		state.attributes().putAll(modelStateAttributes);
		LinkedHashMap<Object, Object> value = new LinkedHashMap<>();
		value.put(MODEL_STATE, state);
		value.put(CFG, new LinkedHashMap<>(cfg));
		value.putAll(extras);
		return value;
	}

	public void write(Path file) throws IOException {
		new TorchFileWriter().write(file, toValue());
	}
}
