package ttt.workbench.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.run.UpdateRecord;
import ttt.workbench.store.model.UpdateStatus;
import ttt.workbench.analysis.live.LiveRun;

/** Snapshots of a run in progress: state changes always passed on, steps throttled by the clock, copies not views. */
class LiveRunRecorderTest {

	private long now;
	private final List<LiveRun> sent = new ArrayList<>();

	private LiveRunRecorder recorder() {
		return new LiveRunRecorder("s1", sent::add, () -> now, 100);
	}

	@Test
	void throttlesStepsButNeverStateChanges() {
		LiveRunRecorder r = recorder();
		r.started(10);
		r.baselines(new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, new float[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 });
		assertEquals(List.of(LiveRun.State.BASELINES, LiveRun.State.ADAPTIVE), sent.stream().map(LiveRun::state).toList());
		now = 50; // within the interval of the baselines snapshot sent at 0
		r.step(0, 1, 2, 0.5f, false, false);
		r.step(1, 2, 2, 0.25f, false, false);
		assertEquals(2, sent.size(), "no snapshot before the interval has passed");
		assertTrue(r.hasUnsentSteps());
		now = 100;
		r.step(2, 3, 2, 0.125f, false, false);
		assertEquals(3, sent.size());
		LiveRun third = sent.get(2);
		assertEquals(3, third.length());
		assertArrayEquals(new float[] { 0.5f, 0.25f, 0.125f }, third.adaptiveSoFar());
		assertEquals(1f, third.baseMse()[0]);
		LiveRun finished = r.finished();
		assertEquals(LiveRun.State.FINISHED, finished.state());
		assertEquals(3, finished.length());
	}

	@Test
	void snapshotsAreIndependentCopies() {
		LiveRunRecorder r = recorder();
		r.started(3);
		r.baselines(new float[] { 1, 1, 1 }, new float[] { 1, 1, 1 });
		LiveRun before = sent.get(1);
		now = 1000;
		r.step(0, 1, 1, 9, true, true);
		assertEquals(0f, before.adaptiveMse()[0], "an earlier snapshot does not change");
		assertEquals(9f, sent.get(2).adaptiveMse()[0]);
	}

	@Test
	void recordsUpdatesInOrder() {
		LiveRunRecorder r = recorder();
		r.started(40);
		for (int t = 0; t < 40; t += 2) {
			r.update(new UpdateRecord(t, t % 4 == 0 ? UpdateStatus.COMMIT : UpdateStatus.ROLLBACK_LOSS_REGRESSION, 1, 1.0, 0.1, null, null, null));
		}
		LiveRun s = r.abandoned();
		assertEquals(LiveRun.State.ABANDONED, s.state());
		assertEquals(20, s.updateSteps().length);
		assertEquals(38, s.updateSteps()[19]);
		assertTrue(s.updateCommitted()[0]);
		assertTrue(!s.updateCommitted()[1]);
	}
}
