package ttt.workbench.analysis.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.test.support.stores.MixedUpdatesStore;
import ttt.workbench.test.support.Fixtures;

/** The engine's update rule applied to recorded events: every fixture event's status follows from its numbers. */
class UpdateVerdictsTest {

	@TempDir
	static Path tmp;
	static Path mixed;

	@BeforeAll
	static void makeStore() throws Exception {
		mixed = MixedUpdatesStore.create(tmp.resolve("mixed"));
	}

	private static List<UpdateRow> rows(Path root, String sessionId) throws Exception {
		try (ArtifactStore store = ArtifactStore.open(root)) {
			return SessionUpdates.ofSession(store.model().findSession(sessionId));
		}
	}

	private static Gates gates(Path root, String sessionId) throws Exception {
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s = store.model().findSession(sessionId);
			return Gates.of(s.getPlasticityConfig());
		}
	}

	@Test
	void everyEventOfTheReferenceFixturesFollowsFromItsNumbers() throws Exception {
		Path torch = Fixtures.dir().resolve("torch291-store");
		Path case1 = Fixtures.dir().resolve("reference-run-case1/store_after");
		assertConsistent(rows(torch, "s1"), gates(torch, "s1"), 3);
		assertConsistent(rows(case1, "case1"), gates(case1, "case1"), 18);
	}

	@Test
	void theMixedStoreHasEveryKindAndEachRollbackIsExplainedByItsNumbers() throws Exception {
		List<UpdateRow> rows = rows(mixed, MixedUpdatesStore.SESSION);
		Gates g = gates(mixed, MixedUpdatesStore.SESSION);
		assertEquals(new Gates(-0.01, 60, 3), g);
		JsonlLines lines = JsonlLines.read(mixed.resolve("sessions/mixed/update_events.jsonl"));
		assertConsistent(rows, g, lines.lines().size());
		Set<RollbackReason> kinds = EnumSet.noneOf(RollbackReason.class);
		rows.forEach(r -> kinds.add(r.reason()));
		assertTrue(kinds.containsAll(EnumSet.of(RollbackReason.COMMITTED, RollbackReason.GRAD_NORM,
				RollbackReason.LOSS_REGRESSION, RollbackReason.STATE_NORM)), "every kind present: " + kinds);
		for (String line : lines.lines()) {
			String status = JsonlLines.text(line, "status");
			double gradNorm = JsonlLines.number(line, "grad_norm");
			Double post = JsonlLines.number(line, "post_loss");
			double pre = JsonlLines.number(line, "pre_loss");
			Double postH = JsonlLines.number(line, "post_max_h");
			UpdateRow row = rows.stream().filter(r -> r.runId().equals(JsonlLines.text(line, "run_id"))
					&& r.t() == JsonlLines.number(line, "t").intValue()).findFirst().orElseThrow();
			String headline = UpdateVerdicts.explain(row, g).headline();
			// the rule written out again from SPEC §3, on the independently read numbers
			switch (status) {
			case "rollback_grad_norm" -> {
				assertTrue(gradNorm > 60 && post == null, line);
				assertTrue(headline.contains("grad_norm " + Numbers.fmt(gradNorm) + " exceeded grad_norm_max 60"), headline);
			}
			case "rollback_loss_regression" -> {
				assertTrue(gradNorm <= 60 && post > pre * 0.99, line);
				assertTrue(headline.contains("post_loss " + Numbers.fmt(post) + " exceeded pre_loss × 0.99 = "
						+ Numbers.fmt(pre * 0.99)), headline);
			}
			case "rollback_state_norm" -> {
				assertTrue(gradNorm <= 60 && post <= pre * 0.99 && postH > 3, line);
				assertTrue(headline.contains("post max‖h‖ " + Numbers.fmt(postH) + " exceeded state_norm_max 3"), headline);
			}
			case "commit" -> {
				assertTrue(gradNorm <= 60 && post <= pre * 0.99 && postH <= 3, line);
				assertTrue(headline.startsWith("Committed"), headline);
			}
			default -> throw new AssertionError("unexpected status in " + line);
			}
		}
	}

	private static void assertConsistent(List<UpdateRow> rows, Gates g, int expected) {
		assertEquals(expected, rows.size());
		for (UpdateRow r : rows) {
			Verdict v = UpdateVerdicts.explain(r, g);
			assertEquals(r.reason(), UpdateVerdicts.derive(r, g), "t=" + r.t() + " " + r);
			assertTrue(v.consistent());
			assertNull(v.note(), "no disagreement note when log and numbers agree");
		}
	}

	@Test
	void theBriefsExamplesReadAsWritten() {
		Gates g = new Gates(0.2, 10, 50);
		UpdateRow loss = new UpdateRow("r", 31, RollbackReason.LOSS_REGRESSION, 0.057, 0.089, 1.2, 3.0, 3.1);
		assertEquals("Rolled back: post_loss 0.089 exceeded pre_loss × 1.20 = 0.0684 (pre_loss 0.057); weights and "
				+ "optimizer state were restored.", UpdateVerdicts.explain(loss, g).headline());
		UpdateRow grad = new UpdateRow("r", 63, RollbackReason.GRAD_NORM, 0.5, null, 12.3, 3.0, null);
		assertEquals("Rolled back: grad_norm 12.3 exceeded grad_norm_max 10, so no optimizer step was taken.",
				UpdateVerdicts.explain(grad, g).headline());
		UpdateRow state = new UpdateRow("r", 95, RollbackReason.STATE_NORM, 0.07, 0.06, 1.2, 40.0, 51.2);
		assertTrue(UpdateVerdicts.explain(state, g).headline().startsWith("Rolled back: post max‖h‖ 51.2 exceeded state_norm_max 50"));
		UpdateRow commit = new UpdateRow("r", 127, RollbackReason.COMMITTED, 0.0717, 0.061, 1.2, 3.0, 3.1);
		Verdict v = UpdateVerdicts.explain(commit, g);
		assertEquals(List.of("pre_loss 0.0717, pre max‖h‖ 3 and grad_norm 1.2 are finite", "grad_norm 1.2 ≤ grad_norm_max 10 ✓",
				"post_loss 0.061 ≤ pre_loss × 1.20 = 0.08604 ✓", "post max‖h‖ 3.1 ≤ state_norm_max 50 ✓"), v.checks());
	}

	@Test
	void comparisonsAreStrictLikeTheEngine() {
		Gates g = new Gates(0.0, 10, 50);
		assertEquals(RollbackReason.COMMITTED,
				UpdateVerdicts.derive(new UpdateRow("r", 1, RollbackReason.COMMITTED, 2, 2.0, 10, 1.0, 50.0), g),
				"values equal to their thresholds pass");
		assertEquals(RollbackReason.NON_FINITE,
				UpdateVerdicts.derive(new UpdateRow("r", 1, RollbackReason.NON_FINITE, 2, Double.NaN, 1, 1.0, 1.0), g));
		assertEquals(RollbackReason.NON_FINITE, UpdateVerdicts.derive(
				new UpdateRow("r", 1, RollbackReason.NON_FINITE, Double.POSITIVE_INFINITY, null, 1, 1.0, null), g));
		// the gradient gate comes first: a huge grad_norm wins over a loss regression
		assertEquals(RollbackReason.GRAD_NORM,
				UpdateVerdicts.derive(new UpdateRow("r", 1, RollbackReason.GRAD_NORM, 1, 5.0, 11, 1.0, 99.0), g));
	}

	@Test
	void aDisagreementBetweenLogAndThresholdsIsSaid() {
		Gates g = new Gates(0.2, 20, 1e6);
		UpdateRow row = new UpdateRow("r", 7, RollbackReason.GRAD_NORM, 1, null, 15, 1.0, null);
		Verdict v = UpdateVerdicts.explain(row, g);
		assertEquals(RollbackReason.UNKNOWN, v.derived(), "grad_norm 15 passes 20, and there is no post_loss to judge");
		assertNotNull(v.note());
		assertTrue(v.note().contains("other thresholds"), v.note());
		assertTrue(v.headline().contains("grad_norm 15 exceeded grad_norm_max 20"), "the headline tells what the log says");
		UpdateRow commit = new UpdateRow("r", 7, RollbackReason.COMMITTED, 1, 1.5, 1, 1.0, 1.0);
		Verdict c = UpdateVerdicts.explain(commit, g);
		assertEquals(RollbackReason.LOSS_REGRESSION, c.derived());
		assertTrue(c.text().contains("post_loss 1.5 > pre_loss × 1.20 = 1.2 ✗"), c.text());
	}
}
