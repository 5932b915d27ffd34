package ttt.workbench.analysis.updates;

import static ttt.workbench.analysis.format.Numbers.fmt;

import java.util.Map;

/** The words of the Global Update Timeline: its summary line, an event's tooltip and status line, the empty states. */
public final class TimelineText {

	private TimelineText() {
	}

	/** What the view says when it has no timeline: nothing selected, or a session that is not in the open store. */
	public static String nothingShown(String sessionId) {
		return sessionId == null ? "Select a session in the Session Tree (or open one in an editor) to see its updates."
				: "Session " + sessionId + " is not in the open store.";
	}

	public static final String NO_RUNS = "This session has no runs yet: run it to record update events.";

	/** "Session s: n updates in r runs (oldest left), c committed, k rolled back". */
	public static String summary(UpdateTimeline timeline) {
		Map<RollbackReason, Integer> counts = SessionUpdates.breakdown(timeline.events());
		int committed = counts.getOrDefault(RollbackReason.COMMITTED, 0);
		return "Session " + timeline.sessionId() + ": " + timeline.eventCount() + " updates in " + timeline.segments().size()
				+ " runs (oldest left), " + committed + " committed, " + (timeline.eventCount() - committed) + " rolled back";
	}

	/** The event's numbers and verdict, and what a click does. */
	public static String tooltip(UpdateRow r, Gates gates) {
		return "run " + r.runId() + ", t = " + r.t() + "\n" + r.reason().label() + "\npre_loss " + fmt(r.preLoss())
				+ ", post_loss " + fmt(r.postLoss()) + "\ngrad_norm " + fmt(r.gradNorm()) + ", max‖h‖ " + fmt(r.preMaxH())
				+ " → " + fmt(r.postMaxH()) + "\n\n" + UpdateVerdicts.explain(r, gates).headline()
				+ "\n\nClick or press Enter to open the session editor at this step.";
	}

	/** The status line for a selected event: where it is and its verdict. */
	public static String status(UpdateRow r, Gates gates) {
		return "run " + r.runId() + ", t = " + r.t() + ": " + UpdateVerdicts.explain(r, gates).headline();
	}

	/** The line under the timeline for a selected event. */
	public static String selected(UpdateRow r, Gates gates) {
		return "t = " + r.t() + ": " + UpdateVerdicts.explain(r, gates).headline();
	}

	/** The event a navigation key moves to among {@code count} events from {@code selected} (-1: none selected yet). */
	public static int step(int selected, int count, Move move) {
		return switch (move) {
		case NEXT -> selected < 0 ? 0 : Math.min(count - 1, selected + 1);
		case PREVIOUS -> selected < 0 ? 0 : Math.max(0, selected - 1);
		case FIRST -> 0;
		case LAST -> count - 1;
		};
	}

	/** Keyboard moves along the timeline. */
	public enum Move {
		NEXT, PREVIOUS, FIRST, LAST
	}
}
