package ttt.workbench.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.test.support.stores.WholeSessions;

/**
 * What a Spark engine ships: {@link PointContext} and {@link SweepPoint} to executors, {@link PointResult} back. They
 * survive Java serialisation, a context computes without its store on disk, and the result commits on the "driver".
 */
class SweepSerializationTest {

	@TempDir
	Path tmp;

	@SuppressWarnings("unchecked")
	private static <T> T roundTrip(T value) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (T) in.readObject();
		}
	}

	@Test
	void pointsComputeFromSerialisedInputsWithoutTheStore() throws Exception {
		Path store = SweepTestSupport.case1Store(tmp, "store");
		SweepJob job = Sweeps.prepare(store, SpecReader.parse("name: z\nfrom: case1\nchunk: [16, 32]\nseeds: [5]\nruns: [40, 40]\n", "z.yaml"));
		PointContext shipped = roundTrip(job.context());
		SweepPoint point = roundTrip(job.pending().get(1));
		assertEquals(job.pending().get(1), point);
		Path moved = tmp.resolve("moved");
		Files.move(store, moved); // the executor has no store
		PointResult remote = roundTrip(new PointComputer().compute(shipped, point, () -> false));
		Files.move(moved, store);
		PointResult local = new PointComputer().compute(job.context(), job.pending().get(1), () -> false);
		assertEquals(local.files().keySet().stream().filter(k -> !k.startsWith("runs/")).toList(),
				remote.files().keySet().stream().filter(k -> !k.startsWith("runs/")).toList());
		for (String f : new String[] { "plastic_state.pt", "optim_state.pt" }) {
			assertArrayEquals(local.files().get(f), remote.files().get(f), f);
		}
		try (PointCommitter committer = PointCommitter.open(job)) {
			committer.commit(remote);
		}
		WholeSessions.assertOnly(store, 2);
		assertEquals("done", new com.fasterxml.jackson.databind.ObjectMapper().readTree(Manifest.file(store, "z").toFile())
				.get("points").get(1).get("state").asText());
	}
}
