package ttt.workbench.ui.views.tree;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

import ttt.workbench.analysis.tree.Legend;

/**
 * The tree canvas's colour legend: which legend there is, whether it is shown (it may cover nodes in a small view, so
 * the user can hide it), and the strip at the right of the viewport it keeps free of nodes. Drawing it is
 * {@link LegendPainter}'s job; its size depends on the canvas's font, so it is measured on the canvas.
 */
final class TreeLegend {

	private final Canvas canvas;
	private final TreeViewport viewport;
	private Legend legend;
	private boolean visible = true;

	TreeLegend(Canvas canvas, TreeViewport viewport) {
		this.canvas = canvas;
		this.viewport = viewport;
	}

	/** @param legend what the colours mean (null: no legend) */
	void set(Legend legend) {
		this.legend = legend;
	}

	/** The legend to draw, or null when there is none or it is hidden. */
	Legend shown() {
		return visible ? legend : null;
	}

	boolean isVisible() {
		return visible;
	}

	/** Shows or hides the legend, and frees or gives back its strip. */
	void setVisible(boolean visible) {
		this.visible = visible;
		reserveStrip();
	}

	/** Where the legend is drawn, in canvas coordinates (null: no legend shown). */
	Rectangle bounds() {
		Legend shown = shown();
		if (shown == null) {
			return null;
		}
		GC gc = new GC(canvas);
		try {
			gc.setFont(canvas.getFont());
			return LegendPainter.bounds(gc, shown, canvas.getClientArea());
		} finally {
			gc.dispose();
		}
	}

	/** The legend's strip at the right is kept free of nodes, so the legend never covers one. */
	void reserveStrip() {
		Legend shown = shown();
		if (shown == null) {
			viewport.reserveRight(0);
			return;
		}
		GC gc = new GC(canvas);
		try {
			gc.setFont(canvas.getFont());
			viewport.reserveRight(LegendPainter.outerWidth(gc, shown));
		} finally {
			gc.dispose();
		}
	}
}
