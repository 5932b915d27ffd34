package ttt.workbench.analysis.environment;

import java.util.stream.IntStream;

/** Which steps get a velocity arrow: every k-th step, from the first, so that a long run is not a hedge of arrows. */
public final class ArrowSampling {

	/** How many arrows a plot shows by default, whatever the run's length. */
	public static final int TARGET_ARROWS = 30;

	private ArrowSampling() {
	}

	/** A stride giving about {@link #TARGET_ARROWS} arrows for {@code n} steps (at least 1). */
	public static int defaultStride(int n) {
		return Math.max(1, (int) Math.ceil(n / (double) TARGET_ARROWS));
	}

	/** Row indices 0, k, 2k, … below {@code n}. */
	public static int[] indices(int n, int k) {
		if (k < 1) {
			throw new IllegalArgumentException("the stride must be at least 1, found " + k);
		}
		return IntStream.iterate(0, i -> i < n, i -> i + k).toArray();
	}
}
