package ttt.workbench.ui.editors.experiment;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

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

	/** A buffer starting as a copy of {@code background} (width × height pixels, 0xRRGGBB). */
	LineRaster(int width, int height, int[] background) {
		this.width = width;
		this.height = height;
		this.pixels = background.clone();
	}

	/** Copies the rectangles {@code boxes} back from {@code background} (e.g. labels that lines were drawn over). */
	void restore(int[] background, List<Rectangle> boxes) {
		for (Rectangle b : boxes) {
			int x0 = Math.max(0, b.x), x1 = Math.min(width, b.x + b.width);
			for (int y = Math.max(0, b.y); y < Math.min(height, b.y + b.height); y++) {
				if (x1 > x0) {
					System.arraycopy(background, y * width + x0, pixels, y * width + x0, x1 - x0);
				}
			}
		}
	}

	/** The pixels of {@code data} as 0xRRGGBB, row by row. */
	static int[] pixels(ImageData data) {
		int[] out = new int[data.width * data.height];
		int[] row = new int[data.width];
		PaletteData p = data.palette;
		for (int y = 0; y < data.height; y++) {
			data.getPixels(0, y, data.width, row, 0);
			for (int x = 0; x < data.width; x++) {
				int v = row[x];
				int r, g, b;
				if (p.isDirect) {
					r = shift(v & p.redMask, p.redShift);
					g = shift(v & p.greenMask, p.greenShift);
					b = shift(v & p.blueMask, p.blueShift);
				} else {
					RGB c = p.getRGB(v);
					r = c.red;
					g = c.green;
					b = c.blue;
				}
				out[y * data.width + x] = r << 16 | g << 8 | b;
			}
		}
		return out;
	}

	private static int shift(int v, int s) {
		return s < 0 ? v >>> -s : v << s;
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

	/** The buffer as 24-bit image data (bytes written directly: R, G, B per pixel, rows padded to 4 bytes). */
	ImageData toImageData() {
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		byte[] bytes = data.data;
		for (int y = 0; y < height; y++) {
			int o = y * data.bytesPerLine;
			int i = y * width;
			for (int x = 0; x < width; x++, i++) {
				int v = pixels[i];
				bytes[o++] = (byte) (v >> 16);
				bytes[o++] = (byte) (v >> 8);
				bytes[o++] = (byte) v;
			}
		}
		return data;
	}
}
