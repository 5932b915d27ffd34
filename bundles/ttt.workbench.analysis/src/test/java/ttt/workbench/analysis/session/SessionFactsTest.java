package ttt.workbench.analysis.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.engine.analysis.LearningFigures;
import ttt.workbench.test.support.Fixtures;

/** SessionFacts and LearningFigures against the numbers the reference wrote, read independently from the files. */
class SessionFactsTest {

	@TempDir
	Path tmp;

	@Test
	void torch291SessionsMatchTheirFiles() throws Exception {
		Path root = Fixtures.torch291(tmp);
		Path metrics = root.resolve("sessions/s1/metrics.json");
		try (ArtifactStore store = ArtifactStore.open(root)) {
			SessionFacts s1 = SessionFacts.of(store.model().findSession("s1"));
			assertEquals("s1", s1.id());
			assertNull(s1.parentId());
			assertEquals("s1", s1.rootId());
			assertEquals(0, s1.depth());
			assertEquals(0.12, s1.mu());
			assertEquals("linear", s1.envMode());
			assertEquals(1, s1.runs());
			assertEquals(Fixtures.commitsIn(root.resolve("sessions/s1/update_events.jsonl")), s1.commits());
			assertEquals(1, s1.commits(), "one commit and two rollbacks in the fixture's log");
			assertEquals(3, s1.attempts());
			assertEquals(1768677474.0, s1.lastRunAtUnix());

			double start = Fixtures.number(metrics, "session_no_update_mse_mean");
			double adaptive = Fixtures.number(metrics, "adaptive_mse_mean");
			double base = Fixtures.number(metrics, "base_mse_mean");
			LearningFigures l = s1.learning();
			assertEquals("s1_1768677462_seed2", l.runId());
			assertEquals(start - adaptive, l.online(), 1e-12);
			assertEquals(0.2127583821615, l.online(), 1e-9, "344.45406642583356 − 344.24130804367206");
			assertEquals(100 * (start - adaptive) / start, l.onlinePercent(), 1e-12);
			assertEquals(0.0617669, l.onlinePercent(), 1e-6);
			assertEquals(base - start, l.persistent(), 1e-12);
			assertEquals(0.0, l.persistent(), 1e-12, "a first run starts from the base weights");
			assertEquals(base - adaptive, l.total(), 1e-12);
			assertEquals("+0.06 % (Δ +0.2128)", s1.learningText());
			assertEquals(s1.learningPercent(), l.onlinePercent());

			SessionFacts s1b = SessionFacts.of(store.model().findSession("s1b"));
			assertEquals("s1", s1b.parentId());
			assertFalse(s1b.orphan());
			assertEquals(1, s1b.depth());
			assertEquals(0, s1b.runs());
			assertNull(s1b.learning(), "s1b has never run: its metrics.json only says \"session created\"");
			assertNull(s1b.learningPercent());
			assertEquals("— (never run)", s1b.learningText());
		}
	}

	@Test
	void case1RunOf600StepsMatchesItsMetrics() throws Exception {
		Path root = Fixtures.case1After(tmp);
		Path metrics = root.resolve("sessions/case1/metrics.json");
		try (ArtifactStore store = ArtifactStore.open(root)) {
			SessionFacts f = SessionFacts.of(store.model().findSession("case1"));
			double start = Fixtures.number(metrics, "session_no_update_mse_mean");
			double adaptive = Fixtures.number(metrics, "adaptive_mse_mean");
			double base = Fixtures.number(metrics, "base_mse_mean");
			assertEquals(0.6857645925726926 - 0.591309551085457, f.learning().online(), 1e-15);
			assertEquals(100 * (start - adaptive) / start, f.learning().onlinePercent(), 1e-12);
			assertEquals(13.77, f.learning().onlinePercent(), 0.01);
			assertEquals(base - adaptive, f.learning().total(), 1e-15);
			assertEquals((long) Fixtures.number(metrics, "updates_committed"), f.commits());
			assertEquals((int) Fixtures.number(metrics, "updates_attempted"), f.attempts());
			assertEquals(Files.readAllLines(root.resolve("sessions/case1/update_events.jsonl")).size(), f.attempts());
			assertTrue(f.learningText().startsWith("+13.77 %"), f.learningText());
		}
	}

	@Test
	void percentOfAZeroStartIsNotANumber() {
		LearningFigures l = new LearningFigures("r", 0, 0, 0);
		assertTrue(Double.isNaN(l.onlinePercent()));
		assertEquals("Δ +0.000", l.onlineText());
	}
}
