package ttt.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * {@code list_sessions} reads the index only (it opens the store as summaries) and prints it exactly as printing the
 * parsed file prints it; a missing or stale index is rebuilt from the metas first, with a warning naming the file.
 */
class ListSessionsLargeStoreTest {

	@TempDir
	Path tmp;

	private static InProcessCli run(String... args) {
		return InProcessCli.run(args);
	}

	@Test
	void aGeneratedStoreListsItsIndexAndSurvivesALostIndex() throws Exception {
		Path root = SyntheticStore.generate(tmp.resolve("store"), 500, 11).root();
		StoreLayout layout = new StoreLayout(root);
		String expected = PythonJsonWriter.pretty(PythonJsonReader.parse(Files.readAllBytes(layout.index()), layout.index()).get("sessions"))
				+ "\n";

		InProcessCli list = run("--artifacts_root", root.toString(), "list_sessions");
		assertEquals(0, list.code(), list.err());
		assertEquals(expected, list.out());
		assertEquals("", list.err(), "a current index: nothing to warn about");

		Files.delete(layout.index());
		InProcessCli rebuilt = run("--artifacts_root", root.toString(), "list_sessions");
		assertEquals(0, rebuilt.code(), rebuilt.err());
		assertEquals(expected, rebuilt.out(), "the index rebuilt from the metas is the one generate_store wrote");
		assertTrue(rebuilt.err().contains("sessions/index.json: missing"), rebuilt.err());

		Files.writeString(layout.index(), "{\"schema_version\": 1, \"sessions\": [");
		InProcessCli malformed = run("--artifacts_root", root.toString(), "list_sessions");
		assertEquals(expected, malformed.out());
		assertTrue(malformed.err().contains("sessions/index.json") && malformed.err().contains("malformed JSON"), malformed.err());
	}

	@Test
	void summariesOfAGeneratedStoreLoadToWhatAFullOpenReads() throws Exception {
		Path root = SyntheticStore.generate(tmp.resolve("store"), 300, 5).root();
		Store eager;
		try (ArtifactStore full = ArtifactStore.open(root)) {
			eager = full.model();
		}
		try (ArtifactStore lazy = ArtifactStore.openSummaries(root)) {
			assertTrue(lazy.model().getSessions().stream().allMatch(s -> s.getModelConfig() == null && s.getMetrics() == null),
					"summaries carry no configs or metrics");
			lazy.sessionLoader().ensureLoaded(java.util.List.copyOf(lazy.model().getSessions()));
			assertTrue(EcoreUtil.equals(eager, lazy.model()), "loaded summaries equal the full read");
		}
	}
}
