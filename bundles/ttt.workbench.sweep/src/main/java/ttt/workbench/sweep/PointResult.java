package ttt.workbench.sweep;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finished point in memory: every file of its session folder, by path relative to {@code sessions/<id>/}
 * ({@code meta.json}, {@code metrics.json}, {@code plastic_state.pt}, {@code optim_state.pt},
 * {@code update_events.jsonl}, {@code runs/<run_id>/per_step.csv} …), as the bytes the store's writers produce.
 * Serializable: a Spark executor computes it, the driver commits it with {@link PointCommitter}.
 *
 * @param runIds   the runs, in order
 * @param warnings what the user should know (e.g. a parent's optimizer state that could not be used)
 * @param commits  committed updates over all runs
 * @param rollbacks rolled-back updates over all runs
 */
public record PointResult(int number, String sessionId, Map<String, byte[]> files, List<String> runIds, List<String> warnings,
		int commits, int rollbacks) implements Serializable {

	private static final long serialVersionUID = 1L;

	public PointResult {
		files = Collections.unmodifiableMap(new TreeMap<>(files));
		runIds = List.copyOf(runIds);
		warnings = List.copyOf(warnings);
	}

	/** Total bytes of the point's files. */
	public long size() {
		return files.values().stream().mapToLong(b -> b.length).sum();
	}
}
