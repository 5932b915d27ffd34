package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.LockHolderMain;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;

/**
 * The clean-up every writer does under the store lock: leftovers of a writer that is gone are removed, those of a
 * writer at work (another process holding the lock its entry names) are left alone; and the writers themselves
 * never put anything but finished folders into {@code sessions/} and {@code runs/}.
 */
class StoreCleanupTest {

	@TempDir
	Path tmp;

	private static Path folder(Path p) throws IOException {
		Files.createDirectories(p);
		Files.writeString(p.resolve("per_step.csv"), "t,base_mse\n");
		return p;
	}

	private static List<String> cleanUp(Path root) throws IOException {
		try (StoreLocks.Held lock = new StoreLocks(root).acquire(StoreLocks.STORE, java.time.Duration.ofSeconds(5))) {
			return StoreCleanup.underStoreLock(root);
		}
	}

	@Test
	void leftoversOfWritersThatAreGoneAreRemovedAndCheckFindsNothingAfterwards() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		StoreLayout layout = new StoreLayout(root);
		Path staging = Staging.dir(root);
		// this version's: a run and a session being assembled, an index temp file, a journal temp file
		Path run = folder(staging.resolve("00112233445566aa.run." + StoreLocks.sessionLock("s1")));
		Path session = folder(staging.resolve("00112233445566bb.session.store"));
		Path index = Files.writeString(staging.resolve("00112233445566cc.index.store"), "{");
		Path journal = Files.writeString(Files.createDirectories(root.resolve(RunJournal.DIR)).resolve(".tmp-s1.json-1f2e"), "{");
		// earlier versions': a run folder assembled in runs/, a session in sessions/, a base at the top; a file
		// replaced atomically inside a session folder
		Path oldRun = folder(layout.runsDir("s1").resolve(".tmp-s1_1768690000_seed3-abc"));
		Path oldSession = folder(layout.sessionsDir().resolve(".tmp-s9-77"));
		Path oldBase = folder(root.resolve(".tmp-init-base-1a"));
		Path metaTemp = Files.writeString(layout.sessionDir("s1b").resolve(".tmp-meta.json-5e"), "{");
		assertFalse(StoreCheck.check(root).clean(), "check reports the leftovers");

		List<String> done = cleanUp(root);

		for (Path p : List.of(run, session, index, journal, oldRun, oldSession, oldBase, metaTemp)) {
			assertFalse(Files.exists(p), p + " removed (" + done + ")");
		}
		assertEquals(8, done.size(), done.toString());
		StoreCheck.Report report = StoreCheck.check(root);
		assertEquals(List.of(), report.problems().stream().map(p -> p.getPath() + ": " + p.getMessage()).toList());
		assertEquals(List.of(), cleanUp(root), "nothing left to do");
	}

	@Test
	void aLiveWritersEntriesAreLeftAloneUntilItIsGone() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		StoreLayout layout = new StoreLayout(root);
		Path staging = Staging.dir(root);
		Path liveRun = folder(staging.resolve("00112233445566aa.run." + StoreLocks.sessionLock("s1")));
		Path liveTemp = Files.writeString(layout.sessionDir("s1").resolve(".tmp-plastic_state.pt-9a"), "partial");
		Path deadRun = folder(staging.resolve("00112233445566bb.run." + StoreLocks.sessionLock("s1b")));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// another process is at work on s1: it holds s1's lock (as a run does while it commits)
		Process writer = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), LockHolderMain.class.getName(),
				root.toString(), StoreLocks.sessionLock("s1"))).redirectErrorStream(true).start();
		try {
			assertEquals("locked", new BufferedReader(new InputStreamReader(writer.getInputStream())).readLine());
			cleanUp(root);
			assertTrue(Files.isDirectory(liveRun), "the live writer's staging entry is left alone");
			assertTrue(Files.exists(liveTemp), "the live writer's temporary file is left alone");
			assertFalse(Files.exists(deadRun), "the staging entry of a writer that is gone is removed");
			StoreCheck.repair(root);
			assertTrue(Files.isDirectory(liveRun), "a repair leaves it alone too");
		} finally {
			writer.getOutputStream().close();
			assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
		}
		cleanUp(root);
		assertFalse(Files.exists(liveRun), "once its writer is gone, the next write removes it");
		assertFalse(Files.exists(liveTemp));
	}

	@Test
	void writersPutOnlyFinishedFoldersIntoSessionsAndRuns() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		StoreLayout layout = new StoreLayout(root);
		Store store = StoreReader.read(root);
		Session s1 = store.findSession("s1");
		Session copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(s1);
		copy.setId("s2");
		StoreWriter writer = new StoreWriter(root);
		PlasticState weights = PlasticState.read(layout.plasticState("s1"));
		OptimizerState optimizer = OptimizerState.read(layout.optimState("s1"));
		writer.createSession(copy, weights, optimizer);
		writer.writeIndex(StoreReader.read(root).getSessions(), java.util.Map.of());
		assertTrue(Files.isRegularFile(layout.sessionMeta("s2")));
		assertEquals(List.of("index.json", "s1", "s1b", "s2"), names(layout.sessionsDir()));
		assertEquals(List.of(), names(Staging.dir(root)), "the staging folder is left empty");
		// two creators of one id: the second's rename fails, nothing of it shows
		assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class,
				() -> writer.createSession(copy, weights, optimizer)).getMessage().contains("already exists"));
		assertEquals(List.of(), names(Staging.dir(root)));
		assertEquals(List.of("index.json", "s1", "s1b", "s2"), names(layout.sessionsDir()));
	}

	private static List<String> names(Path dir) throws IOException {
		try (var list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
