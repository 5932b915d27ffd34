package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArrowSamplingTest {

	@Test
	void everyKthStepFromTheFirst() {
		assertArrayEquals(new int[] { 0, 7, 14 }, ArrowSampling.indices(20, 7));
		assertArrayEquals(new int[] { 0, 1, 2 }, ArrowSampling.indices(3, 1));
		assertArrayEquals(new int[0], ArrowSampling.indices(0, 5));
	}

	@Test
	void defaultStrideKeepsAboutThirtyArrows() {
		for (int n : new int[] { 1, 29, 30, 31, 96, 600, 20_000 }) {
			int k = ArrowSampling.defaultStride(n);
			int count = ArrowSampling.indices(n, k).length;
			assertTrue(count <= ArrowSampling.TARGET_ARROWS && count >= Math.min(n, ArrowSampling.TARGET_ARROWS / 2),
					n + " steps → " + count + " arrows");
		}
		assertEquals(20, ArrowSampling.defaultStride(600));
	}

	@Test
	void strideBelowOneIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> ArrowSampling.indices(10, 0));
	}
}
