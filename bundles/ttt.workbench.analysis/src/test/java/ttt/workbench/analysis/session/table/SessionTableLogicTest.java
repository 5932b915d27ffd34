package ttt.workbench.analysis.session.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.analysis.LearningFigures;
import ttt.workbench.analysis.session.SessionFacts;

/** The Sessions table's sort orders and filter, on hand-made facts whose expected order is obvious. */
class SessionTableLogicTest {

	private static SessionFacts facts(String id, String parent, String env, int runs, double mu, Double lastRun,
			LearningFigures learning, String note) {
		return new SessionFacts(null, id, parent, false, parent == null ? id : "r", parent == null ? 0 : 1, mu, env,
				1000, lastRun, runs, 0, 0, null, null, learning, note);
	}

	private static final SessionFacts A = facts("alpha", null, "linear", 2, 0.5, 10.0, new LearningFigures("a", 1, 1, 0.9), null);
	private static final SessionFacts B = facts("Beta", "alpha", "nonlinear", 10, 0.05, null, null, "try lr 0.01");
	private static final SessionFacts C = facts("gamma", "alpha", "linear", 9, 10, 30.0, new LearningFigures("c", 1, 2, 1.0), null);

	private static List<String> sorted(SessionColumn c, boolean ascending) {
		return List.of(A, B, C).stream().sorted(c.comparator(ascending)).map(SessionFacts::id).toList();
	}

	@Test
	void numericColumnsSortByNumberNotText() {
		assertEquals(List.of("alpha", "gamma", "Beta"), sorted(SessionColumn.RUNS, true), "2 < 9 < 10 (as text \"10\" < \"2\")");
		assertEquals(List.of("Beta", "gamma", "alpha"), sorted(SessionColumn.RUNS, false));
		assertEquals(List.of("Beta", "alpha", "gamma"), sorted(SessionColumn.MU, true), "0.05 < 0.5 < 10");
	}

	@Test
	void textColumnsIgnoreCase() {
		assertEquals(List.of("alpha", "Beta", "gamma"), sorted(SessionColumn.ID, true));
		assertEquals(List.of("gamma", "Beta", "alpha"), sorted(SessionColumn.ID, false));
	}

	@Test
	void missingValuesSortLastInBothDirections() {
		// learning: A 10 %, C 50 %, B never ran
		assertEquals(List.of("alpha", "gamma", "Beta"), sorted(SessionColumn.LEARNING, true));
		assertEquals(List.of("gamma", "alpha", "Beta"), sorted(SessionColumn.LEARNING, false));
		assertEquals(List.of("alpha", "gamma", "Beta"), sorted(SessionColumn.LAST_RUN, true));
		assertEquals(List.of("gamma", "alpha", "Beta"), sorted(SessionColumn.LAST_RUN, false));
		// parent: alpha has none (forked from the base)
		assertEquals(List.of("Beta", "gamma", "alpha"), sorted(SessionColumn.PARENT, true));
	}

	@Test
	void cellTexts() {
		assertEquals("— (base)", SessionColumn.PARENT.text(A));
		assertEquals("alpha", SessionColumn.PARENT.text(B));
		assertEquals("0.05000", SessionColumn.MU.text(B));
		assertEquals("+10.00 % (Δ +0.1000)", SessionColumn.LEARNING.text(A));
		assertEquals("— (never run)", SessionColumn.LEARNING.text(B));
		assertEquals("never", SessionColumn.LAST_RUN.text(B));
		assertEquals("0 / 0", SessionColumn.COMMITS.text(B));
	}

	@Test
	void filterMatchesIdParentRootEnvAndNoteIgnoringCase() {
		assertTrue(SessionFilter.of("").matches(A));
		assertTrue(SessionFilter.of("  ").isEmpty());
		assertTrue(SessionFilter.of("BETA").matches(B), "id");
		assertTrue(SessionFilter.of("alph").matches(C), "parent");
		assertFalse(SessionFilter.of("gamma").matches(A));
		assertTrue(SessionFilter.of("nonlinear").matches(B), "env_mode");
		assertFalse(SessionFilter.of("nonlinear").matches(C), "linear is not nonlinear");
		assertTrue(SessionFilter.of("lr 0.01").matches(B), "note, every word");
		assertFalse(SessionFilter.of("lr gamma").matches(B), "every word must occur somewhere");
		assertEquals(List.of("Beta", "gamma"), List.of(A, B, C).stream().filter(SessionFilter.of("alpha")::matches)
				.filter(f -> f.parentId() != null).map(SessionFacts::id).toList());
	}
}
