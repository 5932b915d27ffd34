package ttt.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import ttt.workbench.test.support.Fixtures;

/** The layout must name exactly the files the Python reference wrote into the fixture store. */
class StoreLayoutTest {

	private static final Path FIXTURE = Fixtures.dir().resolve("torch291-store");

	@Test
	void everyFileOfTheFixtureStoreIsWhereTheLayoutSays() {
		StoreLayout layout = new StoreLayout(FIXTURE);
		for (Path p : List.of(layout.baseCheckpoint(), layout.baseMeta(), layout.index(), layout.sessionMeta("s1"),
				layout.plasticState("s1"), layout.optimState("s1"), layout.sessionMetrics("s1"), layout.eventsLog("s1"),
				layout.sessionMeta("s1b"), layout.plasticState("s1b"))) {
			assertTrue(Files.isRegularFile(p), "missing " + p);
		}
	}

	@Test
	void runFolderHoldsTheRunFilesOfSpec() throws IOException {
		StoreLayout layout = new StoreLayout(FIXTURE);
		try (Stream<Path> runs = Files.list(layout.runsDir("s1"))) {
			List<Path> runDirs = runs.toList();
			assertEquals(1, runDirs.size(), "fixture s1 has exactly one run");
			Path run = layout.runDir("s1", runDirs.get(0).getFileName().toString());
			assertTrue(Files.isRegularFile(run.resolve(StoreLayout.RUN_PER_STEP)));
			assertTrue(Files.isRegularFile(run.resolve(StoreLayout.RUN_EVENTS)));
		}
	}
}
