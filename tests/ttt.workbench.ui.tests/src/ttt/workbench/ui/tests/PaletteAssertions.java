package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;

import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.ui.charts.Palette;

/** Every chart draws base, session start and adaptive in the one palette's colours. */
final class PaletteAssertions {

	private PaletteAssertions() {
	}

	static void assertMseColours(Chart chart) {
		assertLineColour(chart, "base", SeriesColor.BASE);
		assertLineColour(chart, "session_start", SeriesColor.SESSION_START);
		assertLineColour(chart, "adaptive", SeriesColor.ADAPTIVE);
	}

	static void assertLineColour(Chart chart, String seriesId, SeriesColor expected) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().getSeries(seriesId);
		assertNotNull(series, "no series " + seriesId);
		assertEquals(Palette.rgb(expected), series.getLineColor().getRGB(), seriesId + " in " + chart.getTitle().getText());
	}
}
