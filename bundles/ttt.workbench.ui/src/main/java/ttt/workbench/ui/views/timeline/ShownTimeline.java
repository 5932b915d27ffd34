package ttt.workbench.ui.views.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import ttt.workbench.analysis.updates.Gates;
import ttt.workbench.analysis.updates.TimelineLayout;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.analysis.updates.UpdateTimeline;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;

/**
 * What the timeline shows: which session of which store, its events (null when it is not in the open store), its
 * gates (for the verdicts) and the selected event. Shared by the view, its painter and its export.
 */
final class ShownTimeline {

	/** Pixels of the drawing: margin, gap between run segments, narrowest segment, the line's height, marker size. */
	static final int MARGIN = 16;
	static final int GAP = 14;
	static final int MIN_SEGMENT = 40;
	static final int LINE_Y = 72;
	static final int MARKER = 10;

	String sessionId;
	Path storeRoot;
	UpdateTimeline timeline;
	Gates gates = Gates.DEFAULTS;
	int selected = -1;

	/** True when {@code session} is what is shown already. */
	boolean shows(String id, Path root) {
		return Objects.equals(id, sessionId) && Objects.equals(root, storeRoot) && timeline != null;
	}

	/** The shown session as the open store's model has it now (null if another store is open or it is gone). */
	Session session(ArtifactStore store) {
		if (store == null || sessionId == null || storeRoot == null
				|| !store.root().toAbsolutePath().normalize().equals(storeRoot.toAbsolutePath().normalize())) {
			return null;
		}
		return store.model().findSession(sessionId);
	}

	/** Reads the events of {@code s} (null: nothing), keeping the selection while it is still an event. */
	void load(Session s) {
		timeline = s == null ? null : UpdateTimeline.of(s);
		gates = Gates.of(s == null ? null : s.getPlasticityConfig());
		if (timeline == null || selected >= timeline.eventCount()) {
			selected = -1;
		}
	}

	int eventCount() {
		return timeline == null ? 0 : timeline.eventCount();
	}

	/** The selected event, or null. */
	UpdateRow selectedEvent() {
		return selected >= 0 && selected < eventCount() ? timeline.events().get(selected) : null;
	}

	/** The layout for a canvas {@code width} wide. */
	TimelineLayout layout(int width) {
		return layout(timeline, width);
	}

	/** The layout of {@code timeline} on a canvas {@code width} wide, as the view draws it. */
	static TimelineLayout layout(UpdateTimeline timeline, int width) {
		return new TimelineLayout(timeline == null ? new UpdateTimeline("", List.of()) : timeline, MARGIN,
				Math.max(0, width - 2 * MARGIN), GAP, MIN_SEGMENT);
	}

	/** The event under ({@code x}, {@code y}) on a canvas {@code width} wide, or -1. */
	int eventAt(int x, int y, int width) {
		if (timeline == null || Math.abs(y - LINE_Y) > MARKER) {
			return -1;
		}
		return layout(width).hit(x, MARKER / 2 + 2);
	}
}
