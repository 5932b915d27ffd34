package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.env.HiddenMuEnv;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.engine.random.TorchDistributions;
import ttt.workbench.engine.random.TorchGenerator;

/**
 * Pretraining made faster (batches drawn ahead on their own thread into reused arrays, cheaper kernels) computes the
 * same numbers bit for bit: the same seed still gives the same base checkpoint. The digests below are of the final
 * weights and every step's loss as computed by the implementation before those changes (2026-12-08, commit d3d3b69),
 * for the default sizes, the nonlinear environment with the fallback Muon, odd sizes (draws not a multiple of 16 or
 * fewer than 16: torch's other randn paths), more sequences than one block, and one sequence (the step-by-step path).
 */
class PretrainExactnessTest {

	private static final PretrainConfig D = PretrainConfig.defaults();

	record Golden(PretrainConfig cfg, String sha256) {
	}

	static final List<Golden> GOLDEN = List.of(
			new Golden(D.withSteps(300).withSeed(1), "1efe13ebc5a79a3ab0ad4182645bf652cf679cd9e558a685e2f6a64e3d83795b"),
			new Golden(D.withSteps(200).withSeed(1337).withDynamics(Dynamics.NONLINEAR)
					.withOptimizer(MuonSettings.defaults(), OptimizerVariant.MUON_FALLBACK),
					"8544e292422dc080f18f47f73c4bb983b3e266720bc8e37318d6d1b47c8b8c2a"),
			new Golden(D.withSteps(100).withSeed(-5).withBatch(5).withSeqLen(7).withSizes(8, 12),
					"8039c7b32d3bed7ecd1dc16b535621034f96a2274135df222efc8005044500fb"),
			new Golden(D.withSteps(50).withSeed(9).withBatch(40).withSeqLen(3),
					"5f49b453d302061314597ba406cbf5b2f314bf110df3390a8d641f5b78a6978e"),
			new Golden(D.withSteps(30).withSeed(2).withBatch(1).withSeqLen(20).withDynamics(Dynamics.NONLINEAR),
					"f0612a47d7cc544e5a394fec62fb85994f3ffedc96a8ae4ae48d09a7f1c025ac"));

	@Test
	void weightsAndLossesAreThoseOfThePreviousImplementationBitForBit() throws Exception {
		for (Golden g : GOLDEN) {
			for (boolean ahead : new boolean[] { true, false }) {
				PretrainResult r = new Pretrainer(new JvmBackend()).pretrain(g.cfg(), null, null, ahead);
				assertEquals(g.sha256(), digest(r), g.cfg() + (ahead ? ", batches drawn ahead" : ", batches drawn in line"));
			}
		}
	}

	/** SHA-256 of the bits of W_u, B, W_o (row by row) and then of every step's loss. */
	static String digest(PretrainResult r) throws Exception {
		MessageDigest md = MessageDigest.getInstance("SHA-256");
		ByteBuffer bb = ByteBuffer.allocate(4);
		for (float[][] m : r.weights().asArray()) {
			for (float[] row : m) {
				for (float v : row) {
					md.update(bb.clear().putInt(Float.floatToRawIntBits(v)).array());
				}
			}
		}
		for (float v : r.losses()) {
			md.update(bb.clear().putInt(Float.floatToRawIntBits(v)).array());
		}
		return HexFormat.of().formatHex(md.digest());
	}

	@Test
	void aReusedBatchHoldsExactlyTheFreshlyDrawnBatch() {
		for (PretrainConfig cfg : List.of(D.withSeed(3), D.withSeed(4).withDynamics(Dynamics.NONLINEAR), D.withBatch(5).withSeqLen(7),
				D.withBatch(1).withSeqLen(7), D.withBatch(3).withSeqLen(1))) {
			TorchGenerator mine = new TorchGenerator(cfg.seed()), theirs = new TorchGenerator(cfg.seed());
			BatchDraw draw = new BatchDraw(cfg);
			SequenceBatch reused = draw.newBatch();
			for (int i = 0; i < 40; i++) {
				draw.fill(reused, mine);
				assertSameBatch(straightforwardBatch(cfg, theirs), reused, cfg + " batch " + i);
			}
			assertEquals(theirs.random(), mine.random(), "both generators drew the same count");
		}
	}

	/** The batch as the implementation before drew it: fresh arrays, {@link HiddenMuEnv#step} returning new observations. */
	private static SequenceBatch straightforwardBatch(PretrainConfig cfg, TorchGenerator gen) {
		int n = cfg.batch(), len = cfg.seqLen(), act = PretrainConfig.ACT_DIM;
		float[] flat = TorchDistributions.randnScaled(gen, n * len * act, Actions.STD);
		float[] mus = new float[n];
		TorchDistributions.uniform(gen, mus, HiddenMuEnv.MU_MIN, HiddenMuEnv.MU_MAX);
		float[][][] z = new float[n][len][], a = new float[n][len][act], next = new float[n][len][];
		for (int s = 0; s < n; s++) {
			HiddenMuEnv env = new HiddenMuEnv(mus[s], cfg.dynamics());
			env.reset();
			float[] obs = env.observe();
			for (int t = 0; t < len; t++) {
				System.arraycopy(flat, (s * len + t) * act, a[s][t], 0, act);
				z[s][t] = obs;
				obs = env.step(a[s][t][0], a[s][t][1]);
				next[s][t] = obs;
			}
		}
		return new SequenceBatch(z, a, next);
	}

	private static void assertSameBatch(SequenceBatch expected, SequenceBatch actual, String where) {
		float[][][][] e = { expected.z(), expected.a(), expected.zNext() }, a = { actual.z(), actual.a(), actual.zNext() };
		for (int part = 0; part < 3; part++) {
			for (int s = 0; s < e[part].length; s++) {
				for (int t = 0; t < e[part][s].length; t++) {
					int[] eb = bits(e[part][s][t]), ab = bits(a[part][s][t]);
					assertArrayEquals(eb, ab, where + ": " + List.of("z", "a", "zNext").get(part) + "[" + s + "][" + t + "]");
				}
			}
		}
	}

	private static int[] bits(float[] v) {
		int[] b = new int[v.length];
		for (int i = 0; i < v.length; i++) {
			b[i] = Float.floatToRawIntBits(v[i]);
		}
		return b;
	}

	@Test
	void batchesDrawnAheadAreTheBatchesDrawnInLineAndTheThreadEndsOnClose() throws Exception {
		PretrainConfig cfg = D.withSteps(1000).withSeed(11).withBatch(6).withSeqLen(9);
		try (PretrainBatches ahead = new PretrainBatches(cfg, new TorchGenerator(11), true);
				PretrainBatches inline = new PretrainBatches(cfg, new TorchGenerator(11), false)) {
			assertTrue(ahead.drawing());
			assertFalse(inline.drawing());
			for (int i = 0; i < 25; i++) {
				SequenceBatch x = ahead.next(), y = inline.next();
				assertSameBatch(y, x, "batch " + i);
				ahead.recycle(x);
				inline.recycle(y);
			}
			ahead.close(); // 975 batches not taken: the thread must not wait for the consumer forever
			assertFalse(ahead.drawing(), "closed: the drawing thread has ended");
		}
	}

	@Test
	void noBatchBeyondTheLast() throws Exception {
		PretrainConfig cfg = D.withSteps(3).withBatch(2).withSeqLen(2);
		for (boolean ahead : new boolean[] { true, false }) {
			try (PretrainBatches b = new PretrainBatches(cfg, new TorchGenerator(1), ahead)) {
				for (int i = 0; i < 3; i++) {
					b.recycle(b.next());
				}
				assertThrows(IllegalStateException.class, b::next);
			}
		}
	}

	@Test
	void aCancelledPretrainingStopsDrawing() {
		Thread[] drawer = new Thread[1];
		RunCancelledException e = assertThrows(RunCancelledException.class, () -> new Pretrainer(new JvmBackend()).pretrain(D.withSteps(5000), (step, total, loss) -> {
			if (drawer[0] == null) {
				drawer[0] = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("ttt-pretrain-batches")).findFirst()
						.orElse(null);
			}
		}, new java.util.function.BooleanSupplier() {
			int calls;

			@Override
			public boolean getAsBoolean() {
				return ++calls > 4;
			}
		}, true));
		assertEquals(4, e.completedSteps());
		assertTrue(drawer[0] != null, "the batches were drawn on their own thread");
		assertFalse(drawer[0].isAlive(), "and it has ended");
	}

	@Test
	void theRolloutsShareEachObservationBetweenTargetAndNextInput() {
		SequenceBatch b = new BatchDraw(D).newBatch();
		assertSame(b.zNext()[3][4], b.z()[3][5]);
	}
}
