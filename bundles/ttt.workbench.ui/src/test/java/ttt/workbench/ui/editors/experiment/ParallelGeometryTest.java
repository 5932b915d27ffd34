package ttt.workbench.ui.editors.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the parallel-coordinates canvas puts axes and lines, and what it finds under a pixel. */
class ParallelGeometryTest {

	private static final int W = 70 + 200 + 90; // margins and 200 pixels between the first and the last axis
	private static final int H = 58 + 100 + 34; // margins and 100 pixels of axis height

	/** Three axes; line 0 along the top, line 1 along the bottom, line 2 with no value on the middle axis. */
	private static ParallelPlot plot(BitSet active) {
		List<ParallelPlot.Axis> axes = new ArrayList<>();
		for (int a = 0; a < 3; a++) {
			axes.add(new ParallelPlot.Axis("a" + a, "", new float[] { 1f, 0f, a == 1 ? Float.NaN : 0.5f }, new double[0], new String[0]));
		}
		return new ParallelPlot(axes, 3, new int[3], active, new BitSet(), new double[3][], "");
	}

	private static BitSet all() {
		BitSet b = new BitSet();
		b.set(0, 3);
		return b;
	}

	@Test
	void axesSpreadEvenlyBetweenTheMarginsAndFractionsMapToTheAxisHeight() {
		ParallelGeometry g = new ParallelGeometry(plot(all()), W, H);
		assertArrayEquals(new int[] { 70, 170, 270 }, g.axisXs());
		assertEquals(58, g.fractionY(1));
		assertEquals(158, g.fractionY(0));
		assertEquals(108, g.fractionY(0.5));
		assertEquals(0.5, g.yFraction(108), 1e-12);
		assertEquals(1.0, g.yFraction(0), 0, "clamped above the axes");
		assertEquals(0.0, g.yFraction(H), 0, "clamped below the axes");
	}

	@Test
	void anAxisIsHitWithinTenPixelsAndALineWithinFour() {
		ParallelGeometry g = new ParallelGeometry(plot(all()), W, H);
		assertEquals(1, g.axisAt(170 + 10));
		assertEquals(-1, g.axisAt(170 + 11));
		assertEquals(0, g.lineAt(120, 58 + 4), "line 0 runs along the top");
		assertEquals(-1, g.lineAt(120, 58 + 5), "too far from every line");
		assertEquals(1, g.lineAt(220, 158), "line 1 runs along the bottom");
		assertEquals(-1, g.lineAt(120, 108), "line 2 has no segment where it lacks a value");
	}

	@Test
	void aLineThatPassesTheFilterWinsOverACloserOneThatDoesNot() {
		BitSet onlyOne = new BitSet();
		onlyOne.set(1);
		// the two lines 1 pixel apart near the bottom: make line 0 the closer one, but filtered out
		List<ParallelPlot.Axis> axes = new ArrayList<>();
		for (int a = 0; a < 2; a++) {
			axes.add(new ParallelPlot.Axis("a" + a, "", new float[] { 0.03f, 0f }, new double[0], new String[0]));
		}
		ParallelPlot plot = new ParallelPlot(axes, 2, new int[2], onlyOne, new BitSet(), new double[2][], "");
		ParallelGeometry g = new ParallelGeometry(plot, W, H);
		assertEquals(1, g.lineAt(150, g.fractionY(0.03)));
	}

	@Test
	void segmentsBreakWhereAMemberHasNoValue() {
		ParallelPlot plot = plot(all());
		int[] xs = new ParallelGeometry(plot, W, H).axisXs();
		List<int[]> pieces = new ArrayList<>();
		ParallelGeometry.segments(plot, 2, xs, H, new int[6], (points, k) -> pieces.add(Arrays.copyOf(points, k)));
		assertEquals(2, pieces.size());
		assertArrayEquals(new int[] { 70, 108 }, pieces.get(0));
		assertArrayEquals(new int[] { 270, 108 }, pieces.get(1));
		pieces.clear();
		ParallelGeometry.segments(plot, 0, xs, H, new int[6], (points, k) -> pieces.add(Arrays.copyOf(points, k)));
		assertEquals(1, pieces.size());
		assertArrayEquals(new int[] { 70, 58, 170, 58, 270, 58 }, pieces.get(0));
	}
}
