package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.optim.OptimizerStates;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/** Each gate forced with crafted thresholds or injected NaN; a rollback leaves weights and optimizer as they were. */
class GatesTest {

	static final int STEPS = 96; // three update attempts with chunk = buffer_len = 32

	static RunResult run(Plasticity p, OptimizerVariant v, SsmBackend backend) throws RunCancelledException {
		return new SessionRunner(backend).run(RunFixtures.input(p, v, STEPS), null, null);
	}

	static void assertUnchanged(RunInput in, RunResult r) {
		assertTrue(Arrays.deepEquals(in.sessionWeights().asArray(), r.finalWeights().asArray()), "weights unchanged");
		assertTrue(r.finalOptimizer().isFresh(), "optimizer state restored (still fresh)");
		assertTrue(OptimizerStates.toStore(r.finalOptimizer()).state().isEmpty());
	}

	@ParameterizedTest
	@EnumSource(OptimizerVariant.class)
	void commitsWhenNoGateFires(OptimizerVariant v) throws Exception {
		Plasticity p = new Plasticity(32, 32, 1e9, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
		RunInput in = RunFixtures.input(p, v, STEPS);
		RunResult r = new SessionRunner(new JvmBackend()).run(in, null, null);
		assertEquals(3, r.events().size());
		for (UpdateRecord e : r.events()) {
			assertEquals(UpdateStatus.COMMIT, e.status());
			assertNotNull(e.postLoss());
			assertNotNull(e.postMaxH());
			assertEquals(3, e.weightNorms().length);
		}
		assertEquals(31, r.events().get(0).t());
		assertTrue(r.didUpdate()[31] && r.updateOk()[31] && r.didUpdate()[63] && r.didUpdate()[95]);
		assertFalse(r.didUpdate()[30]);
		assertFalse(Arrays.deepEquals(in.sessionWeights().asArray(), r.finalWeights().asArray()), "weights changed");
		assertFalse(r.finalOptimizer().isFresh());
		assertEquals(r.finalOptimizer().momentumBuffer(0).length, 8);
		assertEquals(3, r.updatesCommitted());
		// session_start is scored with the starting weights, base with the base weights; the adaptive curve leaves
		// session_start's after the first commit
		assertFalse(Arrays.equals(r.baseMse(), r.sessionNoUpdateMse()));
		for (int t = 0; t <= 31; t++) {
			assertEquals(r.sessionNoUpdateMse()[t], r.adaptiveMse()[t], "before the first update");
		}
		assertTrue(r.sessionNoUpdateMse()[32] != r.adaptiveMse()[32]);
	}

	@Test
	void gradNormGate() throws Exception {
		Plasticity p = new Plasticity(32, 32, 1e9, 0.0, Double.POSITIVE_INFINITY);
		RunInput in = RunFixtures.input(p, OptimizerVariant.MUON_FALLBACK, STEPS);
		RunResult r = new SessionRunner(new JvmBackend()).run(in, null, null);
		assertEquals(3, r.events().size());
		for (UpdateRecord e : r.events()) {
			assertEquals(UpdateStatus.ROLLBACK_GRAD_NORM, e.status());
			assertNull(e.postLoss(), "post_loss null for rollback_grad_norm");
			assertNull(e.postMaxH(), "post_max_h absent for rollback_grad_norm");
			assertNotNull(e.preMaxH());
			assertTrue(e.gradNorm() > 0);
		}
		assertTrue(r.didUpdate()[31] && !r.updateOk()[31]);
		assertUnchanged(in, r);
		assertTrue(Arrays.equals(r.sessionNoUpdateMse(), r.adaptiveMse()), "no commit: adaptive equals session_start");
		assertEquals(3, r.updatesRolledBack());
	}

	@Test
	void lossRegressionGateRestoresWeightsAndOptimizer() throws Exception {
		// rollback_tol −1: any post_loss > pre_loss · 0 = 0 regresses
		Plasticity p = new Plasticity(32, 32, -1.0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
		RunInput in = RunFixtures.input(p, OptimizerVariant.MUON_TORCH, STEPS);
		RunResult r = new SessionRunner(new JvmBackend()).run(in, null, null);
		for (UpdateRecord e : r.events()) {
			assertEquals(UpdateStatus.ROLLBACK_LOSS_REGRESSION, e.status());
			assertNotNull(e.postLoss());
			assertNotNull(e.postMaxH());
		}
		assertUnchanged(in, r);
	}

	@Test
	void stateNormGate() throws Exception {
		Plasticity p = new Plasticity(32, 32, 1e9, Double.POSITIVE_INFINITY, 0.0);
		RunInput in = RunFixtures.input(p, OptimizerVariant.MUON_FALLBACK, STEPS);
		RunResult r = new SessionRunner(new JvmBackend()).run(in, null, null);
		for (UpdateRecord e : r.events()) {
			assertEquals(UpdateStatus.ROLLBACK_STATE_NORM, e.status());
			assertTrue(e.postMaxH() > 0);
		}
		assertUnchanged(in, r);
	}

	@Test
	void lossRegressionIsCheckedBeforeStateNorm() throws Exception {
		Plasticity p = new Plasticity(32, 32, -1.0, Double.POSITIVE_INFINITY, 0.0);
		RunResult r = run(p, OptimizerVariant.MUON_FALLBACK, new JvmBackend());
		assertEquals(UpdateStatus.ROLLBACK_LOSS_REGRESSION, r.events().get(0).status());
	}

	@Test
	void nanInTheDataIsRolledBackAsNonFinite() throws Exception {
		Plasticity p = new Plasticity(32, 32, 1e9, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
		RunInput clean = RunFixtures.input(p, OptimizerVariant.MUON_FALLBACK, STEPS);
		float[][] actions = clean.actions();
		actions[40][1] = Float.NaN; // poisons the buffers of t = 63 and 95 (h never recovers from NaN)
		RunInput in = new RunInput(clean.baseWeights(), clean.sessionWeights(), clean.decay(), clean.optimizer(),
				clean.plasticity(), clean.mu(), clean.dynamics(), actions);
		RunResult r = new SessionRunner(new JvmBackend()).run(in, null, null);
		assertEquals(UpdateStatus.COMMIT, r.events().get(0).status());
		assertEquals(UpdateStatus.ROLLBACK_NON_FINITE, r.events().get(1).status());
		assertTrue(Double.isNaN(r.events().get(1).preLoss()));
		assertNull(r.events().get(1).postLoss(), "no step was taken");
		assertEquals(UpdateStatus.ROLLBACK_NON_FINITE, r.events().get(2).status());
		assertTrue(ttt.workbench.engine.model.PlasticWeights.allFinite(r.finalWeights()), "never commit non-finite weights");
		// the weights stay those of the commit at t = 31: compare with a clean run cut at 32 steps
		RunResult first = new SessionRunner(new JvmBackend()).run(new RunInput(clean.baseWeights(), clean.sessionWeights(),
				clean.decay(), clean.optimizer(), p, clean.mu(), clean.dynamics(), Arrays.copyOf(clean.actions(), 32)), null, null);
		assertTrue(Arrays.deepEquals(first.finalWeights().asArray(), r.finalWeights().asArray()));
	}

	@Test
	void nonFiniteNewWeightsAreRestoredWithTheOptimizer() throws Exception {
		JvmBackend jvm = new JvmBackend();
		SsmBackend nanUpdate = new SsmBackend() {
			@Override
			public String name() {
				return "nan-ns";
			}

			@Override
			public Forward forward(Weights w, float[] decay, SequenceBatch batch) {
				return jvm.forward(w, decay, batch);
			}

			@Override
			public Gradient gradient(Weights w, float[] decay, SequenceBatch batch) {
				return jvm.gradient(w, decay, batch);
			}

			@Override
			public float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bf16) {
				float[][] o = jvm.newtonSchulz(g, steps, a, b, c, eps, bf16);
				o[0][0] = Float.NaN;
				return o;
			}
		};
		Plasticity p = new Plasticity(32, 32, 1e9, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
		RunInput in = RunFixtures.input(p, OptimizerVariant.MUON_TORCH, STEPS);
		RunResult r = new SessionRunner(nanUpdate).run(in, null, null);
		for (UpdateRecord e : r.events()) {
			assertEquals(UpdateStatus.ROLLBACK_NON_FINITE, e.status());
			assertNotNull(e.postLoss(), "the step was taken, then undone");
		}
		assertUnchanged(in, r);
		assertFalse(r.updateOk()[31]);
	}

	@Test
	void nanGradientIsCaughtBeforeTheStep() throws Exception {
		JvmBackend jvm = new JvmBackend();
		SsmBackend nanGrad = new SsmBackend() {
			@Override
			public String name() {
				return "nan-grad";
			}

			@Override
			public Forward forward(Weights w, float[] decay, SequenceBatch batch) {
				return jvm.forward(w, decay, batch);
			}

			@Override
			public Gradient gradient(Weights w, float[] decay, SequenceBatch batch) {
				Gradient g = jvm.gradient(w, decay, batch);
				g.grad().b()[2][1] = Float.POSITIVE_INFINITY;
				return g;
			}

			@Override
			public float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bf16) {
				throw new AssertionError("no optimizer step may run on a non-finite gradient");
			}
		};
		Plasticity p = Plasticity.defaults().withGradNormMax(Double.POSITIVE_INFINITY);
		RunInput in = RunFixtures.input(p, OptimizerVariant.MUON_FALLBACK, STEPS);
		RunResult r = new SessionRunner(nanGrad).run(in, null, null);
		assertEquals(3, r.events().size());
		r.events().forEach(e -> assertEquals(UpdateStatus.ROLLBACK_NON_FINITE, e.status()));
		assertUnchanged(in, r);
	}

	@Test
	void noAttemptUntilTheBufferIsFull() throws Exception {
		// chunk 16, buffer 32: t = 15 has 16 transitions (no attempt), t = 31 and later attempt
		Plasticity p = new Plasticity(16, 32, 1e9, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
		RunResult r = run(p, OptimizerVariant.MUON_FALLBACK, new JvmBackend());
		assertFalse(r.didUpdate()[15]);
		assertTrue(r.didUpdate()[31] && r.didUpdate()[47] && r.didUpdate()[63]);
		assertEquals(5, r.updatesAttempted());
		assertEquals(31, r.events().get(0).t());
	}

	@Test
	void eventsConvertToTheStoreModel() throws Exception {
		Plasticity p = new Plasticity(32, 32, 1e9, 0.0, Double.POSITIVE_INFINITY);
		RunResult r = run(p, OptimizerVariant.MUON_FALLBACK, new JvmBackend());
		UpdateEvent e = r.events().get(0).toStore("s_1_seed1");
		assertEquals(31, e.getT());
		assertEquals(UpdateStatus.ROLLBACK_GRAD_NORM, e.getStatus());
		assertNull(e.getPostLoss());
		assertNull(e.getPostMaxH());
		assertEquals("s_1_seed1", e.getRunId());
		assertTrue(e.getExtraJson().get(UpdateRecord.WEIGHT_NORMS_KEY).get("W_u").asDouble() > 0);
		double maxAbs = e.getExtraJson().get(UpdateRecord.WEIGHT_MAX_ABS_KEY).get("W_u").asDouble();
		assertTrue(maxAbs > 0 && maxAbs <= e.getExtraJson().get(UpdateRecord.WEIGHT_NORMS_KEY).get("W_u").asDouble(), "max abs ≤ Frobenius norm");
		assertEquals(STEPS, r.toPerStepTable().steps());
		assertTrue(r.toPerStepTable().didUpdate()[31]);
		assertEquals(STEPS, r.trajectory().toStore().getX().length);
	}
}
