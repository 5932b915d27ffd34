package ttt.workbench.engine.math;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Chooses the {@link SsmBackend} for a model size: {@code "jvm"}, {@code "nd4j"} or {@code "auto"}. Auto picks ND4J
 * from u_dim ≥ 128 and n_state ≥ 256 upward (where PLATFORM-NOTES measured ND4J reaching parity with plain Java) and
 * the JVM backend below. ND4J classes are never touched here: the caller passes a {@link Supplier} that creates the
 * ND4J backend, and it is only called when ND4J is chosen.
 */
public final class BackendSelector {

	public static final String JVM = "jvm";
	public static final String ND4J = "nd4j";
	public static final String AUTO = "auto";

	/** Smallest u_dim from which auto chooses ND4J (together with {@link #ND4J_MIN_N_STATE}). */
	public static final int ND4J_MIN_U_DIM = 128;
	/** Smallest n_state from which auto chooses ND4J (together with {@link #ND4J_MIN_U_DIM}). */
	public static final int ND4J_MIN_N_STATE = 256;

	private BackendSelector() {
	}

	/** The backend name ("jvm" or "nd4j") a choice resolves to for this size; refuses unknown choices. */
	public static String resolve(String choice, int uDim, int nState) {
		String c = normalise(choice);
		return switch (c) {
		case JVM, ND4J -> c;
		case AUTO -> uDim >= ND4J_MIN_U_DIM && nState >= ND4J_MIN_N_STATE ? ND4J : JVM;
		default -> throw new IllegalArgumentException("unknown backend '" + choice + "': expected jvm, nd4j or auto");
		};
	}

	/**
	 * The backend for a choice and size. An explicit "nd4j" that cannot be created fails; "auto" falls back to the
	 * JVM backend and says why through {@code warnings}.
	 *
	 * @param nd4j creates the ND4J backend; may be {@code null} where ND4J is not installed
	 */
	public static SsmBackend select(String choice, int uDim, int nState, Supplier<? extends SsmBackend> nd4j,
			Consumer<String> warnings) {
		Objects.requireNonNull(warnings, "warnings");
		String resolved = resolve(choice, uDim, nState);
		if (JVM.equals(resolved)) {
			return new JvmBackend();
		}
		boolean explicit = ND4J.equals(normalise(choice));
		if (nd4j == null) {
			if (explicit) {
				throw new IllegalStateException("the ND4J backend was requested but is not available");
			}
			warnings.accept("ND4J backend not available: using the JVM backend for u_dim " + uDim + ", n_state " + nState);
			return new JvmBackend();
		}
		try {
			return Objects.requireNonNull(nd4j.get(), "the ND4J supplier returned null");
		} catch (RuntimeException | LinkageError e) {
			if (explicit) {
				throw new IllegalStateException("the ND4J backend could not be started: " + e, e);
			}
			warnings.accept("ND4J backend could not be started (" + e + "): using the JVM backend");
			return new JvmBackend();
		}
	}

	private static String normalise(String choice) {
		return choice == null ? AUTO : choice.trim().toLowerCase(Locale.ROOT);
	}
}
