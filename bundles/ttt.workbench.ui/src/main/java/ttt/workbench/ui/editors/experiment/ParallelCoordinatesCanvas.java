package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.GcDrawing;

/**
 * Parallel coordinates: one vertical axis per dimension, one polyline per member, painted through {@link Drawing} so
 * the SVG export is the same routine. Members outside the filter and brushes are faint grey, the others in their
 * colour, selected ones thick and dark on top.
 *
 * <p>Speed (1,000 lines, brushing at ≥ 30 frames/s): the lines are painted into an off-screen {@link Image} that is
 * rebuilt only when the plot (data, colours, filter) or the size changes; a paint that only moves a brush or the hover
 * copies that image and draws the axes, brushes and selection over it. While a brush is dragged the filter changes with
 * every move, so the image is rebuilt at most once per paint (the paint coalesces the moves) — see
 * {@code ParallelCoordinatesBench} in the UI tests for the figures.
 *
 * <p>Mouse: drag along an axis to brush it (a range; the page filters every page by it); click an axis without dragging
 * to clear its brush; click a line to select its member (Ctrl adds). The axis hit zone is ±{@value #AXIS_HIT} pixels.
 */
public final class ParallelCoordinatesCanvas extends Canvas {

	static final int TOP = ParallelGeometry.TOP;
	static final int BOTTOM = ParallelGeometry.BOTTOM;
	static final int AXIS_HIT = ParallelGeometry.AXIS_HIT;
	/** Above this many lines they are drawn thin and without antialiasing. */
	static final int MANY = 300;
	private static final RGB INACTIVE = new RGB(228, 228, 228);
	private static final RGB SELECTED = new RGB(20, 20, 20);
	private static final RGB BRUSH = new RGB(255, 190, 0);

	private ParallelPlot plot = ParallelPlot.EMPTY;
	private Image lines;
	private boolean linesStale = true;
	private String message = "Loading…";

	private long lastPaintNanos;

	private final ParallelMouse mouse;

	public ParallelCoordinatesCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		ChartTheme.applyToCanvas(this);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> linesStale = true);
		mouse = new ParallelMouse(this);
		addListener(SWT.Dispose, e -> {
			if (lines != null) {
				lines.dispose();
			}
		});
	}

	/** Shows {@code next}; the line image is rebuilt only when something it draws differs. */
	public void setPlot(ParallelPlot next) {
		ParallelPlot previous = plot;
		plot = next;
		message = null;
		if (previous.lines() != next.lines() || previous.axes() != next.axes() || previous.colors() != next.colors()
				|| !previous.active().equals(next.active())) {
			linesStale = true;
		}
		redraw();
	}

	public ParallelPlot plot() {
		return plot;
	}

	/** A message instead of the plot ("Loading…", "No figures yet"). */
	public void setMessage(String text) {
		message = text;
		redraw();
	}

	public void onBrush(BiConsumer<Integer, double[]> listener) {
		mouse.brushListener = listener;
	}

	public void onPick(BiConsumer<Integer, Boolean> listener) {
		mouse.pickListener = listener;
	}

	public void onHover(IntConsumer listener) {
		mouse.hoverListener = listener;
	}

	/** Milliseconds the last paint took (for the bench). */
	public double lastPaintMillis() {
		return lastPaintNanos / 1e6;
	}

	/** Where things are at the current size. */
	ParallelGeometry geometry() {
		return new ParallelGeometry(plot, getClientArea().width, getClientArea().height);
	}

	/** The x pixel of axis {@code i} at the current size. */
	public int axisX(int i) {
		return geometry().axisX(i);
	}

	/** The y pixel of fraction {@code f} (0 bottom, 1 top) at the current size. */
	public int fractionY(double f) {
		return geometry().fractionY(f);
	}

	private static int fractionY(double f, int height) {
		return ParallelGeometry.fractionY(f, height);
	}

	// ---- painting

	private void paint(Event e) {
		long start = System.nanoTime();
		Rectangle area = getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		if (message != null || plot.axes().isEmpty()) {
			GcDrawing d = new GcDrawing(e.gc);
			try {
				d.fill(new RGB(255, 255, 255));
				d.fillRect(0, 0, area.width, area.height);
				d.stroke(new RGB(90, 90, 90));
				d.text(message == null ? "Nothing to show" : message, 20, 20);
			} finally {
				d.dispose();
			}
			return;
		}
		if (linesStale || lines == null || !lines.getBounds().equals(new Rectangle(0, 0, area.width, area.height))) {
			if (lines != null) {
				lines.dispose();
			}
			if (plot.lines() > MANY) {
				lines = new Image(getDisplay(), rasterLines(area.width, area.height).toImageData());
			} else {
				lines = new Image(getDisplay(), area.width, area.height);
				GC gc = new GC(lines);
				GcDrawing d = new GcDrawing(gc);
				try {
					paintLines(d, area.width, area.height);
				} finally {
					d.dispose();
					gc.dispose();
				}
			}
			linesStale = false;
		}
		e.gc.drawImage(lines, 0, 0);
		GcDrawing d = new GcDrawing(e.gc);
		try {
			paintOverlay(d, area.width, area.height, plot.lines() <= MANY);
		} finally {
			d.dispose();
		}
		lastPaintNanos = System.nanoTime() - start;
	}

	/** The whole picture through {@code d}: the SVG export. */
	public void paintAll(Drawing d, int width, int height) {
		paintLines(d, width, height);
		paintOverlay(d, width, height, true);
	}

	private void paintLines(Drawing d, int width, int height) {
		d.alpha(255);
		d.fill(new RGB(255, 255, 255));
		d.fillRect(0, 0, width, height);
		int[] xs = new ParallelGeometry(plot, width, height).axisXs();
		d.lineWidth(1);
		d.dashed(false);
		// many lines: no antialiasing and thin lines (cairo strokes them an order of magnitude faster; see the bench)
		boolean many = plot.lines() > MANY;
		d.antialias(!many);
		d.stroke(INACTIVE);
		BitSet active = plot.active();
		for (int l = 0; l < plot.lines(); l++) {
			if (!active.get(l)) {
				polyline(d, l, xs, height);
			}
		}
		d.lineWidth(many ? 1 : 2);
		for (int l = active.nextSetBit(0); l >= 0 && l < plot.lines(); l = active.nextSetBit(l + 1)) {
			d.stroke(rgb(plot.colors()[l]));
			polyline(d, l, xs, height);
		}
		d.lineWidth(1);
		d.antialias(true);
	}

	/** The lines as {@link #paintLines} draws them (thin, not antialiased), into a pixel buffer in Java. */
	private LineRaster rasterLines(int width, int height) {
		LineRaster r = new LineRaster(width, height, axesPixels(width, height));
		int n = plot.axes().size();
		int[] xs = new ParallelGeometry(plot, width, height).axisXs();
		int[] buf = new int[2 * n];
		int inactive = INACTIVE.red << 16 | INACTIVE.green << 8 | INACTIVE.blue;
		BitSet active = plot.active();
		for (int pass = 0; pass < 2; pass++) {
			for (int l = 0; l < plot.lines(); l++) {
				if (active.get(l) != (pass == 1)) {
					continue;
				}
				int rgb = pass == 1 ? plot.colors()[l] : inactive;
				ParallelGeometry.segments(plot, l, xs, height, buf, (points, k) -> r.polyline(points, k, rgb, false));
			}
		}
		r.restore(axesPixels, axesLabelBoxes); // tick labels on white again, over the lines
		return r;
	}

	/**
	 * The labelled axes on white as pixels, drawn through the GC once per size and set of axes (text is the slow part of
	 * a frame) and reused as the background of every rasterised line image.
	 */
	private int[] axesPixels(int width, int height) {
		if (axesPixels != null && axesPixelsFor == plot.axes() && axesPixelsWidth == width && axesPixelsHeight == height) {
			return axesPixels;
		}
		Image image = new Image(getDisplay(), width, height);
		GC gc = new GC(image);
		GcDrawing d = new GcDrawing(gc);
		try {
			d.fill(new RGB(255, 255, 255));
			d.fillRect(0, 0, width, height);
			labelBoxes = new ArrayList<>();
			paintAxes(d, width, height);
		} finally {
			d.dispose();
			gc.dispose();
		}
		axesLabelBoxes = labelBoxes;
		labelBoxes = null;
		axesPixels = LineRaster.pixels(image.getImageData());
		image.dispose();
		axesPixelsFor = plot.axes();
		axesPixelsWidth = width;
		axesPixelsHeight = height;
		return axesPixels;
	}

	private int[] axesPixels;
	/** Where the tick labels are in {@link #axesPixels}: restored over the lines so that they stay readable. */
	private List<Rectangle> axesLabelBoxes = List.of();
	private List<Rectangle> labelBoxes;
	private Object axesPixelsFor;
	private int axesPixelsWidth;
	private int axesPixelsHeight;

	/** A member's line, broken where it has no value. */
	private void polyline(Drawing d, int line, int[] xs, int height) {
		ParallelGeometry.segments(plot, line, xs, height, new int[2 * xs.length], (points, k) -> {
			if (k >= 4) {
				d.polyline(k == points.length ? points : Arrays.copyOf(points, k));
			}
		});
	}

	/** Axes with ticks, tick labels and axis labels (the text of the picture). */
	private void paintAxes(Drawing d, int width, int height) {
		int n = plot.axes().size();
		int[] xs = new ParallelGeometry(plot, width, height).axisXs();
		d.alpha(255);
		int lastRight = Integer.MIN_VALUE;
		for (int a = 0; a < n; a++) {
			ParallelPlot.Axis axis = plot.axes().get(a);
			d.stroke(ChartTheme.inkRgb());
			d.lineWidth(1);
			d.line(xs[a], fractionY(1, height), xs[a], fractionY(0, height));
			for (int t = 0; t < axis.tickFractions().length; t++) {
				int y = fractionY(axis.tickFractions()[t], height);
				d.line(xs[a] - 3, y, xs[a] + 3, y);
				String label = axis.tickLabels()[t];
				Point ext = d.textExtent(label);
				d.stroke(new RGB(60, 60, 60));
				d.text(label, xs[a] + 5, y - ext.y / 2);
				if (labelBoxes != null) {
					labelBoxes.add(new Rectangle(xs[a] + 4, y - ext.y / 2, ext.x + 2, ext.y));
				}
				d.stroke(ChartTheme.inkRgb());
			}
			// labels alternate between two rows when neighbours would overlap
			Point ext = d.textExtent(axis.label());
			int x = Math.max(2, Math.min(width - ext.x - 2, xs[a] - ext.x / 2));
			int row = x < lastRight + 6 ? 1 : 0;
			d.stroke(new RGB(20, 20, 20));
			d.text(axis.label(), x, row == 0 ? TOP - 2 * ext.y - 14 : TOP - ext.y - 10);
			if (row == 0) {
				lastRight = x + ext.x;
			}
		}
	}

	/**
	 * Selected lines, brushes, axes, legend and count over the lines; {@code withAxes} false when the labelled axes are
	 * already in the line image (many lines: their text is drawn once per size, not once per frame).
	 */
	private void paintOverlay(Drawing d, int width, int height, boolean withAxes) {
		int n = plot.axes().size();
		int[] xs = new ParallelGeometry(plot, width, height).axisXs();
		BitSet selected = plot.selected();
		if (!selected.isEmpty()) {
			d.alpha(255);
			d.lineWidth(3);
			d.stroke(SELECTED);
			for (int l = selected.nextSetBit(0); l >= 0 && l < plot.lines(); l = selected.nextSetBit(l + 1)) {
				polyline(d, l, xs, height);
			}
			d.lineWidth(1);
		}
		for (int a = 0; a < n; a++) {
			double[] dragged = mouse.dragged(a);
			double[] r = dragged != null ? dragged : plot.brush(a);
			if (r != null) {
				int y1 = fractionY(r[1], height);
				int y2 = fractionY(r[0], height);
				d.fill(BRUSH);
				d.alpha(90);
				d.fillRect(xs[a] - 8, y1, 16, Math.max(2, y2 - y1));
				d.alpha(255);
				d.stroke(new RGB(200, 140, 0));
				d.rect(xs[a] - 8, y1, 16, Math.max(2, y2 - y1));
			}
		}
		d.alpha(255);
		if (withAxes) {
			paintAxes(d, width, height);
		} else {
			d.stroke(ChartTheme.inkRgb()); // the labelled axes are in the line image: only the axis lines again, over the lines
			d.lineWidth(1);
			for (int a = 0; a < n; a++) {
				d.line(xs[a], fractionY(1, height), xs[a], fractionY(0, height));
			}
		}
		if (plot.colorLegend() != null && !plot.colorLegend().isEmpty()) {
			d.stroke(new RGB(60, 60, 60));
			Point ext = d.textExtent(plot.colorLegend());
			d.text(plot.colorLegend(), Math.max(4, width - ext.x - 8), height - ext.y - 6);
		}
		String count = plot.active().cardinality() + " of " + plot.lines() + " members pass";
		d.stroke(new RGB(60, 60, 60));
		d.text(count, 8, height - d.textExtent(count).y - 6);
	}

	private static RGB rgb(int packed) {
		return new RGB(packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF);
	}

	// ---- mouse

	/** A message is shown instead of the plot: the mouse does nothing. */
	boolean showsMessage() {
		return message != null;
	}

	/** The member whose line passes within 4 pixels of (x, y), preferring lines that pass the filter; -1 if none. */
	public int lineAt(int x, int y) {
		return geometry().lineAt(x, y);
	}
}
