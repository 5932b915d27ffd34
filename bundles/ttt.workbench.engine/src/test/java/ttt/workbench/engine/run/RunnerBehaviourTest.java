package ttt.workbench.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.optim.OptimizerVariant;

class RunnerBehaviourTest {

	static final Plasticity COMMITTING = new Plasticity(32, 32, 1e9, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

	@Test
	void sameInputSameResult() throws Exception {
		RunInput in = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_TORCH, 128);
		RunResult a = new SessionRunner(new JvmBackend()).run(in, null, null);
		RunResult b = new SessionRunner(new JvmBackend()).run(in, null, null);
		assertArrayEquals(a.adaptiveMse(), b.adaptiveMse());
		assertArrayEquals(a.baseMse(), b.baseMse());
		assertTrue(Arrays.deepEquals(a.finalWeights().asArray(), b.finalWeights().asArray()));
		assertEquals(a.events().size(), b.events().size());
		assertTrue(Arrays.deepEquals(in.sessionWeights().asArray(), RunFixtures.input(COMMITTING, OptimizerVariant.MUON_TORCH, 1)
				.sessionWeights().asArray()), "the input is never modified");
		assertTrue(in.optimizer().isFresh(), "the input optimizer is never modified");
	}

	@Test
	void nonlinearModeChangesTheTrajectory() throws Exception {
		RunInput lin = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_FALLBACK, 64);
		RunInput non = new RunInput(lin.baseWeights(), lin.sessionWeights(), lin.decay(), lin.optimizer(), lin.plasticity(),
				lin.mu(), Dynamics.NONLINEAR, lin.actions());
		RunResult a = new SessionRunner(new JvmBackend()).run(lin, null, null);
		RunResult b = new SessionRunner(new JvmBackend()).run(non, null, null);
		assertArrayEquals(a.trajectory().ax(), b.trajectory().ax());
		assertFalse(Arrays.equals(a.trajectory().vx(), b.trajectory().vx()));
		assertEquals(0f, a.trajectory().x()[0], "the trajectory starts at the origin");
	}

	@Test
	void theTrajectoryIsKnownBeforeTheModelRuns() throws Exception {
		RunInput lin = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_FALLBACK, 64);
		RunInput non = new RunInput(lin.baseWeights(), lin.sessionWeights(), lin.decay(), lin.optimizer(), lin.plasticity(),
				lin.mu(), Dynamics.NONLINEAR, lin.actions());
		for (RunInput in : List.of(lin, non)) {
			RunTrajectory ahead = SessionRunner.trajectory(in);
			RunTrajectory run = new SessionRunner(new JvmBackend()).run(in, null, null).trajectory();
			assertArrayEquals(run.x(), ahead.x());
			assertArrayEquals(run.y(), ahead.y());
			assertArrayEquals(run.vx(), ahead.vx());
			assertArrayEquals(run.vy(), ahead.vy());
			assertArrayEquals(run.ax(), ahead.ax());
			assertArrayEquals(run.ay(), ahead.ay());
		}
	}

	/**
	 * A long run scores base and session_start side by side (the base on a thread of its own): the same numbers as on
	 * one thread, the listener called on the caller's thread only, progress rising to three passes' worth.
	 */
	@Test
	void baselinesScoredSideBySideAreThoseOfOneThread() throws Exception {
		assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "side by side needs two cores");
		int steps = SessionRunner.SIDE_BY_SIDE_STEPS + 77;
		RunInput in = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_FALLBACK, steps);
		RunResult one = new SessionRunner(new JvmBackend()).onOneThread().run(in, null, null);
		Thread caller = Thread.currentThread();
		List<String> otherThreads = new ArrayList<>();
		java.util.Set<String> askedBy = java.util.concurrent.ConcurrentHashMap.newKeySet(); // threads that checked for cancel
		AtomicInteger last = new AtomicInteger();
		RunResult two = new SessionRunner(new JvmBackend()).run(in, new RunListener() {
			@Override
			public void progress(int done, int total) {
				if (Thread.currentThread() != caller) {
					otherThreads.add(Thread.currentThread().getName());
				}
				assertTrue(done > last.get(), "progress increases: " + done + " after " + last.get());
				last.set(done);
				assertEquals(3 * steps, total);
			}

			@Override
			public void baselines(float[] base, float[] session) {
				if (Thread.currentThread() != caller) {
					otherThreads.add(Thread.currentThread().getName());
				}
			}
		}, () -> {
			askedBy.add(Thread.currentThread().getName());
			return false;
		});
		assertEquals(List.of(), otherThreads, "the listener is called on the caller's thread only");
		assertEquals(java.util.Set.of(caller.getName(), "ttt-base-pass"), askedBy, "two threads scored");
		assertEquals(3 * steps, last.get());
		assertArrayEquals(one.baseMse(), two.baseMse());
		assertArrayEquals(one.sessionNoUpdateMse(), two.sessionNoUpdateMse());
		assertArrayEquals(one.adaptiveMse(), two.adaptiveMse());
		assertTrue(Arrays.deepEquals(one.finalWeights().asArray(), two.finalWeights().asArray()));
		assertFalse(Arrays.equals(two.baseMse(), two.sessionNoUpdateMse()), "two different curves, not one twice");
	}

	@Test
	void cancellingWhileScoringSideBySideStopsBothPasses() throws Exception {
		int steps = SessionRunner.SIDE_BY_SIDE_STEPS + 10;
		RunInput in = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_FALLBACK, steps);
		Weights before = in.sessionWeights().copy();
		AtomicInteger checks = new AtomicInteger();
		RunCancelledException e = assertThrows(RunCancelledException.class,
				() -> new SessionRunner(new JvmBackend()).run(in, null, () -> checks.incrementAndGet() > steps / 2));
		assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
		assertTrue(checks.get() <= steps / 2 + 2, "stopped at the first true on each thread: " + checks.get() + " checks");
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("ttt-base-pass"))) {
			assertTrue(System.nanoTime() < deadline, "the base's pass has ended");
			Thread.sleep(10);
		}
		assertTrue(Arrays.deepEquals(before.asArray(), in.sessionWeights().asArray()));
	}

	@Test
	void listenerSeesEveryStepAndEveryUpdateInOrder() throws Exception {
		RunInput in = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_FALLBACK, 100);
		List<String> calls = new ArrayList<>();
		AtomicInteger lastProgress = new AtomicInteger();
		int[] total = new int[1];
		RunResult r = new SessionRunner(new JvmBackend()).run(in, new RunListener() {
			@Override
			public void started(int steps) {
				calls.add("started " + steps);
			}

			@Override
			public void baselines(float[] base, float[] session) {
				calls.add("baselines " + base.length + " " + session.length);
			}

			@Override
			public void step(int t, float base, float session, float adaptive, boolean did, boolean ok) {
				calls.add("step " + t + (did ? " did" : "") + (ok ? " ok" : ""));
			}

			@Override
			public void update(UpdateRecord e) {
				calls.add("update " + e.t() + " " + e.status().getLiteral());
			}

			@Override
			public void progress(int done, int all) {
				assertTrue(done > lastProgress.get(), "progress increases");
				lastProgress.set(done);
				total[0] = all;
			}
		}, null);
		assertEquals("started 100", calls.get(0));
		assertEquals("baselines 100 100", calls.get(1));
		assertEquals("step 0", calls.get(2));
		int u = calls.indexOf("update 31 commit");
		assertEquals("step 31 did ok", calls.get(u + 1));
		assertEquals(2 + 100 + 3, calls.size());
		assertEquals(300, total[0]);
		assertEquals(300, lastProgress.get());
		assertEquals(3, r.updatesAttempted());
	}

	@Test
	void cancellationStopsEachPhaseAndLeavesTheInputAlone() {
		for (int stopAfter : new int[] { 0, 1, 150, 250, 299 }) {
			RunInput in = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_FALLBACK, 100);
			Weights before = in.sessionWeights().copy();
			AtomicInteger checks = new AtomicInteger();
			RunCancelledException e = assertThrows(RunCancelledException.class, () -> new SessionRunner(new JvmBackend())
					.run(in, null, () -> checks.incrementAndGet() > stopAfter));
			assertEquals(stopAfter + 1, checks.get(), "checked before every step, stopped at the first true");
			assertTrue(e.getMessage().contains("cancelled"));
			assertTrue(Arrays.deepEquals(before.asArray(), in.sessionWeights().asArray()));
			assertTrue(in.optimizer().isFresh());
		}
	}

	@Test
	void refusesInconsistentInput() {
		RunInput ok = RunFixtures.input(COMMITTING, OptimizerVariant.MUON_FALLBACK, 4);
		assertThrows(IllegalArgumentException.class, () -> new RunInput(ok.baseWeights(), RunFixtures.randomWeights(3, 8, 13, 0.1),
				ok.decay(), ok.optimizer(), ok.plasticity(), ok.mu(), ok.dynamics(), ok.actions()));
		assertThrows(IllegalArgumentException.class, () -> new RunInput(ok.baseWeights(), ok.sessionWeights(), new float[3],
				ok.optimizer(), ok.plasticity(), ok.mu(), ok.dynamics(), ok.actions()));
		assertThrows(IllegalArgumentException.class, () -> new RunInput(ok.baseWeights(), ok.sessionWeights(), ok.decay(),
				ok.optimizer(), ok.plasticity(), ok.mu(), ok.dynamics(), new float[][] { { 1f } }));
		assertThrows(IllegalArgumentException.class, () -> new Plasticity(0, 32, 0.2, 20, 1e6));
	}

	@Test
	void summaryMeansAsTheReference() {
		float[] v = new float[150];
		for (int i = 0; i < v.length; i++) {
			v[i] = i;
		}
		assertEquals(74.5, RunResult.mean(v), 1e-12);
		assertEquals(99.5, RunResult.lastMean(v, 100), 1e-12);
		assertEquals(1.0, RunResult.lastMean(new float[] { 0f, 2f }, 100), 1e-12, "min(100, steps) values");
		assertEquals(0.0, RunResult.mean(new float[0]), 0.0);
	}
}
