package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.Trajectory;

class TrajectoryDataTest {

	private static TrajectoryData sample() {
		Trajectory t = StoreFactory.eINSTANCE.createTrajectory();
		t.setT(new int[] { 0, 1, 2, 4 });
		t.setX(new double[] { 0, 1, 2, 3 });
		t.setY(new double[] { 0, 0, 1, 1 });
		t.setVx(new double[] { 3, 1, 1, 0 });
		t.setVy(new double[] { 4, 0, 1, 0 });
		t.setAx(new double[] { 0.1, 0.2, 0.3, 0.4 });
		t.setAy(new double[] { -0.1, -0.2, -0.3, -0.4 });
		return TrajectoryData.of(t);
	}

	@Test
	void stepsMapToRowsEvenWithGaps() {
		TrajectoryData d = sample();
		assertEquals(0, d.indexOf(0));
		assertEquals(2, d.indexOf(2));
		assertEquals(3, d.indexOf(4));
		assertEquals(3, d.indexOf(99));
		assertEquals(0, d.indexOf(-5));
	}

	@Test
	void csvHasOneRowPerStepWithSpeed() {
		TrajectoryData d = sample();
		assertEquals(5.0, d.speed(0));
		String csv = d.toCsv().toCsv();
		assertEquals("t,x,y,vx,vy,ax,ay,speed", csv.lines().findFirst().orElseThrow());
		assertEquals(5, csv.lines().count());
	}
}
