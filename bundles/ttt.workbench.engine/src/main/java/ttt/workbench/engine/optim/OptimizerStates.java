package ttt.workbench.engine.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.ParamGroup;

/**
 * {@link Muon} ↔ the store's {@link OptimizerState} ({@code optim_state.pt}).
 *
 * <p>Reading follows torch's {@code Optimizer.load_state_dict}: exactly one param group with as many params as the
 * model has (3); the saved ids map to W_u, B, W_o by their position in {@code params}; the group's settings replace
 * the constructor's (so they always come from the file); the group's entries are kept to be written back in their
 * order. Stricter than torch, a momentum buffer must have its parameter's shape (torch would fail later, or
 * broadcast). Anything that does not fit is an {@link OptimizerMismatchException}; {@link #load} turns it into a fresh
 * optimizer plus a warning, never silently.
 *
 * <p>Writing follows {@code state_dict()}: {@code state} holds an entry {@code {"momentum_buffer": T}} for each
 * parameter that has one, in id order (empty for a fresh optimizer); the group is the file's (params moved last, as
 * torch repacks it) or, for a fresh optimizer, one in the variant's key order.
 */
public final class OptimizerStates {

	/** The warning prefix a caller shows when a state did not fit. */
	public static final String DID_NOT_FIT = "optimizer state did not fit: starting a fresh optimizer";

	private static final List<Long> PARAMS = List.of(0L, 1L, 2L);

	private OptimizerStates() {
	}

	/**
	 * An optimizer loaded from a file, or a fresh one when it does not fit.
	 *
	 * @param warning {@code null} when the file was used; else the message to show ("optimizer state did not fit:
	 *        starting a fresh optimizer (…why…)")
	 */
	public record Loaded(Muon optimizer, String warning) {
		public boolean usedFile() {
			return warning == null;
		}
	}

	/**
	 * @param freshSettings the settings of a fresh optimizer (from the session's plasticity_cfg), used only when the
	 *        file does not fit
	 */
	public static Loaded load(OptimizerState state, Weights weights, OptimizerVariant variant, MuonSettings freshSettings) {
		try {
			return new Loaded(fit(state, weights, variant), null);
		} catch (OptimizerMismatchException e) {
			return new Loaded(Muon.fresh(variant, freshSettings), DID_NOT_FIT + " (" + e.getMessage() + ")");
		}
	}

	/** The optimizer a file describes, or why it cannot belong to these weights. */
	public static Muon fit(OptimizerState state, Weights weights, OptimizerVariant variant) throws OptimizerMismatchException {
		if (state == null) {
			throw new OptimizerMismatchException("there is no optimizer state");
		}
		List<ParamGroup> groups = state.paramGroups();
		if (groups.size() != 1) {
			throw new OptimizerMismatchException("the state has " + groups.size() + " param groups, the optimizer has 1");
		}
		ParamGroup group = groups.get(0);
		List<Long> ids = group.params();
		if (ids.size() != 3) {
			throw new OptimizerMismatchException("the param group lists " + ids.size() + " parameters " + ids
					+ ", the model has 3 (W_u, B, W_o)");
		}
		MuonSettings settings;
		try {
			settings = MuonSettings.fromParamGroup(group);
		} catch (IllegalArgumentException | ArithmeticException e) {
			throw new OptimizerMismatchException("unusable settings: " + e.getMessage());
		}
		Muon muon = new Muon(variant, settings, group.entries());
		float[][][] w = weights.asArray();
		String[] names = { "W_u", "B", "W_o" };
		for (Map.Entry<Long, Map<String, Object>> e : state.state().entrySet()) {
			int position = ids.indexOf(e.getKey());
			if (position < 0) {
				throw new OptimizerMismatchException("state refers to parameter " + e.getKey() + ", which the group does not list");
			}
			FloatTensor buffer = state.momentumBuffer(e.getKey());
			if (buffer == null) {
				throw new OptimizerMismatchException("parameter " + e.getKey() + " has state but no momentum_buffer");
			}
			int[] expected = { w[position].length, w[position][0].length };
			if (!Arrays.equals(buffer.shape(), expected)) {
				throw new OptimizerMismatchException("momentum buffer of parameter " + e.getKey() + " (" + names[position]
						+ ") has shape " + Arrays.toString(buffer.shape()) + ", the weight has " + Arrays.toString(expected));
			}
			muon.setMomentumBuffer(position, buffer.toMatrix());
		}
		return muon;
	}

	/** The {@code state_dict()} of an optimizer. */
	public static OptimizerState toStore(Muon muon) {
		ParamGroup group;
		if (muon.groupEntries() != null) {
			Map<String, Object> entries = new LinkedHashMap<>(muon.groupEntries());
			entries.remove("params");
			entries.put("params", new java.util.ArrayList<Object>(PARAMS));
			group = new ParamGroup(entries);
		} else {
			group = muon.settings().toParamGroup(muon.variant(), PARAMS);
		}
		Map<Long, FloatTensor> buffers = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			float[][] b = muon.momentumBuffer(i);
			if (b != null) {
				buffers.put((long) i, FloatTensor.matrix(b));
			}
		}
		return buffers.isEmpty() ? OptimizerState.fresh(group) : OptimizerState.withMomentum(group, buffers);
	}
}
