package ttt.workbench.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.Range;

/**
 * Mouse zoom and pan on an SWTChart plot area (SWTChart 1.1.0 has none of its own): drag a rectangle with the left
 * button to zoom into it, wheel to zoom the step axis around the pointer (Ctrl+wheel: the MSE axis), drag with the
 * middle button or Shift+left to pan, double-click (or {@link #reset()}) to show everything again. Keys on the focused
 * plot: + / − zoom, arrows pan, 0 or Home reset. Remembers whether the user zoomed, so that new data (a live run, a
 * refresh) can keep the user's view.
 */
public final class ChartZoom {

	private static final double WHEEL_FACTOR = 0.8;

	private final Chart chart;
	private final Control plot;
	private final Runnable onReset;
	private boolean zoomed;
	private int downX = -1;
	private int downY;
	private int dragX;
	private int dragY;
	private boolean panning;
	private Range panX;
	private Range panY;

	/** {@code onReset} re-fits the axes to the data (the owner knows what "everything" is, e.g. with a log axis). */
	public ChartZoom(Chart chart, Runnable onReset) {
		this.chart = chart;
		this.plot = chart.getPlotArea().getControl();
		this.onReset = onReset;
		plot.addListener(SWT.MouseDown, this::down);
		plot.addListener(SWT.MouseMove, this::move);
		plot.addListener(SWT.MouseUp, this::up);
		plot.addListener(SWT.MouseVerticalWheel, this::wheel);
		plot.addListener(SWT.MouseDoubleClick, e -> reset());
		plot.addListener(SWT.KeyDown, this::key);
		plot.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paintRubberBand(e.gc);
			}
		});
	}

	/** Whether the user changed the axis ranges since the last reset. */
	public boolean isZoomed() {
		return zoomed;
	}

	public void reset() {
		zoomed = false;
		onReset.run();
		chart.redraw();
	}

	/** Shows exactly these ranges (what a drag does); null keeps an axis as it is. */
	public void zoomTo(Range x, Range y) {
		if (x != null && x.upper > x.lower) {
			xAxis().setRange(x);
		}
		if (y != null && y.upper > y.lower && (!yAxis().isLogScaleEnabled() || y.lower > 0)) {
			yAxis().setRange(y);
		}
		zoomed = true;
		chart.redraw();
	}

	private IAxis xAxis() {
		return chart.getAxisSet().getXAxis(0);
	}

	private IAxis yAxis() {
		return chart.getAxisSet().getYAxis(0);
	}

	private void down(Event e) {
		plot.setFocus();
		if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0)) {
			panning = true;
			panX = xAxis().getRange();
			panY = yAxis().getRange();
		} else if (e.button != 1) {
			return;
		}
		downX = dragX = e.x;
		downY = dragY = e.y;
	}

	private void move(Event e) {
		if (downX < 0) {
			return;
		}
		dragX = e.x;
		dragY = e.y;
		if (panning) {
			double dx = xAxis().getDataCoordinate(downX) - xAxis().getDataCoordinate(e.x);
			xAxis().setRange(new Range(panX.lower + dx, panX.upper + dx));
			if (yAxis().isLogScaleEnabled()) {
				double f = yAxis().getDataCoordinate(downY) / yAxis().getDataCoordinate(e.y);
				yAxis().setRange(new Range(panY.lower * f, panY.upper * f));
			} else {
				double dy = yAxis().getDataCoordinate(downY) - yAxis().getDataCoordinate(e.y);
				yAxis().setRange(new Range(panY.lower + dy, panY.upper + dy));
			}
			zoomed = true;
		}
		chart.redraw();
	}

	private void up(Event e) {
		if (downX < 0) {
			return;
		}
		if (!panning && Math.abs(e.x - downX) > 5 && Math.abs(e.y - downY) > 5) {
			double x1 = xAxis().getDataCoordinate(Math.min(downX, e.x));
			double x2 = xAxis().getDataCoordinate(Math.max(downX, e.x));
			double y1 = yAxis().getDataCoordinate(Math.max(downY, e.y));
			double y2 = yAxis().getDataCoordinate(Math.min(downY, e.y));
			zoomTo(new Range(x1, x2), new Range(y1, y2));
		}
		downX = -1;
		panning = false;
		chart.redraw();
	}

	private void wheel(Event e) {
		double f = e.count > 0 ? WHEEL_FACTOR : 1 / WHEEL_FACTOR;
		if ((e.stateMask & SWT.CTRL) != 0) {
			zoomAxis(yAxis(), yAxis().getDataCoordinate(e.y), f);
		} else {
			zoomAxis(xAxis(), xAxis().getDataCoordinate(e.x), f);
		}
		zoomed = true;
		chart.redraw();
	}

	private void key(Event e) {
		Rectangle b = plot.getBounds();
		double cx = xAxis().getDataCoordinate(b.width / 2);
		switch (e.keyCode) {
		case '+', '=', SWT.KEYPAD_ADD -> zoomAxis(xAxis(), cx, WHEEL_FACTOR);
		case '-', SWT.KEYPAD_SUBTRACT -> zoomAxis(xAxis(), cx, 1 / WHEEL_FACTOR);
		case SWT.ARROW_LEFT, SWT.ARROW_RIGHT -> {
			Range r = xAxis().getRange();
			double d = (r.upper - r.lower) * 0.1 * (e.keyCode == SWT.ARROW_LEFT ? -1 : 1);
			xAxis().setRange(new Range(r.lower + d, r.upper + d));
		}
		case '0', SWT.HOME -> {
			reset();
			return;
		}
		default -> {
			return;
		}
		}
		zoomed = true;
		chart.redraw();
	}

	private static void zoomAxis(IAxis axis, double at, double factor) {
		Range r = axis.getRange();
		if (axis.isLogScaleEnabled()) {
			double la = Math.log10(at);
			double lo = la - (la - Math.log10(r.lower)) * factor;
			double hi = la + (Math.log10(r.upper) - la) * factor;
			axis.setRange(new Range(Math.pow(10, lo), Math.pow(10, hi)));
		} else {
			axis.setRange(new Range(at - (at - r.lower) * factor, at + (r.upper - at) * factor));
		}
	}

	private void paintRubberBand(GC gc) {
		if (downX < 0 || panning) {
			return;
		}
		gc.setLineStyle(SWT.LINE_DOT);
		gc.setForeground(plot.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(Math.min(downX, dragX), Math.min(downY, dragY), Math.abs(dragX - downX), Math.abs(dragY - downY));
		gc.setLineStyle(SWT.LINE_SOLID);
	}
}
