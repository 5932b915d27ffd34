package ttt.workbench.engine.session;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;


/**
 * Renders a run's {@code mse_curve.png} (SPEC §2.3) with Java2D into an image in memory: no display, no toolkit,
 * so it works on a headless server. The three lines use the Overview chart's styles: base grey dashed, session
 * start blue dashed, adaptive green solid; a log-scale y axis because MSE spans decades.
 */
public final class CurvePng {

	private static final int W = 900;
	private static final int H = 420;
	private static final int LEFT = 70;
	private static final int RIGHT = 150;
	private static final int TOP = 40;
	private static final int BOTTOM = 50;

	private CurvePng() {
	}

	/**
	 * Loads Java2D's rendering and font machinery (a few hundred milliseconds of one-off work, mostly fontconfig) on
	 * a background thread, so that a short command-line run finds it ready when the curve is drawn at the end.
	 */
	public static Thread warmUpInBackground() {
		Thread t = new Thread(() -> {
			try {
				render("warm-up", new float[] { 1, 2 }, new float[] { 1, 2 }, new float[] { 1, 2 });
			} catch (IOException | RuntimeException | Error e) {
				// only a warm-up: the real rendering reports its own problems
			}
		}, "ttt-png-warm-up");
		t.setDaemon(true);
		t.start();
		return t;
	}

	public static byte[] render(String title, float[] base, float[] start, float[] adaptive) throws IOException {
		return encode(draw(title, base, start, adaptive));
	}

	/** The chart as an image (what {@link #render} encodes), each curve decimated to what its pixel columns show. */
	static BufferedImage draw(String title, float[] base, float[] start, float[] adaptive) {
		return draw(title, base, start, adaptive, true);
	}

	/** @param decimated false draws every point (tests compare the two) */
	static BufferedImage draw(String title, float[] base, float[] start, float[] adaptive, boolean decimated) {
		BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, W, H);
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			for (float[] series : new float[][] { base, start, adaptive }) {
				for (float v : series) {
					if (v > 0 && Float.isFinite(v)) {
						lo = Math.min(lo, v);
						hi = Math.max(hi, v);
					}
				}
			}
			if (!(lo < hi)) {
				lo = 1e-6;
				hi = 1;
			}
			double logLo = Math.floor(Math.log10(lo));
			double logHi = Math.ceil(Math.log10(hi));
			if (logHi == logLo) {
				logHi++;
			}
			axes(g, base.length, logLo, logHi);
			line(g, base, logLo, logHi, new Color(128, 128, 128), dashed(1.2f), decimated);
			line(g, start, logLo, logHi, new Color(40, 90, 200), dashed(1.6f), decimated);
			line(g, adaptive, logLo, logHi, new Color(30, 150, 60), new BasicStroke(2.2f), decimated);
			legend(g);
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
			g.drawString(title, LEFT, 24);
		} finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * The image as a PNG (8-bit RGB, every row with the "Sub" filter, zlib at its fastest level): the same pixels
	 * {@code ImageIO.write(image, "png", …)} would store, about three times faster than ImageIO's adaptive filtering
	 * (which was half the cost of a sweep point), for files somewhat larger.
	 */
	static byte[] encode(BufferedImage image) throws IOException {
		int w = image.getWidth(), h = image.getHeight();
		byte[] raw = subFiltered(pixels(image), w, h);
		java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
		ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 8);
		try {
			deflater.setInput(raw);
			deflater.finish();
			byte[] buffer = new byte[1 << 16];
			while (!deflater.finished()) {
				idat.write(buffer, 0, deflater.deflate(buffer));
			}
		} finally {
			deflater.end();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0)
				.put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", idat.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * The image's pixels as 0xRRGGBB, row by row: straight from the raster of a {@code TYPE_INT_RGB} image (what
	 * {@link #draw} makes), through {@code getRGB} for any other. Why not {@code getRGB} always: a loop over it was
	 * on-stack-replaced by C2 with the whole colour-model chain inlined, which took 0.7 s to compile in a 600-step
	 * {@code run_session} process that lasts about as long.
	 */
	private static int[] pixels(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB
				&& image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt buffer
				&& image.getRaster().getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel model
				&& model.getScanlineStride() == image.getWidth() && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
				&& image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
			return buffer.getData();
		}
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}

	/** PNG's scanlines of 8-bit RGB, each with filter type 1 ("Sub": each byte minus the same byte to its left). */
	static byte[] subFiltered(int[] argb, int w, int h) {
		byte[] raw = new byte[h * (1 + 3 * w)];
		int o = 0;
		for (int y = 0; y < h; y++) {
			raw[o++] = 1;
			int prev = 0;
			for (int i = y * w, end = i + w; i < end; i++) {
				int p = argb[i];
				raw[o++] = (byte) (((p >> 16) & 255) - ((prev >> 16) & 255));
				raw[o++] = (byte) (((p >> 8) & 255) - ((prev >> 8) & 255));
				raw[o++] = (byte) ((p & 255) - (prev & 255));
				prev = p;
			}
		}
		return raw;
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(t);
		crc.update(data);
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(t);
		out.writeBytes(data);
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static void axes(Graphics2D g, int steps, double logLo, double logHi) {
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		for (double e = logLo; e <= logHi; e++) {
			int y = y(Math.pow(10, e), logLo, logHi);
			g.setColor(new Color(230, 230, 230));
			g.drawLine(LEFT, y, W - RIGHT, y);
			g.setColor(Color.DARK_GRAY);
			g.drawString("1e" + (int) e, 20, y + 4);
		}
		int every = niceStep(Math.max(1, steps - 1) / 6.0);
		for (int t = 0; t < steps; t += every) {
			int x = x(t, steps);
			g.drawString(Integer.toString(t), x - 8, H - BOTTOM + 16);
		}
		g.setColor(Color.BLACK);
		g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
		g.drawString("step t", (W - RIGHT + LEFT) / 2 - 15, H - 12);
		g.drawString("MSE (log)", 8, TOP - 8);
	}

	/** 1, 2 or 5 times a power of ten: tick labels a person reads at a glance. */
	static int niceStep(double raw) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
		for (int m : new int[] { 1, 2, 5, 10 }) {
			if (m * magnitude >= raw) {
				return (int) (m * magnitude);
			}
		}
		return (int) (10 * magnitude);
	}

	private static BasicStroke dashed(float width) {
		return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] { 6, 4 }, 0);
	}

	private static void line(Graphics2D g, float[] values, double logLo, double logHi, Color color, BasicStroke stroke,
			boolean decimated) {
		g.setColor(color);
		g.setStroke(stroke);
		g.draw(decimated ? columnPath(values, logLo, logHi) : fullPath(values, logLo, logHi));
		g.setStroke(new BasicStroke(1));
	}

	/** Every point, joined in order (what {@link #columnPath} must look like). */
	static Path2D.Double fullPath(float[] values, double logLo, double logHi) {
		Path2D.Double path = new Path2D.Double();
		boolean pen = false;
		for (int t = 0; t < values.length; t++) {
			if (!(values[t] > 0) || !Float.isFinite(values[t])) {
				pen = false;
				continue;
			}
			double x = x(t, values.length);
			double y = y(values[t], logLo, logHi);
			if (pen) {
				path.lineTo(x, y);
			} else {
				path.moveTo(x, y);
				pen = true;
			}
		}
		return path;
	}

	/**
	 * What the eye can see at the chart's width: points are placed on whole pixels, so a 20,000-step curve puts some
	 * thirty points in each of its 680 pixel columns, and the line only zigzags up and down inside the column. Per
	 * column (and per unbroken piece of the curve) this keeps the first point, the lowest and highest in the order
	 * they came, and the last: the same vertical extent and the same joins to the neighbouring columns, with at most
	 * four points a column instead of every step (Marlin's rasterising of every segment was the PNG's main cost).
	 */
	static Path2D.Double columnPath(float[] values, double logLo, double logHi) {
		Path2D.Double path = new Path2D.Double();
		Column column = new Column(path);
		for (int t = 0; t < values.length; t++) {
			if (!(values[t] > 0) || !Float.isFinite(values[t])) {
				column.flush();
				column.penUp();
				continue;
			}
			column.add(x(t, values.length), y(values[t], logLo, logHi));
		}
		column.flush();
		return path;
	}

	/** The points of one pixel column of one unbroken piece of a curve, reduced to first, extremes in order, last. */
	private static final class Column {
		private final Path2D.Double path;
		private boolean pen;
		private boolean open;
		private int x, first, last, min, max, minAt, maxAt, count;
		private double lastX = Double.NaN, lastY = Double.NaN;

		Column(Path2D.Double path) {
			this.path = path;
		}

		void add(int px, int py) {
			if (open && px != x) {
				flush();
			}
			if (!open) {
				open = true;
				x = px;
				first = min = max = py;
				minAt = maxAt = count = 0;
			}
			if (py < min) {
				min = py;
				minAt = count;
			}
			if (py > max) {
				max = py;
				maxAt = count;
			}
			last = py;
			count++;
		}

		void flush() {
			if (!open) {
				return;
			}
			open = false;
			point(first);
			point(minAt < maxAt ? min : max);
			point(minAt < maxAt ? max : min);
			point(last);
		}

		void penUp() {
			pen = false;
		}

		private void point(int y) {
			if (pen && x == lastX && y == lastY) {
				return; // a repeated point draws nothing
			}
			if (pen) {
				path.lineTo(x, y);
			} else {
				path.moveTo(x, y);
				pen = true;
			}
			lastX = x;
			lastY = y;
		}
	}

	private static void legend(Graphics2D g) {
		String[] names = { "base", "session_start", "adaptive" };
		Color[] colors = { new Color(128, 128, 128), new Color(40, 90, 200), new Color(30, 150, 60) };
		BasicStroke[] strokes = { dashed(1.2f), dashed(1.6f), new BasicStroke(2.2f) };
		for (int i = 0; i < names.length; i++) {
			int y = TOP + 20 + 20 * i;
			g.setColor(colors[i]);
			g.setStroke(strokes[i]);
			g.drawLine(W - RIGHT + 12, y - 4, W - RIGHT + 40, y - 4);
			g.setColor(Color.BLACK);
			g.drawString(names[i], W - RIGHT + 46, y);
		}
		g.setStroke(new BasicStroke(1));
	}

	private static int x(int t, int steps) {
		return LEFT + (int) Math.round((double) t * (W - LEFT - RIGHT) / Math.max(1, steps - 1));
	}

	private static int y(double v, double logLo, double logHi) {
		double f = (Math.log10(v) - logLo) / (logHi - logLo);
		return H - BOTTOM - (int) Math.round(f * (H - TOP - BOTTOM));
	}
}
