package ttt.workbench.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.live.LiveRun;

/** A slow UI thread gets the newest picture of the curve, never a backlog; state changes all arrive, in order. */
class CoalescingPublisherTest {

	private final List<Runnable> uiQueue = new ArrayList<>();
	private final List<String> delivered = new ArrayList<>();
	private final CoalescingPublisher publisher = new CoalescingPublisher(uiQueue::add,
			s -> delivered.add(s.state() + " " + s.length()));

	private static LiveRun snapshot(LiveRun.State state, int length) {
		return new LiveRun("s1", 10, new float[10], new float[10], new float[10], length, new int[0], new boolean[0], state);
	}

	private void runUiThread() {
		List<Runnable> now = new ArrayList<>(uiQueue);
		uiQueue.clear();
		now.forEach(Runnable::run);
	}

	@Test
	void pendingCurveSnapshotsAreReplacedByNewerOnes() {
		publisher.accept(snapshot(LiveRun.State.BASELINES, 0));
		publisher.accept(snapshot(LiveRun.State.ADAPTIVE, 0)); // baselines complete: a state change, kept
		publisher.accept(snapshot(LiveRun.State.ADAPTIVE, 1));
		publisher.accept(snapshot(LiveRun.State.ADAPTIVE, 2));
		publisher.accept(snapshot(LiveRun.State.ADAPTIVE, 3));
		assertEquals(3, uiQueue.size(), "one task for the curve however many snapshots came");
		runUiThread();
		assertEquals(List.of("BASELINES 0", "ADAPTIVE 0", "ADAPTIVE 3"), delivered);

		publisher.accept(snapshot(LiveRun.State.ADAPTIVE, 4));
		publisher.accept(snapshot(LiveRun.State.ABANDONED, 4));
		runUiThread();
		assertEquals(List.of("BASELINES 0", "ADAPTIVE 0", "ADAPTIVE 3", "ADAPTIVE 4", "ABANDONED 4"), delivered);
	}

	@Test
	void aSnapshotArrivingWhileTheUiDrawsIsDeliveredNext() {
		publisher.accept(snapshot(LiveRun.State.ADAPTIVE, 1));
		runUiThread();
		publisher.accept(snapshot(LiveRun.State.ADAPTIVE, 2));
		assertEquals(1, uiQueue.size());
		runUiThread();
		publisher.accept(snapshot(LiveRun.State.FINISHED, 10));
		runUiThread();
		assertEquals(List.of("ADAPTIVE 1", "ADAPTIVE 2", "FINISHED 10"), delivered);
	}
}
