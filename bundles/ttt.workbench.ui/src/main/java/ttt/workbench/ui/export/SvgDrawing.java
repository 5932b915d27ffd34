package ttt.workbench.ui.export;

import java.util.Locale;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

/**
 * {@link Drawing} into an SVG 1.1 document. Text is measured with a fixed average glyph width (no font metrics off
 * screen), close enough for labels laid out by the same code on screen. Written by hand: SWTChart has no vector
 * export and the SVG libraries on Maven Central draw Java2D, not SWT.
 */
public final class SvgDrawing implements Drawing {

	private static final int FONT_SIZE = 12;
	private static final double GLYPH_WIDTH = 0.6 * FONT_SIZE;
	private static final int LINE_HEIGHT = FONT_SIZE + 3;

	private final int width;
	private final int height;
	private final StringBuilder body = new StringBuilder();
	private RGB stroke = new RGB(0, 0, 0);
	private RGB fill = new RGB(255, 255, 255);
	private int alpha = 255;
	private int lineWidth = 1;
	private boolean dashed;

	public SvgDrawing(int width, int height) {
		this.width = width;
		this.height = height;
	}

	@Override
	public void stroke(RGB color) {
		stroke = color;
	}

	@Override
	public void fill(RGB color) {
		fill = color;
	}

	@Override
	public void alpha(int alpha) {
		this.alpha = Math.max(0, Math.min(255, alpha));
	}

	@Override
	public void lineWidth(int width) {
		lineWidth = Math.max(1, width);
	}

	@Override
	public void dashed(boolean dashed) {
		this.dashed = dashed;
	}

	@Override
	public void line(int x1, int y1, int x2, int y2) {
		body.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"%s/>%n", x1, y1, x2, y2, strokeAttrs()));
	}

	@Override
	public void polyline(int[] points) {
		body.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"").append(strokeAttrs()).append("/>\n");
	}

	@Override
	public void fillPolygon(int[] points) {
		body.append("<polygon points=\"").append(points(points)).append('"').append(fillAttrs()).append("/>\n");
	}

	@Override
	public void fillRect(int x, int y, int w, int h) {
		body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"%s/>%n", x, y, w, h, fillAttrs()));
	}

	@Override
	public void rect(int x, int y, int w, int h) {
		body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\"%s/>%n", x, y, w, h,
				strokeAttrs()));
	}

	@Override
	public void fillOval(int x, int y, int w, int h) {
		body.append(ellipse(x, y, w, h)).append(fillAttrs()).append("/>\n");
	}

	@Override
	public void oval(int x, int y, int w, int h) {
		body.append(ellipse(x, y, w, h)).append(" fill=\"none\"").append(strokeAttrs()).append("/>\n");
	}

	@Override
	public void text(String text, int x, int y) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			body.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"%d\" fill=\"%s\"%s>",
					x, y + FONT_SIZE + i * LINE_HEIGHT, FONT_SIZE, hex(stroke), opacity("fill-opacity")));
			body.append(escape(lines[i])).append("</text>\n");
		}
	}

	@Override
	public Point textExtent(String text) {
		String[] lines = text.split("\n", -1);
		int longest = 0;
		for (String l : lines) {
			longest = Math.max(longest, l.length());
		}
		return new Point((int) Math.ceil(longest * GLYPH_WIDTH), lines.length * LINE_HEIGHT);
	}

	/** The whole document. */
	public String toSvg() {
		return String.format(Locale.ROOT,
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
				width, height, width, height) + body + "</svg>\n";
	}

	private static String ellipse(int x, int y, int w, int h) {
		return String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\"", x + w / 2.0, y + h / 2.0, w / 2.0,
				h / 2.0);
	}

	private String strokeAttrs() {
		return " stroke=\"" + hex(stroke) + "\" stroke-width=\"" + lineWidth + "\"" + (dashed ? " stroke-dasharray=\"6,4\"" : "")
				+ opacity("stroke-opacity");
	}

	private String fillAttrs() {
		return " fill=\"" + hex(fill) + "\"" + opacity("fill-opacity");
	}

	private String opacity(String attribute) {
		return alpha == 255 ? "" : String.format(Locale.ROOT, " %s=\"%.3f\"", attribute, alpha / 255.0);
	}

	private static String points(int[] p) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i + 1 < p.length; i += 2) {
			if (i > 0) {
				s.append(' ');
			}
			s.append(p[i]).append(',').append(p[i + 1]);
		}
		return s.toString();
	}

	static String hex(RGB c) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", c.red, c.green, c.blue);
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
