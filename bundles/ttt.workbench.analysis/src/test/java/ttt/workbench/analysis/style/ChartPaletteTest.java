package ttt.workbench.analysis.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The palettes of the preference page. The colour-blind check simulates the three dichromacies (Machado, Oliveira
 * &amp; Fernandes 2009, severity 1, applied in linear RGB) and measures CIE76 ΔE in CIELAB: the colours that must be
 * told apart stay apart for every viewer.
 */
class ChartPaletteTest {

	private static final double[][] PROTAN = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
			{ -0.003882, -0.048116, 1.051998 } };
	private static final double[][] DEUTAN = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
			{ -0.011820, 0.042940, 0.968881 } };
	private static final double[][] TRITAN = { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
			{ 0.004733, 0.691367, 0.303900 } };
	private static final double[][] NORMAL = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };

	@Test
	void theDefaultPaletteIsTodaysLook() {
		for (SeriesColor role : SeriesColor.values()) {
			assertEquals(role.rgb(), ChartPalette.WORKBENCH.rgb(role), role.name());
		}
		assertEquals(0x0072B2, ChartPalette.WORKBENCH.item(0), "the Compare view's first curve stays blue");
	}

	@Test
	void everyPaletteColoursEveryRoleAndCyclesItsItems() {
		for (ChartPalette p : ChartPalette.values()) {
			for (SeriesColor role : SeriesColor.values()) {
				p.rgb(role); // no role is left without a colour
			}
			assertEquals(p.item(0), p.item(p.itemCount()), p + " cycles");
			assertEquals(p.item(p.itemCount() - 1), p.item(-1), p + " never fails on a negative index");
		}
	}

	@Test
	void otherPalettesChangeTheCurvesAndTheItems() {
		for (ChartPalette p : new ChartPalette[] { ChartPalette.COLOR_BLIND_SAFE, ChartPalette.HIGH_CONTRAST }) {
			assertNotEquals(ChartPalette.WORKBENCH.rgb(SeriesColor.ADAPTIVE), p.rgb(SeriesColor.ADAPTIVE), p.name());
			assertNotEquals(ChartPalette.WORKBENCH.rgb(SeriesColor.SESSION_START), p.rgb(SeriesColor.SESSION_START), p.name());
		}
		assertNotEquals(ChartPalette.WORKBENCH.item(1), ChartPalette.COLOR_BLIND_SAFE.item(1));
		assertNotEquals(ChartPalette.WORKBENCH.item(0), ChartPalette.HIGH_CONTRAST.item(0));
	}

	@Test
	void colourBlindSafeItemsStayApartForEveryDichromat() {
		// the first six items: more than six compared curves are told apart by line style too (CurveStyle)
		List<Integer> items = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			items.add(ChartPalette.COLOR_BLIND_SAFE.item(i));
		}
		for (double[][] vision : new double[][][] { NORMAL, PROTAN, DEUTAN, TRITAN }) {
			double closest = closestPair(items, vision);
			assertTrue(closest >= 10, "two items are only ΔE " + closest + " apart for one kind of vision");
		}
	}

	@Test
	void colourBlindSafeCurvesAndBandsStayApartForEveryDichromat() {
		List<Integer> curves = List.of(ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.BASE),
				ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.SESSION_START), ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.ADAPTIVE));
		List<Integer> bands = List.of(ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.PERSISTENT),
				ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.ONLINE), ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.LOSS));
		for (double[][] vision : new double[][][] { NORMAL, PROTAN, DEUTAN, TRITAN }) {
			assertTrue(closestPair(curves, vision) >= 10, "base / session start / adaptive");
			assertTrue(closestPair(bands, vision) >= 10, "persistent / online / loss bands");
		}
	}

	@Test
	void theWorkbenchGreenAndRedAreWhatTheColourBlindSafePaletteAvoids() {
		// the reason the palette exists: the default adaptive green and rollback red merge for a deuteranope
		double merged = deltaE(lab(ChartPalette.WORKBENCH.rgb(SeriesColor.ADAPTIVE), DEUTAN),
				lab(ChartPalette.WORKBENCH.rgb(SeriesColor.ROLLBACK), DEUTAN));
		double apart = deltaE(lab(ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.ADAPTIVE), DEUTAN),
				lab(ChartPalette.COLOR_BLIND_SAFE.rgb(SeriesColor.ROLLBACK), DEUTAN));
		assertTrue(apart > merged, "colour-blind safe must separate adaptive from rollback better: " + apart + " vs " + merged);
	}

	@Test
	void highContrastColoursReadOnWhite() {
		for (SeriesColor role : SeriesColor.values()) {
			double ratio = contrastOnWhite(ChartPalette.HIGH_CONTRAST.rgb(role));
			assertTrue(ratio >= 4.5, role + " has contrast " + ratio + " on white");
		}
		for (int i = 0; i < ChartPalette.HIGH_CONTRAST.itemCount(); i++) {
			assertTrue(contrastOnWhite(ChartPalette.HIGH_CONTRAST.item(i)) >= 4.5, "item " + i);
		}
	}

	@Test
	void anUnknownStoredNameIsTheDefault() {
		assertEquals(ChartPalette.WORKBENCH, ChartPalette.named("no such palette"));
		assertEquals(ChartPalette.WORKBENCH, ChartPalette.named(null));
		assertEquals(ChartPalette.HIGH_CONTRAST, ChartPalette.named("HIGH_CONTRAST"));
	}

	private static double closestPair(List<Integer> colours, double[][] vision) {
		double closest = Double.MAX_VALUE;
		for (int i = 0; i < colours.size(); i++) {
			for (int j = i + 1; j < colours.size(); j++) {
				closest = Math.min(closest, deltaE(lab(colours.get(i), vision), lab(colours.get(j), vision)));
			}
		}
		return closest;
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/** CIELAB (D65) of a colour as seen through {@code vision}. */
	private static double[] lab(int rgb, double[][] vision) {
		double[] lin = { linear(rgb >> 16 & 0xFF), linear(rgb >> 8 & 0xFF), linear(rgb & 0xFF) };
		double[] v = new double[3];
		for (int i = 0; i < 3; i++) {
			v[i] = Math.max(0, Math.min(1, vision[i][0] * lin[0] + vision[i][1] * lin[1] + vision[i][2] * lin[2]));
		}
		double x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047;
		double y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
		double z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883;
		double fx = f(x);
		double fy = f(y);
		double fz = f(z);
		return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
	}

	private static double f(double t) {
		return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
	}

	private static double deltaE(double[] a, double[] b) {
		return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
	}

	private static double contrastOnWhite(int rgb) {
		double l = 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
		return 1.05 / (l + 0.05);
	}
}
