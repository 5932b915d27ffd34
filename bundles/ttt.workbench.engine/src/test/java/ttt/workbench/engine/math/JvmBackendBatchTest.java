package ttt.workbench.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The multi-sequence path of {@link JvmBackend} ({@link JvmBatch}: folded input projection, lane layout, blocks of
 * sequences on several threads) against the step-by-step path, and its determinism: the same bits with one thread or
 * several, from call to call and from concurrent callers.
 */
class JvmBackendBatchTest {

	record Case(Weights w, float[] decay, SequenceBatch batch) {
	}

	static Case randomCase(long seed, int ud, int n, int sequences, int steps) {
		SplittableRandom rng = new SplittableRandom(seed);
		Weights w = new Weights(Reference64.randomMatrix(rng, ud, 6, 0.3), Reference64.randomMatrix(rng, n, ud, 0.2),
				Reference64.randomMatrix(rng, 4, n, 0.2));
		return new Case(w, Reference64.randomDecay(rng, n), Reference64.randomBatch(rng, sequences, steps, 4, 2));
	}

	/**
	 * Shapes that exercise one block, several blocks of unequal size, one step, state chunks (n_state beyond one row
	 * of lanes, the last chunk partial) and block sizes that are not powers of two.
	 */
	@ParameterizedTest(name = "u_dim {0}, n_state {1}, {2} sequences of {3} steps")
	@CsvSource({ "16, 32, 32, 32", "3, 5, 2, 7", "16, 32, 17, 5", "16, 32, 40, 1", "8, 300, 20, 9", "5, 77, 3, 33",
			"128, 1024, 32, 8" })
	void agreesWithTheStepByStepPath(int ud, int n, int sequences, int steps) {
		Case c = randomCase(ud * 7919L + n * 31L + sequences, ud, n, sequences, steps);
		SsmBackend.Gradient expected = JvmBackend.gradientStepwise(c.w(), c.decay(), c.batch());
		SsmBackend.Forward expectedF = JvmBackend.forwardStepwise(c.w(), c.decay(), c.batch());
		SsmBackend.Gradient g = new JvmBackend().gradient(c.w(), c.decay(), c.batch());
		SsmBackend.Forward f = new JvmBackend().forward(c.w(), c.decay(), c.batch());

		assertEquals(expected.loss(), g.loss(), 2e-6 * expected.loss(), "loss");
		assertEquals(expected.maxH(), g.maxH(), 2e-6 * expected.maxH(), "max ‖h‖");
		assertEquals(expectedF.loss(), f.loss(), 2e-6 * expectedF.loss(), "forward loss");
		assertEquals(g.loss(), f.loss(), 0f, "forward and gradient share the forward pass");
		assertEquals(g.maxH(), f.maxH(), 0f, "forward and gradient share the forward pass");
		float[][][] want = expected.grad().asArray(), got = g.grad().asArray();
		for (int p = 0; p < 3; p++) {
			double scale = 0, err = 0;
			for (int r = 0; r < want[p].length; r++) {
				assertEquals(want[p][r].length, got[p][r].length);
				for (int col = 0; col < want[p][r].length; col++) {
					scale = Math.max(scale, Math.abs(want[p][r][col]));
					err = Math.max(err, Math.abs(want[p][r][col] - got[p][r][col]));
				}
			}
			assertTrue(scale > 0 && err <= 1e-5 * scale, "parameter " + p + ": max error " + err + " of max |g| " + scale);
		}
	}

	@ParameterizedTest(name = "u_dim {0}, n_state {1}, {2} sequences of {3} steps")
	@CsvSource({ "16, 32, 32, 32", "16, 32, 40, 3", "8, 300, 20, 9" })
	void sameBitsWithAnyThreadCountAndOnEveryCall(int ud, int n, int sequences, int steps) {
		Case c = randomCase(11 + n, ud, n, sequences, steps);
		SsmBackend.Gradient one = new JvmBackend(1).gradient(c.w(), c.decay(), c.batch());
		SsmBackend.Forward oneF = new JvmBackend(1).forward(c.w(), c.decay(), c.batch());
		for (int threads : new int[] { 2, 3, Integer.MAX_VALUE }) {
			JvmBackend backend = new JvmBackend(threads);
			for (int call = 0; call < 5; call++) {
				String where = threads + " threads, call " + call;
				assertSameBits(one, backend.gradient(c.w(), c.decay(), c.batch()), where);
				SsmBackend.Forward f = backend.forward(c.w(), c.decay(), c.batch());
				assertEquals(Float.floatToRawIntBits(oneF.loss()), Float.floatToRawIntBits(f.loss()), where + ": forward loss");
				assertEquals(Float.floatToRawIntBits(oneF.maxH()), Float.floatToRawIntBits(f.maxH()), where + ": forward max ‖h‖");
			}
		}
	}

	@Test
	void concurrentCallersGetTheSameBits() throws Exception {
		Case big = randomCase(5, 16, 32, 32, 32), small = randomCase(6, 8, 300, 20, 9);
		JvmBackend backend = new JvmBackend();
		SsmBackend.Gradient bigOnce = new JvmBackend(1).gradient(big.w(), big.decay(), big.batch());
		SsmBackend.Gradient smallOnce = new JvmBackend(1).gradient(small.w(), small.decay(), small.batch());
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int caller = 0; caller < 8; caller++) {
				boolean useBig = caller % 2 == 0;
				done.add(callers.submit(() -> {
					for (int call = 0; call < 20; call++) {
						if (useBig) {
							assertSameBits(bigOnce, backend.gradient(big.w(), big.decay(), big.batch()), "concurrent call " + call);
						} else {
							assertSameBits(smallOnce, backend.gradient(small.w(), small.decay(), small.batch()), "concurrent call " + call);
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			callers.shutdownNow();
		}
	}

	@Test
	void oneSequenceKeepsTheStepByStepArithmetic() {
		Case c = randomCase(3, 16, 32, 1, 32);
		assertSameBits(JvmBackend.gradientStepwise(c.w(), c.decay(), c.batch()), new JvmBackend().gradient(c.w(), c.decay(), c.batch()),
				"one sequence");
	}

	@Test
	void nanInOneSequenceReachesLossAndMaxH() {
		Case c = randomCase(9, 16, 32, 32, 8);
		c.batch().a()[20][3][1] = Float.NaN;
		SsmBackend.Gradient g = new JvmBackend().gradient(c.w(), c.decay(), c.batch());
		assertTrue(Float.isNaN(g.loss()));
		assertTrue(Float.isNaN(g.maxH()), "a NaN norm is reported, not skipped");
		assertTrue(Float.isNaN(new JvmBackend().forward(c.w(), c.decay(), c.batch()).maxH()));
	}

	@Test
	void symmetricGramIsBitForBitTheMatrixProduct() {
		SplittableRandom rng = new SplittableRandom(17);
		for (int[] shape : new int[][] { { 16, 32 }, { 6, 16 }, { 4, 32 }, { 1, 1 }, { 5, 3 }, { 7, 7 }, { 13, 2 } }) {
			float[][] m = Reference64.randomMatrix(rng, shape[0], shape[1], 1.0);
			float[][] expected = new float[shape[0]][shape[0]], got = new float[shape[0]][shape[0]];
			JvmBackend.matMul(m, JvmBackend.transpose(m), expected);
			JvmBackend.symmetricGram(m, got);
			for (int i = 0; i < shape[0]; i++) {
				for (int j = 0; j < shape[0]; j++) {
					assertEquals(Float.floatToRawIntBits(expected[i][j]), Float.floatToRawIntBits(got[i][j]),
							shape[0] + "×" + shape[1] + " [" + i + "][" + j + "]");
				}
			}
		}
	}

	static void assertSameBits(SsmBackend.Gradient expected, SsmBackend.Gradient actual, String where) {
		assertEquals(Float.floatToRawIntBits(expected.loss()), Float.floatToRawIntBits(actual.loss()), where + ": loss");
		assertEquals(Float.floatToRawIntBits(expected.maxH()), Float.floatToRawIntBits(actual.maxH()), where + ": max ‖h‖");
		float[][][] e = expected.grad().asArray(), a = actual.grad().asArray();
		for (int p = 0; p < 3; p++) {
			for (int r = 0; r < e[p].length; r++) {
				for (int c = 0; c < e[p][r].length; c++) {
					if (Float.floatToRawIntBits(e[p][r][c]) != Float.floatToRawIntBits(a[p][r][c])) {
						throw new AssertionError(where + ": parameter " + p + " [" + r + "][" + c + "] = " + a[p][r][c] + ", expected "
								+ e[p][r][c]);
					}
				}
			}
		}
	}
}
