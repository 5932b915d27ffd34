package ttt.workbench.sweep;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A validated sweep ready to run ({@link Sweeps#prepare}): the plan, what every point starts from, the points still to
 * make (in point order) and those whose sessions already exist. Nothing has been written yet; an engine writes the
 * spec and the manifest when it starts ({@link PointCommitter#open}).
 *
 * @param previousFailures failure messages of the last attempt (from the old manifest), by point number
 */
public record SweepJob(Path storeRoot, SweepPlan plan, PointContext context, List<SweepPoint> pending, Set<Integer> done,
		Map<Integer, String> previousFailures) {

	public SweepJob {
		pending = List.copyOf(pending);
		done = Collections.unmodifiableSet(new TreeSet<>(done));
		previousFailures = Collections.unmodifiableMap(new TreeMap<>(previousFailures));
	}

	public String name() {
		return plan.spec().name();
	}

	public int total() {
		return plan.size();
	}
}
