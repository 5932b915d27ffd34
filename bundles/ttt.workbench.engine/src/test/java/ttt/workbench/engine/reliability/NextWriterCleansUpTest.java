package ttt.workbench.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.session.EditNote;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.test.support.Fixtures;

/**
 * Leftovers of interrupted writers, and an index they left stale, last until the next ordinary write, not until a
 * repair; a writer at work keeps its staging entry.
 */
class NextWriterCleansUpTest {

	@TempDir
	Path tmp;

	private static List<String> problems(Path root) throws Exception {
		return StoreCheck.check(root).problems().stream().map(p -> p.getSeverity() + " " + p.getPath() + ": " + p.getMessage()).toList();
	}

	@Test
	void theNextRunOfASessionRemovesAnOldStyleTemporaryRunFolderAndRebuildsAStaleIndex() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		StoreLayout layout = new StoreLayout(root);
		try (ArtifactStore store = ArtifactStore.open(root)) { // open first: opening rebuilds a stale index by itself
			// what a killed writer of the previous version left: a run folder assembled in runs/, a half-written
			// meta, and an index it had no time to update
			Path oldRun = Files.createDirectories(layout.runsDir("case1").resolve(".tmp-case1_1768690000_seed3-5f2a"));
			Files.writeString(oldRun.resolve("per_step.csv"), "t,base_mse,session_no_update_mse,adaptive_mse,did_update,update_ok\n0,");
			Path metaTemp = Files.writeString(layout.sessionDir("case1").resolve(".tmp-meta.json-77"), "{\"schema_");
			Files.writeString(layout.index(), "{\"schema_version\": 1, \"sessions\": {}}\n"); // stale: lists nothing
			assertEquals(3, problems(root).size(), problems(root).toString());

			RunSession.run(store, RunSession.Request.of("case1", 64, 5), RunListener.NONE, () -> false);

			assertFalse(Files.exists(oldRun), "the old-style temporary run folder is gone");
			assertFalse(Files.exists(metaTemp), "the temporary meta file is gone");
		}
		assertEquals(List.of(), problems(root), "after one ordinary run the check finds nothing: the index is current too");
	}

	@Test
	void theNextWriteRemovesTheStagingEntryOfAWriterThatIsGoneAndKeepsThatOfOneAtWork() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			NewSession.run(store, new NewSession.Request("b", 0.1, EnvMode.LINEAR, 3, StoreFactory.eINSTANCE.createPlasticityConfig(), null));
		}
		Path staging = Staging.dir(root);
		Path dead = Files.createDirectories(staging.resolve("0123456789abcdef.run." + StoreLocks.sessionLock("case1")));
		Files.writeString(dead.resolve("per_step.csv"), "t,");
		Path deadSession = Files.createDirectories(staging.resolve("0123456789abcdee.session.store"));
		Path live = Files.createDirectories(staging.resolve("fedcba9876543210.run." + StoreLocks.sessionLock("b")));
		Thread writerOfB = null;
		java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		// a writer at work on b (another task of this program): it holds b's lock while its entry exists
		writerOfB = new Thread(() -> {
			try (StoreLocks.Held lock = new StoreLocks(root).acquire(StoreLocks.sessionLock("b"), Duration.ofSeconds(5))) {
				held.countDown();
				release.await();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		writerOfB.start();
		try {
			assertTrue(held.await(10, java.util.concurrent.TimeUnit.SECONDS));
			try (ArtifactStore store = ArtifactStore.open(root)) {
				EditNote.run(store, "case1", "a note"); // an ordinary write of another session
			}
			assertFalse(Files.exists(dead), "the entry of a writer that is gone is removed by the next write");
			assertFalse(Files.exists(deadSession));
			assertTrue(Files.isDirectory(live), "the entry of the writer at work is left alone");
		} finally {
			release.countDown();
			writerOfB.join(10_000);
		}
		try (ArtifactStore store = ArtifactStore.open(root)) {
			EditNote.run(store, "case1", "another note");
		}
		assertFalse(Files.exists(live), "once its writer has gone, the next write removes it");
		assertEquals(List.of(), problems(root));
	}
}
