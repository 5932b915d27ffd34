package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;

/**
 * A store that needs more watches than the user may have is polled from the start (a store of 100,000 sessions needs
 * about 200,000; registering them until they run out and giving them back cost seconds of CPU at every open), and
 * closing a store stops its watcher at once, while it still registers watches or takes the polling baseline (issue
 * #16 item 4). The limit is the kernel's ({@code /proc/sys/fs/inotify/max_user_watches}) or one injected here.
 */
class StoreWatchLimitTest {

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

	/** The system's watches with a given limit, counting what is registered and keeping the watch service. */
	private static final class Counting implements WatchRegistration {
		final AtomicInteger registered = new AtomicInteger();
		final AtomicReference<WatchService> service = new AtomicReference<>();
		private final Optional<Limit> limit;
		private final WatchRegistration system = WatchRegistration.system();
		Runnable onRegister = () -> {
		};

		Counting(Optional<Limit> limit) {
			this.limit = limit;
		}

		@Override
		public WatchService newWatchService() throws IOException {
			service.set(system.newWatchService());
			return service.get();
		}

		@Override
		public Optional<Limit> limit() {
			return limit;
		}

		@Override
		public void register(Path dir, WatchService s) throws IOException {
			registered.incrementAndGet();
			system.register(dir, s);
			onRegister.run();
		}
	}

	private Path fixtureStore() throws IOException {
		return Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
	}

	private <T> T onModelThread(Callable<T> read) throws Exception {
		return modelThread.submit(read).get();
	}

	@Test
	void aStoreNeedingMoreWatchesThanTheLimitIsPolledFromTheStartWithoutRegisteringAny() throws Exception {
		Path root = fixtureStore();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			int sessions = store.model().getSessions().size();
			Counting registration = new Counting(Optional.of(new WatchRegistration.Limit(2L * sessions - 1, "a test's limit")));
			try (StoreWatcher watcher = new StoreWatcher(store.model(), modelThread::execute, errors::add, degraded::add, registration, NEVER)) {
				assertTrue(watcher.isPolling());
				assertEquals(0, registered(registration), "no watch registered only to be given back");
				assertNull(registration.service.get(), "not even a watch service");
				assertEquals(1, degraded.size());
				assertEquals("User limit of inotify watches reached (" + (2 * sessions - 1) + " set by a test's limit; the store's " + sessions
						+ " sessions need " + 2 * sessions + ")", degraded.get(0).cause().getMessage());
				assertTrue(degraded.get(0).statusLine().contains("(not watched: User limit of inotify watches reached"), degraded.get(0).statusLine());

				// polling delivers what another program writes, as after a fallback
				copySession(root, "s1", "s1z");
				for (int cycle = 0; cycle < 3 && onModelThread(() -> store.model().findSession("s1z")) == null; cycle++) {
					watcher.pollNow();
				}
				assertNotNull(onModelThread(() -> store.model().findSession("s1z")), "polling brought the new session into the model");
				assertEquals(List.of(), errors);
			}
		}
	}

	@Test
	void aStoreWithinTheLimitIsWatched() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(fixtureStore())) {
			int sessions = store.model().getSessions().size();
			Counting registration = new Counting(Optional.of(new WatchRegistration.Limit(2L * sessions, "a test's limit")));
			try (StoreWatcher watcher = new StoreWatcher(store.model(), modelThread::execute, errors::add, degraded::add, registration, NEVER)) {
				assertFalse(watcher.isPolling());
				assertTrue(registered(registration) >= 2 * sessions, registered(registration) + " watches for " + sessions + " sessions");
				assertEquals(List.of(), degraded);
			}
		}
	}

	@Test
	void theKernelsLimitIsReadWhenPresentAndNothingIsDecidedWhenAbsentOrUnreadable() throws Exception {
		Path file = tmp.resolve("max_user_watches");
		Files.writeString(file, "192540\n");
		assertEquals(Optional.of(new WatchRegistration.Limit(192_540, "fs.inotify.max_user_watches")), WatchRegistration.limitIn(file));
		Files.writeString(file, "lots\n");
		assertEquals(Optional.empty(), WatchRegistration.limitIn(file));
		assertEquals(Optional.empty(), WatchRegistration.limitIn(tmp.resolve("absent")));
		assertEquals(Optional.empty(), WatchRegistration.limitIn(tmp), "a folder, not a file");
		if (Files.isReadable(WatchRegistration.SYSTEM_LIMIT_FILE)) { // Linux: the whole number, though /proc says the file is empty
			try (var in = Files.newInputStream(WatchRegistration.SYSTEM_LIMIT_FILE)) {
				long written = Long.parseLong(new String(in.readAllBytes()).trim());
				assertEquals(Optional.of(new WatchRegistration.Limit(written, "fs.inotify.max_user_watches")),
						WatchRegistration.limitIn(WatchRegistration.SYSTEM_LIMIT_FILE));
			}
		}
		// a cap set by the property is the limit unless the kernel's is lower
		Optional<WatchRegistration.Limit> kernel = WatchRegistration.limitIn(WatchRegistration.SYSTEM_LIMIT_FILE);
		Optional<WatchRegistration.Limit> capped = WatchRegistration.limitedTo(7).limit();
		assertEquals(kernel.isPresent() && kernel.get().watches() < 7 ? kernel : Optional.of(new WatchRegistration.Limit(7, "-D" + WatchRegistration.MAX_WATCHES_PROPERTY)),
				capped);
	}

	@Test
	void closingTheStoreWhileItsWatchesAreRegisteredStopsAtOnceAndGivesThemBack() throws Exception {
		Path root = fixtureStore();
		for (int i = 0; i < 30; i++) {
			copySession(root, "s1", "s1x" + i);
		}
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Counting registration = new Counting(Optional.empty());
			registration.onRegister = () -> {
				if (registration.registered.get() == 6) {
					closeQuietly(store); // as the next open does, from its own thread: here from within the registration
				}
			};
			store.startWatching(modelThread::execute, errors::add, degraded::add, registration);
			assertTrue(registered(registration) <= 8, "stopped within a session of the close: " + registered(registration));
			assertThrows(ClosedWatchServiceException.class, () -> registration.service.get().poll(), "the watches are given back");
			assertFalse(store.isPolled());
			assertEquals(List.of(), degraded, "nothing to tell about a store that is closed");
			store.startWatching(modelThread::execute, errors::add, degraded::add, registration);
			assertTrue(registered(registration) <= 8, "a closed store is not watched again");
		}
		assertEquals(List.of(), errors);
	}

	@Test
	void aSnapshotIsGivenUpBetweenFoldersWhenItsWatcherIsClosed() throws Exception {
		Path root = fixtureStore();
		for (int i = 0; i < 10; i++) {
			copySession(root, "s1", "s1x" + i);
		}
		assertNotNull(StoreSnapshot.take(root, () -> false));
		AtomicInteger asked = new AtomicInteger();
		assertNull(StoreSnapshot.take(root, () -> asked.incrementAndGet() >= 3), "given up");
		assertEquals(3, asked.get(), "at once, not after the remaining folders");
	}

	private static int registered(Counting registration) {
		return registration.registered.get();
	}

	private static void closeQuietly(ArtifactStore store) {
		try {
			store.close();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** Another program's copy of a session under a new id (same parent): a new folder with meta and weights. */
	private static void copySession(Path root, String from, String to) throws IOException {
		Path source = root.resolve("sessions").resolve(from);
		Path dir = root.resolve("sessions").resolve(to);
		Files.createDirectories(dir);
		try (var files = Files.list(source)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				Files.copy(f, dir.resolve(f.getFileName()));
			}
		}
		Path meta = dir.resolve("meta.json");
		Files.writeString(meta, Files.readString(meta).replace("\"session_id\": \"" + from + "\"", "\"session_id\": \"" + to + "\""));
	}
}
