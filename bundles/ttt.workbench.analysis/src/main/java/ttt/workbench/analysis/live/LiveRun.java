package ttt.workbench.analysis.live;

import java.util.Arrays;

/**
 * A run of the workbench in progress, as the charts see it: the baseline curves (complete once the two passes without
 * updates are done) and the adaptive curve up to {@link #length()}, plus the update attempts so far. Immutable
 * snapshots, handed out on the UI thread.
 */
public record LiveRun(String sessionId, int steps, float[] baseMse, float[] sessionNoUpdateMse, float[] adaptiveMse,
		int length, int[] updateSteps, boolean[] updateCommitted, State state) {

	public enum State {
		/** Computing the two baselines (no curve yet). */
		BASELINES,
		/** Adaptive pass: the adaptive curve fills in. */
		ADAPTIVE,
		/** Done and committed to the store (the store's model now has the run). */
		FINISHED,
		/** Cancelled or failed: nothing was written. */
		ABANDONED
	}

	/** The first {@code length} steps of the adaptive curve. */
	public float[] adaptiveSoFar() {
		return Arrays.copyOf(adaptiveMse, length);
	}
}
