package ttt.workbench.analysis.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.format.Numbers;

/** The MSE chart's hover text, update markers and CSV on a small hand-made run (steps 0..4, updates at 1 and 3). */
class MseCurveTextTest {

	private static final OverviewCurves RUN = new OverviewCurves("r", new double[] { 0, 1, 2, 3, 4 },
			new double[] { 10, 11, 12, 13, 14 }, new double[] { 9, 9.5, 10, 10.5, 11 }, new double[] { 8, 7, 6 },
			new boolean[] { false, true, false, true, false }, new boolean[] { false, true, false, false, false },
			List.of(new UpdateMark(1, true, "committed", 2.0, 1.0), new UpdateMark(3, false, "rolled_back_loss_regression", 2.0, 3.0)),
			true);

	@Test
	void tooltipShowsExactValuesAndTheSmoothedOnesWhenAsked() {
		String raw = MseCurveText.tooltip(RUN, 1, false, null, null, null);
		assertEquals("t=1\nbase " + Numbers.compact(11) + "\nsession_start " + Numbers.compact(9.5) + "\nadaptive "
				+ Numbers.compact(7) + "\n" + RUN.markAt(1).describe(), raw);
		String smoothed = MseCurveText.tooltip(RUN, 1, true, new double[] { 1, 2, 3, 4, 5 }, null, new double[] { 6, 6.5, 7 });
		assertTrue(smoothed.contains("base " + Numbers.compact(11) + "   (smoothed " + Numbers.compact(2) + ")"), smoothed);
		assertTrue(smoothed.contains("adaptive " + Numbers.compact(7) + "   (smoothed " + Numbers.compact(6.5) + ")"), smoothed);
		assertTrue(MseCurveText.tooltip(RUN, 4, false, null, null, null).contains("adaptive (not yet)"), "a live run's end");
		assertNull(MseCurveText.tooltip(RUN, 5, false, null, null, null));
		assertNull(MseCurveText.tooltip(null, 0, false, null, null, null));
	}

	@Test
	void markersSitOnTheShownCurveWhereItHasReached() {
		List<double[]> commits = MseCurveText.markPoints(RUN, new double[] { 8, 7, 6 }, true);
		assertEquals(1, commits.size());
		assertArrayEquals(new double[] { 1, 7 }, commits.get(0));
		assertTrue(MseCurveText.markPoints(RUN, new double[] { 8, 7, 6 }, false).isEmpty(), "step 3 is not reached yet");
		assertEquals(1, MseCurveText.markPoints(RUN, new double[] { 8, 7, 6, 5 }, false).size());
	}

	@Test
	void csvHoldsTheVisibleStepsExactly() {
		CsvTable csv = MseCurveText.visibleSteps(RUN, 1, 3);
		assertEquals(List.of("t", "base_mse", "session_no_update_mse", "adaptive_mse", "did_update", "update_ok"), csv.header());
		assertEquals(3, csv.rowCount());
		assertEquals(List.of("1", "11.0", "9.5", "7.0", "1", "1"), csv.rowAt(0));
		assertEquals("", csv.rowAt(2).get(3), "no adaptive value yet at step 3");
		assertEquals(0, MseCurveText.visibleSteps(null, 0, 9).rowCount());
	}
}
