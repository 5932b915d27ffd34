package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Store;

/** Run folders named as the reference names them, and as the user's Phase 1 brief shows them, both read cleanly. */
class RunIdFormatsTest {

	@TempDir
	Path tmp;

	@Test
	void briefStyleRunIdsReadWithTheirTimeAndWithoutProblems() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Path runs = root.resolve("sessions/s1/runs");
		Path renamed = runs.resolve("run_20260117_191742");
		Files.move(runs.resolve("s1_1768677462_seed2"), renamed);
		for (Path metrics : List.of(root.resolve("sessions/s1/metrics.json"), renamed.resolve("metrics.json"))) {
			Files.writeString(metrics, Files.readString(root.resolve("sessions/s1/metrics.json"))
					.replace("s1_1768677462_seed2", "run_20260117_191742"));
		}
		Store store = StoreReader.read(root);
		assertEquals(List.of(), store.getProblems().stream().map(p -> p.getPath() + ": " + p.getMessage()).toList());
		Run run = store.findSession("s1").getRuns().get(0);
		assertEquals("run_20260117_191742", run.getId());
		assertEquals(1768677462.0, run.getCreatedAtUnix(), "2026-01-17 19:17:42 UTC");
		assertEquals(2, run.getSeed(), "the seed comes from the run's metrics");
		assertEquals(3, run.getEvents().size(), "the reference's events are attributed to it by order");
	}
}
