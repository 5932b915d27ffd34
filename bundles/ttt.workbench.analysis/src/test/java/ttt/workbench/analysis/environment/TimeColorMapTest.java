package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The time colour map: viridis end points, clamping, and lightness rising with time (readable without hue). */
class TimeColorMapTest {

	@Test
	void endsAreViridisPurpleAndYellow() {
		TimeColorMap map = new TimeColorMap(0, 599);
		assertEquals(new TimeColorMap.Rgb(68, 1, 84), map.color(0));
		assertEquals(new TimeColorMap.Rgb(253, 231, 37), map.color(599));
	}

	@Test
	void middleOfTheRunIsTheMiddleSample() {
		// 9 samples: the 5th (33, 144, 141) sits exactly at half the range
		assertEquals(new TimeColorMap.Rgb(33, 144, 141), new TimeColorMap(100, 300).color(200));
	}

	@Test
	void outsideTheRangeClampsToTheEnds() {
		TimeColorMap map = new TimeColorMap(10, 20);
		assertEquals(map.color(10), map.color(-5));
		assertEquals(map.color(20), map.color(1e9));
		assertEquals(map.color(10), map.color(Double.NaN));
	}

	@Test
	void lightnessGrowsWithTime() {
		TimeColorMap map = new TimeColorMap(0, 1000);
		double previous = -1;
		for (int t = 0; t <= 1000; t += 10) {
			double l = TimeColorMap.luminance(map.color(t));
			assertTrue(l >= previous - 1e-9, "luminance must not fall: t=" + t);
			previous = l;
		}
	}

	@Test
	void aOneStepRunUsesTheStartColour() {
		assertEquals(TimeColorMap.at(0), new TimeColorMap(5, 5).color(5));
	}
}
