package ttt.workbench.analysis.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.test.support.stores.MixedUpdatesStore;

/** The timeline's words on the mixed-updates store: counts that add up, tooltips with the verdict, key moves. */
class TimelineTextTest {

	@TempDir
	Path tmp;

	@Test
	void summaryTooltipAndStatus() throws Exception {
		Path root = MixedUpdatesStore.create(tmp.resolve("mixed"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s = store.model().findSession(MixedUpdatesStore.SESSION);
			UpdateTimeline tl = UpdateTimeline.of(s);
			Gates gates = Gates.of(s.getPlasticityConfig());
			Map<RollbackReason, Integer> counts = SessionUpdates.breakdown(tl.events());
			int committed = counts.get(RollbackReason.COMMITTED);
			assertEquals("Session " + s.getId() + ": " + tl.eventCount() + " updates in 3 runs (oldest left), " + committed
					+ " committed, " + (tl.eventCount() - committed) + " rolled back", TimelineText.summary(tl));

			UpdateRow r = tl.events().stream().filter(e -> e.reason() == RollbackReason.LOSS_REGRESSION).findFirst().orElseThrow();
			String headline = UpdateVerdicts.explain(r, gates).headline();
			String tip = TimelineText.tooltip(r, gates);
			assertTrue(tip.startsWith("run " + r.runId() + ", t = " + r.t() + "\n" + r.reason().label()), tip);
			assertTrue(tip.contains(headline), tip);
			assertEquals("run " + r.runId() + ", t = " + r.t() + ": " + headline, TimelineText.status(r, gates));
			assertEquals("t = " + r.t() + ": " + headline, TimelineText.selected(r, gates));
		}
		assertTrue(TimelineText.nothingShown(null).startsWith("Select a session"));
		assertEquals("Session x is not in the open store.", TimelineText.nothingShown("x"));
	}

	@Test
	void keysWalkTheEventsAndStopAtTheEnds() {
		assertEquals(0, TimelineText.step(-1, 5, TimelineText.Move.NEXT), "the first move selects the first event");
		assertEquals(0, TimelineText.step(-1, 5, TimelineText.Move.PREVIOUS));
		assertEquals(3, TimelineText.step(2, 5, TimelineText.Move.NEXT));
		assertEquals(4, TimelineText.step(4, 5, TimelineText.Move.NEXT));
		assertEquals(0, TimelineText.step(0, 5, TimelineText.Move.PREVIOUS));
		assertEquals(1, TimelineText.step(2, 5, TimelineText.Move.PREVIOUS));
		assertEquals(0, TimelineText.step(3, 5, TimelineText.Move.FIRST));
		assertEquals(4, TimelineText.step(1, 5, TimelineText.Move.LAST));
	}
}
