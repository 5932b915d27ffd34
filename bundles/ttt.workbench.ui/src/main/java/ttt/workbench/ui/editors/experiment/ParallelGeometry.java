package ttt.workbench.ui.editors.experiment;

/**
 * Where things are in a parallel-coordinates picture of a given size: the axes' x, a fraction's y, the axis and the
 * member's line under a pixel. No SWT: the canvas paints and hit-tests with it, and a plain test checks it.
 */
final class ParallelGeometry {

	static final int LEFT = 70;
	static final int RIGHT = 90;
	static final int TOP = 58;
	static final int BOTTOM = 34;
	/** How far from an axis (pixels) a press still grabs it. */
	static final int AXIS_HIT = 10;
	/** How far from a line (pixels) a click still picks it. */
	private static final double LINE_HIT = 4.5;

	private final ParallelPlot plot;
	private final int width;
	private final int height;

	ParallelGeometry(ParallelPlot plot, int width, int height) {
		this.plot = plot;
		this.width = width;
		this.height = height;
	}

	/** The x pixel of axis {@code i}: the axes spread evenly between the margins. */
	int axisX(int i) {
		return axisX(i, plot.axes().size(), width);
	}

	/** The x pixel of axis {@code i} of {@code n} in a picture {@code width} wide. */
	static int axisX(int i, int n, int width) {
		return n <= 1 ? LEFT : LEFT + (int) Math.round((double) i * (width - LEFT - RIGHT) / (n - 1));
	}

	/** The x pixels of all axes. */
	int[] axisXs() {
		int[] xs = new int[plot.axes().size()];
		for (int a = 0; a < xs.length; a++) {
			xs[a] = axisX(a);
		}
		return xs;
	}

	/** The y pixel of fraction {@code f} (0 bottom, 1 top). */
	int fractionY(double f) {
		return fractionY(f, height);
	}

	/** The y pixel of fraction {@code f} in a picture {@code height} high. */
	static int fractionY(double f, int height) {
		return TOP + (int) Math.round((1 - f) * (height - TOP - BOTTOM));
	}

	/** The fraction at y pixel {@code y}, clamped to [0, 1]. */
	double yFraction(int y) {
		int h = height - TOP - BOTTOM;
		return Math.max(0, Math.min(1, 1 - (double) (y - TOP) / Math.max(1, h)));
	}

	/** Whether {@code y} is within the axes' height (with a little slack for grabbing an end). */
	boolean onAxisHeight(int y) {
		return y >= TOP - 4 && y <= height - BOTTOM + 4;
	}

	/** The axis within {@link #AXIS_HIT} pixels of {@code x}, the nearest; -1 if none. */
	int axisAt(int x) {
		int best = -1;
		int bestDist = AXIS_HIT + 1;
		for (int a = 0; a < plot.axes().size(); a++) {
			int dist = Math.abs(axisX(a) - x);
			if (dist < bestDist) {
				best = a;
				bestDist = dist;
			}
		}
		return best;
	}

	/** The member whose line passes within 4 pixels of (x, y), preferring lines that pass the filter; -1 if none. */
	int lineAt(int x, int y) {
		int n = plot.axes().size();
		if (n < 2) {
			return -1;
		}
		int a = 0;
		while (a < n - 2 && axisX(a + 1) < x) {
			a++;
		}
		int x0 = axisX(a);
		int x1 = axisX(a + 1);
		if (x < x0 - 4 || x > x1 + 4) {
			return -1;
		}
		double t = x1 == x0 ? 0 : Math.max(0, Math.min(1, (double) (x - x0) / (x1 - x0)));
		int best = -1;
		double bestDist = LINE_HIT;
		boolean bestActive = false;
		for (int l = 0; l < plot.lines(); l++) {
			float f0 = plot.axes().get(a).positions()[l];
			float f1 = plot.axes().get(a + 1).positions()[l];
			if (!Float.isFinite(f0) || !Float.isFinite(f1)) {
				continue;
			}
			double py = fractionY(f0) + t * (fractionY(f1) - fractionY(f0));
			double dist = Math.abs(py - y);
			boolean active = plot.active().get(l);
			if (dist < bestDist && (active || !bestActive) || active && !bestActive && dist < LINE_HIT) {
				best = l;
				bestDist = dist;
				bestActive = active;
			}
		}
		return best;
	}

	/** Receives the pixel points of one unbroken piece of a line: {@code points[0 .. length)} as x, y pairs. */
	interface Segment {
		void accept(int[] points, int length);
	}

	/**
	 * The pieces of member {@code line}'s polyline through the axes at {@code xs} in a picture {@code height} high,
	 * broken where the member has no value (each piece also when it is a single point or empty), into {@code buf}.
	 */
	static void segments(ParallelPlot plot, int line, int[] xs, int height, int[] buf, Segment out) {
		int k = 0;
		for (int a = 0; a < xs.length; a++) {
			float f = plot.axes().get(a).positions()[line];
			if (!Float.isFinite(f)) {
				out.accept(buf, k);
				k = 0;
				continue;
			}
			buf[k++] = xs[a];
			buf[k++] = fractionY(f, height);
		}
		out.accept(buf, k);
	}
}
