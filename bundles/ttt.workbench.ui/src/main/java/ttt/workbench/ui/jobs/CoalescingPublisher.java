package ttt.workbench.ui.jobs;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import ttt.workbench.analysis.live.LiveRun;

/**
 * Hands live snapshots from the running thread to the UI thread without letting them pile up: while one snapshot of
 * the adaptive curve waits for the UI thread, a newer one replaces it (drawing a long curve can take longer than the
 * throttle's interval, and a queue of stale pictures would delay the end of the run). State changes (baselines
 * started, finished, abandoned) are never dropped and keep their order.
 */
public final class CoalescingPublisher implements Consumer<LiveRun> {

	private final Executor uiThread;
	private final Consumer<LiveRun> target;
	private final AtomicReference<LiveRun> pendingProgress = new AtomicReference<>();

	public CoalescingPublisher(Executor uiThread, Consumer<LiveRun> target) {
		this.uiThread = uiThread;
		this.target = target;
	}

	@Override
	public void accept(LiveRun snapshot) {
		if (snapshot.state() == LiveRun.State.ADAPTIVE && snapshot.length() > 0) {
			if (pendingProgress.getAndSet(snapshot) == null) {
				uiThread.execute(() -> {
					LiveRun latest = pendingProgress.getAndSet(null);
					if (latest != null) {
						target.accept(latest);
					}
				});
			}
		} else {
			uiThread.execute(() -> target.accept(snapshot));
		}
	}
}
