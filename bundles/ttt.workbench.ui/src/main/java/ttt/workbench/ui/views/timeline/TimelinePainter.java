package ttt.workbench.ui.views.timeline;

import static ttt.workbench.ui.views.timeline.ShownTimeline.LINE_Y;
import static ttt.workbench.ui.views.timeline.ShownTimeline.MARGIN;
import static ttt.workbench.ui.views.timeline.ShownTimeline.MARKER;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.analysis.updates.TimelineLayout;
import ttt.workbench.analysis.updates.TimelineText;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.Markers;
import ttt.workbench.ui.export.Drawing;

/**
 * Draws the timeline on screen and in exports (the same {@link Drawing} calls): the summary line, one grey segment per
 * run with its id and length, the events as markers of their outcome, the selected one ringed, and a legend.
 */
final class TimelinePainter {

	private static final RGB SEGMENT = new RGB(190, 190, 190);
	private static final RGB HIGHLIGHT = new RGB(255, 170, 0);

	private TimelinePainter() {
	}

	static void paint(Drawing d, int w, int h, ShownTimeline shown) {
		d.fill(new RGB(255, 255, 255));
		d.fillRect(0, 0, w, h);
		d.stroke(ChartTheme.inkRgb());
		if (shown.timeline == null) {
			d.text(TimelineText.nothingShown(shown.sessionId), MARGIN, 12);
			return;
		}
		d.text(TimelineText.summary(shown.timeline), MARGIN, 8);
		if (shown.timeline.segments().isEmpty()) {
			d.stroke(ChartTheme.mutedInkRgb());
			d.text(TimelineText.NO_RUNS, MARGIN, 40);
			return;
		}
		TimelineLayout layout = shown.layout(w);
		segments(d, layout);
		List<TimelineLayout.Placed> placed = layout.events();
		for (TimelineLayout.Placed p : placed) {
			Markers.draw(d, p.event().reason(), p.x(), LINE_Y, MARKER);
		}
		UpdateRow selected = shown.selectedEvent();
		if (selected != null) {
			int x = placed.get(shown.selected).x();
			d.stroke(HIGHLIGHT);
			d.lineWidth(2);
			d.oval(x - MARKER, LINE_Y - MARKER, 2 * MARKER, 2 * MARKER);
			d.lineWidth(1);
			d.stroke(ChartTheme.inkRgb());
			d.text(TimelineText.selected(selected, shown.gates), MARGIN, LINE_Y + 34);
		}
		legend(d, w, SessionUpdates.breakdown(shown.timeline.events()));
	}

	private static void segments(Drawing d, TimelineLayout layout) {
		for (TimelineLayout.Box b : layout.boxes()) {
			String label = b.segment().runId() == null ? "(unattributed)" : b.segment().runId();
			d.stroke(ChartTheme.inkRgb());
			d.text(fit(d, label, b.x1() - b.x0()), b.x0(), LINE_Y - 34);
			d.stroke(SEGMENT);
			d.lineWidth(4);
			d.line(b.x0(), LINE_Y, b.x1(), LINE_Y);
			d.lineWidth(1);
			d.line(b.x0(), LINE_Y - 12, b.x0(), LINE_Y + 12);
			d.line(b.x1(), LINE_Y - 12, b.x1(), LINE_Y + 12);
			d.stroke(ChartTheme.mutedInkRgb());
			d.text("0", b.x0(), LINE_Y + 14);
			String end = Integer.toString(b.segment().steps());
			d.text(end, b.x1() - d.textExtent(end).x, LINE_Y + 14);
			if (b.segment().events().isEmpty()) {
				d.text("no updates", b.x0() + 14, LINE_Y + 14);
			}
		}
	}

	private static void legend(Drawing d, int w, Map<RollbackReason, Integer> counts) {
		int lx = MARGIN;
		int ly = LINE_Y + 60;
		d.stroke(ChartTheme.mutedInkRgb());
		d.text("Legend:", lx, ly - 7);
		lx += d.textExtent("Legend:").x + 10;
		int legendLeft = lx;
		for (Map.Entry<RollbackReason, Integer> e : counts.entrySet()) {
			String text = e.getKey().label() + " (" + e.getValue() + ")";
			if (lx + MARKER + 4 + d.textExtent(text).x > w - MARGIN && lx > legendLeft) {
				lx = legendLeft; // wrap the legend rather than cut it off
				ly += 18;
			}
			Markers.draw(d, e.getKey(), lx + MARKER / 2, ly, MARKER);
			d.stroke(ChartTheme.inkRgb());
			d.text(text, lx + MARKER + 4, ly - 7);
			lx += MARKER + 4 + d.textExtent(text).x + 18;
		}
	}

	/** The end of {@code s} that fits in {@code width}, with "…" in front: the end of a run id (its seed) tells runs apart. */
	private static String fit(Drawing d, String s, int width) {
		if (d.textExtent(s).x <= width) {
			return s;
		}
		String t = s;
		while (t.length() > 1 && d.textExtent("…" + t).x > width) {
			t = t.substring(1);
		}
		return "…" + t;
	}
}
