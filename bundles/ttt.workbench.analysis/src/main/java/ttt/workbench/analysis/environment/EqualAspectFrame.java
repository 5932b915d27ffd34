package ttt.workbench.analysis.environment;

/**
 * Maps data (x, y) into a pixel rectangle with one scale for both axes, so a circle in the plane stays a circle: the
 * data bounds (padded by a margin) are fitted into the rectangle and centred along the axis that has room to spare.
 * y grows upwards in data and downwards in pixels.
 */
public final class EqualAspectFrame {

	/** Data bounds. */
	public record Bounds(double minX, double maxX, double minY, double maxY) {
		public double width() {
			return maxX - minX;
		}

		public double height() {
			return maxY - minY;
		}

		/** The tightest bounds of the points. */
		public static Bounds of(double[] xs, double[] ys) {
			double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
			double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < xs.length; i++) {
				if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
					minX = Math.min(minX, xs[i]);
					maxX = Math.max(maxX, xs[i]);
					minY = Math.min(minY, ys[i]);
					maxY = Math.max(maxY, ys[i]);
				}
			}
			if (minX > maxX) {
				return new Bounds(-1, 1, -1, 1);
			}
			return new Bounds(minX, maxX, minY, maxY);
		}
	}

	private final double scale; // pixels per data unit, both axes
	private final double originX, originY; // pixel of data (0, 0)
	private final Bounds visible;

	/**
	 * @param data the points' bounds
	 * @param margin fraction of the larger extent added on each side (e.g. 0.05)
	 * @param left, top, width, height the pixel rectangle to fill
	 */
	public EqualAspectFrame(Bounds data, double margin, int left, int top, int width, int height) {
		double span = Math.max(Math.max(data.width(), data.height()), 1e-9);
		double pad = span * margin;
		double w = Math.max(data.width(), 1e-9) + 2 * pad;
		double h = Math.max(data.height(), 1e-9) + 2 * pad;
		scale = Math.min(Math.max(1, width) / w, Math.max(1, height) / h);
		double cx = (data.minX() + data.maxX()) / 2, cy = (data.minY() + data.maxY()) / 2;
		double pixCx = left + width / 2.0, pixCy = top + height / 2.0;
		originX = pixCx - cx * scale;
		originY = pixCy + cy * scale;
		visible = new Bounds(toDataX(left), toDataX(left + width), toDataY(top + height), toDataY(top));
	}

	/** Pixels per data unit (the same along x and y). */
	public double scale() {
		return scale;
	}

	/** What the whole pixel rectangle covers in data units. */
	public Bounds visible() {
		return visible;
	}

	public int toPixelX(double x) {
		return (int) Math.round(originX + x * scale);
	}

	public int toPixelY(double y) {
		return (int) Math.round(originY - y * scale);
	}

	public double toDataX(double px) {
		return (px - originX) / scale;
	}

	public double toDataY(double py) {
		return (originY - py) / scale;
	}
}
