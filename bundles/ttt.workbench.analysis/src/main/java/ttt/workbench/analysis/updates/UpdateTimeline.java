package ttt.workbench.analysis.updates;

import java.util.ArrayList;
import java.util.List;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;

/**
 * Every update event of a session laid along its history: one segment per run, oldest run first, events at their t
 * within it. Events that could not be attributed to a run form a last segment with a null run id.
 */
public record UpdateTimeline(String sessionId, List<Segment> segments) {

	/** One run: its id, its length in steps (at least one past its last event) and its events by t. */
	public record Segment(String runId, Double createdAtUnix, int steps, List<UpdateRow> events) {

		/** The position of step t within the segment, from 0 (start) to 1 (end): the middle of the step. */
		public double position(int t) {
			return (t + 0.5) / steps;
		}
	}

	public static UpdateTimeline of(Session s) {
		List<Segment> segments = new ArrayList<>();
		for (Run r : SessionUpdates.runsOldestFirst(s)) {
			List<UpdateRow> events = SessionUpdates.ofRun(r);
			segments.add(new Segment(r.getId(), r.getCreatedAtUnix(), length(r.getSteps(), events), events));
		}
		List<UpdateRow> loose = s.getEvents().stream().filter(e -> e.getRun() == null).map(UpdateRow::of).toList();
		if (!loose.isEmpty()) {
			segments.add(new Segment(null, null, length(0, loose), loose));
		}
		return new UpdateTimeline(s.getId(), List.copyOf(segments));
	}

	private static int length(int steps, List<UpdateRow> events) {
		int last = events.stream().mapToInt(UpdateRow::t).max().orElse(-1);
		return Math.max(1, Math.max(steps, last + 1));
	}

	/** All events in timeline order (segment by segment), the order the arrow keys walk. */
	public List<UpdateRow> events() {
		return segments.stream().flatMap(s -> s.events().stream()).toList();
	}

	public int eventCount() {
		return segments.stream().mapToInt(s -> s.events().size()).sum();
	}
}
