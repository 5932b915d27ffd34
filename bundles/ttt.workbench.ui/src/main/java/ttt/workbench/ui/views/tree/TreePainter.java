package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.NodeColoring;
import ttt.workbench.analysis.tree.Shade;
import ttt.workbench.analysis.tree.NodeLook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

import ttt.workbench.analysis.layout.LaidOutTree;

/**
 * Draws a {@link TreeCanvas}: edges (the selection's lineage last and thick), the nodes in the visible area only (a
 * spatial index), rings for the selection, the find match and a refused drop, the fold pills, the drag feedback, the
 * colour legend and the zoom badge. Labels are dropped when zoomed far out, so ten thousand nodes stay responsive.
 */
final class TreePainter {

	private static final RGB REFUSED = new RGB(200, 40, 40);
	private static final RGB DROP_OK = new RGB(30, 130, 60);
	private static final RGB PILL = new RGB(60, 90, 150);
	private static final Shade DEFAULT_FILL = new Shade(222, 232, 245);
	private static final Shade DEFAULT_BORDER = new Shade(70, 100, 140);

	private final TreeCanvas canvas;
	private final Map<RGB, Color> colors = new HashMap<>();

	TreePainter(TreeCanvas canvas) {
		this.canvas = canvas;
	}

	private Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, Color::new);
	}

	private Color color(Shade s) {
		return color(new RGB(s.r(), s.g(), s.b()));
	}

	private Color system(int id) {
		return canvas.getDisplay().getSystemColor(id);
	}

	void paint(GC gc, Rectangle clip) {
		gc.setBackground(canvas.getBackground());
		gc.fillRectangle(clip);
		LaidOutTree tree = canvas.getTree();
		if (tree == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		TreeViewport viewport = canvas.viewport();
		double z = viewport.zoom();
		// what of the model is on screen, with a little slack for rings and badges
		double left = viewport.toModelX(clip.x) - 30;
		double top = viewport.toModelY(clip.y) - 30;
		double right = viewport.toModelX(clip.x + clip.width) + 30;
		double bottom = viewport.toModelY(clip.y + clip.height) + 30;

		// the selected node's lineage (base → … → selected) is drawn last, thick, in the selection colour: siblings share
		// the elbows of their edges, so drawn first it would be painted over
		Set<String> lineage = new HashSet<>(canvas.selectedLineage());
		int edgeWidth = Math.max(1, (int) Math.round(2 * z));
		for (boolean pathPass : new boolean[] { false, true }) {
			gc.setForeground(pathPass ? system(SWT.COLOR_LIST_SELECTION) : color(new RGB(140, 140, 140)));
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
		if (canvas.input().draggedId() != null) {
			paintDrag(gc, canvas.input().draggedId(), canvas.input().dragPoint());
		}
		if (canvas.legend() != null) {
			new LegendPainter(canvas.getDisplay(), this::color).paint(gc, canvas.legend(), canvas.getClientArea());
		}
		paintZoomBadge(gc);
	}

	private int sx(double modelX) {
		return (int) Math.round(canvas.viewport().toScreenX(modelX));
	}

	private int sy(double modelY) {
		return (int) Math.round(canvas.viewport().toScreenY(modelY));
	}

	private void paintNode(GC gc, LaidOutTree.Box box, double z) {
		String id = box.node().id();
		boolean base = id.equals(canvas.getBaseId());
		int x = sx(box.x());
		int y = sy(box.y());
		int w = Math.max(2, (int) Math.round(box.width() * z));
		int h = Math.max(2, (int) Math.round(box.height() * z));
		int arc = Math.max(2, (int) (12 * z));
		NodeLook look = canvas.lookOf(id);
		Shade fill = base ? NodeColoring.BASE_FILL : look != null ? look.fill() : DEFAULT_FILL;
		Shade border = base ? NodeColoring.BASE_BORDER : look != null ? look.border() : DEFAULT_BORDER;
		boolean selected = id.equals(canvas.getSelectedId());
		if (selected) { // glow under the ring
			gc.setAlpha(70);
			gc.setBackground(system(SWT.COLOR_LIST_SELECTION));
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
		if (selected) {
			gc.setForeground(system(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(3);
			gc.drawRoundRectangle(x - 5, y - 5, w + 10, h + 10, arc + 6, arc + 6);
		}
		if (id.equals(canvas.highlightId())) {
			gc.setForeground(color(new RGB(230, 170, 0)));
			gc.setLineWidth(2);
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRoundRectangle(x - 8, y - 8, w + 16, h + 16, arc + 8, arc + 8);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (id.equals(canvas.getRefusedTarget())) {
			gc.setForeground(color(REFUSED));
			gc.setLineWidth(3);
			gc.drawLine(x, y, x + w, y + h);
			gc.drawLine(x + w, y, x, y + h);
			gc.drawRoundRectangle(x - 3, y - 3, w + 6, h + 6, arc + 4, arc + 4);
		}
		if (z >= TreeCanvas.LABEL_ZOOM) {
			paintLabel(gc, box.node().label(), fill, x, y, w, h, z);
			if (canvas.hasToggle(id)) {
				paintToggle(gc, x + w / 2, y + h + TreeCanvas.TOGGLE_DROP, canvas.hiddenUnder(id));
			}
		}
	}

	private void paintLabel(GC gc, String label, Shade fill, int x, int y, int w, int h, double z) {
		int flags = SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT;
		gc.setForeground(fill.luminance() < 0.35 ? system(SWT.COLOR_WHITE) : system(SWT.COLOR_BLACK));
		gc.setFont(canvas.getFont());
		Point extent = gc.textExtent(label, flags);
		if (z < 0.95) { // shrink the text with the box: draw through a scaling transform
			Transform t = new Transform(canvas.getDisplay());
			t.translate(x + (w - extent.x * (float) z) / 2f, y + (h - extent.y * (float) z) / 2f);
			t.scale((float) z, (float) z);
			gc.setTransform(t);
			drawCentredLines(gc, label, 0, 0, extent.x);
			gc.setTransform(null);
			t.dispose();
		} else {
			drawCentredLines(gc, label, x + (w - extent.x) / 2, y + (h - extent.y) / 2, extent.x);
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
		int w = Math.max(2 * TreeCanvas.TOGGLE_RADIUS, extent.x + 8);
		int h = 2 * TreeCanvas.TOGGLE_RADIUS;
		gc.setBackground(hidden > 0 ? color(PILL) : system(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRoundRectangle(cx - w / 2, cy - h / 2, w, h, h, h);
		gc.setForeground(color(PILL));
		gc.setLineWidth(1);
		gc.drawRoundRectangle(cx - w / 2, cy - h / 2, w, h, h, h);
		gc.setForeground(hidden > 0 ? system(SWT.COLOR_WHITE) : color(PILL));
		gc.drawText(text, cx - extent.x / 2, cy - extent.y / 2, true);
	}

	/** The dragged node's outline under the pointer: green "fork here" over empty space, red "✕" over another node. */
	private void paintDrag(GC gc, String draggedId, Point dragAt) {
		var source = canvas.getTree().box(draggedId);
		if (source.isEmpty()) {
			return;
		}
		boolean refused = canvas.input().dropTarget(dragAt) != null;
		double z = canvas.viewport().zoom();
		int w = (int) Math.round(source.get().width() * z);
		int h = (int) Math.round(source.get().height() * z);
		int x = dragAt.x - w / 2;
		int y = dragAt.y - h / 2;
		gc.setForeground(color(refused ? REFUSED : DROP_OK));
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine(sx(source.get().centerX()), sy(source.get().y() + source.get().height()), dragAt.x, y);
		gc.drawRoundRectangle(x, y, w, h, 12, 12);
		gc.setLineStyle(SWT.LINE_SOLID);
		String hint = refused ? "✕ Cannot drop onto another session: drop on empty space to fork " + draggedId
				: "Drop to fork " + draggedId + " here";
		Point extent = gc.textExtent(hint);
		Rectangle client = canvas.getClientArea();
		int hx = Math.max(2, Math.min(dragAt.x + 14, client.width - extent.x - 12)); // keep the hint inside the view
		int hy = Math.min(dragAt.y + h / 2 + 6, client.height - extent.y - 8);
		gc.setBackground(system(SWT.COLOR_INFO_BACKGROUND));
		gc.fillRectangle(hx, hy, extent.x + 8, extent.y + 4);
		gc.drawRectangle(hx, hy, extent.x + 8, extent.y + 4);
		gc.drawText(hint, hx + 4, hy + 2, true);
	}

	private void paintZoomBadge(GC gc) {
		double zoom = canvas.viewport().zoom();
		String text = Math.round(zoom * 100) + " %" + (zoom < TreeCanvas.LABEL_ZOOM ? " (zoom in for labels)" : "");
		Point extent = gc.textExtent(text);
		gc.setForeground(color(new RGB(110, 110, 110)));
		gc.drawText(text, 8, canvas.getClientArea().height - extent.y - 6, true);
	}

	void dispose() {
		colors.values().forEach(Color::dispose);
		colors.clear();
	}
}
