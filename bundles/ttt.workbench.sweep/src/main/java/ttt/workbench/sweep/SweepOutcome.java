package ttt.workbench.sweep;

import java.util.List;
import java.util.Map;

/**
 * How a sweep run ended.
 *
 * @param alreadyDone points whose sessions existed before (not recomputed)
 * @param done        points committed by this run
 * @param failed      points that failed, with their messages (point number → message)
 * @param notRun      points not started because the sweep was cancelled
 */
public record SweepOutcome(int total, int alreadyDone, int done, Map<Integer, String> failed, int notRun, boolean cancelled,
		List<String> warnings) {

	public SweepOutcome {
		failed = Map.copyOf(failed);
		warnings = List.copyOf(warnings);
	}

	/** The CLI's exit code: 130 cancelled, 1 some points failed, 0 every point done. */
	public int exitCode() {
		if (cancelled) {
			return 130;
		}
		return failed.isEmpty() ? 0 : 1;
	}
}
