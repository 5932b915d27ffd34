package ttt.workbench.analysis.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import ttt.workbench.analysis.format.Numbers;

/**
 * The Overview's figures of the reference's case-1 run (600 steps, 18 update attempts) against what the Python
 * reference wrote in metrics.json and against sums done here by hand.
 */
class OverviewFiguresTest {

	private static final String RUN = "case1_1795287431_seed1";

	private static OverviewFigures figures(FixtureRun run) {
		return OverviewFigures.of(run.base(), run.session(), run.adaptive(), (int) run.metric("updates_attempted"),
				(int) run.metric("updates_committed"));
	}

	@Test
	void final100MeansAreTheReferencesLast100Means() throws IOException {
		FixtureRun run = FixtureRun.read(FixtureRun.case1Session(), RUN);
		OverviewFigures f = figures(run);
		assertEquals(600, f.steps());
		assertEquals(run.metric("base_mse_last100_mean"), f.baseFinal100(), 1e-12);
		assertEquals(run.metric("session_no_update_last100_mean"), f.sessionStartFinal100(), 1e-12);
		assertEquals(run.metric("adaptive_last100_mean"), f.adaptiveFinal100(), 1e-12);
		// and by hand: rows 500..599
		double sum = 0;
		for (int i = 500; i < 600; i++) {
			sum += run.adaptive()[i];
		}
		assertEquals(sum / 100, f.adaptiveFinal100(), 1e-15);
	}

	@Test
	void learningFiguresFollowTheirFormulas() throws IOException {
		FixtureRun run = FixtureRun.read(FixtureRun.case1Session(), RUN);
		OverviewFigures f = figures(run);
		double base = run.metric("base_mse_last100_mean");
		double session = run.metric("session_no_update_last100_mean");
		double adaptive = run.metric("adaptive_last100_mean");
		assertEquals(base - session, f.persistent().absolute(), 1e-12);
		assertEquals(0.0, f.persistent().percent(), 1e-12, "a fresh session from the base has learnt nothing persistent");
		assertEquals(session - adaptive, f.online().absolute(), 1e-12);
		assertEquals((session - adaptive) / session * 100, f.online().percent(), 1e-9);
		assertEquals((base - adaptive) / base * 100, f.total().percent(), 1e-9);
		assertEquals(67.26, f.improvementPercent(), 0.01, "(1.6616 − 0.5439) / 1.6616");
		assertEquals(f.total().percent(), f.improvementPercent(), 0);
		assertEquals(18, f.attempted());
		assertEquals(2, f.committed());
		assertEquals(16, f.rolledBack());
	}

	@Test
	void shortRunsAverageAllTheirSteps() {
		OverviewFigures f = OverviewFigures.of(new double[] { 4, 2 }, new double[] { 2, 2 }, new double[] { 1, 1 }, 1, 1);
		assertEquals(3, f.baseFinal100());
		assertEquals(100 * (3 - 2) / 3.0, f.persistent().percent(), 1e-12);
		assertEquals(50, f.online().percent(), 1e-12);
		assertTrue(Double.isNaN(OverviewFigures.finalMean(new double[0])));
		assertTrue(Double.isNaN(new LearningGap(0, 1).percent()), "no percentage of a zero reference");
	}

	@Test
	void numbersAndDurationsReadWell() {
		assertEquals("0.0724", Numbers.compact(0.07241));
		assertEquals("344.5", Numbers.compact(344.45406642583356));
		assertEquals("1.23e-5", Numbers.compact(1.234e-5));
		assertEquals("+67.3 %", Numbers.percent(67.26));
		assertEquals("−4.0 %", Numbers.percent(-4));
		assertEquals("3 h 5 min", Numbers.duration(3 * 3600 + 5 * 60 + 7));
		assertEquals("4 days 2 h", Numbers.duration(4 * 86400 + 2 * 3600));
		assertEquals("10 months", Numbers.duration(305 * 86400.0));
	}
}
