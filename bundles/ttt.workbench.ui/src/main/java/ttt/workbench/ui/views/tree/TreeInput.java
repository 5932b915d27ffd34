package ttt.workbench.ui.views.tree;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

import ttt.workbench.analysis.layout.LaidOutTree;

/**
 * The pointer and the keyboard on a {@link TreeCanvas}: click selects, a press on empty space pans, a drag of a node
 * forks it when dropped on empty space (refused on another node), double-click and Enter open, the toggle under a node
 * and '-'/'+' fold, Ctrl+wheel and Ctrl+'+'/'-'/'0' zoom, arrows walk the lineage; hovering shows the node's tooltip.
 */
final class TreeInput {

	private static final int DRAG_THRESHOLD = 6;

	private final TreeCanvas canvas;
	private final Cursor panCursor;
	private final Cursor dragCursor;
	private final Cursor refusedCursor;
	// pointer gesture in progress
	private String pressedId;
	private Point pressedAt;
	private boolean dragging;
	private Point dragAt;
	private boolean panning;

	TreeInput(TreeCanvas canvas) {
		this.canvas = canvas;
		panCursor = new Cursor(canvas.getDisplay(), SWT.CURSOR_SIZEALL);
		dragCursor = new Cursor(canvas.getDisplay(), SWT.CURSOR_HAND);
		refusedCursor = new Cursor(canvas.getDisplay(), SWT.CURSOR_NO);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClicked);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::keyPressed);
		canvas.addListener(SWT.MouseHover, this::hovered);
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN); // keep arrows and Enter here
	}

	/** The node being dragged, or null. */
	String draggedId() {
		return dragging && dragAt != null ? pressedId : null;
	}

	/** Where the dragged node is (canvas coordinates), or null. */
	Point dragPoint() {
		return dragging ? dragAt : null;
	}

	/** The node under {@code p} other than the one being dragged: dropping there is refused. */
	String dropTarget(Point p) {
		String under = canvas.nodeAt(p.x, p.y).orElse(null);
		return under != null && !under.equals(pressedId) ? under : null;
	}

	/**
	 * The event's position; when a display server reports it outside the canvas (GTK does so for synthetic input on a
	 * display without a window manager), the pointer's position, which is where the event happened.
	 */
	private Point where(Event e) {
		Point p = new Point(e.x, e.y);
		return canvas.getClientArea().contains(p) ? p : canvas.toControl(canvas.getDisplay().getCursorLocation());
	}

	private void mouseDown(Event e) {
		canvas.forceFocus();
		canvas.setToolTipText(null); // a tooltip left from hovering would hide the drag feedback
		if (canvas.getTree() == null || e.button != 1) {
			return;
		}
		Point p = where(e);
		String toggle = toggleAt(p);
		if (toggle != null) {
			canvas.toggleListeners.forEach(l -> l.accept(toggle));
			return;
		}
		pressedAt = p;
		pressedId = canvas.nodeAt(p.x, p.y).orElse(null);
		if (pressedId != null) {
			canvas.setSelectedId(pressedId);
		} else {
			panning = true;
			canvas.setCursor(panCursor);
		}
	}

	private void mouseMove(Event e) {
		if (pressedAt == null) {
			return;
		}
		Point p = where(e);
		if (panning) {
			canvas.viewport().scrollBy(pressedAt.x - p.x, pressedAt.y - p.y);
			pressedAt = p;
			canvas.viewportChanged();
			return;
		}
		if (!dragging && Math.hypot(p.x - pressedAt.x, p.y - pressedAt.y) >= DRAG_THRESHOLD) {
			dragging = true;
		}
		if (dragging) {
			dragAt = p;
			canvas.setCursor(dropTarget(p) != null ? refusedCursor : dragCursor);
			canvas.redraw();
		}
	}

	private void mouseUp(Event e) {
		if (pressedAt == null) {
			return;
		}
		Point p = where(e);
		String source = pressedId;
		boolean wasDragging = dragging;
		pressedAt = null;
		pressedId = null;
		dragging = false;
		dragAt = null;
		panning = false;
		canvas.setCursor(null);
		canvas.redraw();
		if (!wasDragging || source == null || !canvas.getClientArea().contains(p)) {
			return; // a click, or a drag released outside the canvas: nothing to do
		}
		String under = canvas.nodeAt(p.x, p.y).orElse(null);
		if (under != null) { // onto a node (itself included): a session has one parent
			canvas.showRefused(under);
			canvas.refusedDropListeners.forEach(l -> l.accept(source, under));
		} else if (under == null) {
			canvas.forkDropListeners.forEach(l -> l.accept(source));
		}
	}

	private void doubleClicked(Event e) {
		if (e.button == 1) {
			Point p = where(e);
			canvas.nodeAt(p.x, p.y).ifPresent(id -> canvas.openListeners.forEach(l -> l.accept(id)));
		}
	}

	private void wheel(Event e) {
		TreeViewport viewport = canvas.viewport();
		if ((e.stateMask & SWT.MOD1) != 0) {
			Point p = where(e);
			viewport.zoomAt(e.count > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			viewport.scrollBy(-e.count * 16, 0);
		} else {
			viewport.scrollBy(0, -e.count * 16);
		}
		e.doit = false;
		canvas.viewportChanged();
	}

	private void hovered(Event e) {
		String id = canvas.nodeAt(e.x, e.y).orElse(null);
		String tip = id == null ? null : canvas.tooltipOf(id);
		if (id != null && canvas.hasToggle(id)) {
			tip = (tip == null ? "" : tip + "\n\n") + (canvas.hiddenUnder(id) > 0 ? "Click + below the node (or press +) to expand"
					: "Click − below the node (or press −) to collapse its subtree");
		}
		canvas.setToolTipText(tip);
	}

	private void keyPressed(Event e) {
		LaidOutTree tree = canvas.getTree();
		if (tree == null) {
			return;
		}
		boolean mod1 = (e.stateMask & SWT.MOD1) != 0;
		if (mod1 && (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD)) {
			canvas.zoomBy(1.25);
			return;
		}
		if (mod1 && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
			canvas.zoomBy(0.8);
			return;
		}
		if (mod1 && e.character == '0') {
			canvas.fit();
			return;
		}
		String selected = canvas.getSelectedId();
		String current = selected == null ? canvas.getBaseId() : selected;
		if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			if (selected != null) {
				canvas.openListeners.forEach(l -> l.accept(selected));
			}
			return;
		}
		if ((e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) && canvas.hasToggle(current) && canvas.hiddenUnder(current) == 0
				|| (e.character == '+' || e.keyCode == SWT.KEYPAD_ADD) && canvas.hiddenUnder(current) > 0) {
			canvas.toggleListeners.forEach(l -> l.accept(current));
			return;
		}
		String next = neighbour(tree, current, e.keyCode);
		if (next != null) {
			canvas.setSelectedId(next);
		}
	}

	/** The node an arrow key (or Home) goes to from {@code current}: Up parent, Down first child, Left/Right siblings. */
	private String neighbour(LaidOutTree tree, String current, int keyCode) {
		var box = tree.box(current);
		if (box.isEmpty()) {
			return null;
		}
		String parent = box.get().node().parentId();
		List<String> siblings = tree.boxes().stream().filter(b -> Objects.equals(b.node().parentId(), parent))
				.sorted(Comparator.comparingDouble(LaidOutTree.Box::x)).map(b -> b.node().id()).toList();
		int at = siblings.indexOf(current);
		return switch (keyCode) {
		case SWT.ARROW_UP -> parent;
		case SWT.ARROW_DOWN -> tree.boxes().stream().filter(b -> current.equals(b.node().parentId()))
				.min(Comparator.comparingDouble(LaidOutTree.Box::x)).map(b -> b.node().id()).orElse(null);
		case SWT.ARROW_LEFT -> at > 0 ? siblings.get(at - 1) : null;
		case SWT.ARROW_RIGHT -> at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
		case SWT.HOME -> canvas.getBaseId();
		default -> null;
		};
	}

	/** The node whose collapse/expand toggle is at {@code p}, or null. */
	private String toggleAt(Point p) {
		TreeViewport viewport = canvas.viewport();
		if (viewport.zoom() < TreeCanvas.LABEL_ZOOM) {
			return null;
		}
		double mx = viewport.toModelX(p.x);
		double my = viewport.toModelY(p.y);
		double r = (TreeCanvas.TOGGLE_RADIUS + 2) / viewport.zoom();
		double drop = TreeCanvas.TOGGLE_DROP / viewport.zoom();
		for (LaidOutTree.Box b : canvas.getTree().boxes()) {
			if (Math.abs(mx - b.centerX()) <= r * 2.2 && Math.abs(my - (b.y() + b.height() + drop)) <= r && canvas.hasToggle(b.node().id())) {
				return b.node().id();
			}
		}
		return null;
	}

	void dispose() {
		panCursor.dispose();
		dragCursor.dispose();
		refusedCursor.dispose();
	}
}
