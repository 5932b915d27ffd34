package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.test.support.Fixtures;

/**
 * Watching degrades, never blocks (issue #18 item 9): when the file-system watches cannot be registered (the user's
 * inotify watches are used up, reproduced with {@link WatchRegistration#limitedTo}), the store still opens, the
 * watcher says so once, and polling of the real files delivers what watching would. Polling is driven cycle by cycle
 * ({@link StoreWatcher#pollNow}); the watcher's own poll interval is set far beyond the test's length.
 */
class StorePollingTest {

	private static final long NEVER = 24L * 3600 * 1000;

	@TempDir
	Path tmp;

	private final ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "model-thread"));
	private final List<WatchDegraded> degraded = new CopyOnWriteArrayList<>();
	private final List<Exception> errors = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		modelThread.shutdownNow();
	}

	private Path fixtureStore() throws IOException {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		// a copy's files get new times in copy order; every writer leaves the index written last
		Files.setLastModifiedTime(root.resolve("sessions/index.json"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		return root;
	}

	private StoreWatcher watcher(ArtifactStore store, WatchRegistration registration) {
		return new StoreWatcher(store.model(), modelThread, errors::add, degraded::add, registration, NEVER);
	}

	private <T> T onModelThread(Callable<T> read) throws Exception {
		return modelThread.submit(read).get(); // after every merge already handed to the model thread
	}

	/** Polls until {@code sessionId} is in the model (or not, with {@code present} false); @return the cycles it took */
	private int cyclesUntil(StoreWatcher watcher, ArtifactStore store, String sessionId, boolean present) throws Exception {
		for (int cycle = 1; cycle <= 5; cycle++) {
			watcher.pollNow();
			if ((onModelThread(() -> store.model().findSession(sessionId)) != null) == present) {
				return cycle;
			}
		}
		throw new AssertionError(sessionId + (present ? " did not appear" : " did not leave") + " within 5 poll cycles; errors " + errors);
	}

	/** What the reference's fork_session leaves on disk: a new folder with weights, metrics and meta. */
	private static void forkOnDisk(Path root, String parent, String child) throws IOException {
		Path dir = root.resolve("sessions").resolve(child);
		Files.createDirectories(dir);
		for (String f : List.of("plastic_state.pt", "optim_state.pt", "metrics.json")) {
			Files.copy(root.resolve("sessions").resolve(parent).resolve(f), dir.resolve(f));
		}
		String meta = Files.readString(root.resolve("sessions").resolve(parent).resolve("meta.json"));
		String parentOfParent = meta.replaceAll("(?s).*\"parent_session_id\": (\"[^\"]*\"|null).*", "$1");
		Files.writeString(dir.resolve("meta.json"), meta.replace("\"session_id\": \"" + parent + "\"", "\"session_id\": \"" + child + "\"")
				.replace("\"parent_session_id\": " + parentOfParent, "\"parent_session_id\": \"" + parent + "\""));
	}

	@Test
	void aStoreThatCannotBeWatchedOpensSaysSoOnceAndPollsASessionForkedByAnotherProgramIntoTheModel() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(fixtureStore()); StoreWatcher watcher = watcher(store, WatchRegistration.limitedTo(0))) {
			assertTrue(watcher.isPolling());
			assertEquals(1, degraded.size(), "said once");
			assertEquals(store.root(), degraded.get(0).store());
			assertTrue(degraded.get(0).cause().getMessage().startsWith("User limit of inotify watches reached"), degraded.get(0).cause().getMessage());
			assertTrue(degraded.get(0).message().contains(store.root().toString()) && degraded.get(0).message().contains("every " + NEVER / 1000 + " s"),
					degraded.get(0).message());

			forkOnDisk(store.root(), "s1b", "s1c");
			watcher.pollNow();
			assertNull(onModelThread(() -> store.model().findSession("s1c")), "the first cycle sees the writes and waits for them to settle");
			watcher.pollNow();
			Session s1c = onModelThread(() -> store.model().findSession("s1c"));
			assertNotNull(s1c, "the second cycle reads the settled change into the model");
			assertSame(store.model().findSession("s1b"), s1c.getParent());
			assertEquals(1, degraded.size(), "said once, however long it polls");
			assertTrue(new WatchDegraded(store.root(), degraded.get(0).cause(), StoreWatcher.POLL_MILLIS).message().contains("every 2 s"));
			assertEquals(List.of(), errors);
		}
	}

	@Test
	void aFileRewrittenInPlaceAndADeletedSessionArePolled() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(fixtureStore()); StoreWatcher watcher = watcher(store, WatchRegistration.limitedTo(0))) {
			Session s1 = store.model().findSession("s1");
			Path metrics = store.root().resolve("sessions/s1/metrics.json");
			Files.writeString(metrics, Files.readString(metrics).replace("\"seed\": 2", "\"seed\": 7")); // same size, same inode
			watcher.pollNow();
			watcher.pollNow();
			assertEquals(7L, (long) onModelThread(() -> s1.getMetrics().getSeed()), "a metrics.json written in place is noticed");
			assertSame(s1, store.model().findSession("s1"), "the session keeps its identity");

			Path s1b = store.root().resolve("sessions/s1b");
			try (var files = Files.list(s1b)) {
				for (Path f : files.toList()) {
					Files.delete(f);
				}
			}
			Files.delete(s1b);
			assertTrue(cyclesUntil(watcher, store, "s1b", false) <= 2);
			assertTrue(onModelThread(() -> s1.getChildren().isEmpty()));
			assertEquals(List.of(), errors);
		}
	}

	@Test
	void whilePollingThisProcesssOwnWritesAreNotReadBackButAnotherProgramsAre() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(fixtureStore()); StoreWatcher watcher = watcher(store, WatchRegistration.limitedTo(0))) {
			List<StoreActivity.Kind> reads = new CopyOnWriteArrayList<>();
			Session s1 = store.model().findSession("s1");
			try (AutoCloseable observing = StoreActivity.observe((kind, path) -> reads.add(kind))) {
				Session edited = EcoreUtil.copy(s1);
				edited.setForkNote("written by this process");
				store.writer().writeSessionMeta(edited);
				for (int i = 0; i < 3; i++) {
					watcher.pollNow();
				}
				assertEquals(List.of(), reads, "polling did not read the store back for this process's own write");

				Path meta = store.root().resolve("sessions/s1/meta.json");
				Files.writeString(meta, Files.readString(meta).replace("written by this process", "written by another program"));
				watcher.pollNow();
				watcher.pollNow();
				assertEquals("written by another program", onModelThread(s1::getForkNote));
				assertEquals(1, reads.stream().filter(StoreActivity.Kind.WHOLE_STORE_READ::equals).count(), reads.toString());
			}
		}
	}

	@Test
	void theWatchLimitReachedForOneNewSessionLaterDegradesTheSameWay() throws Exception {
		Path root = fixtureStore();
		int needed = watchesNeeded(root);
		try (ArtifactStore store = ArtifactStore.open(root); StoreWatcher watcher = watcher(store, WatchRegistration.limitedTo(needed))) {
			assertFalse(watcher.isPolling(), "every folder of the store got its watch");
			assertEquals(List.of(), degraded);

			forkOnDisk(root, "s1b", "s1c"); // its folder needs two more watches: the limit is reached
			long end = System.currentTimeMillis() + 15_000;
			while (!watcher.isPolling() && System.currentTimeMillis() < end) {
				Thread.sleep(20);
			}
			assertTrue(watcher.isPolling(), "the watcher falls back to polling when a new session folder cannot be watched");
			assertEquals(1, degraded.size());
			assertTrue(degraded.get(0).cause().getMessage().startsWith("User limit of inotify watches reached"));
			// the session whose folder could not be watched is read all the same (the fallback reads what it saw)
			end = System.currentTimeMillis() + 15_000;
			while (onModelThread(() -> store.model().findSession("s1c")) == null && System.currentTimeMillis() < end) {
				Thread.sleep(20);
			}
			assertNotNull(onModelThread(() -> store.model().findSession("s1c")), "s1c, seen when the limit was reached, is in the model");

			forkOnDisk(root, "s1c", "s1d"); // written after the fallback: polling delivers it
			assertTrue(cyclesUntil(watcher, store, "s1d", true) <= 2);
			assertSame(store.model().findSession("s1c"), store.model().findSession("s1d").getParent());
			assertEquals(1, degraded.size(), "said once");
			assertEquals(List.of(), errors);
		}
	}

	@Test
	void aWatchCapThatIsNotANumberDoesNotFailTheOpenButPollsAndSaysWhy() throws Exception {
		System.setProperty(WatchRegistration.MAX_WATCHES_PROPERTY, "lots");
		try (ArtifactStore store = ArtifactStore.open(fixtureStore())) {
			store.startWatching(modelThread, errors::add, degraded::add); // as the workbench starts it
			assertTrue(store.isPolled());
			assertEquals(1, degraded.size());
			assertEquals("-D" + WatchRegistration.MAX_WATCHES_PROPERTY + "=lots is not a number of watches", degraded.get(0).cause().getMessage());
		} finally {
			System.clearProperty(WatchRegistration.MAX_WATCHES_PROPERTY);
		}
	}

	/** How many watches a watcher of {@code root} registers, counted on the system's own registration. */
	private int watchesNeeded(Path root) throws Exception {
		AtomicInteger count = new AtomicInteger();
		WatchRegistration system = WatchRegistration.system();
		WatchRegistration counting = new WatchRegistration() {
			@Override
			public WatchService newWatchService() throws IOException {
				return system.newWatchService();
			}

			@Override
			public void register(Path dir, WatchService service) throws IOException {
				count.incrementAndGet();
				system.register(dir, service);
			}
		};
		try (ArtifactStore store = ArtifactStore.open(root); StoreWatcher watcher = watcher(store, counting)) {
			assertFalse(watcher.isPolling());
		}
		assertTrue(count.get() >= 5, "root, base, sessions and each session's folders: " + count.get());
		return count.get();
	}
}
