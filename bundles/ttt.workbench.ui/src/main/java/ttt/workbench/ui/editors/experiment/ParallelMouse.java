package ttt.workbench.ui.editors.experiment;

import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse on a {@link ParallelCoordinatesCanvas}: a drag along an axis brushes it (live, while dragging), a click on
 * an axis without a drag clears its brush, a click on a line picks its member (Ctrl adds), hovering names the line.
 */
final class ParallelMouse {

	private final ParallelCoordinatesCanvas canvas;
	private int dragAxis = -1;
	private int dragStartY;
	private int dragY;
	private boolean dragMoved;
	BiConsumer<Integer, double[]> brushListener = (a, r) -> {
	};
	BiConsumer<Integer, Boolean> pickListener = (l, add) -> {
	};
	IntConsumer hoverListener = l -> {
	};

	ParallelMouse(ParallelCoordinatesCanvas canvas) {
		this.canvas = canvas;
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
	}

	/** The range being dragged on {@code axis} (fractions, low first), or null when that axis is not being brushed. */
	double[] dragged(int axis) {
		return axis == dragAxis && dragMoved ? dragRange() : null;
	}

	private double[] dragRange() {
		ParallelGeometry g = canvas.geometry();
		double a = g.yFraction(dragStartY);
		double b = g.yFraction(dragY);
		return new double[] { Math.min(a, b), Math.max(a, b) };
	}

	/**
	 * The event's position; when a display server reports it outside the canvas (GTK does so for synthetic input on a
	 * display without a window manager), the pointer's position, which is where the event happened (as TreeCanvas).
	 */
	private Point where(Event e) {
		Point p = new Point(e.x, e.y);
		return canvas.getClientArea().contains(p) ? p : canvas.toControl(canvas.getDisplay().getCursorLocation());
	}

	private void mouseDown(Event e) {
		if (e.button != 1 || canvas.showsMessage()) {
			return;
		}
		Point p = where(e);
		int axis = canvas.geometry().axisAt(p.x);
		if (axis >= 0 && canvas.geometry().onAxisHeight(p.y)) {
			dragAxis = axis;
			dragStartY = p.y;
			dragY = p.y;
			dragMoved = false;
			return;
		}
		pickListener.accept(canvas.lineAt(p.x, p.y), (e.stateMask & SWT.MOD1) != 0);
	}

	private void mouseMove(Event e) {
		if (dragAxis >= 0) {
			dragY = e.y;
			if (Math.abs(dragY - dragStartY) >= 3) {
				dragMoved = true;
				brushListener.accept(dragAxis, dragRange()); // live: every page follows while dragging
			}
			canvas.redraw();
		} else if (!canvas.showsMessage()) {
			int axis = canvas.geometry().axisAt(e.x);
			canvas.setCursor(axis >= 0 ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZENS) : null);
			hoverListener.accept(canvas.lineAt(e.x, e.y));
		}
	}

	private void mouseUp(Event e) {
		if (dragAxis < 0) {
			return;
		}
		int axis = dragAxis;
		dragY = where(e).y;
		boolean moved = dragMoved || Math.abs(dragY - dragStartY) >= 3;
		double[] range = moved ? dragRange() : null;
		dragAxis = -1;
		dragMoved = false;
		brushListener.accept(axis, range); // a click without a drag clears the axis's brush
		canvas.redraw();
	}
}
