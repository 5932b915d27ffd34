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
}
