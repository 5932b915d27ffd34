package ttt.workbench.ui.views.tree;

/**
 * Zoom and scroll of the tree canvas: the mapping between layout coordinates (ELK's, unscaled) and the canvas's
 * pixels. {@code screen = (model + margin) × zoom − scroll}. The canvas scrolls itself instead of sitting in a
 * ScrolledComposite because a 10,000-session tree is far wider than the 32,767 pixels an X11 window may have.
 */
final class TreeViewport {

	static final double MIN_ZOOM = 0.01;
	static final double MAX_ZOOM = 4;

	private final int margin;
	private double zoom = 1;
	private double scrollX;
	private double scrollY;
	private double contentWidth;
	private double contentHeight;
	private int clientWidth = 1;
	private int clientHeight = 1;
	private int reserveRight;

	TreeViewport(int margin) {
		this.margin = margin;
	}

	void setContent(double treeWidth, double treeHeight) {
		contentWidth = treeWidth + 2 * margin;
		contentHeight = treeHeight + 2 * margin;
		clamp();
	}

	void setClient(int width, int height) {
		clientWidth = Math.max(1, width);
		clientHeight = Math.max(1, height);
		clamp();
	}

	/**
	 * Keeps a strip of {@code px} at the right edge free of the tree when it is fitted or centred (the colour legend
	 * sits there, so it never covers a node); scrolling still reaches every node.
	 */
	void reserveRight(int px) {
		reserveRight = Math.max(0, px);
		clamp();
	}

	/** The width the tree may use: the client area less the reserved strip. */
	private int usableWidth() {
		return Math.max(1, clientWidth - reserveRight);
	}

	double zoom() {
		return zoom;
	}

	double scrollX() {
		return scrollX;
	}

	double scrollY() {
		return scrollY;
	}

	/** The scaled size of the whole tree with its margins, in pixels. */
	int scaledWidth() {
		return (int) Math.ceil(contentWidth * zoom);
	}

	int scaledHeight() {
		return (int) Math.ceil(contentHeight * zoom);
	}

	double toScreenX(double modelX) {
		return (modelX + margin) * zoom - scrollX;
	}

	double toScreenY(double modelY) {
		return (modelY + margin) * zoom - scrollY;
	}

	double toModelX(double screenX) {
		return (screenX + scrollX) / zoom - margin;
	}

	double toModelY(double screenY) {
		return (screenY + scrollY) / zoom - margin;
	}

	void scrollTo(double x, double y) {
		scrollX = x;
		scrollY = y;
		clamp();
	}

	void scrollBy(double dx, double dy) {
		scrollTo(scrollX + dx, scrollY + dy);
	}

	/** Zooms by {@code factor} keeping the model point under the screen point ({@code anchorX}, {@code anchorY}) in place. */
	void zoomAt(double factor, double anchorX, double anchorY) {
		setZoom(zoom * factor, anchorX, anchorY);
	}

	void setZoom(double newZoom, double anchorX, double anchorY) {
		double mx = toModelX(anchorX);
		double my = toModelY(anchorY);
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		scrollX = (mx + margin) * zoom - anchorX;
		scrollY = (my + margin) * zoom - anchorY;
		clamp();
	}

	/** The largest zoom (at most 1) that shows the whole tree, centred. */
	void fit() {
		double z = Math.min(1, Math.min(usableWidth() / contentWidth, clientHeight / contentHeight));
		zoom = Math.max(MIN_ZOOM, z);
		scrollX = 0;
		scrollY = 0;
		clamp();
	}

	/** Scrolls the least so that the model rectangle is visible (centred when it was far off). */
	void reveal(double x, double y, double w, double h) {
		double left = toScreenX(x);
		double top = toScreenY(y);
		double right = toScreenX(x + w);
		double bottom = toScreenY(y + h);
		if (left < 0 || right > usableWidth()) {
			scrollX += (left + right) / 2 - usableWidth() / 2.0;
		}
		if (top < 0 || bottom > clientHeight) {
			scrollY += (top + bottom) / 2 - clientHeight / 2.0;
		}
		clamp();
	}

	/** Keeps the scroll inside the content; centres content smaller than the client area. */
	private void clamp() {
		double maxX = scaledWidth() - usableWidth();
		double maxY = scaledHeight() - clientHeight;
		scrollX = maxX <= 0 ? maxX / 2 : Math.max(0, Math.min(maxX, scrollX));
		scrollY = maxY <= 0 ? 0 : Math.max(0, Math.min(maxY, scrollY));
	}

	int clientWidth() {
		return clientWidth;
	}

	int clientHeight() {
		return clientHeight;
	}
}
