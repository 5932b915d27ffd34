package ttt.workbench.ui.views.tree;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import ttt.workbench.ui.layout.LaidOutTree;

/**
 * Paints a laid-out lineage: edges first, then node boxes; the base node larger and gold, sessions blue-grey, the
 * selected node with a ring. Selection by click or keyboard (Up: parent, Down: first child, Left/Right: siblings,
 * Home: the base); a hover tooltip from the view. Coordinates come from {@link ttt.workbench.ui.layout.TreeLayoutEngine}.
 */
public class TreeCanvas extends Canvas {

	private static final int MARGIN = 16;

	private final Color baseFill;
	private final Color baseBorder;
	private final Color sessionFill;
	private final Color sessionBorder;
	private final Color edgeColor;
	private final Color ringColor;
	private LaidOutTree tree;
	private String baseId;
	private String selectedId;
	private final List<Consumer<String>> selectionListeners = new CopyOnWriteArrayList<>();
	private Function<String, String> tooltips = id -> null;

	public TreeCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		baseFill = new Color(new RGB(244, 208, 120));
		baseBorder = new Color(new RGB(150, 105, 30));
		sessionFill = new Color(new RGB(222, 232, 245));
		sessionBorder = new Color(new RGB(70, 100, 140));
		edgeColor = new Color(new RGB(120, 120, 120));
		ringColor = getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
		addListener(SWT.MouseDown, this::clicked);
		addListener(SWT.KeyDown, this::keyPressed);
		addListener(SWT.MouseHover, this::hovered);
		addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN); // keep arrows and Enter here
	}

	/** Called with the new selected node id (null: nothing) whenever the selection changes. */
	public void addSelectionListener(Consumer<String> listener) {
		selectionListeners.add(listener);
	}

	/** @param tooltips node id to the text shown when the mouse rests on the node (null: none) */
	public void setTooltips(Function<String, String> tooltips) {
		this.tooltips = tooltips;
	}

	public String getSelectedId() {
		return selectedId;
	}

	public void setSelectedId(String id) {
		if (java.util.Objects.equals(id, selectedId)) {
			return;
		}
		selectedId = id;
		redraw();
		selectionListeners.forEach(l -> l.accept(id));
	}

	/** The box's centre in this canvas's coordinates (for tests and for scrolling it into view). */
	public Point centerOf(String id) {
		return tree.box(id).map(b -> new Point(MARGIN + (int) b.centerX(), MARGIN + (int) b.centerY())).orElse(null);
	}

	private void clicked(Event e) {
		forceFocus();
		if (tree != null && e.button == 1) {
			Point p = where(e);
			setSelectedId(tree.boxAt(p.x - MARGIN, p.y - MARGIN).map(b -> b.node().id()).orElse(null));
		}
	}

	/**
	 * The event's position; when a display server reports it outside this canvas (GTK does so for synthetic input on
	 * a display without a window manager), the pointer's position, which is where the press happened.
	 */
	private Point where(Event e) {
		Point p = new Point(e.x, e.y);
		return getClientArea().contains(p) ? p : toControl(getDisplay().getCursorLocation());
	}

	private void hovered(Event e) {
		String id = tree == null ? null : tree.boxAt(e.x - MARGIN, e.y - MARGIN).map(b -> b.node().id()).orElse(null);
		setToolTipText(id == null ? null : tooltips.apply(id));
	}

	private void keyPressed(Event e) {
		if (tree == null) {
			return;
		}
		String current = selectedId == null ? baseId : selectedId;
		var box = tree.box(current);
		if (box.isEmpty()) {
			return;
		}
		String parent = box.get().node().parentId();
		List<String> siblings = tree.boxes().stream().filter(b -> java.util.Objects.equals(b.node().parentId(), parent))
				.sorted(java.util.Comparator.comparingDouble(LaidOutTree.Box::x)).map(b -> b.node().id()).toList();
		int at = siblings.indexOf(current);
		String next = switch (e.keyCode) {
		case SWT.ARROW_UP -> parent;
		case SWT.ARROW_DOWN -> tree.boxes().stream().filter(b -> current.equals(b.node().parentId()))
				.min(java.util.Comparator.comparingDouble(LaidOutTree.Box::x)).map(b -> b.node().id()).orElse(null);
		case SWT.ARROW_LEFT -> at > 0 ? siblings.get(at - 1) : null;
		case SWT.ARROW_RIGHT -> at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
		case SWT.HOME -> baseId;
		default -> null;
		};
		if (next != null) {
			setSelectedId(next);
		}
	}

	public void setTree(LaidOutTree tree, String baseId) {
		this.tree = tree;
		this.baseId = baseId;
		if (selectedId != null && tree.box(selectedId).isEmpty()) {
			setSelectedId(null); // the selected session is gone from the store
		}
		redraw();
	}

	public LaidOutTree getTree() {
		return tree;
	}

	/** The id of the node drawn as the base (the virtual root of the lineage). */
	public String getBaseId() {
		return baseId;
	}

	private void paint(GC gc) {
		if (tree == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setForeground(edgeColor);
		gc.setLineWidth(2);
		for (LaidOutTree.Edge edge : tree.edges()) {
			double[] p = edge.points();
			for (int i = 0; i + 3 < p.length; i += 2) {
				gc.drawLine(MARGIN + (int) p[i], MARGIN + (int) p[i + 1], MARGIN + (int) p[i + 2], MARGIN + (int) p[i + 3]);
			}
		}
		for (LaidOutTree.Box box : tree.boxes()) {
			boolean base = box.node().id().equals(baseId);
			int x = MARGIN + (int) box.x();
			int y = MARGIN + (int) box.y();
			int w = (int) box.width();
			int h = (int) box.height();
			gc.setBackground(base ? baseFill : sessionFill);
			gc.fillRoundRectangle(x, y, w, h, 12, 12);
			gc.setForeground(base ? baseBorder : sessionBorder);
			gc.setLineWidth(base ? 3 : 1);
			gc.drawRoundRectangle(x, y, w, h, 12, 12);
			if (box.node().id().equals(selectedId)) {
				gc.setForeground(ringColor);
				gc.setLineWidth(3);
				gc.drawRoundRectangle(x - 4, y - 4, w + 8, h + 8, 16, 16);
			}
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			String label = box.node().label();
			int flags = SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT;
			Point extent = gc.textExtent(label, flags);
			gc.drawText(label, x + (w - extent.x) / 2, y + (h - extent.y) / 2, flags);
		}
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		if (tree == null) {
			return new Point(2 * MARGIN, 2 * MARGIN);
		}
		return new Point((int) tree.width() + 2 * MARGIN, (int) tree.height() + 2 * MARGIN);
	}

	@Override
	public void dispose() {
		baseFill.dispose();
		baseBorder.dispose();
		sessionFill.dispose();
		sessionBorder.dispose();
		edgeColor.dispose();
		super.dispose();
	}
}
