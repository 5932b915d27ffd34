package ttt.workbench.analysis.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.test.support.stores.MixedUpdatesStore;

/** Table rows, filters, sorting, breakdown, CSV and the timeline's segments against an independent reading of the log. */
class SessionUpdatesTest {

	@TempDir
	static Path tmp;
	static Path root;
	static JsonlLines lines;

	@BeforeAll
	static void makeStore() throws Exception {
		root = MixedUpdatesStore.create(tmp.resolve("mixed"));
		lines = JsonlLines.read(root.resolve("sessions/mixed/update_events.jsonl"));
	}

	/** Lines per run id, in file order (the engine appends runs oldest first). */
	private static Map<String, List<String>> linesByRun() {
		Map<String, List<String>> m = new LinkedHashMap<>();
		lines.lines().forEach(l -> m.computeIfAbsent(JsonlLines.text(l, "run_id"), k -> new ArrayList<>()).add(l));
		return m;
	}

	@Test
	void timelineHasOneSegmentPerRunOldestFirstWithTheRunsEvents() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s = store.model().findSession(MixedUpdatesStore.SESSION);
			UpdateTimeline tl = UpdateTimeline.of(s);
			Map<String, List<String>> byRun = linesByRun();
			assertEquals(3, tl.segments().size());
			assertEquals(List.copyOf(byRun.keySet()), tl.segments().stream().map(UpdateTimeline.Segment::runId).toList(),
					"segments in creation order, as the runs were appended");
			for (UpdateTimeline.Segment seg : tl.segments()) {
				List<String> expected = byRun.get(seg.runId());
				assertEquals(expected.size(), seg.events().size(), seg.runId());
				assertEquals(expected.stream().map(l -> JsonlLines.number(l, "t").intValue()).toList(),
						seg.events().stream().map(UpdateRow::t).toList());
				assertEquals(96, seg.steps());
			}
			assertEquals(lines.lines().size(), tl.eventCount());

			TimelineLayout layout = new TimelineLayout(tl, 10, 1000, 20, 40);
			assertEquals(3, layout.boxes().size());
			assertTrue(layout.right() <= 1010, "fits the width: " + layout.right());
			for (int i = 1; i < 3; i++) {
				assertEquals(layout.boxes().get(i - 1).x1() + 20, layout.boxes().get(i).x0(), "gap between segments");
			}
			for (TimelineLayout.Placed p : layout.events()) {
				TimelineLayout.Box b = layout.boxes().get(p.segmentIndex());
				double expectedX = b.x0() + (p.event().t() + 0.5) / 96.0 * (b.x1() - b.x0());
				assertEquals(expectedX, p.x(), 1.0, "event at its t within its run's segment");
				assertEquals(p.event().runId(), b.segment().runId());
			}
			TimelineLayout.Placed first = layout.events().get(0);
			assertEquals(0, layout.hit(first.x() + 2, 5));
			assertEquals(-1, layout.hit(5, 3), "nothing left of the first segment");
		}
	}

	@Test
	void filtersSortingBreakdownAndCsv() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s = store.model().findSession(MixedUpdatesStore.SESSION);
			List<UpdateRow> all = SessionUpdates.ofSession(s);
			assertEquals(lines.lines().size(), all.size());

			List<UpdateRow> rolled = SessionUpdates.filter(all, StatusFilter.ROLLED_BACK, StepFilter.ANY, null);
			long expectedRolled = lines.lines().stream().filter(l -> JsonlLines.text(l, "status").startsWith("rollback")).count();
			assertEquals(expectedRolled, rolled.size());
			assertTrue(rolled.stream().allMatch(r -> r.reason().isRollback()));

			List<UpdateRow> byGrad = SessionUpdates.filter(all, StatusFilter.ALL, StepFilter.ANY, UpdateColumn.GRAD_NORM.ascending());
			for (int i = 1; i < byGrad.size(); i++) {
				assertTrue(byGrad.get(i - 1).gradNorm() <= byGrad.get(i).gradNorm(), "numeric ascending order");
			}
			List<UpdateRow> byPostDesc = SessionUpdates.filter(all, StatusFilter.ALL, StepFilter.ANY,
					UpdateColumn.POST_LOSS.descending());
			assertTrue(byPostDesc.get(byPostDesc.size() - 1).postLoss() == null, "missing values last");

			List<UpdateRow> early = SessionUpdates.filter(all, StatusFilter.ALL, StepFilter.parse("<40, 95"), null);
			assertTrue(early.stream().allMatch(r -> r.t() < 40 || r.t() == 95));
			assertEquals(lines.lines().stream().mapToInt(l -> JsonlLines.number(l, "t").intValue()).filter(t -> t < 40 || t == 95)
					.count(), early.size());

			Map<RollbackReason, Integer> counts = SessionUpdates.breakdown(all);
			assertEquals(all.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
			assertEquals(lines.lines().stream().filter(l -> JsonlLines.text(l, "status").equals("rollback_state_norm")).count(),
					(long) counts.get(RollbackReason.STATE_NORM));

			String csv = UpdateCsv.of(all, Gates.of(s.getPlasticityConfig())).toCsv();
			String[] csvLines = csv.split("\r\n");
			assertEquals(all.size() + 1, csvLines.length);
			assertTrue(csvLines[0].startsWith("run_id,t,status,pre_loss,post_loss"));
			String firstLine = lines.lines().get(0);
			assertTrue(csvLines[1].startsWith(JsonlLines.text(firstLine, "run_id") + "," + JsonlLines.number(firstLine, "t").intValue()
					+ "," + JsonlLines.text(firstLine, "status") + "," + JsonlLines.number(firstLine, "pre_loss")), csvLines[1]);
		}
	}

	@Test
	void stepFilterSyntax() {
		assertTrue(StepFilter.parse("").test(5));
		assertTrue(StepFilter.parse("64-128").test(64));
		assertTrue(StepFilter.parse("64..128").test(128));
		assertFalse(StepFilter.parse("64-128").test(129));
		assertTrue(StepFilter.parse(">=10").test(10));
		assertFalse(StepFilter.parse(">10").test(10));
		assertFalse(StepFilter.parse("x").valid());
		assertEquals("0.0684", Numbers.fmt(0.057 * 1.2));
		assertEquals("1e6", Numbers.fmt(1e6));
		assertEquals("20", Numbers.fmt(20.0));
	}
}
