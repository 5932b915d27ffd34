package ttt.workbench.analysis.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.updates.RollbackReason;

class SeriesColorTest {

	@Test
	void theThreeCurvesAreGreyBlueAndGreen() {
		SeriesColor a = SeriesColor.ADAPTIVE;
		assertTrue(a.green() > a.red() && a.green() > a.blue(), "adaptive is green everywhere");
		SeriesColor s = SeriesColor.SESSION_START;
		assertTrue(s.blue() > s.red() && s.blue() > s.green(), "session start is blue");
		SeriesColor b = SeriesColor.BASE;
		assertTrue(b.red() == b.green() && b.green() == b.blue(), "base is grey");
	}

	@Test
	void everyOutcomeHasItsOwnColour() {
		List<Integer> colours = Arrays.stream(RollbackReason.values()).map(r -> SeriesColor.of(r).rgb()).toList();
		assertEquals(colours.size(), colours.stream().distinct().count(), colours.toString());
		assertEquals(SeriesColor.COMMIT, SeriesColor.of(RollbackReason.COMMITTED));
	}

	@Test
	void channelsComeFromTheHexValue() {
		assertEquals(0x1E, SeriesColor.ADAPTIVE.red());
		assertEquals(0x96, SeriesColor.ADAPTIVE.green());
		assertEquals(0x3C, SeriesColor.ADAPTIVE.blue());
	}
}
