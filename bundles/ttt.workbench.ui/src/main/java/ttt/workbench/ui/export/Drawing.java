package ttt.workbench.ui.export;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * A 2-D surface that custom views paint through, so that one painting routine draws on screen (an SWT {@code GC},
 * {@link GcDrawing}) and into an SVG file ({@link SvgDrawing}) alike. Integer pixel coordinates, origin top-left.
 */
public interface Drawing {

	/** Colour of strokes and text. */
	void stroke(RGB color);

	/** Colour of fills. */
	void fill(RGB color);

	/** 0 (transparent) to 255 (opaque) for what follows. */
	void alpha(int alpha);

	void lineWidth(int width);

	/**
	 * Antialiasing of what follows on (the default) or off: off draws a thousand thin lines many times faster on
	 * screen; vector output ignores it.
	 */
	default void antialias(boolean on) {
	}

	/** Dashed strokes on (true) or solid (false). */
	void dashed(boolean dashed);

	void line(int x1, int y1, int x2, int y2);

	/** Open polyline through {@code x0, y0, x1, y1, ...}. */
	void polyline(int[] points);

	/** Closed polygon through {@code x0, y0, x1, y1, ...}, filled with the fill colour. */
	void fillPolygon(int[] points);

	void fillRect(int x, int y, int width, int height);

	void rect(int x, int y, int width, int height);

	void fillOval(int x, int y, int width, int height);

	void oval(int x, int y, int width, int height);

	/** Text with its top-left corner at (x, y), in the stroke colour; lines split at '\n'. */
	void text(String text, int x, int y);

	/** Width and height the text takes. */
	Point textExtent(String text);
}
