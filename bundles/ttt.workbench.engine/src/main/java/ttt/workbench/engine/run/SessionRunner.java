package ttt.workbench.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import ttt.workbench.engine.env.HiddenMuEnv;
import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.OnlineSsm;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.store.model.UpdateStatus;

/**
 * {@code run_session} (SPEC §3) as a pure in-memory computation; the semantics the reference leaves implicit are those
 * its fixtures show:
 *
 * <ol>
 * <li>The trajectory is built once: {@code obs[0] = 0}, {@code obs[t+1] = env.step(actions[t])}.
 * <li>{@code base} and {@code session_start} are scored without updates, each with one hidden state h that starts at
 * zero and is carried through all steps. The MSE of step t compares the prediction made after consuming
 * {@code (obs[t], actions[t])} with {@code obs[t+1]}, mean over z_dim ({@link OnlineSsm}: float32 weights, sums and h
 * in double, result rounded to float32).
 * <li>Adaptive pass: h starts at zero and is carried through the whole run, across updates (never reset, never
 * recomputed with new weights). At step t: predict and record the MSE (before any update of that step), then push
 * {@code (obs[t], actions[t], obs[t+1])} into the FIFO buffer, then, when {@code (t+1) % chunk == 0} and the buffer
 * holds {@code buffer_len} transitions, attempt an update on the buffer, replayed from h = 0:
 * <ul>
 * <li>loss, max‖h‖ and gradient of the replay ({@code pre_loss}, {@code pre_max_h}: the loss of the gradient's own
 * forward pass, the same numbers as the reference's separate no-grad replay); NaN/Inf in them →
 * {@code rollback_non_finite} (no step);
 * <li>{@code grad_norm} = sqrt(Σ_p float32 Σ g_p²) &gt; grad_norm_max → {@code rollback_grad_norm} (no step);
 * <li>else snapshot weights and optimizer, one Muon step, replay again ({@code post_loss}, {@code post_max_h});
 * NaN/Inf in the new weights, post_loss or post_max_h → restore both, {@code rollback_non_finite};
 * {@code post_loss > pre_loss·(1 + rollback_tol)} → restore both, {@code rollback_loss_regression};
 * {@code post_max_h > state_norm_max} → restore both, {@code rollback_state_norm}; else {@code commit}.
 * </ul>
 * Comparisons are in double on the float32 values, as the reference's Python floats.
 * </ol>
 *
 * <p>Cancellation is checked before every step of every pass; the input is never modified. The listener is called
 * on the calling thread only; the {@code isCancelled} supplier may be asked from a second thread (a long run scores
 * its two baselines side by side), so it must be thread-safe (a volatile flag, a monitor's state).
 */
public final class SessionRunner {

	/** From this many steps on, the two passes without updates run side by side (below, a thread costs more than it saves). */
	static final int SIDE_BY_SIDE_STEPS = 2048;

	private final SsmBackend backend;
	private boolean sideBySide = true;

	public SessionRunner(SsmBackend backend) {
		this.backend = Objects.requireNonNull(backend, "backend");
	}

	/**
	 * Scores base and session_start one after the other on the calling thread, as runs of fewer than
	 * {@value #SIDE_BY_SIDE_STEPS} steps always do: for callers that already keep every core busy (a sweep runs a
	 * point per core). The results are the same either way.
	 */
	public SessionRunner onOneThread() {
		sideBySide = false;
		return this;
	}

	/**
	 * The trajectory {@link #run} will report for {@code in}, without running the model: it depends on the
	 * environment only (μ, dynamics, actions). Lets a caller write the trajectory's file while the model runs.
	 */
	public static RunTrajectory trajectory(RunInput in) {
		return RunTrajectory.of(observations(in), in.actions());
	}

	/** {@code obs[0] = 0}, {@code obs[t+1] = env.step(actions[t])}: the environment's side of a run. */
	private static float[][] observations(RunInput in) {
		return HiddenMuEnv.rollout(in.mu(), in.dynamics(), in.actions());
	}

	public RunResult run(RunInput in, RunListener listener, BooleanSupplier isCancelled) throws RunCancelledException {
		RunListener l = listener == null ? RunListener.NONE : listener;
		BooleanSupplier cancelled = isCancelled == null ? () -> false : isCancelled;
		int steps = in.steps();
		int total = 3 * steps;
		l.started(steps);

		float[][] obs = observations(in);
		float[][] actions = in.actions();
		RunTrajectory trajectory = RunTrajectory.of(obs, actions);

		float[][] scored = baselines(in, obs, actions, cancelled, done -> l.progress(done, total));
		float[] baseMse = scored[0];
		float[] sessionMse = scored[1];
		l.baselines(baseMse.clone(), sessionMse.clone());

		Weights w = in.sessionWeights().copy();
		Muon opt = in.optimizer().copy();
		OnlineSsm online = new OnlineSsm(w, in.decay());
		Plasticity p = in.plasticity();
		TransitionBuffer buffer = new TransitionBuffer(p.bufferLen());
		float[] adaptive = new float[steps];
		boolean[] did = new boolean[steps];
		boolean[] ok = new boolean[steps];
		List<UpdateRecord> events = new ArrayList<>();
		for (int t = 0; t < steps; t++) {
			if (cancelled.getAsBoolean()) {
				throw new RunCancelledException("run cancelled at adaptive step " + t + " of " + steps, t);
			}
			adaptive[t] = online.step(obs[t], actions[t], obs[t + 1]);
			buffer.push(obs[t], actions[t], obs[t + 1]);
			if ((t + 1) % p.chunk() == 0 && buffer.size() == p.bufferLen()) {
				did[t] = true;
				UpdateRecord event = attemptUpdate(t, w, in.decay(), opt, buffer.toBatch(), p);
				ok[t] = event.committed();
				events.add(event);
				l.update(event);
			}
			l.step(t, baseMse[t], sessionMse[t], adaptive[t], did[t], ok[t]);
			l.progress(2 * steps + t + 1, total);
		}
		return new RunResult(baseMse, sessionMse, adaptive, did, ok, trajectory, events, w, opt);
	}

	/** One update attempt on the buffer; {@code w} and {@code opt} change only on commit. */
	UpdateRecord attemptUpdate(int t, Weights w, float[] decay, Muon opt, SequenceBatch batch, Plasticity p) {
		SsmBackend.Gradient g = backend.gradient(w, decay, batch);
		double preLoss = g.loss();
		double preMaxH = g.maxH();
		double gradNorm = PlasticWeights.globalNorm(g.grad());
		if (!Double.isFinite(preLoss) || !Double.isFinite(preMaxH) || !PlasticWeights.allFinite(g.grad())) {
			return new UpdateRecord(t, UpdateStatus.ROLLBACK_NON_FINITE, preLoss, null, gradNorm, preMaxH, null,
					PlasticWeights.frobeniusNorms(w), PlasticWeights.maxAbs(w));
		}
		if (gradNorm > p.gradNormMax()) {
			return new UpdateRecord(t, UpdateStatus.ROLLBACK_GRAD_NORM, preLoss, null, gradNorm, preMaxH, null,
					PlasticWeights.frobeniusNorms(w), PlasticWeights.maxAbs(w));
		}
		Weights weightsSnapshot = w.copy();
		Muon optimizerSnapshot = opt.copy();
		opt.step(w, g.grad(), backend);
		SsmBackend.Forward post = backend.forward(w, decay, batch);
		double postLoss = post.loss();
		double postMaxH = post.maxH();
		UpdateStatus status;
		if (!PlasticWeights.allFinite(w) || !Double.isFinite(postLoss) || !Double.isFinite(postMaxH)) {
			status = UpdateStatus.ROLLBACK_NON_FINITE;
		} else if (postLoss > preLoss * (1.0 + p.rollbackTol())) {
			status = UpdateStatus.ROLLBACK_LOSS_REGRESSION;
		} else if (postMaxH > p.stateNormMax()) {
			status = UpdateStatus.ROLLBACK_STATE_NORM;
		} else {
			status = UpdateStatus.COMMIT;
		}
		if (status != UpdateStatus.COMMIT) {
			PlasticWeights.copyInto(weightsSnapshot, w);
			opt.restore(optimizerSnapshot);
		}
		return new UpdateRecord(t, status, preLoss, postLoss, gradNorm, preMaxH, postMaxH, PlasticWeights.frobeniusNorms(w),
				PlasticWeights.maxAbs(w));
	}

	/**
	 * The base and session_start curves: two passes without updates, independent of each other and of the adaptive
	 * pass. With a core to spare (a command-line run or the workbench's, of {@value #SIDE_BY_SIDE_STEPS} steps or
	 * more) the base's pass runs on a thread of its own while the session's runs here; {@code progress} gets the
	 * steps done by both, from this thread only.
	 */
	private float[][] baselines(RunInput in, float[][] obs, float[][] actions, BooleanSupplier cancelled, IntConsumer progress)
			throws RunCancelledException {
		int steps = actions.length;
		if (!sideBySide || steps < SIDE_BY_SIDE_STEPS || Runtime.getRuntime().availableProcessors() < 2) {
			float[] base = score(in.baseWeights().copy(), in.decay(), obs, actions, cancelled, progress);
			float[] session = score(in.sessionWeights().copy(), in.decay(), obs, actions, cancelled, done -> progress.accept(steps + done));
			return new float[][] { base, session };
		}
		AtomicInteger baseDone = new AtomicInteger();
		AtomicBoolean abandoned = new AtomicBoolean(); // this thread stopped: the base's pass stops at its next step
		AtomicBoolean baseFailed = new AtomicBoolean(); // the base's pass failed: this one stops at its next step
		FutureTask<float[]> base = new FutureTask<>(() -> {
			try {
				return score(in.baseWeights().copy(), in.decay(), obs, actions, () -> abandoned.get() || cancelled.getAsBoolean(),
						baseDone::lazySet);
			} catch (RuntimeException | Error e) {
				baseFailed.set(true);
				throw e;
			}
		});
		Thread thread = new Thread(base, "ttt-base-pass");
		thread.setDaemon(true);
		thread.start();
		try {
			int[] reported = { 0 };
			float[] session;
			try {
				session = score(in.sessionWeights().copy(), in.decay(), obs, actions,
						() -> baseFailed.get() || cancelled.getAsBoolean(), done -> {
							reported[0] = done + baseDone.get();
							progress.accept(reported[0]);
						});
			} catch (RunCancelledException e) {
				if (baseFailed.get()) {
					base.get(); // throws what went wrong there, not a cancellation nobody asked for
				}
				throw e;
			}
			float[] baseMse = base.get();
			if (reported[0] < 2 * steps) {
				progress.accept(2 * steps);
			}
			return new float[][] { baseMse, session };
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RunCancelledException("run interrupted while scoring without updates", 0);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RunCancelledException c) {
				throw c;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		} finally {
			abandoned.set(true);
		}
	}

	private static float[] score(Weights w, float[] decay, float[][] obs, float[][] actions, BooleanSupplier cancelled,
			IntConsumer progress) throws RunCancelledException {
		OnlineSsm model = new OnlineSsm(w, decay);
		float[] mse = new float[actions.length];
		for (int t = 0; t < actions.length; t++) {
			if (cancelled.getAsBoolean()) {
				throw new RunCancelledException("run cancelled while scoring without updates, step " + t, t);
			}
			mse[t] = model.step(obs[t], actions[t], obs[t + 1]);
			progress.accept(t + 1);
		}
		return mse;
	}

	/** The FIFO of the last {@code capacity} transitions {@code (z_t, a_t, z_{t+1})}. */
	static final class TransitionBuffer {
		private final float[][] z, a, zNext;
		private int start, size;

		TransitionBuffer(int capacity) {
			z = new float[capacity][];
			a = new float[capacity][];
			zNext = new float[capacity][];
		}

		void push(float[] zt, float[] at, float[] next) {
			int cap = z.length;
			int slot;
			if (size < cap) {
				slot = (start + size) % cap;
				size++;
			} else {
				slot = start;
				start = (start + 1) % cap;
			}
			z[slot] = zt.clone();
			a[slot] = at.clone();
			zNext[slot] = next.clone();
		}

		int size() {
			return size;
		}

		/** The buffer, oldest first, as one sequence. */
		SequenceBatch toBatch() {
			float[][] zs = new float[size][], as = new float[size][], ns = new float[size][];
			for (int i = 0; i < size; i++) {
				int slot = (start + i) % z.length;
				zs[i] = z[slot];
				as[i] = a[slot];
				ns[i] = zNext[slot];
			}
			return new SequenceBatch(new float[][][] { zs }, new float[][][] { as }, new float[][][] { ns });
		}
	}
}
