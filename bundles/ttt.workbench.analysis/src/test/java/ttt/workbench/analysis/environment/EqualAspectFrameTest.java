package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The trajectory frame: one scale for x and y, all points inside the rectangle, centred, and a lossless round trip. */
class EqualAspectFrameTest {

	private static final double[] XS = { 0, 10, 4, -2 }, YS = { 0, 1, 3, -1 }; // wide: 12 × 4

	@Test
	void boundsAreTheExtremes() {
		EqualAspectFrame.Bounds b = EqualAspectFrame.Bounds.of(XS, YS);
		assertEquals(new EqualAspectFrame.Bounds(-2, 10, -1, 3), b);
	}

	@Test
	void oneScaleForBothAxes() {
		EqualAspectFrame f = new EqualAspectFrame(EqualAspectFrame.Bounds.of(XS, YS), 0, 0, 0, 600, 600);
		// 12 units of x fill 600 px, so 4 units of y take 200 px, not 600
		assertEquals(50, f.scale(), 1e-9);
		assertEquals(200, f.toPixelY(-1) - f.toPixelY(3));
		assertEquals(600, f.toPixelX(10) - f.toPixelX(-2));
		// a unit step is the same length on screen along either axis
		assertEquals(f.toPixelX(1) - f.toPixelX(0), f.toPixelY(0) - f.toPixelY(1));
	}

	@Test
	void pointsFitAndAreCentred() {
		int left = 50, top = 20, w = 400, h = 300;
		EqualAspectFrame f = new EqualAspectFrame(EqualAspectFrame.Bounds.of(XS, YS), 0.05, left, top, w, h);
		for (int i = 0; i < XS.length; i++) {
			int px = f.toPixelX(XS[i]), py = f.toPixelY(YS[i]);
			assertTrue(px >= left && px <= left + w && py >= top && py <= top + h, "point " + i + " inside");
		}
		// the tall room left over is split evenly above and below
		int above = f.toPixelY(3) - top, below = top + h - f.toPixelY(-1);
		assertTrue(Math.abs(above - below) <= 1, above + " vs " + below);
		assertTrue(f.toPixelY(3) < f.toPixelY(-1), "y grows upwards");
	}

	@Test
	void pixelsMapBackToData() {
		EqualAspectFrame f = new EqualAspectFrame(EqualAspectFrame.Bounds.of(XS, YS), 0.05, 10, 10, 333, 257);
		assertEquals(4, f.toDataX(f.toPixelX(4)), 1 / f.scale());
		assertEquals(3, f.toDataY(f.toPixelY(3)), 1 / f.scale());
		EqualAspectFrame.Bounds v = f.visible();
		assertEquals(333 / f.scale(), v.width(), 1e-9);
		assertEquals(257 / f.scale(), v.height(), 1e-9);
	}

	@Test
	void aSinglePointStillGetsAFrame() {
		EqualAspectFrame f = new EqualAspectFrame(EqualAspectFrame.Bounds.of(new double[] { 2 }, new double[] { 2 }), 0.05, 0, 0, 100, 100);
		assertEquals(50, f.toPixelX(2));
		assertEquals(50, f.toPixelY(2));
	}
}
