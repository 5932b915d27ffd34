package ttt.workbench.ui.views.tree;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The tree canvas's scroll bars kept in step with its {@link TreeViewport}, both ways: the bars show the viewport's
 * scroll and the zoomed tree's size, and dragging a bar scrolls the viewport.
 */
final class TreeScrollBars {

	/** Pixels one arrow click scrolls. */
	private static final int STEP = 24;

	private final Canvas canvas;
	private final TreeViewport viewport;

	/** @param scrolled called after a bar scrolled the viewport (to redraw and tell listeners) */
	TreeScrollBars(Canvas canvas, TreeViewport viewport, Runnable scrolled) {
		this.canvas = canvas;
		this.viewport = viewport;
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolledByBar(scrolled));
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolledByBar(scrolled));
		canvas.getHorizontalBar().setIncrement(STEP);
		canvas.getVerticalBar().setIncrement(STEP);
	}

	/** Shows the viewport's scroll, client and content size on the bars. */
	void update() {
		ScrollBar h = canvas.getHorizontalBar();
		ScrollBar v = canvas.getVerticalBar();
		int cw = viewport.clientWidth();
		int ch = viewport.clientHeight();
		h.setValues((int) Math.max(0, viewport.scrollX()), 0, Math.max(cw, viewport.scaledWidth()), cw, STEP, Math.max(1, cw - STEP));
		v.setValues((int) Math.max(0, viewport.scrollY()), 0, Math.max(ch, viewport.scaledHeight()), ch, STEP, Math.max(1, ch - STEP));
	}

	private void scrolledByBar(Runnable scrolled) {
		viewport.scrollTo(viewport.scaledWidth() > viewport.clientWidth() ? canvas.getHorizontalBar().getSelection() : viewport.scrollX(),
				canvas.getVerticalBar().getSelection());
		scrolled.run();
	}
}
