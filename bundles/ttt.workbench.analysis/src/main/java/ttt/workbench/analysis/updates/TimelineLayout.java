package ttt.workbench.analysis.updates;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the timeline puts things, in pixels, independent of SWT: segments side by side from left to right, widths in
 * proportion to their steps (at least {@code minSegment}), a gap between them; each event at its step's middle.
 */
public final class TimelineLayout {

	/** A segment's horizontal extent. */
	public record Box(UpdateTimeline.Segment segment, int x0, int x1) {
		public int eventX(int t) {
			return x0 + (int) Math.round(segment.position(t) * (x1 - x0));
		}
	}

	/** An event and its place. */
	public record Placed(UpdateRow event, int segmentIndex, int x) {
	}

	private final List<Box> boxes = new ArrayList<>();
	private final List<Placed> placed = new ArrayList<>();
	private final int width;

	/**
	 * @param available the width to fill between {@code left} and the right margin {@code right}
	 */
	public TimelineLayout(UpdateTimeline timeline, int left, int available, int gap, int minSegment) {
		List<UpdateTimeline.Segment> segs = timeline.segments();
		long totalSteps = segs.stream().mapToLong(UpdateTimeline.Segment::steps).sum();
		int usable = Math.max(0, available - gap * Math.max(0, segs.size() - 1));
		int x = left;
		for (int i = 0; i < segs.size(); i++) {
			UpdateTimeline.Segment s = segs.get(i);
			int w = totalSteps == 0 ? minSegment : (int) Math.max(minSegment, Math.floor(usable * (double) s.steps() / totalSteps));
			Box b = new Box(s, x, x + w);
			boxes.add(b);
			for (UpdateRow e : s.events()) {
				placed.add(new Placed(e, i, b.eventX(e.t())));
			}
			x += w + gap;
		}
		width = segs.isEmpty() ? left : x - gap;
	}

	public List<Box> boxes() {
		return boxes;
	}

	/** Every event in timeline order. */
	public List<Placed> events() {
		return placed;
	}

	/** The right edge of the last segment. */
	public int right() {
		return width;
	}

	/** Index of the event nearest to x (within {@code radius} pixels), or -1. */
	public int hit(int x, int radius) {
		int best = -1;
		int bestD = radius + 1;
		for (int i = 0; i < placed.size(); i++) {
			int d = Math.abs(placed.get(i).x() - x);
			if (d < bestD) {
				best = i;
				bestD = d;
			}
		}
		return best;
	}
}
