package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

	@Test
	void roundSteps() {
		assertEquals(List.of(0.0, 0.05, 0.1, 0.15, 0.2, 0.25), NiceTicks.ticks(0, 0.25, 5).stream().map(v -> Math.round(v * 1000) / 1000.0).toList());
		assertEquals(20, NiceTicks.step(-3, 97, 5), 1e-12);
		assertEquals("-0.25", NiceTicks.label(-0.25, 0.05));
		assertEquals("140", NiceTicks.label(140, 20));
	}
}
