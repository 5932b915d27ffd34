package ttt.workbench.analysis.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** The trailing moving average against a direct sum over each window. */
class CurveSmoothingTest {

	@Test
	void eachValueIsTheMeanOfTheWindowEndingThere() throws IOException {
		double[] v = FixtureRun.read(FixtureRun.case1Session(), "case1_1795287431_seed1").adaptive();
		int w = CurveSmoothing.DEFAULT_WINDOW;
		double[] s = CurveSmoothing.movingAverage(v, w);
		assertEquals(v.length, s.length);
		for (int i = 0; i < v.length; i++) {
			double sum = 0;
			int from = Math.max(0, i - w + 1);
			for (int j = from; j <= i; j++) {
				sum += v[j];
			}
			assertEquals(sum / (i - from + 1), s[i], 1e-12 * Math.max(1, Math.abs(s[i])), "step " + i);
		}
	}

	@Test
	void smallExamplesAndEdges() {
		assertArrayEquals(new double[] { 1, 1.5, 2.5, 3.5 }, CurveSmoothing.movingAverage(new double[] { 1, 2, 3, 4 }, 2), 1e-12);
		assertArrayEquals(new double[] { 1, 2, 3 }, CurveSmoothing.movingAverage(new double[] { 1, 2, 3 }, 1), 0);
		assertArrayEquals(new double[] { 1, 1, 5 }, CurveSmoothing.movingAverage(new double[] { 1, Double.NaN, 5 }, 2), 1e-12,
				"a NaN step is skipped, not spread");
		assertEquals(0, CurveSmoothing.movingAverage(new double[0], 25).length);
	}
}
