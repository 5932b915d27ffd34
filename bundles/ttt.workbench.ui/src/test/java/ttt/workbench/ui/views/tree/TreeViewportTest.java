package ttt.workbench.ui.views.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Zoom, scroll, fit and reveal of the tree canvas, as plain arithmetic. */
class TreeViewportTest {

	@Test
	void zoomingKeepsThePointUnderTheCursorInPlace() {
		TreeViewport v = new TreeViewport(24);
		v.setContent(5000, 3000);
		v.setClient(800, 600);
		v.scrollTo(1000, 500);
		double mx = v.toModelX(300);
		double my = v.toModelY(200);
		v.zoomAt(1.5, 300, 200);
		assertEquals(1.5, v.zoom(), 1e-12);
		assertEquals(300, v.toScreenX(mx), 1e-9);
		assertEquals(200, v.toScreenY(my), 1e-9);
		v.zoomAt(0.5, 300, 200);
		assertEquals(300, v.toScreenX(mx), 1e-9);
	}

	@Test
	void screenAndModelCoordinatesAreInverse() {
		TreeViewport v = new TreeViewport(24);
		v.setContent(5000, 3000);
		v.setClient(800, 600);
		v.setZoom(0.37, 0, 0);
		v.scrollTo(123, 456);
		assertEquals(777.0, v.toModelX(v.toScreenX(777)), 1e-9);
		assertEquals(55.5, v.toModelY(v.toScreenY(55.5)), 1e-9);
		assertEquals((10 + 24) * 0.37 - 123, v.toScreenX(10), 1e-9, "screen = (model + margin) × zoom − scroll");
	}

	@Test
	void fitShowsEverythingButNeverZoomsIn() {
		TreeViewport v = new TreeViewport(24);
		v.setClient(800, 600);
		v.setContent(5000 - 48, 1000 - 48);
		v.fit();
		assertEquals(800 / 5000.0, v.zoom(), 1e-12, "the width limits");
		assertTrue(v.scaledWidth() <= 800 && v.scaledHeight() <= 600);
		v.setContent(200, 100);
		v.fit();
		assertEquals(1.0, v.zoom(), 1e-12, "a small tree stays at 100 %");
		assertTrue(v.toScreenX(0) > 0, "and is centred horizontally");
	}

	@Test
	void scrollIsClampedAndRevealScrollsOnlyWhenNeeded() {
		TreeViewport v = new TreeViewport(24);
		v.setContent(5000, 3000);
		v.setClient(800, 600);
		v.scrollTo(-50, 1e9);
		assertEquals(0, v.scrollX(), 1e-9);
		assertEquals(v.scaledHeight() - 600, v.scrollY(), 1e-9);
		v.scrollTo(0, 0);
		v.reveal(100, 100, 50, 50);
		assertEquals(0, v.scrollX(), 1e-9, "already visible: no scroll");
		v.reveal(4000, 2500, 100, 50);
		double x = v.toScreenX(4050);
		double y = v.toScreenY(2525);
		assertTrue(x >= 0 && x <= 800 && y >= 0 && y <= 600, "revealed: " + x + "," + y);
	}

	@Test
	void zoomStaysWithinItsLimits() {
		TreeViewport v = new TreeViewport(24);
		v.setContent(100, 100);
		v.setClient(800, 600);
		v.setZoom(100, 0, 0);
		assertEquals(TreeViewport.MAX_ZOOM, v.zoom(), 1e-12);
		v.setZoom(0, 0, 0);
		assertEquals(TreeViewport.MIN_ZOOM, v.zoom(), 1e-12);
	}

	@Test
	void theLegendStripIsKeptFreeOfTheTree() {
		TreeViewport v = new TreeViewport(24);
		v.setClient(800, 600);
		v.reserveRight(200);
		v.setContent(5000 - 48, 1000 - 48);
		v.fit();
		assertEquals(600 / 5000.0, v.zoom(), 1e-12, "the tree is fitted into the 600 px left of the legend");
		assertTrue(v.toScreenX(5000 - 48) <= 600 + 1e-9, "its right edge ends where the legend's strip starts");
		v.setContent(200, 100);
		v.fit();
		assertEquals(1.0, v.zoom(), 1e-12);
		assertEquals((600 - (200 + 48)) / 2.0, v.toScreenX(-24), 1e-9, "a small tree is centred in the free width");
		v.setContent(5000, 3000);
		v.setZoom(1, 0, 0);
		v.scrollTo(1e9, 0);
		assertTrue(v.toScreenX(5000) <= 600 + 1e-9, "scrolled to the end, the last node comes out from under the legend");
	}
}
