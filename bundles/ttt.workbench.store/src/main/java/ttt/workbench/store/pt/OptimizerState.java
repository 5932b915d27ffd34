package ttt.workbench.store.pt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's {@code optim_state.pt}: a torch optimizer {@code state_dict()} (SPEC §2.4),
 * {@code {"state": {0: {"momentum_buffer": T}, 1: …, 2: …}, "param_groups": [{…}]}}; ids 0, 1, 2 are W_u, B, W_o.
 *
 * <p>{@code state} is empty for a fresh optimizer (the reference writes one for a new session before any update);
 * otherwise every entry needs a {@code momentum_buffer} tensor, and any other per-parameter key is kept. Every state
 * id must belong to a param group, as {@code Optimizer.load_state_dict} requires. Extra top-level keys are kept.
 */
public record OptimizerState(Map<Long, Map<String, Object>> state, List<ParamGroup> paramGroups,
		Map<String, Object> extras) {

	public static final String STATE = "state";
	public static final String PARAM_GROUPS = "param_groups";
	public static final String MOMENTUM_BUFFER = "momentum_buffer";

	public OptimizerState {
		Map<Long, Map<String, Object>> copy = new LinkedHashMap<>();
		state.forEach((id, entry) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(entry))));
		state = Collections.unmodifiableMap(copy);
		paramGroups = List.copyOf(paramGroups);
		extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
		String problem = problem(state, paramGroups);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** A fresh optimizer: no state yet, one group. */
	public static OptimizerState fresh(ParamGroup group) {
		return new OptimizerState(Map.of(), List.of(group), Map.of());
	}

	/** One group and a momentum buffer per parameter id, in id order as torch writes them. */
	public static OptimizerState withMomentum(ParamGroup group, Map<Long, FloatTensor> buffers) {
		Map<Long, Map<String, Object>> state = new LinkedHashMap<>();
		buffers.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> state.put(e.getKey(), Map.of(MOMENTUM_BUFFER, e.getValue())));
		return new OptimizerState(state, List.of(group), Map.of());
	}

	/** The momentum buffer of a parameter, or {@code null} before its first update. */
	public FloatTensor momentumBuffer(long paramId) {
		Map<String, Object> entry = state.get(paramId);
		return entry == null ? null : (FloatTensor) entry.get(MOMENTUM_BUFFER);
	}

	/**
	 * Why the momentum buffers cannot belong to these weights (param 0, 1, 2 = W_u, B, W_o), or {@code null}. Not
	 * checked on read: the store decides what to do with a mismatching optimizer (the reference starts a fresh one).
	 */
	public String mismatchWith(PlasticState plastic) {
		FloatTensor[] weights = { plastic.wU(), plastic.b(), plastic.wO() };
		for (Map.Entry<Long, Map<String, Object>> e : state.entrySet()) {
			long id = e.getKey();
			if (id < 0 || id >= weights.length) {
				return "state refers to parameter " + id + "; the model has parameters 0, 1, 2";
			}
			FloatTensor buffer = (FloatTensor) e.getValue().get(MOMENTUM_BUFFER);
			if (!buffer.sameShape(weights[(int) id])) {
				return "momentum buffer of parameter " + id + " has shape " + Arrays.toString(buffer.shape())
						+ ", the weight has " + Arrays.toString(weights[(int) id].shape());
			}
		}
		return null;
	}

	private static String problem(Map<Long, Map<String, Object>> state, List<ParamGroup> groups) {
		if (groups.isEmpty()) {
			return "param_groups is empty";
		}
		List<Long> ids = new ArrayList<>();
		groups.forEach(g -> ids.addAll(g.params()));
		for (Map.Entry<Long, Map<String, Object>> e : state.entrySet()) {
			if (!(e.getValue().get(MOMENTUM_BUFFER) instanceof FloatTensor)) {
				Object v = e.getValue().get(MOMENTUM_BUFFER);
				return "state of parameter " + e.getKey() + " has " + (e.getValue().containsKey(MOMENTUM_BUFFER)
						? "a " + PyTypes.name(v) + " as momentum_buffer" : "no momentum_buffer") + ", expected a tensor";
			}
			if (!ids.contains(e.getKey())) {
				return "state refers to parameter " + e.getKey() + ", which no param group lists (params " + ids + ")";
			}
		}
		return null;
	}

	public static OptimizerState read(Path file) throws IOException {
		return fromValue(new TorchFileReader().read(file), file);
	}

	/** Checks and converts a value read from {@code file} (used for messages only). */
	public static OptimizerState fromValue(Object value, Path file) throws PtFormatException {
		PtFields f = new PtFields(file);
		Map<String, Object> top = f.stringDict(value, "the optimizer state");
		Object stateValue = f.require(top, STATE, "the optimizer state");
		if (!(stateValue instanceof Map<?, ?> stateDict)) {
			throw f.error("'state' is a " + PyTypes.name(stateValue) + ", expected a dict");
		}
		Map<Long, Map<String, Object>> state = new LinkedHashMap<>();
		for (Map.Entry<?, ?> e : stateDict.entrySet()) {
			if (!(e.getKey() instanceof Long id)) {
				throw f.error("'state' has key " + e.getKey() + " of type " + PyTypes.name(e.getKey())
						+ ", expected an int parameter id");
			}
			state.put(id, f.stringDict(e.getValue(), "the state of parameter " + id));
		}
		Object groupsValue = f.require(top, PARAM_GROUPS, "the optimizer state");
		if (!(groupsValue instanceof List<?> groupList)) {
			throw f.error("'param_groups' is a " + PyTypes.name(groupsValue) + ", expected a list");
		}
		List<ParamGroup> groups = new ArrayList<>();
		for (int i = 0; i < groupList.size(); i++) {
			Map<String, Object> entries = f.stringDict(groupList.get(i), "param_groups[" + i + "]");
			String problem = ParamGroup.problem(entries);
			if (problem != null) {
				throw f.error("param_groups[" + i + "] " + problem);
			}
			groups.add(new ParamGroup(entries));
		}
		Map<String, Object> extras = new LinkedHashMap<>(top);
		extras.keySet().removeAll(List.of(STATE, PARAM_GROUPS));
		try {
			return new OptimizerState(state, groups, extras);
		} catch (IllegalArgumentException e) {
			throw f.error(e.getMessage());
		}
	}

	/** The dict {@code torch.save} would receive; plain dicts and a list, as {@code Optimizer.state_dict()} returns. */
	public LinkedHashMap<Object, Object> toValue() {
		LinkedHashMap<Object, Object> stateDict = new LinkedHashMap<>();
		state.forEach((id, entry) -> stateDict.put(id, new LinkedHashMap<Object, Object>(entry)));
		List<Object> groups = new ArrayList<>();
		for (ParamGroup g : paramGroups) {
			groups.add(new LinkedHashMap<Object, Object>(g.entries()));
		}
		LinkedHashMap<Object, Object> value = new LinkedHashMap<>();
		value.put(STATE, stateDict);
		value.put(PARAM_GROUPS, groups);
		value.putAll(extras);
		return value;
	}

	public void write(Path file) throws IOException {
		new TorchFileWriter().write(file, toValue());
	}
}
