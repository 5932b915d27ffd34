package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplayClockTest {

	@Test
	void playsAtTheChosenSpeedCarryingFractions() {
		ReplayClock c = new ReplayClock(100);
		c.speed(30);
		assertTrue(c.play());
		assertFalse(c.tick(20), "0.6 of a step: not yet");
		assertTrue(c.tick(20), "1.2 steps in all");
		assertEquals(1, c.index());
		c.tick(1000);
		assertEquals(31, c.index(), "30 more steps in a second, the 0.2 carried");
	}

	@Test
	void stopsAtTheEndAndRestartsFromTheBeginning() {
		ReplayClock c = new ReplayClock(10);
		c.play();
		c.tick(60_000);
		assertEquals(9, c.index());
		assertFalse(c.playing());
		assertTrue(c.play());
		assertEquals(0, c.index());
	}

	@Test
	void stepsClampAndPause() {
		ReplayClock c = new ReplayClock(5);
		c.play();
		c.step(-3);
		assertEquals(0, c.index());
		assertFalse(c.playing());
		c.step(10);
		assertEquals(4, c.index());
	}

	@Test
	void anEmptyOrOneStepRunDoesNotPlay() {
		assertFalse(new ReplayClock(0).play());
		assertFalse(new ReplayClock(1).play());
	}
}
