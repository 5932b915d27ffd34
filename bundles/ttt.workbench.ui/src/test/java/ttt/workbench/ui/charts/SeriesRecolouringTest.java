package ttt.workbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.style.ChartPalette;
import ttt.workbench.analysis.style.SeriesColor;

/** How a drawn chart's colours move to another palette when the preference changes. */
class SeriesRecolouringTest {

	@Test
	void aRoleColourTakesTheNewPalettesColourOfTheSameRole() {
		for (SeriesColor role : new SeriesColor[] { SeriesColor.BASE, SeriesColor.SESSION_START, SeriesColor.ADAPTIVE }) {
			assertEquals(ChartPalette.HIGH_CONTRAST.rgb(role),
					SeriesRecolouring.moved(ChartPalette.WORKBENCH.rgb(role), ChartPalette.WORKBENCH, ChartPalette.HIGH_CONTRAST), role.name());
		}
	}

	@Test
	void anItemColourTakesTheNewPalettesItemOfTheSameIndex() {
		int seventh = ChartPalette.WORKBENCH.item(7); // yellow: no role has it
		assertEquals(ChartPalette.HIGH_CONTRAST.item(7), SeriesRecolouring.moved(seventh, ChartPalette.WORKBENCH, ChartPalette.HIGH_CONTRAST));
	}

	@Test
	void aColourFromNoPaletteStays() {
		assertNull(SeriesRecolouring.moved(0x123456, ChartPalette.WORKBENCH, ChartPalette.COLOR_BLIND_SAFE), "e.g. viridis");
	}
}
