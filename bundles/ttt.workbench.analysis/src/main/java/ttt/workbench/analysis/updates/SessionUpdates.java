package ttt.workbench.analysis.updates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;

/**
 * The update events of a session as rows, in the order researchers read them: runs oldest first (by creation time,
 * then id), events by t within a run. Events that could not be attributed to a run come last.
 */
public final class SessionUpdates {

	private SessionUpdates() {
	}

	/** The session's runs, oldest first. */
	public static List<Run> runsOldestFirst(Session s) {
		return s.getRuns().stream().sorted(RUN_ORDER).toList();
	}

	public static final Comparator<Run> RUN_ORDER = Comparator
			.comparingDouble((Run r) -> r.getCreatedAtUnix() == null ? Double.NEGATIVE_INFINITY : r.getCreatedAtUnix())
			.thenComparing(Run::getId);

	/** The events of one run, by t. */
	public static List<UpdateRow> ofRun(Run run) {
		return run == null ? List.of()
				: run.getEvents().stream().map(UpdateRow::of).sorted(Comparator.comparingInt(UpdateRow::t)).toList();
	}

	/** Every event of the session: runs oldest first, then the unattributed ones in log order. */
	public static List<UpdateRow> ofSession(Session s) {
		List<UpdateRow> rows = new ArrayList<>();
		for (Run r : runsOldestFirst(s)) {
			rows.addAll(ofRun(r));
		}
		for (UpdateEvent e : s.getEvents()) {
			if (e.getRun() == null) {
				rows.add(UpdateRow.of(e));
			}
		}
		return rows;
	}

	/** The rows that pass both filters, in {@code order} (null: as given). */
	public static List<UpdateRow> filter(List<UpdateRow> rows, StatusFilter status, StepFilter steps,
			Comparator<UpdateRow> order) {
		var stream = rows.stream().filter(r -> status.matches(r.reason()) && steps.test(r.t()));
		return order == null ? stream.toList() : stream.sorted(order).toList();
	}

	/**
	 * How many events ended each way, in the enum's order: commits and the grad_norm, loss and state-norm rollbacks
	 * always (zero counts included), the rare non-finite and unknown outcomes only when they occurred.
	 */
	public static Map<RollbackReason, Integer> breakdown(List<UpdateRow> rows) {
		Map<RollbackReason, Integer> counts = new java.util.EnumMap<>(RollbackReason.class);
		for (RollbackReason r : RollbackReason.values()) {
			counts.put(r, 0);
		}
		rows.forEach(r -> counts.merge(r.reason(), 1, Integer::sum));
		counts.remove(RollbackReason.UNKNOWN, 0);
		counts.remove(RollbackReason.NON_FINITE, 0);
		return counts;
	}

	/** Rows grouped by run id (null key for unattributed), keeping their order. */
	public static Map<String, List<UpdateRow>> byRun(List<UpdateRow> rows) {
		return rows.stream().collect(Collectors.groupingBy(r -> r.runId() == null ? "" : r.runId(),
				java.util.LinkedHashMap::new, Collectors.mapping(Function.identity(), Collectors.toList())));
	}
}
