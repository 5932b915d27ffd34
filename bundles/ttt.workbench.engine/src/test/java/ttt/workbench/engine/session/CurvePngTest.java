package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The hand-written PNG encoder stores exactly the drawn pixels: ImageIO's decoder reads them back unchanged. */
class CurvePngTest {

	@Test
	void encodedPngDecodesToTheDrawnPixels() throws Exception {
		Random r = new Random(3);
		float[] base = new float[600], start = new float[600], adaptive = new float[600];
		for (int i = 0; i < 600; i++) {
			base[i] = (float) Math.exp(r.nextGaussian());
			start[i] = base[i] * 0.9f;
			adaptive[i] = i == 77 ? Float.NaN : base[i] * 0.6f;
		}
		BufferedImage drawn = CurvePng.draw("case1_1796000000_seed3", base, start, adaptive);
		byte[] png = CurvePng.render("case1_1796000000_seed3", base, start, adaptive);
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(drawn.getWidth(), read.getWidth());
		assertEquals(drawn.getHeight(), read.getHeight());
		int w = drawn.getWidth(), h = drawn.getHeight();
		assertArrayEquals(drawn.getRGB(0, 0, w, h, null, 0, w), read.getRGB(0, 0, w, h, null, 0, w));
		int distinct = (int) java.util.Arrays.stream(read.getRGB(0, 0, w, h, null, 0, w)).distinct().count();
		assertEquals(true, distinct > 20, "a chart, not a blank image: " + distinct + " colours");
	}

	/** An image of another layout (not the INT_RGB raster the encoder reads directly) is stored just as exactly. */
	@Test
	void anImageOfAnotherLayoutIsEncodedThroughItsColourModel() throws Exception {
		Random r = new Random(5);
		BufferedImage bgr = new BufferedImage(37, 11, BufferedImage.TYPE_3BYTE_BGR);
		for (int y = 0; y < 11; y++) {
			for (int x = 0; x < 37; x++) {
				bgr.setRGB(x, y, r.nextInt(1 << 24));
			}
		}
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(CurvePng.encode(bgr)));
		assertArrayEquals(bgr.getRGB(0, 0, 37, 11, null, 0, 37), read.getRGB(0, 0, 37, 11, null, 0, 37));
		// and a sub-image of an INT_RGB image (its raster is offset in the parent's buffer) is not read from the buffer
		BufferedImage whole = new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 20; y++) {
			for (int x = 0; x < 50; x++) {
				whole.setRGB(x, y, r.nextInt(1 << 24));
			}
		}
		BufferedImage part = whole.getSubimage(7, 3, 30, 12);
		read = ImageIO.read(new ByteArrayInputStream(CurvePng.encode(part)));
		assertArrayEquals(part.getRGB(0, 0, 30, 12, null, 0, 30), read.getRGB(0, 0, 30, 12, null, 0, 30));
	}

	/**
	 * The decimated curves (first, extremes, last point per pixel column) look like every point drawn. Stated
	 * tolerance, for noisy curves of 300 to 20,600 steps with a gap: up to 600 steps (at most one point a column) the
	 * images are identical; the solid adaptive line alone differs in at most 0.01% of the plot's pixels; with all
	 * three curves, at most 8% of the plot's pixels differ, and every pixel column is inked over the same vertical
	 * extent within 10 pixels (one dash and gap): the dashed lines' dash phase follows the path's length, which the
	 * zigzag inside a column lengthens, so the dashes fall elsewhere inside a dense band and a spike's tip may fall
	 * into a gap in one drawing and not in the other. Both images are written to
	 * {@code target/curve-decimation} for a person to compare.
	 */
	@Test
	void decimatedCurvesLookLikeEveryPointDrawn() throws Exception {
		for (int steps : new int[] { 300, 600, 5000, 20600 }) {
			Random r = new Random(steps);
			float[] base = new float[steps], start = new float[steps], adaptive = new float[steps];
			float[] none = new float[steps];
			java.util.Arrays.fill(none, Float.NaN);
			for (int i = 0; i < steps; i++) {
				base[i] = (float) Math.exp(r.nextGaussian() - 3);
				start[i] = base[i] * (float) Math.exp(0.3 * r.nextGaussian());
				adaptive[i] = i > steps / 3 && i < steps / 3 + 7 ? Float.NaN : (float) (base[i] * Math.exp(-3.0 * i / steps));
			}
			double solid = differingShare(CurvePng.draw("t", none, none, adaptive, true), CurvePng.draw("t", none, none, adaptive, false));
			BufferedImage decimated = CurvePng.draw("t", base, start, adaptive, true);
			BufferedImage full = CurvePng.draw("t", base, start, adaptive, false);
			double all = differingShare(decimated, full);
			java.nio.file.Path dir = java.nio.file.Path.of("target", "curve-decimation");
			java.nio.file.Files.createDirectories(dir);
			ImageIO.write(decimated, "png", dir.resolve(steps + "-decimated.png").toFile());
			ImageIO.write(full, "png", dir.resolve(steps + "-full.png").toFile());
			System.out.printf("decimation, %d steps: solid line %.4f%% of plot pixels differ, all curves %.4f%%%n", steps, 100 * solid,
					100 * all);
			if (steps <= 600) {
				assertEquals(0.0, all, steps + " steps: at most one point per column draws exactly the same image");
			}
			assertEquals(true, solid <= 0.0001, steps + " steps: solid line differs in " + solid);
			assertEquals(true, all <= 0.08, steps + " steps: all curves differ in " + all);
			BufferedImage solidDecimated = CurvePng.draw("t", none, none, adaptive, true);
			BufferedImage solidFull = CurvePng.draw("t", none, none, adaptive, false);
			int worst = 0;
			for (int x = 70; x < 900 - 150; x++) {
				int[] sa = inkedExtent(solidDecimated, x), sb = inkedExtent(solidFull, x);
				assertEquals(true, Math.abs(sa[0] - sb[0]) <= 1 && Math.abs(sa[1] - sb[1]) <= 1, steps + " steps, solid line, column " + x);
				int[] a = inkedExtent(decimated, x), b = inkedExtent(full, x);
				worst = Math.max(worst, Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])));
				assertEquals(true, Math.abs(a[0] - b[0]) <= 10 && Math.abs(a[1] - b[1]) <= 10,
						steps + " steps, column " + x + ": inked " + a[0] + ".." + a[1] + " but every point inks " + b[0] + ".." + b[1]);
			}
			System.out.printf("decimation, %d steps: inked extent of a column differs by at most %d px%n", steps, worst);
		}
	}

	/** Topmost and bottommost pixel of column x inside the plot that a curve coloured (not white, not grey grid). */
	private static int[] inkedExtent(BufferedImage image, int x) {
		int top = -1, bottom = -1;
		for (int y = 41; y < 420 - 50; y++) {
			int p = image.getRGB(x, y) & 0xffffff;
			int red = p >> 16 & 255, green = p >> 8 & 255, blue = p & 255;
			boolean grey = Math.abs(red - green) < 8 && Math.abs(green - blue) < 8 && red > 200;
			if (!grey) {
				top = top < 0 ? y : top;
				bottom = y;
			}
		}
		return new int[] { top, bottom };
	}

	private static double differingShare(BufferedImage a, BufferedImage b) {
		int w = a.getWidth(), h = a.getHeight();
		int[] pa = a.getRGB(0, 0, w, h, null, 0, w), pb = b.getRGB(0, 0, w, h, null, 0, w);
		int differ = 0;
		for (int i = 0; i < pa.length; i++) {
			if (pa[i] != pb[i]) {
				differ++;
			}
		}
		return (double) differ / (680 * 330); // the plot area (W - LEFT - RIGHT) x (H - TOP - BOTTOM)
	}
}
