package ttt.workbench.engine.run;

/**
 * Live view of a run, called on the running thread as values are computed (a UI forwards them to its display
 * thread). All methods default to nothing.
 */
public interface RunListener {

	RunListener NONE = new RunListener() {
	};

	/** Before anything is computed. */
	default void started(int steps) {
	}

	/** After the two passes without updates: the base and session_start curves, complete. */
	default void baselines(float[] baseMse, float[] sessionNoUpdateMse) {
	}

	/** Each step of the adaptive pass, after its update attempt (if any). */
	default void step(int t, float baseMse, float sessionNoUpdateMse, float adaptiveMse, boolean didUpdate, boolean updateOk) {
	}

	/** Each update attempt, before the {@link #step} of the same t. */
	default void update(UpdateRecord event) {
	}

	/** Units of work done out of {@code total} (three passes of {@code steps} each). */
	default void progress(int done, int total) {
	}
}
