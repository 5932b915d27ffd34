package ttt.workbench.ui.jobs;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.run.UpdateRecord;
import ttt.workbench.analysis.live.LiveRun;

/**
 * Turns the engine's live callbacks into {@link LiveRun} snapshots for the charts, at most one every
 * {@code minIntervalNanos} while the adaptive curve fills in (a run does thousands of steps a second; a chart needs
 * ten pictures a second). The state changes (baselines ready, finished, abandoned) are always passed on. Called on
 * the running thread; each snapshot is an independent copy, so the sink may hand it to another thread.
 */
public final class LiveRunRecorder implements RunListener {

	/** Ten snapshots a second at most. */
	public static final long DEFAULT_INTERVAL_NANOS = 100_000_000L;

	private final String sessionId;
	private final Consumer<LiveRun> sink;
	private final LongSupplier clock;
	private final LongSupplier minIntervalNanos;

	private int steps;
	private float[] baseMse = new float[0];
	private float[] sessionNoUpdateMse = new float[0];
	private float[] adaptiveMse = new float[0];
	private int length;
	private int[] updateSteps = new int[16];
	private boolean[] updateCommitted = new boolean[16];
	private int updates;
	private long lastSent = Long.MIN_VALUE;
	private boolean sentPending;
	private LiveRun.State state = LiveRun.State.BASELINES;

	public LiveRunRecorder(String sessionId, Consumer<LiveRun> sink) {
		this(sessionId, sink, System::nanoTime, DEFAULT_INTERVAL_NANOS);
	}

	public LiveRunRecorder(String sessionId, Consumer<LiveRun> sink, LongSupplier clock, long minIntervalNanos) {
		this(sessionId, sink, clock, () -> minIntervalNanos);
	}

	/**
	 * @param minIntervalNanos read at every step, so that a change of the live refresh preference applies to a run
	 *                         already going
	 */
	public LiveRunRecorder(String sessionId, Consumer<LiveRun> sink, LongSupplier clock, LongSupplier minIntervalNanos) {
		this.sessionId = sessionId;
		this.sink = sink;
		this.clock = clock;
		this.minIntervalNanos = minIntervalNanos;
	}

	@Override
	public void started(int total) {
		steps = total;
		baseMse = new float[total];
		sessionNoUpdateMse = new float[total];
		adaptiveMse = new float[total];
		state = LiveRun.State.BASELINES;
		send();
	}

	@Override
	public void baselines(float[] base, float[] sessionNoUpdate) {
		baseMse = Arrays.copyOf(base, steps);
		sessionNoUpdateMse = Arrays.copyOf(sessionNoUpdate, steps);
		state = LiveRun.State.ADAPTIVE;
		send();
	}

	@Override
	public void update(UpdateRecord event) {
		if (updates == updateSteps.length) {
			updateSteps = Arrays.copyOf(updateSteps, updates * 2);
			updateCommitted = Arrays.copyOf(updateCommitted, updates * 2);
		}
		updateSteps[updates] = event.t();
		updateCommitted[updates] = event.committed();
		updates++;
	}

	@Override
	public void step(int t, float base, float sessionNoUpdate, float adaptive, boolean didUpdate, boolean updateOk) {
		if (t < 0 || t >= steps) {
			return;
		}
		adaptiveMse[t] = adaptive;
		length = Math.max(length, t + 1);
		state = LiveRun.State.ADAPTIVE;
		long now = clock.getAsLong();
		if (lastSent == Long.MIN_VALUE || now - lastSent >= minIntervalNanos.getAsLong()) {
			send();
		} else {
			sentPending = true;
		}
	}

	/** The run was committed: a last snapshot with everything, in state FINISHED. */
	public LiveRun finished() {
		state = LiveRun.State.FINISHED;
		return snapshot();
	}

	/** The run was cancelled or failed: nothing was written. */
	public LiveRun abandoned() {
		state = LiveRun.State.ABANDONED;
		return snapshot();
	}

	/** Whether steps arrived since the last snapshot sent (the final snapshot carries them). */
	public boolean hasUnsentSteps() {
		return sentPending;
	}

	private void send() {
		lastSent = clock.getAsLong();
		sentPending = false;
		sink.accept(snapshot());
	}

	public LiveRun snapshot() {
		// the baselines are never written again after baselines(): every snapshot may share them; the adaptive
		// curve keeps filling in, so each snapshot has its own copy
		return new LiveRun(sessionId, steps, baseMse, sessionNoUpdateMse, adaptiveMse.clone(), length,
				Arrays.copyOf(updateSteps, updates), Arrays.copyOf(updateCommitted, updates), state);
	}
}
