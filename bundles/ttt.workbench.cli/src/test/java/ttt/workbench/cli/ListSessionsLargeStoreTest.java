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
import ttt.workbench.store.io.IndexListing;
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

	/**
	 * On a store with nothing to repair or warn about the listing comes straight from the index's bytes
	 * ({@link IndexListing}), the same bytes the open prints; anything a full open would act on or warn about makes it
	 * step aside, and the command then prints what the open gives, warning as before.
	 */
	@Test
	void theIndexIsPrintedWithoutAModelOnlyWhenOpeningWouldChangeOrSayNothing() throws Exception {
		Path root = SyntheticStore.generate(tmp.resolve("store"), 400, 3).root();
		StoreLayout layout = new StoreLayout(root);
		String expected = PythonJsonWriter.pretty(PythonJsonReader.parse(Files.readAllBytes(layout.index()), layout.index()).get("sessions"));
		assertEquals(expected, new String(IndexListing.ifCurrent(root).orElseThrow(), java.nio.charset.StandardCharsets.US_ASCII));
		String someId = PythonJsonReader.parse(Files.readAllBytes(layout.index()), layout.index()).get("sessions").fieldNames().next();

		// a meta newer than the index: the open reads it and compares, so the listing must not answer
		Path meta = layout.sessionMeta(someId);
		Files.setLastModifiedTime(meta, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(layout.index()).toMillis() + 5000));
		assertTrue(IndexListing.ifCurrent(root).isEmpty(), "a meta newer than the index");
		InProcessCli newer = run("--artifacts_root", root.toString(), "list_sessions");
		assertEquals(expected + "\n", newer.out(), "the open finds the meta agrees and prints the same");
		Files.setLastModifiedTime(meta, Files.getLastModifiedTime(layout.index()));
		assertTrue(IndexListing.ifCurrent(root).isPresent());

		// a folder the index does not list, a hidden one, a stray file: the open looks at each
		for (String name : new String[] { "unlisted", ".hidden" }) {
			Files.createDirectory(layout.sessionsDir().resolve(name));
			assertTrue(IndexListing.ifCurrent(root).isEmpty(), name);
			Files.delete(layout.sessionsDir().resolve(name));
		}
		Files.writeString(layout.sessionsDir().resolve("stray.txt"), "x");
		assertTrue(IndexListing.ifCurrent(root).isEmpty(), "a stray file");
		Files.delete(layout.sessionsDir().resolve("stray.txt"));

		// a pending run commit is recovered by the open
		Files.createDirectories(root.resolve(ttt.workbench.store.io.RunJournal.DIR));
		Files.writeString(root.resolve(ttt.workbench.store.io.RunJournal.DIR).resolve(someId + ".json"), "{}");
		assertTrue(IndexListing.ifCurrent(root).isEmpty(), "a pending commit");
		Files.delete(root.resolve(ttt.workbench.store.io.RunJournal.DIR).resolve(someId + ".json"));

		// an index that is not in the one plain form (unsorted, other keys, a wrong root, a missing parent): the open decides
		String index = Files.readString(layout.index());
		String[] variants = { index.replace("\"schema_version\": 1,", "\"schema_version\": 1, \"extra\": 2,"),
				index.replaceFirst("\"root_session_id\": \"([^\"]*)\"", "\"root_session_id\": \"$1x\""),
				index.replaceFirst("\"parent_session_id\": \"([^\"]*)\"", "\"parent_session_id\": \"nobody\""),
				index.replaceFirst("\"mu\": ", "\"mu\": NaN, \"x\": ") };
		for (String variant : variants) {
			assertTrue(!variant.equals(index));
			Files.writeString(layout.index(), variant);
			Files.setLastModifiedTime(layout.index(), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
			assertTrue(IndexListing.ifCurrent(root).isEmpty(), variant.substring(0, 200));
		}
		Files.writeString(layout.index(), index);
		Files.setLastModifiedTime(layout.index(), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
		assertEquals(expected, new String(IndexListing.ifCurrent(root).orElseThrow(), java.nio.charset.StandardCharsets.US_ASCII));
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
