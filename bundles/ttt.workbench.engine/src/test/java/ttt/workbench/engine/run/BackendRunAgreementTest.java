package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.Nd4jBackend;
import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.test.support.Fixtures;

/**
 * The two maths backends against each other on whole seeded runs: the same session run with {@link JvmBackend} and
 * with {@link Nd4jBackend} must give per-step MSEs within 1e-4 relative (the bound both meet against the reference's
 * replay), the same update statuses at the same steps, and final weights and momentum buffers within 1e-4.
 *
 * <p>Sessions: the case1 fixture's pretrained base (its weights, decay) with the session's weights perturbed by seeded
 * noise, 16 runs of 320–920 steps over μ in [0.02, 0.25], linear and nonlinear dynamics, both Muon variants (the
 * reference's float32 fallback and torch's bfloat16 one, ns_steps 5 and 2), the default gradient-norm gate (which
 * rolls back most attempts once positions grow) and a looser one (60: more Muon steps, judged by the
 * loss-regression gate). Actions are drawn here from {@link SplittableRandom}, independently of the
 * engine's action generators.
 *
 * <p>Measured (2 cores, OMP_NUM_THREADS=1): per-step MSEs within 7.5e-5, final weights within 7.6e-7, momentum
 * buffers within 5.4e-5, no gate decision closer than 0.4% to its threshold. (Which run comes closest to the bound is
 * chance: any ulp-level change in either backend reshuffles these figures, as it would against torch.) Beyond the fixture's regime the runs do
 * drift apart: with every attempt committing (grad_norm_max 1e4) for 500+ steps, Newton–Schulz turns 1e-6 gradient
 * differences into 1e-4 (and more) per-step MSE differences, whichever two float32 implementations are compared; so
 * the looser gate here is 60, not "off".
 */
class BackendRunAgreementTest {

	static final double REL = 1e-4, ABS_FLOOR = 1e-6;
	/**
	 * A gate decision whose value lies within this relative distance of its threshold is "within float noise": the
	 * backends' replay losses and gradient norms agree to ≈ 1e-5 relative, so such a decision may legitimately go
	 * either way (see {@link #compare}).
	 */
	static final double GATE_NOISE = 1e-4;
	static final int RUNS = 16;

	static Weights base, session;
	static float[] decay;
	static JvmBackend jvm;
	static Nd4jBackend nd4j;
	static final List<String> summary = new ArrayList<>();
	static int truncatedRuns, bf16Splits;

	@BeforeAll
	static void load() throws Exception {
		Path before = Fixtures.case1().resolve("store_before");
		BaseCheckpoint ckpt = BaseCheckpoint.read(before.resolve("base/base_checkpoint.pt"));
		base = PlasticWeights.fromBase(ckpt);
		decay = PlasticWeights.decay(ckpt);
		session = PlasticWeights.fromPlasticState(PlasticState.read(before.resolve("sessions/case1/plastic_state.pt")));
		jvm = new JvmBackend();
		nd4j = new Nd4jBackend();
	}

	@AfterAll
	static void report() {
		summary.forEach(System.out::println);
		// the near-threshold escape hatch of compare() must stay rare, or this test would compare little
		assertTrue(truncatedRuns <= 2, truncatedRuns + " of " + RUNS + " runs had a gate decision within float noise");
		// measured: 2 of the 8 torch-Muon runs split on a bfloat16 rounding (at t = 31 and 223); a wrong bfloat16
		// Newton–Schulz would split all of them at their first Muon step
		assertTrue(bf16Splits <= RUNS / 4, bf16Splits + " of " + RUNS / 2 + " torch-Muon runs split on a bfloat16 rounding");
	}

	static Stream<Integer> runs() {
		return IntStream.range(0, RUNS).boxed();
	}

	/** Run {@code i}'s input: every choice a function of i, so each run is reproducible on its own. */
	static RunInput input(int i) {
		SplittableRandom rng = new SplittableRandom(1000 + i);
		OptimizerVariant variant = i % 2 == 0 ? OptimizerVariant.MUON_FALLBACK : OptimizerVariant.MUON_TORCH;
		Dynamics dynamics = (i / 2) % 2 == 0 ? Dynamics.LINEAR : Dynamics.NONLINEAR;
		double mu = 0.02 + 0.23 * ((i * 7) % RUNS) / (RUNS - 1.0);
		int steps = 320 + 40 * i;
		Plasticity plasticity = Plasticity.defaults();
		if ((i / 4) % 2 == 1) {
			plasticity = plasticity.withGradNormMax(60);
		}
		MuonSettings d = MuonSettings.defaults();
		int nsSteps = i % 8 == 5 ? 2 : 5;
		MuonSettings settings = new MuonSettings(d.lr(), d.weightDecay(), d.momentum(), d.nesterov(), d.nsA(), d.nsB(), d.nsC(),
				d.eps(), nsSteps, d.adjustLrFn());
		Weights w = perturbed(session, rng, i % 3 == 0 ? 0.0 : 0.05);
		float[][] actions = new float[steps][2];
		for (float[] a : actions) {
			a[0] = (float) (rng.nextGaussian() * 0.5);
			a[1] = (float) (rng.nextGaussian() * 0.5);
		}
		return new RunInput(base.copy(), w, decay.clone(), Muon.fresh(variant, settings), plasticity, mu, dynamics, actions);
	}

	/** {@code w} plus Gaussian noise of {@code rel} times each matrix's RMS. */
	static Weights perturbed(Weights w, SplittableRandom rng, double rel) {
		Weights p = w.copy();
		for (float[][] m : p.asArray()) {
			double rms = PlasticWeights.frobenius(m) / Math.sqrt((double) m.length * m[0].length);
			for (float[] row : m) {
				for (int c = 0; c < row.length; c++) {
					row[c] = (float) (row[c] + rel * rms * rng.nextGaussian());
				}
			}
		}
		return p;
	}

	@ParameterizedTest(name = "run {0}")
	@MethodSource("runs")
	void backendsAgreeOnAWholeRun(int i) throws RunCancelledException {
		RunInput in = input(i);
		Recording a = new Recording(jvm), b = new Recording(nd4j);
		RunResult ra = new SessionRunner(a).run(in, RunListener.NONE, () -> false);
		RunResult rb = new SessionRunner(b).run(in, RunListener.NONE, () -> false);
		compare(i, in, ra, rb, firstBf16Split(in, ra, a, b));
	}

	/** A backend that keeps the Newton–Schulz results it computed (one per parameter and Muon step, in call order). */
	static final class Recording implements SsmBackend {
		final SsmBackend inner;
		final List<float[][]> ns = new ArrayList<>();

		Recording(SsmBackend inner) {
			this.inner = inner;
		}

		@Override
		public String name() {
			return inner.name();
		}

		@Override
		public Forward forward(Weights w, float[] d, SequenceBatch batch) {
			return inner.forward(w, d, batch);
		}

		@Override
		public Gradient gradient(Weights w, float[] d, SequenceBatch batch) {
			return inner.gradient(w, d, batch);
		}

		@Override
		public float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bf16) {
			float[][] o = inner.newtonSchulz(g, steps, a, b, c, eps, bf16);
			ns.add(Weights.copy(o));
			return o;
		}
	}

	/**
	 * torch's Muon rounds every Newton–Schulz result to bfloat16 (steps of 2⁻⁸ relative); a gradient difference of
	 * 1e-6 (the float32 noise of any two summation orders) puts an entry on the other side of a rounding boundary about
	 * once per few updates, and the weights then differ by lr·2⁻⁸·|O|, which the large positions (≈ 140) amplify to
	 * ≈ 1e-3 in the next MSEs. Like a gate decision within float noise, such a split is legitimate: returns the step of
	 * the first Muon step whose bfloat16 results differ between the runs, or -1.
	 */
	static int firstBf16Split(RunInput in, RunResult run, Recording a, Recording b) {
		if (in.optimizer().variant() != OptimizerVariant.MUON_TORCH) {
			return -1;
		}
		List<UpdateRecord> stepped = run.events().stream().filter(e -> e.postLoss() != null).toList();
		for (int k = 0; k < Math.min(a.ns.size(), b.ns.size()); k++) {
			float[][] x = a.ns.get(k), y = b.ns.get(k);
			for (int r = 0; r < x.length; r++) {
				if (!java.util.Arrays.equals(x[r], y[r])) {
					return stepped.get(k / 3).t();
				}
			}
		}
		return -1;
	}

	static void compare(int i, RunInput in, RunResult jvmRun, RunResult ndRun, int bf16Split) {
		String what = String.format(Locale.ROOT, "run %d (%s, %s, mu %.3f, %d steps, grad_norm_max %.0f)", i,
				in.optimizer().variant(), in.dynamics(), in.mu(), in.steps(), in.plasticity().gradNormMax());
		// scoring without updates does not involve the backends
		assertArrayEquals(jvmRun.baseMse(), ndRun.baseMse(), what + " base_mse");
		assertArrayEquals(jvmRun.sessionNoUpdateMse(), ndRun.sessionNoUpdateMse(), what + " session_no_update_mse");

		// Update statuses. The runs must take the same decision at every attempt, except where the deciding value is
		// within float noise of its threshold in either run: there the float32 rounding of the two backends may fall
		// on either side, and after a different decision the runs have different weights and cannot be compared.
		// Such a run is compared up to and including that step (its MSE is recorded before the attempt) and counted;
		// report() fails if it happens in more than 2 runs. A different decision not near a threshold fails.
		List<UpdateRecord> ej = jvmRun.events(), en = ndRun.events();
		assertEquals(ej.size(), en.size(), what + " number of update attempts");
		// steps [0, end) have their MSEs compared (step t's MSE is recorded before its update attempt); the attempts and
		// update flags of steps [0, split) are compared, split being the step where the runs may legitimately part
		int split = bf16Split < 0 ? in.steps() : bf16Split;
		int end = Math.min(in.steps(), split + 1);
		if (bf16Split >= 0) {
			bf16Splits++;
			summary.add(what + ": bfloat16 Newton–Schulz results differ at the Muon step of t=" + bf16Split + ", compared up to there");
		}
		double minMargin = Double.POSITIVE_INFINITY, worstLoss = 0, worstGn = 0;
		for (int e = 0; e < ej.size() && ej.get(e).t() < split; e++) {
			UpdateRecord x = ej.get(e), y = en.get(e);
			assertEquals(x.t(), y.t(), what + " attempt " + e + " step");
			double margin = Math.min(gateMargin(x, in.plasticity()), gateMargin(y, in.plasticity()));
			minMargin = Math.min(minMargin, margin);
			if (x.status() != y.status()) {
				if (margin < GATE_NOISE) {
					split = x.t();
					end = x.t() + 1;
					truncatedRuns++;
					summary.add(what + ": decision at t=" + x.t() + " within float noise of its threshold (" + x.status()
							+ " vs " + y.status() + "), compared up to there");
					break;
				}
				fail(what + " at t=" + x.t() + ": " + x.status() + " (jvm) vs " + y.status() + " (nd4j), gate margin " + margin);
			}
			worstLoss = Math.max(worstLoss, Math.abs(y.preLoss() - x.preLoss()) / Math.abs(x.preLoss()));
			worstGn = Math.max(worstGn, Math.abs(y.gradNorm() - x.gradNorm()) / x.gradNorm());
		}

		double worst = 0;
		int worstAt = -1;
		for (int t = 0; t < end; t++) {
			float x = jvmRun.adaptiveMse()[t], y = ndRun.adaptiveMse()[t];
			double diff = Math.abs(y - x);
			if (!(diff <= Math.max(REL * Math.abs(x), ABS_FLOOR))) {
				fail(what + " adaptive_mse at t=" + t + ": " + y + " (nd4j) vs " + x + " (jvm), relative difference " + diff / Math.abs(x));
			}
			double rel = diff / Math.max(Math.abs(x), ABS_FLOOR);
			if (rel > worst) {
				worst = rel;
				worstAt = t;
			}
			assertEquals(jvmRun.didUpdate()[t], ndRun.didUpdate()[t], what + " did_update at t=" + t);
			if (t < split) {
				assertEquals(jvmRun.updateOk()[t], ndRun.updateOk()[t], what + " update_ok at t=" + t);
			}
		}
		double worstW = -1, worstBuf = -1;
		if (end == in.steps()) {
			float[][][] wj = jvmRun.finalWeights().asArray(), wn = ndRun.finalWeights().asArray();
			worstW = 0;
			worstBuf = 0;
			for (int m = 0; m < 3; m++) {
				worstW = Math.max(worstW, maxError(what + " final weights " + m, wj[m], wn[m]));
				float[][] bj = jvmRun.finalOptimizer().momentumBuffer(m), bn = ndRun.finalOptimizer().momentumBuffer(m);
				assertEquals(bj == null, bn == null, what + " momentum buffer " + m + " present");
				if (bj != null) {
					worstBuf = Math.max(worstBuf, maxError(what + " momentum buffer " + m, bj, bn));
				}
			}
		}
		summary.add(String.format(Locale.ROOT,
				"[backends] %s: %d attempts, %d committed; adaptive_mse nd4j vs jvm %.3g (t=%d); pre_loss %.3g, grad_norm %.3g; final weights %.3g, momentum %.3g; closest gate %.3g",
				what, ej.size(), jvmRun.updatesCommitted(), worst, worstAt, worstLoss, worstGn, worstW, worstBuf, minMargin));
	}

	/** The relative distance of the deciding value of an attempt from its threshold (the smallest over its gates). */
	static double gateMargin(UpdateRecord r, Plasticity p) {
		double m = Math.abs(r.gradNorm() / p.gradNormMax() - 1);
		if (r.postLoss() != null) {
			m = Math.min(m, Math.abs(r.postLoss() / (r.preLoss() * (1 + p.rollbackTol())) - 1));
			m = Math.min(m, Math.abs(r.postMaxH() / p.stateNormMax() - 1));
		}
		return m;
	}

	/** max |b − a| / max(|a|, 1), failing above 1e-4. */
	static double maxError(String what, float[][] a, float[][] b) {
		double worst = 0;
		for (int r = 0; r < a.length; r++) {
			for (int c = 0; c < a[r].length; c++) {
				double err = Math.abs((double) b[r][c] - a[r][c]) / Math.max(1.0, Math.abs(a[r][c]));
				if (!(err <= REL)) {
					fail(what + "[" + r + "][" + c + "]: " + b[r][c] + " (nd4j) vs " + a[r][c] + " (jvm)");
				}
				worst = Math.max(worst, err);
			}
		}
		return worst;
	}
}
