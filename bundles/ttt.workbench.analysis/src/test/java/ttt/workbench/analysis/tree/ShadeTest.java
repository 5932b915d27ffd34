package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** HSL conversion against known colours, blending and luminance (which picks black or white node text). */
class ShadeTest {

	@Test
	void hslMatchesTheCssDefinitions() {
		assertEquals(new Shade(255, 0, 0), Shade.hsl(0, 1, 0.5));
		assertEquals(new Shade(0, 128, 0), Shade.hsl(120, 1, 0.25)); // CSS "green"
		assertEquals(new Shade(0, 0, 255), Shade.hsl(240, 1, 0.5));
		assertEquals(new Shade(255, 255, 255), Shade.hsl(77, 0.3, 1));
		assertEquals(new Shade(128, 128, 128), Shade.hsl(200, 0, 0.5));
		assertEquals(Shade.hsl(30, 0.5, 0.5), Shade.hsl(390, 0.5, 0.5), "hue wraps around");
	}

	@Test
	void mixBlendsLinearlyAndClamps() {
		Shade black = new Shade(0, 0, 0);
		Shade white = new Shade(255, 255, 255);
		assertEquals(new Shade(128, 128, 128), black.mix(white, 0.5));
		assertEquals(white, black.mix(white, 7));
		assertEquals(black, black.mix(white, -1));
	}

	@Test
	void luminanceOrdersDarkBelowLight() {
		assertEquals(0, new Shade(0, 0, 0).luminance(), 1e-12);
		assertEquals(1, new Shade(255, 255, 255).luminance(), 1e-12);
		assertTrue(new Shade(255, 255, 0).luminance() > new Shade(0, 0, 255).luminance());
	}
}
