package ttt.workbench.analysis.session.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.engine.analysis.LearningFigures;

/** The precomputed sort and filter give exactly the rows of the columns' comparators and the filter's own test. */
class SessionRowsTest {

	private static SessionFacts facts(int i, Random r) {
		String id = "s" + i;
		String parent = i == 0 || r.nextInt(5) == 0 ? null : "s" + r.nextInt(i);
		LearningFigures learning = r.nextInt(4) == 0 ? null : new LearningFigures("r" + i, 1, 1 + r.nextDouble(), r.nextDouble());
		Double lastRun = learning == null ? null : 1000.0 + r.nextInt(50);
		return new SessionFacts(null, r.nextBoolean() ? id.toUpperCase() : id, parent, false, parent == null ? id : "s0",
				r.nextInt(6), r.nextInt(20) / 10.0, r.nextBoolean() ? "linear" : "nonlinear", 500 + r.nextInt(100), lastRun,
				r.nextInt(4), r.nextInt(9), 9, null, null, learning, r.nextInt(7) == 0 ? "try LR " + i : null);
	}

	private static List<SessionFacts> many(int n) {
		Random r = new Random(42);
		List<SessionFacts> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(facts(i, r));
		}
		return out;
	}

	@Test
	void everyColumnAndDirectionSortsAsTheColumnsComparator() {
		List<SessionFacts> all = many(3_000);
		SessionRows rows = new SessionRows(all);
		for (SessionColumn c : SessionColumn.values()) {
			for (boolean ascending : new boolean[] { true, false }) {
				List<String> expected = all.stream().sorted(c.comparator(ascending)).map(SessionFacts::id).toList();
				List<String> got = rows.filterAndSort(SessionFilter.of(""), c, ascending).stream().map(SessionFacts::id).toList();
				assertEquals(expected, got, c + (ascending ? " ascending" : " descending"));
			}
		}
	}

	@Test
	void filterKeepsWhatTheFilterMatches() {
		List<SessionFacts> all = many(3_000);
		SessionRows rows = new SessionRows(all);
		for (String q : new String[] { "", "s12", "NONLINEAR", "lr s1", "s0 linear", "nothing-like-this", "  S2  " }) {
			SessionFilter filter = SessionFilter.of(q);
			List<String> expected = all.stream().filter(filter::matches).sorted(SessionColumn.MU.comparator(true))
					.map(SessionFacts::id).toList();
			assertEquals(expected, rows.filterAndSort(filter, SessionColumn.MU, true).stream().map(SessionFacts::id).toList(), q);
		}
		assertEquals(all.size(), rows.filterAndSort(SessionFilter.of(""), SessionColumn.ID, true).size());
	}

	@Test
	void wordsDoNotMatchAcrossFields() {
		SessionFacts f = new SessionFacts(null, "ab", "cd", false, "ab", 1, 0.1, "linear", 1, null, 0, 0, 0, null, null, null, null);
		SessionRows rows = new SessionRows(List.of(f));
		assertEquals(0, rows.filterAndSort(SessionFilter.of("bcd"), SessionColumn.ID, true).size(), "\"ab\" + \"cd\" is not \"bcd\"");
		assertEquals(1, rows.filterAndSort(SessionFilter.of("cd ab"), SessionColumn.ID, true).size());
	}

	/**
	 * A row is replaced in place only when the filter and the order are the same with it: then filtering and sorting
	 * again gives the new row where the old one was, which is what the table relies on to update rows where they are.
	 */
	@Test
	void aRowIsReplacedInPlaceOnlyWhenFilterAndOrderStayTheSame() {
		List<SessionFacts> all = many(500);
		SessionRows rows = new SessionRows(all);
		List<String> before = rows.filterAndSort(SessionFilter.of("s1"), SessionColumn.MU, true).stream().map(SessionFacts::id).toList();
		SessionFacts old = all.get(17);
		SessionFacts moreRuns = new SessionFacts(null, old.id(), old.parentId(), old.orphan(), old.rootId(), old.depth(), old.mu(),
				old.envMode(), old.createdAtUnix(), old.lastRunAtUnix(), old.runs() + 3, old.commits(), old.attempts(), null, null,
				old.learning(), old.note());
		assertEquals(true, rows.replace(17, moreRuns, SessionColumn.MU), "same text, same μ: in place");
		assertEquals(moreRuns, rows.all().get(17));
		assertEquals(before, rows.filterAndSort(SessionFilter.of("s1"), SessionColumn.MU, true).stream().map(SessionFacts::id).toList());
		assertEquals(false, rows.replace(17, old, SessionColumn.RUNS), "the runs column's order would change");
		SessionFacts noted = new SessionFacts(null, old.id(), old.parentId(), old.orphan(), old.rootId(), old.depth(), old.mu(),
				old.envMode(), old.createdAtUnix(), old.lastRunAtUnix(), old.runs(), old.commits(), old.attempts(), null, null,
				old.learning(), "a new note");
		assertEquals(false, rows.replace(17, noted, SessionColumn.MU), "the filter searches the note");
		assertEquals(moreRuns, rows.all().get(17), "refused: unchanged");
	}

	/**
	 * The order kept from an unfiltered sort gives what sorting again gives, also once rows were replaced in place:
	 * details that arrive change a column (runs) which may be the kept order's while the table is sorted by another.
	 */
	@Test
	void theKeptOrderGivesWhatSortingAgainGives() {
		List<SessionFacts> all = new ArrayList<>(many(2_000));
		SessionRows rows = new SessionRows(all);
		Random r = new Random(7);
		SessionColumn[] columns = { SessionColumn.RUNS, SessionColumn.MU, SessionColumn.ID, SessionColumn.CREATED };
		String[] queries = { "", "", "", "s1", "nonlinear", "lr" };
		int replaced = 0;
		for (int step = 0; step < 300; step++) {
			SessionColumn c = columns[r.nextInt(columns.length)];
			boolean ascending = r.nextBoolean();
			SessionFilter filter = SessionFilter.of(queries[r.nextInt(queries.length)]);
			if (r.nextInt(3) == 0) {
				int i = r.nextInt(all.size());
				SessionFacts old = all.get(i);
				SessionFacts fresh = new SessionFacts(null, old.id(), old.parentId(), old.orphan(), old.rootId(), old.depth(), old.mu(),
						old.envMode(), old.createdAtUnix(), old.lastRunAtUnix(), old.runs() + 1 + r.nextInt(3), old.commits(),
						old.attempts(), null, null, old.learning(), old.note());
				if (rows.replace(i, fresh, c)) {
					all.set(i, fresh);
					replaced++;
				}
			}
			List<SessionFacts> expected = new SessionRows(all).filterAndSort(filter, c, ascending);
			assertEquals(expected, rows.filterAndSort(filter, c, ascending), step + ": " + c + (ascending ? " ascending " : " descending ")
					+ java.util.Arrays.toString(filter.words()));
		}
		assertEquals(true, replaced > 20, "rows were replaced along the way: " + replaced);
	}

	/**
	 * A fork note that arrives with a session's details changes the text the filter searches: the row is replaced in
	 * place when the filter shown keeps or drops it as before, and later filters search the new text.
	 */
	@Test
	void aNewNoteIsTakenInPlaceWhenTheFilterShownKeepsItsVerdict() {
		List<SessionFacts> all = many(500);
		SessionRows rows = new SessionRows(all);
		SessionFilter shown = SessionFilter.of("s1");
		List<SessionFacts> before = rows.filterAndSort(shown, SessionColumn.MU, true);
		int kept = all.indexOf(before.getFirst());
		SessionFacts old = all.get(kept);
		SessionFacts noted = withNote(old, "a new note");
		assertEquals(true, rows.replace(kept, noted, SessionColumn.MU, shown), "still kept by \"s1\": in place");
		assertEquals(before.stream().map(SessionFacts::id).toList(),
				rows.filterAndSort(shown, SessionColumn.MU, true).stream().map(SessionFacts::id).toList());
		assertEquals(List.of(old.id()), rows.filterAndSort(SessionFilter.of("new note"), SessionColumn.MU, true).stream()
				.map(SessionFacts::id).toList(), "the new note is searched");

		int dropped = 0;
		while (shown.matches(all.get(dropped))) {
			dropped++;
		}
		SessionFacts other = all.get(dropped);
		assertEquals(false, rows.replace(dropped, withNote(other, "see s1"), SessionColumn.MU, shown), "\"s1\" would keep it now");
		assertEquals(true, rows.replace(dropped, withNote(other, "see s2"), SessionColumn.MU, shown), "still dropped");
		assertEquals(false, rows.replace(dropped, withNote(other, "see s3"), SessionColumn.MU), "without a filter: the same text only");
	}

	private static SessionFacts withNote(SessionFacts f, String note) {
		return new SessionFacts(null, f.id(), f.parentId(), f.orphan(), f.rootId(), f.depth(), f.mu(), f.envMode(), f.createdAtUnix(),
				f.lastRunAtUnix(), f.runs(), f.commits(), f.attempts(), null, null, f.learning(), note);
	}
}
