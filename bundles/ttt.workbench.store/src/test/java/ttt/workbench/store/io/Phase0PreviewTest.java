package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.test.support.Fixtures;

/** {@link Phase0Importer#preview}: what the import wizard and {@code import_phase0 --dry_run} show, with nothing written. */
class Phase0PreviewTest {

	@TempDir
	Path tmp;

	@Test
	void thePreviewIsWhatTheImportThenDoesAndWritesNothing() throws IOException {
		Path run = Phase0Fixture.create(tmp.resolve("phase0-run"));
		Path store = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Map<String, String> before = Phase0Fixture.snapshot(store);

		Phase0Importer.Preview p = Phase0Importer.preview(run, store, null);

		assertEquals(before, Phase0Fixture.snapshot(store), "a preview writes nothing, not even a lock file");
		assertEquals("legacy1", p.sessionId());
		assertEquals("legacy1_1700000100_seed2", p.runId());
		assertFalse(p.baseCreated(), "the fixture store's base is the Phase 0 checkpoint");
		assertEquals(Phase0Fixture.FIXTURE_HASH, p.baseCkptHash());
		assertEquals(Phase0Fixture.FIXTURE_SIGNATURE, p.modelSignature());
		assertEquals(96, p.steps());
		assertEquals(3, p.updateEvents());
		assertEquals(List.of("base_checkpoint.pt", "per_step.csv", "update_events.json", "session/meta.json", "session/metrics.json",
				"session/plastic_state.pt", "session/optim_state.pt"), p.files().stream().map(Phase0Importer.FoundFile::path).toList());
		assertEquals(Files.size(run.resolve("per_step.csv")), p.files().get(1).bytes());

		Phase0Importer.ImportResult r = Phase0Importer.importRun(run, store, null);
		assertEquals(p.sessionId(), r.sessionId());
		assertEquals(p.runId(), r.runId());
		assertEquals(p.assumptions(), r.notes(), "the preview lists every note the import makes");
	}

	@Test
	void anEmptyStoreGetsTheBaseAndThePreviewSaysSo() throws IOException {
		Path run = Phase0Fixture.create(tmp.resolve("phase0-run"));
		Phase0Importer.Preview p = Phase0Importer.preview(run, tmp.resolve("new-store"), "renamed");
		assertTrue(p.baseCreated());
		assertEquals("renamed", p.sessionId());
		assertTrue(p.assumptions().stream().anyMatch(a -> a.startsWith("base: created")), p.assumptions().toString());
		assertFalse(Files.exists(tmp.resolve("new-store")), "nothing created");
	}

	@Test
	void aPhase1RunFolderIsRefusedNamingTheFile() throws IOException {
		Path notPhase0 = Phase0Fixture.create(tmp.resolve("phase1-csv"));
		Files.copy(Phase0Fixture.fixtureRun().resolve("per_step.csv"), notPhase0.resolve("per_step.csv"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Phase0ImportException e = assertThrows(Phase0ImportException.class,
				() -> Phase0Importer.preview(notPhase0, tmp.resolve("s"), null));
		assertTrue(e.getMessage().startsWith(notPhase0.resolve("per_step.csv").toString()), e.getMessage());
		assertTrue(e.getMessage().contains("not a Phase 0 run"), e.getMessage());
	}

	@Test
	void aStoreAndARunFolderOfAStoreAreRefusedSayingWhatTheyAre() {
		Phase0ImportException store = assertThrows(Phase0ImportException.class,
				() -> Phase0Importer.preview(Fixtures.torch291Store(), tmp.resolve("s"), null));
		assertTrue(store.getMessage().contains("is an artifact store"), store.getMessage());
		Phase0ImportException run = assertThrows(Phase0ImportException.class,
				() -> Phase0Importer.preview(Phase0Fixture.fixtureRun(), tmp.resolve("s"), null));
		assertTrue(run.getMessage().startsWith(Phase0Fixture.fixtureRun().resolve("per_step.csv").toString()), run.getMessage());
		assertTrue(run.getMessage().contains("run folder of a Phase 1 store"), run.getMessage());
	}

	@Test
	void aMalformedCsvIsRefusedNamingTheFileAndTheLine() throws IOException {
		Path run = Phase0Fixture.create(tmp.resolve("bad-csv"));
		Files.writeString(run.resolve("per_step.csv"), "t,baseline_mse,adaptive_mse,did_update,update_ok\n0,1.0,oops,0,0\n");
		IOException e = assertThrows(IOException.class, () -> Phase0Importer.preview(run, tmp.resolve("s"), null));
		assertTrue(e.getMessage().startsWith(run.resolve("per_step.csv").toString()), e.getMessage());
	}
}
