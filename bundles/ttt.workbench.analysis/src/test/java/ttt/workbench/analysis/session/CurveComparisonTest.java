package ttt.workbench.analysis.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Session;
import ttt.workbench.test.support.Fixtures;

/** The Compare view's content on s1 (one run), its fork s1b (never run in this fixture) and s1 again. */
class CurveComparisonTest {

	@TempDir
	Path tmp;

	@Test
	void headerCurvesAndExports() throws Exception {
		Path root = Fixtures.torch291(tmp);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s1 = store.model().findSession("s1");
			Session s1b = store.model().findSession("s1b");
			CurveComparison c = CurveComparison.ofSessions(Arrays.asList(s1, null, s1b, s1));
			assertEquals(List.of("s1", "s1b"), c.ids(), "null and repeated sessions are skipped");
			assertFalse(c.ofRuns());
			assertEquals("Adaptive MSE of each session's newest run", c.chartTitle());
			assertEquals("Comparing the newest runs of s1, s1b.  No curve for s1b: never run.", c.header());
			assertEquals(List.of("s1"), c.toLoad().stream().map(SessionFacts::id).toList());
			assertEquals(s1b, c.lastSession());
			assertEquals("compare_s1_s1b", c.suggestedName());

			String runId = c.toLoad().get(0).newestRun().getId();
			Path file = root.resolve("sessions/s1/runs/" + runId + "/per_step.csv");
			PerStepTable table = PerStepCsv.parse(Files.readAllBytes(file), file);
			assertTrue(c.curves().isEmpty(), "nothing read yet");
			c.addCurve("s1", table);
			CurveComparison.Curve curve = c.curves().get(0);
			assertEquals(0, curve.index());
			assertEquals("s1 (" + runId + ")", curve.description(), "a session's curve is named by the session and its newest run");
			assertEquals(table.steps(), curve.t().length);
			assertEquals(table.t()[table.steps() - 1], curve.t()[table.steps() - 1], 0);

			CsvTable csv = c.curvesCsv();
			assertEquals(List.of("t", "s1 adaptive_mse"), csv.header());
			assertEquals(table.steps(), csv.rowCount());
			List<String> perStep = Files.readAllLines(file);
			assertEquals(Double.parseDouble(perStep.get(1).split(",")[3]), Double.parseDouble(csv.rowAt(0).get(1)), 1e-12);

			CsvTable all = c.metricsCsv(false);
			CsvTable differing = c.metricsCsv(true);
			assertEquals(List.of("setting", "s1", "s1b"), all.header());
			assertEquals(c.rows(false).size(), all.rowCount());
			assertTrue(differing.rowCount() < all.rowCount());
			assertTrue(c.rows(true).stream().allMatch(ComparisonTable.Row::differs));
		}
	}

	@Test
	void runsAreNamedByTheirIds() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(Fixtures.torch291(tmp))) {
			Session s1 = store.model().findSession("s1");
			CurveComparison c = CurveComparison.ofRuns(List.of(s1.getRuns().get(0), s1.getRuns().get(0)));
			assertEquals(1, c.items().size());
			assertTrue(c.ofRuns());
			assertEquals("Adaptive MSE of each compared run", c.chartTitle());
			assertTrue(c.header().startsWith("Comparing the runs " + s1.getRuns().get(0).getId()), c.header());
			assertTrue(CurveComparison.EMPTY.header().startsWith("Nothing to compare yet"));
		}
	}
}
