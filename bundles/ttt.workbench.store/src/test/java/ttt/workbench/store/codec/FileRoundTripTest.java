package ttt.workbench.store.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Trajectory;

/** Files read into the model and written back come out byte-identical to what the reference wrote. */
class FileRoundTripTest {

	@Test
	void baseMetaOfBothFixturesRoundTrips() throws Exception {
		for (Path file : new Path[] { Fixtures.torch291Store().resolve("base/base_meta.json"),
				Fixtures.case1().resolve("store_before/base/base_meta.json") }) {
			byte[] original = Files.readAllBytes(file);
			Base base = BaseMetaCodec.read(PythonJsonReader.parse(original, file), file);
			assertArrayEquals(original, PythonJsonWriter.pretty(BaseMetaCodec.write(base)).getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void case1TrajectoryRoundTripsAndHasOneStepPerAction() throws Exception {
		Path gz = Fixtures.case1().resolve("store_after/sessions/case1/runs/case1_1795287431_seed1/trajectory.json.gz");
		byte[] json;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
			json = in.readAllBytes();
		}
		Path file = gz.resolveSibling("trajectory.json");
		Trajectory traj = TrajectoryCodec.read(PythonJsonReader.parse(json, file), file);
		assertEquals(600, traj.getT().length);
		// the trajectory records the action taken at each step: exactly the replayed actions.csv
		var actions = Files.readAllLines(Fixtures.case1().resolve("actions.csv"));
		for (int t = 0; t < 600; t++) {
			String[] ax = actions.get(t + 1).split(",");
			assertEquals(Double.parseDouble(ax[0]), traj.getAx()[t], "ax at " + t);
			assertEquals(Double.parseDouble(ax[1]), traj.getAy()[t], "ay at " + t);
		}
		assertEquals(0.0, traj.getX()[0]);
		assertArrayEquals(json, PythonJsonWriter.pretty(TrajectoryCodec.write(traj)).getBytes(StandardCharsets.UTF_8));
		// the streaming writer the store uses writes the reference's bytes too
		assertArrayEquals(json, TrajectoryCodec.format(traj).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void streamedTrajectoryEqualsTheTreeWriterAlsoWhenEmptyOrOneStep() {
		for (int n : new int[] { 0, 1, 3 }) {
			Trajectory traj = ttt.workbench.store.model.StoreFactory.eINSTANCE.createTrajectory();
			double[][] columns = new double[6][n];
			int[] t = new int[n];
			for (int i = 0; i < n; i++) {
				t[i] = i;
				for (int c = 0; c < 6; c++) {
					columns[c][i] = (c - 2.5) * Math.pow(10, i * 7 - 9) + i; // exponent and fixed layouts, negatives
				}
			}
			traj.setT(t);
			traj.setX(columns[0]);
			traj.setY(columns[1]);
			traj.setVx(columns[2]);
			traj.setVy(columns[3]);
			traj.setAx(columns[4]);
			traj.setAy(columns[5]);
			assertEquals(PythonJsonWriter.pretty(TrajectoryCodec.write(traj)), TrajectoryCodec.format(traj), n + " steps");
		}
	}
}
