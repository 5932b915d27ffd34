package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.NodeLook;
import ttt.workbench.analysis.tree.Legend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.ui.charts.ChartTheme;

/**
 * A laid-out lineage as a widget: what is shown (nodes, looks, legend), what is selected, highlighted or refused, and
 * the viewport (zoom and scroll). Painting is {@link TreePainter}'s job, the pointer and keys {@link TreeInput}'s, the
 * legend and its strip {@link TreeLegend}'s, the scroll bars {@link TreeScrollBars}'; this
 * class keeps the state they share and tells listeners what the user did: select (click, arrows: Up parent, Down first
 * child, Left/Right siblings, Home base), open (double-click, Enter), collapse/expand (the toggle under a node, or '-'
 * and '+'), zoom, pan and <b>drag a node onto empty space to fork it</b> (dropping onto another node is refused).
 */
public class TreeCanvas extends Canvas {

	/** Nodes smaller than this on screen are drawn without text (it would be unreadable anyway). */
	static final double LABEL_ZOOM = 0.45;
	static final int MARGIN = 24;
	static final int TOGGLE_RADIUS = 8;
	/** The toggle hangs just below the node, on its edge, so it never covers the label's last line. */
	static final int TOGGLE_DROP = TOGGLE_RADIUS - 1;

	private final TreeViewport viewport = new TreeViewport(MARGIN);
	private final TreePainter painter;
	private final TreeInput input;
	private LaidOutTree tree;
	private String baseId;
	private Map<String, NodeLook> looks = Map.of();
	/** The colour legend and the strip it keeps free of nodes. */
	private final TreeLegend legend;
	private final TreeScrollBars scrollBars;
	private Set<String> parents = Set.of(); // nodes with children on screen
	private Map<String, String> parentOf = Map.of(); // child id -> parent id, to draw the selection's lineage
	private String selectedId;
	private String highlightId; // a find match, outlined until the next search
	private String refusedTarget; // shown in red for a moment after a refused drop
	private Function<String, String> tooltips = id -> null;
	final List<Consumer<String>> selectionListeners = new CopyOnWriteArrayList<>();
	final List<Consumer<String>> openListeners = new CopyOnWriteArrayList<>();
	final List<Consumer<String>> toggleListeners = new CopyOnWriteArrayList<>();
	final List<Consumer<String>> forkDropListeners = new CopyOnWriteArrayList<>();
	final List<BiConsumer<String, String>> refusedDropListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> viewportListeners = new CopyOnWriteArrayList<>();

	public TreeCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		legend = new TreeLegend(this, viewport);
		scrollBars = new TreeScrollBars(this, viewport, () -> {
			redraw();
			viewportListeners.forEach(Runnable::run);
		});
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		setFont(ChartTheme.tickFont());
		ChartTheme.onChange(this, () -> { // the chart font (Colors and Fonts) and palette
			setFont(ChartTheme.tickFont());
			legend.reserveStrip();
			scrollBars.update();
			redraw();
		});
		painter = new TreePainter(this);
		input = new TreeInput(this);
		addPaintListener(e -> painter.paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
		addListener(SWT.Dispose, e -> {
			painter.dispose();
			input.dispose();
		});
		addListener(SWT.Resize, e -> {
			Rectangle client = getClientArea();
			viewport.setClient(client.width, client.height);
			scrollBars.update();
			viewportListeners.forEach(Runnable::run);
		});
	}

	// ---------------------------------------------------------------- content

	/**
	 * @param tree   the laid-out nodes
	 * @param baseId the node drawn as the base (gold, larger)
	 * @param looks  colours and collapsed counts per node id (missing: default look)
	 * @param legend what the colours mean (null: no legend)
	 */
	public void setTree(LaidOutTree tree, String baseId, Map<String, NodeLook> looks, Legend legend) {
		this.tree = tree;
		this.baseId = baseId;
		this.looks = looks;
		this.legend.set(legend);
		this.parents = tree.edges().stream().map(LaidOutTree.Edge::parentId).collect(Collectors.toSet());
		Map<String, String> up = new HashMap<>();
		tree.edges().forEach(edge -> up.put(edge.childId(), edge.parentId()));
		this.parentOf = up;
		this.legend.reserveStrip();
		viewport.setContent(tree.width(), tree.height());
		scrollBars.update();
		if (selectedId != null && tree.box(selectedId).isEmpty()) {
			setSelectedId(null); // the selected session is gone (deleted on disk, or hidden in a collapsed subtree)
		}
		redraw();
		viewportListeners.forEach(Runnable::run);
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

	String tooltipOf(String id) {
		return tooltips.apply(id);
	}

	NodeLook lookOf(String id) {
		return looks.get(id);
	}

	Legend legend() {
		return legend.shown();
	}

	TreeViewport viewport() {
		return viewport;
	}

	TreeInput input() {
		return input;
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

	/** Zoom, scroll, size or content changed: what is on screen may be different. */
	public void addViewportListener(Runnable listener) {
		viewportListeners.add(listener);
	}

	// ---------------------------------------------------------------- selection

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
		List<String> path = new ArrayList<>();
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

	String highlightId() {
		return highlightId;
	}

	/** The id a refused drop is being shown on (for a moment after the drop), or null. */
	public String getRefusedTarget() {
		return refusedTarget;
	}

	/** Marks {@code target} as a refused drop target for a moment. */
	void showRefused(String target) {
		refusedTarget = target;
		redraw();
		getDisplay().timerExec(1500, () -> {
			if (!isDisposed() && target.equals(refusedTarget)) {
				refusedTarget = null;
				redraw();
			}
		});
	}

	// ---------------------------------------------------------------- viewport

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

	/** Scrolls to the offset {@code (x, y)} in pixels (kept within the tree), e.g. a remembered position. */
	public void scrollTo(int x, int y) {
		viewport.scrollTo(x, y);
		viewportChanged();
	}

	/** Scroll offset in pixels (x, y). */
	public Point getScroll() {
		return new Point((int) viewport.scrollX(), (int) viewport.scrollY());
	}

	/** The ids of the nodes (at least partly) in the visible area. */
	public List<String> visibleIds() {
		if (tree == null) {
			return List.of();
		}
		double left = viewport.toModelX(0);
		double top = viewport.toModelY(0);
		return tree.boxesIn(left, top, viewport.toModelX(viewport.clientWidth()) - left,
				viewport.toModelY(viewport.clientHeight()) - top).stream().map(b -> b.node().id()).toList();
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

	void viewportChanged() {
		scrollBars.update();
		redraw();
		viewportListeners.forEach(Runnable::run);
	}

	// ---------------------------------------------------------------- collapse toggles

	int hiddenUnder(String id) {
		NodeLook look = looks.get(id);
		return look == null ? 0 : look.hiddenDescendants();
	}

	/** A node gets a toggle when it has children on screen or hides a collapsed subtree (never the base). */
	boolean hasToggle(String id) {
		if (id == null || id.equals(baseId)) {
			return false;
		}
		return hiddenUnder(id) > 0 || parents.contains(id);
	}

	/** Shows or hides the colour legend (it may cover nodes in a small view). */
	public void setLegendVisible(boolean visible) {
		legend.setVisible(visible);
		scrollBars.update();
		redraw();
		viewportListeners.forEach(Runnable::run);
	}

	/** Where the colour legend is drawn, in canvas coordinates (null: no legend shown). */
	public Rectangle legendBounds() {
		return legend.bounds();
	}

	public boolean isLegendVisible() {
		return legend.isVisible();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		if (tree == null) {
			return new Point(2 * MARGIN, 2 * MARGIN);
		}
		return new Point(Math.min(900, (int) tree.width() + 2 * MARGIN), Math.min(700, (int) tree.height() + 2 * MARGIN));
	}
}
