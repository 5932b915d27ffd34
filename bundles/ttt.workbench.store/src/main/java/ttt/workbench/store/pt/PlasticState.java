package ttt.workbench.store.pt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A session's {@code plastic_state.pt}: {@code torch.save({"W_u": T, "B": T, "W_o": T})} (SPEC §2), a plain dict in
 * that key order. Shapes: W_u [u_dim, z_dim+act_dim], B [n_state, u_dim], W_o [z_dim, n_state]; the constructor checks
 * that they chain. Any other top-level key a file has is kept in {@code extras} and written back after the three.
 */
public record PlasticState(FloatTensor wU, FloatTensor b, FloatTensor wO, Map<String, Object> extras) {

	public static final String W_U = "W_u";
	public static final String B = "B";
	public static final String W_O = "W_o";

	public PlasticState {
		Objects.requireNonNull(wU, W_U);
		Objects.requireNonNull(b, B);
		Objects.requireNonNull(wO, W_O);
		String problem = shapeProblem(wU, b, wO);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
	}

	public PlasticState(FloatTensor wU, FloatTensor b, FloatTensor wO) {
		this(wU, b, wO, Map.of());
	}

	/** Why three matrices cannot be W_u, B, W_o of one model, or {@code null} if they can. */
	static String shapeProblem(FloatTensor wU, FloatTensor b, FloatTensor wO) {
		if (wU.rank() != 2 || b.rank() != 2 || wO.rank() != 2) {
			return "W_u, B and W_o must be matrices; shapes are " + Arrays.toString(wU.shape()) + ", "
					+ Arrays.toString(b.shape()) + ", " + Arrays.toString(wO.shape());
		}
		if (b.dim(1) != wU.dim(0)) {
			return "B has shape " + Arrays.toString(b.shape()) + " but needs " + wU.dim(0) + " columns (the u_dim rows of W_u "
					+ Arrays.toString(wU.shape()) + ")";
		}
		if (wO.dim(1) != b.dim(0)) {
			return "W_o has shape " + Arrays.toString(wO.shape()) + " but needs " + b.dim(0) + " columns (the n_state rows of B "
					+ Arrays.toString(b.shape()) + ")";
		}
		return null;
	}

	public int uDim() {
		return wU.dim(0);
	}

	public int nState() {
		return b.dim(0);
	}

	public int zDim() {
		return wO.dim(0);
	}

	/** z_dim + act_dim: the columns of W_u. */
	public int inputDim() {
		return wU.dim(1);
	}

	public static PlasticState read(Path file) throws IOException {
		return fromValue(new TorchFileReader().read(file), file);
	}

	/** Checks and converts a value read from {@code file} (used for messages only). */
	public static PlasticState fromValue(Object value, Path file) throws PtFormatException {
		PtFields f = new PtFields(file);
		Map<String, Object> top = f.stringDict(value, "the plastic state");
		FloatTensor wU = f.tensor(top, W_U, "the plastic state");
		FloatTensor b = f.tensor(top, B, "the plastic state");
		FloatTensor wO = f.tensor(top, W_O, "the plastic state");
		Map<String, Object> extras = new LinkedHashMap<>(top);
		extras.keySet().removeAll(java.util.List.of(W_U, B, W_O));
		try {
			return new PlasticState(wU, b, wO, extras);
		} catch (IllegalArgumentException e) {
			throw f.error(e.getMessage());
		}
	}

	/** The dict {@code torch.save} would receive. */
	public LinkedHashMap<Object, Object> toValue() {
		LinkedHashMap<Object, Object> value = new LinkedHashMap<>();
		value.put(W_U, wU);
		value.put(B, b);
		value.put(W_O, wO);
		value.putAll(extras);
		return value;
	}

	public void write(Path file) throws IOException {
		new TorchFileWriter().write(file, toValue());
	}
}
