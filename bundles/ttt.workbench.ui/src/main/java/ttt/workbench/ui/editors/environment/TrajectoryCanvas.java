package ttt.workbench.ui.editors.environment;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.analysis.environment.ArrowSampling;
import ttt.workbench.analysis.environment.EqualAspectFrame;
import ttt.workbench.analysis.environment.NiceTicks;
import ttt.workbench.analysis.environment.TimeColorMap;
import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.GcDrawing;

/**
 * The x–y path of a run, coloured by time (viridis, legend bar labelled with t), velocity arrows every k steps, start
 * (circle) and end (square) marked by shape and label, both axes at one scale with ticks; the replay position as a
 * red diamond with its velocity arrow. One painting routine for the screen and SVG export. A click picks the nearest
 * step.
 */
public final class TrajectoryCanvas extends Canvas implements Exportable {

	private static final int LEFT = 58, RIGHT = 84, TOP = 34, BOTTOM = 40;
	private static final RGB AXIS = new RGB(90, 90, 90), GRID = new RGB(225, 225, 225), HALO = new RGB(200, 200, 200),
			ARROW = new RGB(60, 60, 60), MARKER = new RGB(214, 39, 40), WHITE = new RGB(255, 255, 255), TEXT = new RGB(30, 30, 30);

	private TrajectoryData data;
	private String message = "No run in focus.";
	private String name = "trajectory";
	private int current = -1;
	private int pathPoints;
	private IntConsumer onPick = i -> {
	};

	TrajectoryCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		ChartTheme.applyToCanvas(this);
		addPaintListener(e -> {
			GcDrawing drawing = new GcDrawing(e.gc);
			try {
				Point size = getSize();
				paint(drawing, size.x, size.y);
				if (isFocusControl()) {
					e.gc.drawFocus(1, 1, size.x - 2, size.y - 2); // the keys act here: show it
				}
			} finally {
				drawing.dispose();
			}
		});
		addListener(SWT.FocusIn, e -> redraw());
		addListener(SWT.FocusOut, e -> redraw());
		addListener(SWT.MouseDown, e -> {
			setFocus();
			int i = nearestRow(e.x, e.y);
			if (i >= 0) {
				onPick.accept(i);
			}
		});
	}

	/** Shows {@code trajectory} (null: shows {@code why} instead). */
	void show(TrajectoryData trajectory, String why, String exportName) {
		data = trajectory;
		message = why;
		name = exportName;
		current = trajectory == null || trajectory.size() == 0 ? -1 : Math.min(Math.max(current, 0), trajectory.size() - 1);
		redraw();
	}

	void onPick(IntConsumer listener) {
		onPick = listener;
	}

	void current(int row) {
		if (row != current) {
			current = row;
			redraw();
		}
	}

	/** The row of the replay marker (-1: none). */
	public int current() {
		return current;
	}

	/** How many points the path polyline has (one per trajectory row). */
	public int pathPointCount() {
		return pathPoints;
	}

	/** The pixel centre of the replay marker on screen (null when none). */
	public Point currentPixel() {
		EqualAspectFrame f = frame(getSize().x, getSize().y);
		if (f == null || current < 0) {
			return null;
		}
		return new Point(f.toPixelX(data.x()[current]), f.toPixelY(data.y()[current]));
	}

	/** A pixel of the canvas in data units {x, y} (null without data). */
	public double[] toData(Point pixel) {
		EqualAspectFrame f = frame(getSize().x, getSize().y);
		return f == null ? null : new double[] { f.toDataX(pixel.x), f.toDataY(pixel.y) };
	}

	/** {@code text} broken at spaces into lines no wider than {@code width}. */
	private static String wrap(Drawing d, String text, int width) {
		StringBuilder out = new StringBuilder(), line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && d.textExtent(line + " " + word).x > width) {
				out.append(line).append('\n');
				line.setLength(0);
			}
			line.append(line.length() > 0 ? " " : "").append(word);
		}
		return out.append(line).toString();
	}

	private EqualAspectFrame frame(int width, int height) {
		if (data == null || data.size() == 0) {
			return null;
		}
		return new EqualAspectFrame(EqualAspectFrame.Bounds.of(data.x(), data.y()), 0.06, LEFT, TOP,
				Math.max(1, width - LEFT - RIGHT), Math.max(1, height - TOP - BOTTOM));
	}

	private int nearestRow(int px, int py) {
		EqualAspectFrame f = frame(getSize().x, getSize().y);
		if (f == null) {
			return -1;
		}
		int best = -1;
		double bestD = 12 * 12; // pixels: a click far from the path picks nothing
		for (int i = 0; i < data.size(); i++) {
			double dx = f.toPixelX(data.x()[i]) - px, dy = f.toPixelY(data.y()[i]) - py;
			double d = dx * dx + dy * dy;
			if (d < bestD) {
				bestD = d;
				best = i;
			}
		}
		return best;
	}

	@Override
	public void paint(Drawing d, int width, int height) {
		d.fill(WHITE);
		d.fillRect(0, 0, width, height);
		EqualAspectFrame f = frame(width, height);
		if (f == null) {
			pathPoints = 0;
			d.stroke(TEXT);
			String wrapped = wrap(d, message, Math.max(80, width - 40));
			Point ext = d.textExtent(wrapped);
			d.text(wrapped, Math.max(4, (width - ext.x) / 2), Math.max(4, (height - ext.y) / 2));
			return;
		}
		int plotW = Math.max(1, width - LEFT - RIGHT), plotH = Math.max(1, height - TOP - BOTTOM);
		axes(d, f, plotW, plotH);
		TimeColorMap colors = new TimeColorMap(data.t()[0], data.t()[data.size() - 1]);
		path(d, f, colors);
		arrows(d, f, plotW, plotH);
		endpoints(d, f);
		marker(d, f, plotW, plotH);
		legendBar(d, colors, width, plotH);
		legend(d, width);
	}

	private void axes(Drawing d, EqualAspectFrame f, int plotW, int plotH) {
		EqualAspectFrame.Bounds v = f.visible();
		// one tick step for both axes: the same distance on screen means the same distance in the plane
		double step = NiceTicks.step(Math.min(v.minX(), v.minY()), Math.min(v.minX(), v.minY()) + Math.min(v.width(), v.height()),
				Math.max(2, Math.min(plotW, plotH) / 70));
		d.lineWidth(1);
		d.dashed(false);
		for (double x : NiceTicks.ticks(v.minX(), v.maxX(), (int) Math.max(1, v.width() / step))) {
			int px = f.toPixelX(x);
			d.stroke(GRID);
			d.line(px, TOP, px, TOP + plotH);
			d.stroke(AXIS);
			d.line(px, TOP + plotH, px, TOP + plotH + 4);
			String label = NiceTicks.label(x, step);
			d.text(label, px - d.textExtent(label).x / 2, TOP + plotH + 6);
		}
		for (double y : NiceTicks.ticks(v.minY(), v.maxY(), (int) Math.max(1, v.height() / step))) {
			int py = f.toPixelY(y);
			d.stroke(GRID);
			d.line(LEFT, py, LEFT + plotW, py);
			d.stroke(AXIS);
			d.line(LEFT - 4, py, LEFT, py);
			String label = NiceTicks.label(y, step);
			Point e = d.textExtent(label);
			d.text(label, LEFT - 6 - e.x, py - e.y / 2);
		}
		d.stroke(AXIS);
		d.rect(LEFT, TOP, plotW, plotH);
		d.text("x", LEFT + plotW / 2, TOP + plotH + 22);
		d.text("y", 8, TOP + plotH / 2 - 8);
	}

	private void path(Drawing d, EqualAspectFrame f, TimeColorMap colors) {
		int n = data.size();
		int[] all = new int[2 * n];
		for (int i = 0; i < n; i++) {
			all[2 * i] = f.toPixelX(data.x()[i]);
			all[2 * i + 1] = f.toPixelY(data.y()[i]);
		}
		pathPoints = n;
		// the whole path once, as a light halo: it keeps the coloured path readable where yellow meets white
		d.stroke(HALO);
		d.lineWidth(4);
		d.polyline(all);
		// then in time bands, each in the colour of its middle
		d.lineWidth(2);
		int bands = Math.max(1, Math.min(n - 1, 160));
		for (int b = 0; b < bands; b++) {
			int from = (int) ((long) b * (n - 1) / bands), to = (int) ((long) (b + 1) * (n - 1) / bands);
			if (to <= from) {
				continue;
			}
			int[] seg = new int[2 * (to - from + 1)];
			System.arraycopy(all, 2 * from, seg, 0, seg.length);
			TimeColorMap.Rgb c = colors.color((data.t()[from] + data.t()[to]) / 2.0);
			d.stroke(new RGB(c.r(), c.g(), c.b()));
			d.polyline(seg);
		}
		d.lineWidth(1);
	}

	/** Pixels per unit of velocity: the fastest arrow is 8% of the plot. */
	private double arrowScale(int plotW, int plotH) {
		double max = 0;
		for (int i = 0; i < data.size(); i++) {
			max = Math.max(max, data.speed(i));
		}
		return max > 0 ? 0.08 * Math.min(plotW, plotH) / max : 0;
	}

	private void arrows(Drawing d, EqualAspectFrame f, int plotW, int plotH) {
		double s = arrowScale(plotW, plotH);
		d.stroke(ARROW);
		d.fill(ARROW);
		d.lineWidth(1);
		for (int i : ArrowSampling.indices(data.size(), ArrowSampling.defaultStride(data.size()))) {
			arrow(d, f.toPixelX(data.x()[i]), f.toPixelY(data.y()[i]), data.vx()[i] * s, -data.vy()[i] * s, 6);
		}
	}

	private static void arrow(Drawing d, int x, int y, double dx, double dy, int head) {
		double len = Math.hypot(dx, dy);
		if (len < 1) {
			return;
		}
		int x2 = (int) Math.round(x + dx), y2 = (int) Math.round(y + dy);
		d.line(x, y, x2, y2);
		double ux = dx / len, uy = dy / len;
		double h = Math.min(head, len * 0.6);
		d.fillPolygon(new int[] { x2, y2, (int) Math.round(x2 - h * ux - h * 0.5 * uy), (int) Math.round(y2 - h * uy + h * 0.5 * ux),
				(int) Math.round(x2 - h * ux + h * 0.5 * uy), (int) Math.round(y2 - h * uy - h * 0.5 * ux) });
	}

	private void endpoints(Drawing d, EqualAspectFrame f) {
		int n = data.size();
		int sx = f.toPixelX(data.x()[0]), sy = f.toPixelY(data.y()[0]);
		int ex = f.toPixelX(data.x()[n - 1]), ey = f.toPixelY(data.y()[n - 1]);
		d.lineWidth(2);
		d.fill(WHITE);
		d.fillOval(sx - 6, sy - 6, 12, 12);
		d.stroke(TEXT);
		d.oval(sx - 6, sy - 6, 12, 12);
		d.text("start", sx + 8, sy - 18);
		d.fill(TEXT);
		d.fillRect(ex - 5, ey - 5, 11, 11);
		d.text("end", ex + 8, ey - 18);
		d.lineWidth(1);
	}

	private void marker(Drawing d, EqualAspectFrame f, int plotW, int plotH) {
		if (current < 0 || current >= data.size()) {
			return;
		}
		int x = f.toPixelX(data.x()[current]), y = f.toPixelY(data.y()[current]);
		double s = arrowScale(plotW, plotH);
		d.stroke(MARKER);
		d.fill(MARKER);
		d.lineWidth(2);
		arrow(d, x, y, data.vx()[current] * s, -data.vy()[current] * s, 9);
		d.fill(WHITE);
		d.fillPolygon(new int[] { x, y - 9, x + 9, y, x, y + 9, x - 9, y });
		d.fill(MARKER);
		d.fillPolygon(new int[] { x, y - 6, x + 6, y, x, y + 6, x - 6, y });
		d.lineWidth(1);
		d.stroke(MARKER);
		d.text("t=" + data.t()[current], x + 11, y + 4);
	}

	private void legendBar(Drawing d, TimeColorMap colors, int width, int plotH) {
		int x = width - RIGHT + 22, w = 14, top = TOP, h = plotH;
		int slices = Math.max(1, Math.min(h, 100));
		for (int i = 0; i < slices; i++) {
			double frac = 1 - (i + 0.5) / slices; // late times at the top
			TimeColorMap.Rgb c = TimeColorMap.at(frac);
			d.fill(new RGB(c.r(), c.g(), c.b()));
			int y0 = top + i * h / slices, y1 = top + (i + 1) * h / slices;
			d.fillRect(x, y0, w, y1 - y0 + 1);
		}
		d.stroke(AXIS);
		d.rect(x, top, w, h);
		d.stroke(TEXT);
		d.text("t", x + 3, top - 18);
		double tMin = colors.tMin(), tMax = colors.tMax();
		List<Double> ticks = NiceTicks.ticks(tMin, tMax, Math.max(2, h / 60));
		double step = NiceTicks.step(tMin, tMax, Math.max(2, h / 60));
		for (double t : ticks) {
			int y = tMax > tMin ? (int) Math.round(top + h - (t - tMin) / (tMax - tMin) * h) : top + h;
			d.line(x + w, y, x + w + 3, y);
			String label = NiceTicks.label(t, step);
			d.text(label, x + w + 5, y - d.textExtent(label).y / 2);
		}
	}

	private void legend(Drawing d, int width) {
		int stride = ArrowSampling.defaultStride(data.size());
		String text = String.format(Locale.ROOT, "○ start   ■ end   ◆ replay position   → velocity every %d step%s (length ∝ speed)",
				stride, stride == 1 ? "" : "s");
		d.stroke(TEXT);
		d.text(text, LEFT, 8);
	}

	@Override
	public Control control() {
		return this;
	}

	@Override
	public String suggestedName() {
		return name;
	}

	@Override
	public CsvTable data() {
		return data == null ? new CsvTable(List.of("t", "x", "y", "vx", "vy", "ax", "ay", "speed")) : data.toCsv();
	}
}
