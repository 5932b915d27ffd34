package ttt.workbench.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which elements of a lineage path {@code base → a → b → … → parent → current} to show in a given width: all of them
 * when they fit, otherwise the base, an ellipsis, and as many of the last elements as fit (at least the current one).
 * Elements are indexes into the path; {@link #ELLIPSIS} stands for the hidden middle. SWT-free.
 */
public final class BreadcrumbTrail {

	public static final int ELLIPSIS = -1;

	private BreadcrumbTrail() {
	}

	/**
	 * @param size      number of elements of the path (base first, current last)
	 * @param widthOf   the width a candidate list of indexes takes
	 * @param available the width there is
	 */
	public static List<Integer> fit(int size, ToIntFunction<List<Integer>> widthOf, int available) {
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			all.add(i);
		}
		if (size <= 2 || widthOf.applyAsInt(all) <= available) {
			return all;
		}
		List<Integer> candidate = List.of();
		for (int tail = size - 2; tail >= 1; tail--) { // keep the base, hide the middle, keep `tail` last elements
			candidate = new ArrayList<>();
			candidate.add(0);
			candidate.add(ELLIPSIS);
			for (int i = size - tail; i < size; i++) {
				candidate.add(i);
			}
			if (widthOf.applyAsInt(candidate) <= available) {
				return candidate;
			}
		}
		return candidate; // base → … → current, even if it still overflows: the tooltip has the whole path
	}
}
