package ttt.workbench.analysis.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.weights.Matrix;
import ttt.workbench.analysis.weights.NumpyOracle;

/**
 * The preference's smoothers against independent computations: numpy for TensorBoard's debiased EMA (the formula of
 * TensorBoard's scalar dashboard, written out in Python) and for the trailing window (a cumulative-sum mean), plus the
 * rules the preference page relies on.
 */
class SmoothingTest {

	private static double[] noisyCurve(int n, long seed) {
		Random r = new Random(seed);
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			v[i] = 0.05 * Math.exp(-i / 80.0) + 0.01 * r.nextGaussian() + 0.02;
		}
		return v;
	}

	@Test
	void emaEqualsTensorBoardsFormulaComputedByNumpy() throws IOException {
		NumpyOracle.require();
		double[] v = noisyCurve(300, 7);
		for (double w : new double[] { 0, 0.6, 0.9, 0.99 }) {
			double[] expected = NumpyOracle.compute(new Matrix("mse", 1, v.length, v), String.join("\n",
					"x = A[0]; w = " + w, "last = 0.0; out = []", "for n, xi in enumerate(x, start=1):",
					"    last = last * w + (1 - w) * xi", "    out.append(last / (1 - w ** n))", "for o in out: print(repr(float(o)))"));
			assertArrayEquals(expected, Smoothing.debiasedEma(v, w), 1e-12, "α = " + w);
			assertArrayEquals(expected, new Smoothing(Smoothing.Kind.EMA, 1, w).apply(v), 1e-12, "α = " + w);
		}
	}

	@Test
	void windowEqualsACumulativeSumMeanComputedByNumpy() throws IOException {
		NumpyOracle.require();
		double[] v = noisyCurve(200, 11);
		double[] expected = NumpyOracle.compute(new Matrix("mse", 1, v.length, v), String.join("\n", "import numpy as np",
				"x = A[0]; k = 25; c = np.concatenate([[0.0], np.cumsum(x)])", "i = np.arange(len(x))", "lo = np.maximum(0, i - k + 1)",
				"m = (c[i + 1] - c[lo]) / (i + 1 - lo)", "for o in m: print(repr(float(o)))"));
		assertArrayEquals(expected, new Smoothing(Smoothing.Kind.WINDOW, 25, 0.6).apply(v), 1e-12);
	}

	@Test
	void theFirstEmaValueIsTheFirstPointBecauseOfTheDebias() {
		double[] out = Smoothing.debiasedEma(new double[] { 4, 4, 4 }, 0.9);
		assertArrayEquals(new double[] { 4, 4, 4 }, out, 1e-12, "a constant curve stays constant: no pull towards 0");
	}

	@Test
	void aNonFiniteStepIsShownAsItIsAndLeavesTheAverageAlone() {
		double[] out = Smoothing.debiasedEma(new double[] { 1, Double.NaN, 3 }, 0.5);
		assertTrue(Double.isNaN(out[1]));
		// as if the NaN were not there: last = 0.5·(0.5·1) + 0.5·3 over 1 − 0.25
		assertEquals((0.25 + 1.5) / 0.75, out[2], 1e-12);
	}

	@Test
	void smoothingIsCausal() {
		double[] v = noisyCurve(100, 3);
		double[] spiked = v.clone();
		spiked[60] = 10;
		for (Smoothing s : new Smoothing[] { new Smoothing(Smoothing.Kind.EMA, 1, 0.9), Smoothing.DEFAULT }) {
			double[] a = s.apply(v);
			double[] b = s.apply(spiked);
			for (int i = 0; i < 60; i++) {
				assertEquals(a[i], b[i], 0, s.describe() + ": step " + i + " must not see the spike at 60");
			}
			assertTrue(b[60] > a[60]);
		}
	}

	@Test
	void noneIsACopy() {
		double[] v = { 1, 2, 3 };
		double[] out = new Smoothing(Smoothing.Kind.NONE, 1, 0).apply(v);
		assertArrayEquals(v, out, 0);
		out[0] = 9;
		assertEquals(1, v[0], "the input is never changed");
	}

	@Test
	void emaWeightMustBeInZeroToOneExcludingOne() {
		assertNull(Smoothing.weightProblem(0));
		assertNull(Smoothing.weightProblem(0.999));
		for (double bad : new double[] { 1, -0.1, 1.5, Double.NaN }) {
			String problem = Smoothing.weightProblem(bad);
			assertNotNull(problem, "α = " + bad);
			assertTrue(problem.startsWith("EMA weight must be at least 0 and below 1"), problem);
		}
		assertThrows(IllegalArgumentException.class, () -> new Smoothing(Smoothing.Kind.EMA, 1, 1));
		assertThrows(IllegalArgumentException.class, () -> new Smoothing(Smoothing.Kind.WINDOW, 0, 0.5));
	}

	@Test
	void storedFormsFallBackToTheDefaultWhenDamaged() {
		assertEquals(Smoothing.DEFAULT, Smoothing.of("WINDOW", 25, 0.6), "the defaults are today's 25-step window");
		assertEquals(new Smoothing(Smoothing.Kind.EMA, 25, 0.6), Smoothing.of("EMA", 25, 7), "an impossible α falls back");
		assertEquals(Smoothing.Kind.WINDOW, Smoothing.of("bogus", 10, 0.5).kind());
		assertEquals(Smoothing.DEFAULT.window(), Smoothing.of("WINDOW", -3, 0.5).window());
	}
}
