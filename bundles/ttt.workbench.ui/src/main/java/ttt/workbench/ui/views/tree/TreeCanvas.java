package ttt.workbench.ui.views.tree;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import ttt.workbench.analysis.layout.LaidOutTree;

/**
 * Paints a laid-out lineage and lets the user work with it: select (click, arrows: Up parent, Down first child,
 * Left/Right siblings, Home base), open (double-click, Enter), collapse/expand subtrees (the toggle under a node, or
 * '-' and '+'), zoom (Ctrl+wheel, Ctrl+'+'/'-', Ctrl+0 fits), pan (drag the background, wheel, scroll bars) and
 * <b>drag a node onto empty space to fork it</b> (dropping onto another node is refused, shown in red). Paints only what
 * is visible, and drops the labels when zoomed far out, so ten thousand nodes stay responsive.
 */
public class TreeCanvas extends Canvas {

	/** Nodes smaller than this on screen are drawn without text (it would be unreadable anyway). */
	private static final double LABEL_ZOOM = 0.45;
	private static final int MARGIN = 24;
	private static final int TOGGLE_RADIUS = 8;
	/** The toggle hangs just below the node, on its edge, so it never covers the label's last line. */
	private static final int TOGGLE_DROP = TOGGLE_RADIUS - 1;
	private static final int DRAG_THRESHOLD = 6;
	private static final RGB REFUSED = new RGB(200, 40, 40);
	private static final RGB DROP_OK = new RGB(30, 130, 60);

	private final TreeViewport viewport = new TreeViewport(MARGIN);
	private final Map<RGB, Color> colors = new HashMap<>();
	private final Cursor panCursor;
	private final Cursor dragCursor;
	private final Cursor refusedCursor;
	private LaidOutTree tree;
	private String baseId;
	private Map<String, NodeLook> looks = Map.of();
	private Legend legend;
	private boolean legendVisible = true;
	private java.util.Set<String> parents = java.util.Set.of(); // nodes with children on screen
	private Map<String, String> parentOf = Map.of(); // child id -> parent id, to draw the selection's lineage
	private String selectedId;
	private String highlightId; // a find match, outlined until the next search
	private Function<String, String> tooltips = id -> null;
	private final List<Consumer<String>> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<String>> openListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<String>> toggleListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<String>> forkDropListeners = new CopyOnWriteArrayList<>();
	private final List<BiConsumer<String, String>> refusedDropListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> zoomListeners = new CopyOnWriteArrayList<>();

	// pointer gesture in progress
	private String pressedId;
	private Point pressedAt;
	private boolean dragging;
	private Point dragAt;
	private boolean panning;
	private String refusedTarget; // shown in red for a moment after a refused drop

	public TreeCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		panCursor = new Cursor(getDisplay(), SWT.CURSOR_SIZEALL);
		dragCursor = new Cursor(getDisplay(), SWT.CURSOR_HAND);
		refusedCursor = new Cursor(getDisplay(), SWT.CURSOR_NO);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
		addListener(SWT.Resize, e -> {
			Rectangle client = getClientArea();
			viewport.setClient(client.width, client.height);
			updateScrollBars();
		});
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, this::doubleClicked);
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.KeyDown, this::keyPressed);
		addListener(SWT.MouseHover, this::hovered);
		addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN); // keep arrows and Enter here
		getHorizontalBar().addListener(SWT.Selection, e -> scrolledByBar());
		getVerticalBar().addListener(SWT.Selection, e -> scrolledByBar());
		getHorizontalBar().setIncrement(24);
		getVerticalBar().setIncrement(24);
	}

	// ---------------------------------------------------------------- content

	/**
	 * @param tree     the laid-out nodes
	 * @param baseId   the node drawn as the base (gold, larger)
	 * @param looks    colours and collapsed counts per node id (missing: default look)
	 * @param legend   what the colours mean (null: no legend)
	 */
	public void setTree(LaidOutTree tree, String baseId, Map<String, NodeLook> looks, Legend legend) {
		this.tree = tree;
		this.baseId = baseId;
		this.looks = looks;
		this.legend = legend;
		this.parents = tree.edges().stream().map(LaidOutTree.Edge::parentId).collect(java.util.stream.Collectors.toSet());
		Map<String, String> up = new HashMap<>();
		tree.edges().forEach(edge -> up.put(edge.childId(), edge.parentId()));
		this.parentOf = up;
		viewport.setContent(tree.width(), tree.height());
		updateScrollBars();
		if (selectedId != null && tree.box(selectedId).isEmpty()) {
			setSelectedId(null); // the selected session is gone (deleted on disk, or hidden in a collapsed subtree)
		}
		redraw();
	}

	public void setTree(LaidOutTree tree, String baseId) {
		setTree(tree, baseId, Map.of(), null);
	}

	public LaidOutTree getTree() {
		return tree;
	}

	/** The id of the node drawn as the base (the virtual root of the lineage). */
	public String getBaseId() {
		return baseId;
	}

	/** @param tooltips node id to the text shown when the mouse rests on the node (null: none) */
	public void setTooltips(Function<String, String> tooltips) {
		this.tooltips = tooltips;
	}

	// ---------------------------------------------------------------- listeners

	/** Called with the new selected node id (null: nothing) whenever the selection changes. */
	public void addSelectionListener(Consumer<String> listener) {
		selectionListeners.add(listener);
	}

	/** Double-click or Enter on a node. */
	public void addOpenListener(Consumer<String> listener) {
		openListeners.add(listener);
	}

	/** The collapse/expand toggle of a node was used. */
	public void addToggleListener(Consumer<String> listener) {
		toggleListeners.add(listener);
	}

	/** A node was dragged and dropped on empty space: fork it. */
	public void addForkDropListener(Consumer<String> listener) {
		forkDropListeners.add(listener);
	}

	/** A node was dropped onto another node (dragged id, target id): refused. */
	public void addRefusedDropListener(BiConsumer<String, String> listener) {
		refusedDropListeners.add(listener);
	}

	/** Zoom or scroll changed. */
	public void addViewportListener(Runnable listener) {
		zoomListeners.add(listener);
	}

	// ---------------------------------------------------------------- selection and viewport

	public String getSelectedId() {
		return selectedId;
	}

	public void setSelectedId(String id) {
		if (Objects.equals(id, selectedId)) {
			return;
		}
		selectedId = id;
		if (id != null) {
			reveal(id);
		}
		redraw();
		selectionListeners.forEach(l -> l.accept(id));
	}

	/** The selected node and its ancestors up to the base, selected first (empty when nothing is selected). */
	public List<String> selectedLineage() {
		List<String> path = new java.util.ArrayList<>();
		for (String id = selectedId; id != null && !path.contains(id);) {
			path.add(id);
			id = parentOf.get(id);
		}
		return path;
	}

	/** Outlines a node (a find match) and scrolls it into view; null clears. */
	public void setHighlightId(String id) {
		highlightId = id;
		if (id != null) {
			reveal(id);
		}
		redraw();
	}

	/** Scrolls so that the node is visible. */
	public void reveal(String id) {
		if (tree == null) {
			return;
		}
		tree.box(id).ifPresent(b -> {
			viewport.reveal(b.x() - 8, b.y() - 8, b.width() + 16, b.height() + 16);
			viewportChanged();
		});
	}

	public double getZoom() {
		return viewport.zoom();
	}

	/** Zooms around the centre of the visible area. */
	public void zoomBy(double factor) {
		viewport.zoomAt(factor, viewport.clientWidth() / 2.0, viewport.clientHeight() / 2.0);
		viewportChanged();
	}

	public void setZoom(double zoom) {
		viewport.setZoom(zoom, viewport.clientWidth() / 2.0, viewport.clientHeight() / 2.0);
		viewportChanged();
	}

	/** Zooms out (never in beyond 100 %) until the whole tree is visible. */
	public void fit() {
		viewport.fit();
		viewportChanged();
	}

	/** Scroll offset in pixels (x, y). */
	public Point getScroll() {
		return new Point((int) viewport.scrollX(), (int) viewport.scrollY());
	}

	/** The box's centre in this canvas's coordinates (null when not shown), at the current zoom and scroll. */
	public Point centerOf(String id) {
		if (tree == null) {
			return null;
		}
		return tree.box(id).map(b -> new Point((int) viewport.toScreenX(b.centerX()), (int) viewport.toScreenY(b.centerY())))
				.orElse(null);
	}

	/** The centre of the node's collapse/expand toggle in canvas coordinates (null when it has none). */
	public Point toggleOf(String id) {
		if (tree == null || !hasToggle(id)) {
			return null;
		}
		return tree.box(id).map(b -> new Point((int) viewport.toScreenX(b.centerX()),
				(int) viewport.toScreenY(b.y() + b.height()) + TOGGLE_DROP)).orElse(null);
	}

	/** The node drawn at canvas point (x, y), if any. */
	public Optional<String> nodeAt(int x, int y) {
		if (tree == null) {
			return Optional.empty();
		}
		return tree.boxAt(viewport.toModelX(x), viewport.toModelY(y)).map(b -> b.node().id());
	}

	/** The id a refused drop is being shown on (for a moment after the drop), or null. */
	public String getRefusedTarget() {
		return refusedTarget;
	}

	private void viewportChanged() {
		updateScrollBars();
		redraw();
		zoomListeners.forEach(Runnable::run);
	}

	private void updateScrollBars() {
		ScrollBar h = getHorizontalBar();
		ScrollBar v = getVerticalBar();
		int cw = viewport.clientWidth();
		int ch = viewport.clientHeight();
		h.setValues((int) Math.max(0, viewport.scrollX()), 0, Math.max(cw, viewport.scaledWidth()), cw, 24, Math.max(1, cw - 24));
		v.setValues((int) Math.max(0, viewport.scrollY()), 0, Math.max(ch, viewport.scaledHeight()), ch, 24, Math.max(1, ch - 24));
	}

	private void scrolledByBar() {
		viewport.scrollTo(viewport.scaledWidth() > viewport.clientWidth() ? getHorizontalBar().getSelection() : viewport.scrollX(),
				getVerticalBar().getSelection());
		redraw();
		zoomListeners.forEach(Runnable::run);
	}

	// ---------------------------------------------------------------- pointer

	/**
	 * The event's position; when a display server reports it outside this canvas (GTK does so for synthetic input on
	 * a display without a window manager), the pointer's position, which is where the event happened.
	 */
	private Point where(Event e) {
		Point p = new Point(e.x, e.y);
		return getClientArea().contains(p) ? p : toControl(getDisplay().getCursorLocation());
	}

	private void mouseDown(Event e) {
		forceFocus();
		setToolTipText(null); // a tooltip left from hovering would hide the drag feedback
		if (tree == null || e.button != 1) {
			return;
		}
		Point p = where(e);
		String toggle = toggleAt(p);
		if (toggle != null) {
			toggleListeners.forEach(l -> l.accept(toggle));
			return;
		}
		pressedAt = p;
		pressedId = nodeAt(p.x, p.y).orElse(null);
		if (pressedId != null) {
			setSelectedId(pressedId);
		} else {
			panning = true;
			setCursor(panCursor);
		}
	}

	private void mouseMove(Event e) {
		if (pressedAt == null) {
			return;
		}
		Point p = where(e);
		if (panning) {
			viewport.scrollBy(pressedAt.x - p.x, pressedAt.y - p.y);
			pressedAt = p;
			viewportChanged();
			return;
		}
		if (!dragging && Math.hypot(p.x - pressedAt.x, p.y - pressedAt.y) >= DRAG_THRESHOLD) {
			dragging = true;
		}
		if (dragging) {
			dragAt = p;
			setCursor(dropTarget(p) != null ? refusedCursor : dragCursor);
			redraw();
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
		setCursor(null);
		redraw();
		if (!wasDragging || source == null || !getClientArea().contains(p)) {
			return; // a click, or a drag released outside the canvas: nothing to do
		}
		String target = dropTarget(p);
		if (target != null) {
			showRefused(target);
			refusedDropListeners.forEach(l -> l.accept(source, target));
		} else if (nodeAt(p.x, p.y).isEmpty()) {
			forkDropListeners.forEach(l -> l.accept(source));
		}
	}

	/** The node under {@code p} other than the one being dragged: dropping there is refused. */
	private String dropTarget(Point p) {
		String under = nodeAt(p.x, p.y).orElse(null);
		return under != null && !under.equals(pressedId) ? under : null;
	}

	private void showRefused(String target) {
		refusedTarget = target;
		redraw();
		getDisplay().timerExec(1500, () -> {
			if (!isDisposed() && target.equals(refusedTarget)) {
				refusedTarget = null;
				redraw();
			}
		});
	}

	private void doubleClicked(Event e) {
		if (e.button == 1) {
			Point p = where(e);
			nodeAt(p.x, p.y).ifPresent(id -> openListeners.forEach(l -> l.accept(id)));
		}
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			Point p = where(e);
			viewport.zoomAt(e.count > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			viewport.scrollBy(-e.count * 16, 0);
		} else {
			viewport.scrollBy(0, -e.count * 16);
		}
		e.doit = false;
		viewportChanged();
	}

	private void hovered(Event e) {
		String id = nodeAt(e.x, e.y).orElse(null);
		String tip = id == null ? null : tooltips.apply(id);
		if (id != null && hasToggle(id)) {
			tip = (tip == null ? "" : tip + "\n\n") + (hiddenUnder(id) > 0 ? "Click + below the node (or press +) to expand"
					: "Click − below the node (or press −) to collapse its subtree");
		}
		setToolTipText(tip);
	}

	// ---------------------------------------------------------------- keys

	private void keyPressed(Event e) {
		if (tree == null) {
			return;
		}
		boolean mod1 = (e.stateMask & SWT.MOD1) != 0;
		if (mod1 && (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD)) {
			zoomBy(1.25);
			return;
		}
		if (mod1 && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
			zoomBy(0.8);
			return;
		}
		if (mod1 && e.character == '0') {
			fit();
			return;
		}
		String current = selectedId == null ? baseId : selectedId;
		if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			if (selectedId != null) {
				openListeners.forEach(l -> l.accept(selectedId));
			}
			return;
		}
		if ((e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) && hasToggle(current) && hiddenUnder(current) == 0
				|| (e.character == '+' || e.keyCode == SWT.KEYPAD_ADD) && hiddenUnder(current) > 0) {
			toggleListeners.forEach(l -> l.accept(current));
			return;
		}
		var box = tree.box(current);
		if (box.isEmpty()) {
			return;
		}
		String parent = box.get().node().parentId();
		List<String> siblings = tree.boxes().stream().filter(b -> Objects.equals(b.node().parentId(), parent))
				.sorted(Comparator.comparingDouble(LaidOutTree.Box::x)).map(b -> b.node().id()).toList();
		int at = siblings.indexOf(current);
		String next = switch (e.keyCode) {
		case SWT.ARROW_UP -> parent;
		case SWT.ARROW_DOWN -> tree.boxes().stream().filter(b -> current.equals(b.node().parentId()))
				.min(Comparator.comparingDouble(LaidOutTree.Box::x)).map(b -> b.node().id()).orElse(null);
		case SWT.ARROW_LEFT -> at > 0 ? siblings.get(at - 1) : null;
		case SWT.ARROW_RIGHT -> at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
		case SWT.HOME -> baseId;
		default -> null;
		};
		if (next != null) {
			setSelectedId(next);
		}
	}

	// ---------------------------------------------------------------- collapse toggles

	private int hiddenUnder(String id) {
		NodeLook look = looks.get(id);
		return look == null ? 0 : look.hiddenDescendants();
	}

	/** A node gets a toggle when it has children on screen or hides a collapsed subtree (never the base). */
	private boolean hasToggle(String id) {
		if (id == null || id.equals(baseId)) {
			return false;
		}
		return hiddenUnder(id) > 0 || parents.contains(id);
	}

	private String toggleAt(Point p) {
		if (viewport.zoom() < LABEL_ZOOM) {
			return null;
		}
		double mx = viewport.toModelX(p.x);
		double my = viewport.toModelY(p.y);
		double r = (TOGGLE_RADIUS + 2) / viewport.zoom();
		double drop = TOGGLE_DROP / viewport.zoom();
		for (LaidOutTree.Box b : tree.boxes()) {
			if (Math.abs(mx - b.centerX()) <= r * 2.2 && Math.abs(my - (b.y() + b.height() + drop)) <= r && hasToggle(b.node().id())) {
				return b.node().id();
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- painting

	private Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, Color::new);
	}

	private Color color(Shade s) {
		return color(new RGB(s.r(), s.g(), s.b()));
	}

	private void paint(GC gc, Rectangle clip) {
		gc.setBackground(getBackground());
		gc.fillRectangle(clip);
		if (tree == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		double z = viewport.zoom();
		// what of the model is on screen, with a little slack for rings and badges
		double left = viewport.toModelX(clip.x) - 30;
		double top = viewport.toModelY(clip.y) - 30;
		double right = viewport.toModelX(clip.x + clip.width) + 30;
		double bottom = viewport.toModelY(clip.y + clip.height) + 30;

		// the selected node's lineage (base → … → selected) is drawn last, thick, in the selection colour: siblings share
		// the elbows of their edges, so drawn first it would be painted over
		java.util.Set<String> lineage = new java.util.HashSet<>(selectedLineage());
		int edgeWidth = Math.max(1, (int) Math.round(2 * z));
		for (boolean pathPass : new boolean[] { false, true }) {
			gc.setForeground(pathPass ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : color(new RGB(140, 140, 140)));
			gc.setLineWidth(pathPass ? edgeWidth + 2 : edgeWidth);
			for (LaidOutTree.Edge edge : tree.edges()) {
				if (lineage.contains(edge.childId()) != pathPass) {
					continue;
				}
				double[] p = edge.points();
				for (int i = 0; i + 3 < p.length; i += 2) {
					if (Math.max(p[i], p[i + 2]) < left || Math.min(p[i], p[i + 2]) > right || Math.max(p[i + 1], p[i + 3]) < top
							|| Math.min(p[i + 1], p[i + 3]) > bottom) {
						continue;
					}
					gc.drawLine(sx(p[i]), sy(p[i + 1]), sx(p[i + 2]), sy(p[i + 3]));
				}
			}
		}
		for (LaidOutTree.Box box : tree.boxesIn(left, top, right - left, bottom - top)) { // spatial index: only what shows
			paintNode(gc, box, z);
		}
		if (dragging && dragAt != null && pressedId != null) {
			paintDrag(gc);
		}
		paintLegend(gc);
		paintZoomBadge(gc);
	}

	private int sx(double modelX) {
		return (int) Math.round(viewport.toScreenX(modelX));
	}

	private int sy(double modelY) {
		return (int) Math.round(viewport.toScreenY(modelY));
	}

	private void paintNode(GC gc, LaidOutTree.Box box, double z) {
		String id = box.node().id();
		boolean base = id.equals(baseId);
		int x = sx(box.x());
		int y = sy(box.y());
		int w = Math.max(2, (int) Math.round(box.width() * z));
		int h = Math.max(2, (int) Math.round(box.height() * z));
		int arc = Math.max(2, (int) (12 * z));
		NodeLook look = looks.get(id);
		Shade fill = base ? NodeColoring.BASE_FILL : look != null ? look.fill() : new Shade(222, 232, 245);
		Shade border = base ? NodeColoring.BASE_BORDER : look != null ? look.border() : new Shade(70, 100, 140);
		if (id.equals(selectedId)) { // glow under the ring
			gc.setAlpha(70);
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.fillRoundRectangle(x - 9, y - 9, w + 18, h + 18, arc + 12, arc + 12);
			gc.setAlpha(255);
		}
		gc.setBackground(color(fill));
		gc.fillRoundRectangle(x, y, w, h, arc, arc);
		gc.setForeground(color(border));
		gc.setLineWidth(base ? 3 : look != null ? look.borderWidth() : 1);
		gc.setLineStyle(look != null && look.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawRoundRectangle(x, y, w, h, arc, arc);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (id.equals(selectedId)) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(3);
			gc.drawRoundRectangle(x - 5, y - 5, w + 10, h + 10, arc + 6, arc + 6);
		}
		if (id.equals(highlightId)) {
			gc.setForeground(color(new RGB(230, 170, 0)));
			gc.setLineWidth(2);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRoundRectangle(x - 8, y - 8, w + 16, h + 16, arc + 8, arc + 8);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (id.equals(refusedTarget)) {
			gc.setForeground(color(REFUSED));
			gc.setLineWidth(3);
			gc.drawLine(x, y, x + w, y + h);
			gc.drawLine(x + w, y, x, y + h);
			gc.drawRoundRectangle(x - 3, y - 3, w + 6, h + 6, arc + 4, arc + 4);
		}
		if (z >= LABEL_ZOOM) {
			String label = box.node().label();
			int flags = SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT;
			gc.setForeground(fill.luminance() < 0.35 ? getDisplay().getSystemColor(SWT.COLOR_WHITE)
					: getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.setFont(getFont());
			Point extent = gc.textExtent(label, flags);
			if (z < 0.95) { // shrink the text with the box: draw through a scaling transform
				org.eclipse.swt.graphics.Transform t = new org.eclipse.swt.graphics.Transform(getDisplay());
				t.translate(x + (w - extent.x * (float) z) / 2f, y + (h - extent.y * (float) z) / 2f);
				t.scale((float) z, (float) z);
				gc.setTransform(t);
				drawCentredLines(gc, label, 0, 0, extent.x);
				gc.setTransform(null);
				t.dispose();
			} else {
				drawCentredLines(gc, label, x + (w - extent.x) / 2, y + (h - extent.y) / 2, extent.x);
			}
			if (hasToggle(id)) {
				paintToggle(gc, x + w / 2, y + h + TOGGLE_DROP, hiddenUnder(id));
			}
		}
	}

	/** Each line of {@code label} centred in a block of {@code width} starting at (x, y). */
	private static void drawCentredLines(GC gc, String label, int x, int y, int width) {
		int lineHeight = gc.getFontMetrics().getHeight();
		String[] lines = label.split("\n");
		for (int i = 0; i < lines.length; i++) {
			int lw = gc.textExtent(lines[i]).x;
			gc.drawText(lines[i], x + (width - lw) / 2, y + i * lineHeight, true);
		}
	}

	/** A pill under the node's bottom edge: "−" to collapse, or "+N" (the hidden count) to expand. */
	private void paintToggle(GC gc, int cx, int cy, int hidden) {
		String text = hidden > 0 ? "+" + hidden : "−";
		Point extent = gc.textExtent(text);
		int w = Math.max(2 * TOGGLE_RADIUS, extent.x + 8);
		int h = 2 * TOGGLE_RADIUS;
		gc.setBackground(hidden > 0 ? color(new RGB(60, 90, 150)) : getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRoundRectangle(cx - w / 2, cy - h / 2, w, h, h, h);
		gc.setForeground(color(new RGB(60, 90, 150)));
		gc.setLineWidth(1);
		gc.drawRoundRectangle(cx - w / 2, cy - h / 2, w, h, h, h);
		gc.setForeground(hidden > 0 ? getDisplay().getSystemColor(SWT.COLOR_WHITE) : color(new RGB(60, 90, 150)));
		gc.drawText(text, cx - extent.x / 2, cy - extent.y / 2, true);
	}

	/** The dragged node's outline under the pointer: green "fork here" over empty space, red "✕" over another node. */
	private void paintDrag(GC gc) {
		var source = tree.box(pressedId);
		if (source.isEmpty()) {
			return;
		}
		boolean refused = dropTarget(dragAt) != null;
		int w = (int) Math.round(source.get().width() * viewport.zoom());
		int h = (int) Math.round(source.get().height() * viewport.zoom());
		int x = dragAt.x - w / 2;
		int y = dragAt.y - h / 2;
		gc.setForeground(color(refused ? REFUSED : DROP_OK));
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine(sx(source.get().centerX()), sy(source.get().y() + source.get().height()), dragAt.x, y);
		gc.drawRoundRectangle(x, y, w, h, 12, 12);
		gc.setLineStyle(SWT.LINE_SOLID);
		String hint = refused ? "✕ Cannot drop onto another session: drop on empty space to fork " + pressedId
				: "Drop to fork " + pressedId + " here";
		Point extent = gc.textExtent(hint);
		Rectangle client = getClientArea();
		int hx = Math.max(2, Math.min(dragAt.x + 14, client.width - extent.x - 12)); // keep the hint inside the view
		int hy = Math.min(dragAt.y + h / 2 + 6, client.height - extent.y - 8);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		gc.fillRectangle(hx, hy, extent.x + 8, extent.y + 4);
		gc.drawRectangle(hx, hy, extent.x + 8, extent.y + 4);
		gc.drawText(hint, hx + 4, hy + 2, true);
	}

	/** Shows or hides the colour legend (it may cover nodes in a small view). */
	public void setLegendVisible(boolean visible) {
		legendVisible = visible;
		redraw();
	}

	public boolean isLegendVisible() {
		return legendVisible;
	}

	private void paintLegend(GC gc) {
		if (legend == null || !legendVisible) {
			return;
		}
		int pad = 8;
		int swatch = 14;
		int lineH = Math.max(swatch, gc.getFontMetrics().getHeight()) + 3;
		int width = gc.textExtent(legend.title()).x;
		for (Legend.Entry e : legend.entries()) {
			width = Math.max(width, swatch + 6 + gc.textExtent(e.label()).x);
		}
		width = Math.max(width, gc.textExtent(legend.cue()).x);
		int height = (legend.entries().size() + 2) * lineH + 2 * pad;
		Rectangle client = getClientArea();
		int x = client.width - width - 2 * pad - 10; // bottom right: the tree grows from the top centre
		int y = Math.max(10, client.height - height - 10);
		gc.setAlpha(225);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRoundRectangle(x, y, width + 2 * pad, height, 8, 8);
		gc.setAlpha(255);
		gc.setForeground(color(new RGB(160, 160, 160)));
		gc.setLineWidth(1);
		gc.drawRoundRectangle(x, y, width + 2 * pad, height, 8, 8);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawText(legend.title(), x + pad, y + pad, true);
		int row = y + pad + lineH;
		for (Legend.Entry e : legend.entries()) {
			gc.setBackground(color(e.shade()));
			gc.fillRectangle(x + pad, row, swatch, swatch);
			gc.setForeground(color(new RGB(90, 90, 90)));
			gc.drawRectangle(x + pad, row, swatch, swatch);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawText(e.label(), x + pad + swatch + 6, row, true);
			row += lineH;
		}
		gc.setForeground(color(new RGB(90, 90, 90)));
		gc.drawText(legend.cue(), x + pad, row, true);
	}

	private void paintZoomBadge(GC gc) {
		String text = Math.round(viewport.zoom() * 100) + " %" + (viewport.zoom() < LABEL_ZOOM ? " (zoom in for labels)" : "");
		Point extent = gc.textExtent(text);
		Rectangle client = getClientArea();
		gc.setForeground(color(new RGB(110, 110, 110)));
		gc.drawText(text, 8, client.height - extent.y - 6, true);
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		if (tree == null) {
			return new Point(2 * MARGIN, 2 * MARGIN);
		}
		return new Point(Math.min(900, (int) tree.width() + 2 * MARGIN), Math.min(700, (int) tree.height() + 2 * MARGIN));
	}

	@Override
	public void dispose() {
		colors.values().forEach(Color::dispose);
		colors.clear();
		panCursor.dispose();
		dragCursor.dispose();
		refusedCursor.dispose();
		super.dispose();
	}
}
