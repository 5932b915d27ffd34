package ttt.workbench.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JvmBackendTest {

	final JvmBackend backend = new JvmBackend();

	@ParameterizedTest(name = "u_dim {0}, n_state {1}, {2} sequences of {3} steps")
	@CsvSource({ "3, 5, 2, 7", "16, 32, 1, 32", "4, 9, 3, 1" })
	void gradientMatchesCentralFiniteDifferencesInFloat64(int ud, int n, int sequences, int steps) {
		SplittableRandom rng = new SplittableRandom(ud * 1000L + n);
		Weights w = new Weights(Reference64.randomMatrix(rng, ud, 6, 0.4), Reference64.randomMatrix(rng, n, ud, 0.4),
				Reference64.randomMatrix(rng, 4, n, 0.4));
		float[] decay = Reference64.randomDecay(rng, n);
		SequenceBatch batch = Reference64.randomBatch(rng, sequences, steps, 4, 2);
		SsmBackend.Gradient g = backend.gradient(w, decay, batch);

		double[][][] p = { Reference64.widen(w.wU()), Reference64.widen(w.b()), Reference64.widen(w.wO()) };
		float[][][] grads = g.grad().asArray();
		double eps = 1e-6;
		double maxAbs = 0, maxErr = 0;
		for (int m = 0; m < 3; m++) {
			for (int r = 0; r < p[m].length; r++) {
				for (int c = 0; c < p[m][r].length; c++) {
					double keep = p[m][r][c];
					p[m][r][c] = keep + eps;
					double plus = Reference64.forward(p[0], p[1], p[2], decay, batch)[0];
					p[m][r][c] = keep - eps;
					double minus = Reference64.forward(p[0], p[1], p[2], decay, batch)[0];
					p[m][r][c] = keep;
					double fd = (plus - minus) / (2 * eps);
					maxAbs = Math.max(maxAbs, Math.abs(fd));
					maxErr = Math.max(maxErr, Math.abs(fd - grads[m][r][c]));
				}
			}
		}
		assertTrue(maxAbs > 1e-3, "the check needs a non-trivial gradient");
		assertTrue(maxErr <= 1e-4 * maxAbs, "gradient error " + maxErr + " vs max |gradient| " + maxAbs);

		double[] ref = Reference64.forward(p[0], p[1], p[2], decay, batch);
		assertEquals(ref[0], g.loss(), 1e-5 * ref[0], "loss");
		assertEquals(ref[1], g.maxH(), 1e-5 * ref[1], "max ‖h‖");
		SsmBackend.Forward f = backend.forward(w, decay, batch);
		assertEquals(g.loss(), f.loss(), 1e-6 * f.loss(), "forward and gradient agree on the loss");
		assertEquals(g.maxH(), f.maxH(), 0f, "forward and gradient agree on max ‖h‖");
	}

	@Test
	void hiddenStateStartsFromZeroForEverySequence() {
		SplittableRandom rng = new SplittableRandom(3);
		Weights w = new Weights(Reference64.randomMatrix(rng, 3, 6, 0.5), Reference64.randomMatrix(rng, 5, 3, 0.5),
				Reference64.randomMatrix(rng, 4, 5, 0.5));
		float[] decay = Reference64.randomDecay(rng, 5);
		SequenceBatch one = Reference64.randomBatch(rng, 1, 6, 4, 2);
		SequenceBatch twice = new SequenceBatch(new float[][][] { one.z()[0], one.z()[0] },
				new float[][][] { one.a()[0], one.a()[0] }, new float[][][] { one.zNext()[0], one.zNext()[0] });
		assertEquals(backend.forward(w, decay, one).loss(), backend.forward(w, decay, twice).loss(), 1e-7f);
		float[][] g1 = backend.gradient(w, decay, one).grad().b();
		float[][] g2 = backend.gradient(w, decay, twice).grad().b();
		for (int r = 0; r < g1.length; r++) {
			for (int c = 0; c < g1[r].length; c++) {
				assertEquals(g1[r][c], g2[r][c], 1e-6f * Math.max(1f, Math.abs(g1[r][c])));
			}
		}
	}

	@Test
	void refusesMismatchedShapes() {
		Weights w = new Weights(new float[3][6], new float[5][3], new float[4][5]);
		SequenceBatch batch = Reference64.randomBatch(new SplittableRandom(1), 1, 2, 4, 2);
		assertThrows(IllegalArgumentException.class, () -> backend.forward(w, new float[4], batch));
		SequenceBatch wrongAct = Reference64.randomBatch(new SplittableRandom(1), 1, 2, 4, 3);
		assertThrows(IllegalArgumentException.class, () -> backend.gradient(w, new float[5], wrongAct));
	}

	@Test
	void nanInTheDataReachesLossAndMaxH() {
		SplittableRandom rng = new SplittableRandom(5);
		Weights w = new Weights(Reference64.randomMatrix(rng, 3, 6, 0.5), Reference64.randomMatrix(rng, 5, 3, 0.5),
				Reference64.randomMatrix(rng, 4, 5, 0.5));
		SequenceBatch batch = Reference64.randomBatch(rng, 1, 4, 4, 2);
		batch.a()[0][1][0] = Float.NaN;
		SsmBackend.Gradient g = backend.gradient(w, Reference64.randomDecay(rng, 5), batch);
		assertTrue(Float.isNaN(g.loss()));
		assertTrue(Float.isNaN(g.maxH()), "a NaN norm is reported, not skipped");
	}
}
