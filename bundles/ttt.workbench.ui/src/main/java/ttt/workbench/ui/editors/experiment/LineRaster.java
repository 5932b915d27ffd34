package ttt.workbench.ui.editors.experiment;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * A plain RGB pixel buffer that draws one- and two-pixel lines (Bresenham) in Java. A thousand polylines of a parallel
 * coordinates plot cost milliseconds here, where stroking them one by one through the display server (cairo on X11,
 * each a request) took more than half a second under load; the buffer becomes the canvas's line image in one transfer.
 * No antialiasing: it is used only above {@link ParallelCoordinatesCanvas#MANY} lines, where lines are thin anyway.
 */
final class LineRaster {

	private final int width;
	private final int height;
	private final int[] pixels;

	LineRaster(int width, int height, int background) {
		this.width = width;
		this.height = height;
		this.pixels = new int[width * height];
		java.util.Arrays.fill(pixels, background);
	}

	/** A polyline through {@code x0, y0, x1, y1, …} ({@code n} coordinates used), {@code thick}: two pixels wide. */
	void polyline(int[] points, int n, int rgb, boolean thick) {
		for (int i = 0; i + 3 < n; i += 2) {
			line(points[i], points[i + 1], points[i + 2], points[i + 3], rgb, thick);
		}
	}

	void line(int x0, int y0, int x1, int y1, int rgb, boolean thick) {
		int dx = Math.abs(x1 - x0), sx = x0 < x1 ? 1 : -1;
		int dy = -Math.abs(y1 - y0), sy = y0 < y1 ? 1 : -1;
		int err = dx + dy;
		boolean steep = -dy > dx;
		while (true) {
			set(x0, y0, rgb);
			if (thick) {
				if (steep) {
					set(x0 + 1, y0, rgb);
				} else {
					set(x0, y0 + 1, rgb);
				}
			}
			if (x0 == x1 && y0 == y1) {
				return;
			}
			int e2 = 2 * err;
			if (e2 >= dy) {
				err += dy;
				x0 += sx;
			}
			if (e2 <= dx) {
				err += dx;
				y0 += sy;
			}
		}
	}

	private void set(int x, int y, int rgb) {
		if (x >= 0 && y >= 0 && x < width && y < height) {
			pixels[y * width + x] = rgb;
		}
	}

	/** The buffer as 24-bit image data. */
	ImageData toImageData() {
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		for (int y = 0; y < height; y++) {
			data.setPixels(0, y, width, pixels, y * width);
		}
		return data;
	}
}
