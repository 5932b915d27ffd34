package ttt.workbench.ui.export;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/** {@link Drawing} on an SWT graphics context (screen, image or printer). Colours are cached per instance. */
public final class GcDrawing implements Drawing {

	private static final int TEXT_FLAGS = SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT;

	private final GC gc;
	private final Map<RGB, Color> colors = new HashMap<>();

	public GcDrawing(GC gc) {
		this.gc = gc;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	private Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, Color::new);
	}

	@Override
	public void stroke(RGB c) {
		gc.setForeground(color(c));
	}

	@Override
	public void fill(RGB c) {
		gc.setBackground(color(c));
	}

	@Override
	public void alpha(int alpha) {
		gc.setAlpha(alpha);
	}

	@Override
	public void lineWidth(int width) {
		gc.setLineWidth(width);
	}

	@Override
	public void antialias(boolean on) {
		gc.setAntialias(on ? SWT.ON : SWT.OFF);
	}

	@Override
	public void dashed(boolean dashed) {
		gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
	}

	@Override
	public void line(int x1, int y1, int x2, int y2) {
		gc.drawLine(x1, y1, x2, y2);
	}

	@Override
	public void polyline(int[] points) {
		gc.drawPolyline(points);
	}

	@Override
	public void fillPolygon(int[] points) {
		gc.fillPolygon(points);
	}

	@Override
	public void fillRect(int x, int y, int width, int height) {
		gc.fillRectangle(x, y, width, height);
	}

	@Override
	public void rect(int x, int y, int width, int height) {
		gc.drawRectangle(x, y, width, height);
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		gc.fillOval(x, y, width, height);
	}

	@Override
	public void oval(int x, int y, int width, int height) {
		gc.drawOval(x, y, width, height);
	}

	@Override
	public void text(String text, int x, int y) {
		gc.drawText(text, x, y, TEXT_FLAGS);
	}

	@Override
	public Point textExtent(String text) {
		return gc.textExtent(text, TEXT_FLAGS);
	}

	/** Releases the cached colours (the GC belongs to the caller). */
	public void dispose() {
		colors.values().forEach(Color::dispose);
		colors.clear();
	}
}
