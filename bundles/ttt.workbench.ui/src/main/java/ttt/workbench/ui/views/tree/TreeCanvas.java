package ttt.workbench.ui.views.tree;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import ttt.workbench.ui.layout.LaidOutTree;

/**
 * Paints a laid-out lineage: edges first, then node boxes; the base node larger and gold, sessions blue-grey.
 * Painting only: coordinates come from {@link ttt.workbench.ui.layout.TreeLayoutEngine}.
 */
public class TreeCanvas extends Canvas {

	private static final int MARGIN = 16;

	private final Color baseFill;
	private final Color baseBorder;
	private final Color sessionFill;
	private final Color sessionBorder;
	private final Color edgeColor;
	private LaidOutTree tree;
	private String baseId;

	public TreeCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		baseFill = new Color(new RGB(244, 208, 120));
		baseBorder = new Color(new RGB(150, 105, 30));
		sessionFill = new Color(new RGB(222, 232, 245));
		sessionBorder = new Color(new RGB(70, 100, 140));
		edgeColor = new Color(new RGB(120, 120, 120));
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
	}

	public void setTree(LaidOutTree tree, String baseId) {
		this.tree = tree;
		this.baseId = baseId;
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
