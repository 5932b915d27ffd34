package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StorePackage;

/** Changes made on disk by another program reach the live model, with EMF notifications, on the model's thread. */
class StoreWatcherTest {

	@TempDir
	Path tmp;

	private final ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "model-thread"));
	private final List<Notification> notifications = new CopyOnWriteArrayList<>();
	private final List<String> notifyingThreads = new CopyOnWriteArrayList<>();
	private final List<Exception> errors = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		modelThread.shutdownNow();
	}

	private ArtifactStore openWatched() throws Exception {
		return openWatched(false);
	}

	/** @param summaries open from the index ({@link ArtifactStore#openSummaries}), as the workbench does on large stores */
	private ArtifactStore openWatched(boolean summaries) throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		// a copy's files get new times in copy order; every writer leaves the index written last
		Files.setLastModifiedTime(root.resolve("sessions/index.json"),
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		ArtifactStore store = summaries ? ArtifactStore.openSummaries(root) : ArtifactStore.open(root);
		modelThread.submit(() -> store.model().eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification n) {
				super.notifyChanged(n);
				if (!n.isTouch()) {
					notifications.add(n);
					notifyingThreads.add(Thread.currentThread().getName());
				}
			}
		})).get();
		store.startWatching(modelThread, errors::add);
		return store;
	}

	private void await(BooleanSupplier condition, String what) throws Exception {
		long end = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < end) {
			if (modelThread.submit(condition::getAsBoolean).get()) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("timed out waiting for: " + what + "; errors: " + errors);
	}

	@Test
	void aSessionForkedByAnotherProgramAppearsUnderItsParent() throws Exception {
		try (ArtifactStore store = openWatched()) {
			Path root = store.root();
			// what the reference's fork_session does: a new folder with meta, metrics and weights
			Path child = root.resolve("sessions/s1c");
			Files.createDirectories(child);
			for (String f : List.of("plastic_state.pt", "optim_state.pt", "metrics.json")) {
				Files.copy(root.resolve("sessions/s1b").resolve(f), child.resolve(f));
			}
			Files.writeString(child.resolve("meta.json"),
					Files.readString(root.resolve("sessions/s1b/meta.json")).replace("\"session_id\": \"s1b\"", "\"session_id\": \"s1c\"")
							.replace("\"parent_session_id\": \"s1\"", "\"parent_session_id\": \"s1b\""));
			await(() -> store.model().findSession("s1c") != null, "s1c in the model");
			Session s1c = modelThread.submit(() -> store.model().findSession("s1c")).get();
			assertSame(store.model().findSession("s1b"), s1c.getParent());
			assertTrue(notifications.stream().anyMatch(n -> n.getEventType() == Notification.ADD
					&& n.getFeature() == StorePackage.Literals.STORE__SESSIONS), "an ADD notification for the new session");
			assertTrue(notifyingThreads.stream().allMatch("model-thread"::equals), "notifications only on the model thread");
			assertEquals(List.of(), errors);
		}
	}

	@Test
	void thisProcesssOwnWritesAreNotReadBackButAnotherProgramsWriteAfterThemIs() throws Exception {
		try (ArtifactStore store = openWatched()) {
			List<StoreActivity.Kind> reads = new CopyOnWriteArrayList<>();
			Session s1 = store.model().findSession("s1");
			try (AutoCloseable observing = StoreActivity.observe((kind, path) -> reads.add(kind))) {
				// this process writes the note through the store's writer (as the workbench's jobs do, merging it themselves)
				Session edited = org.eclipse.emf.ecore.util.EcoreUtil.copy(s1);
				edited.setForkNote("written by this process");
				store.writer().writeSessionMeta(edited);
				Thread.sleep(4 * StoreWatcher.SETTLE_MILLIS + 500);
				assertEquals(List.of(), reads, "the watcher did not read the store back for this process's own write");
				assertEquals(null, modelThread.submit(s1::getForkNote).get());

				// another program changes the same file afterwards: that is read
				Path meta = store.root().resolve("sessions/s1/meta.json");
				Files.writeString(meta, Files.readString(meta).replace("written by this process", "written by another program"));
				await(() -> "written by another program".equals(s1.getForkNote()), "the other program's note in the model");
				assertEquals(1, reads.stream().filter(StoreActivity.Kind.WHOLE_STORE_READ::equals).count(), reads.toString());
			}
		}
	}

	@Test
	void aStoreOpenedAsSummariesSeesAForkAndKeepsItsSummariesAndLoadedSessions() throws Exception {
		try (ArtifactStore store = openWatched(true)) {
			Path root = store.root();
			Session s1 = store.model().findSession("s1");
			Session s1b = store.model().findSession("s1b");
			assertEquals(ttt.workbench.store.model.LoadState.NOT_LOADED, s1b.getDetailsState());
			modelThread.submit(() -> store.sessionLoader().ensureLoaded(s1)).get();
			int runs = s1.getRuns().size();
			Path child = root.resolve("sessions/s1c");
			Files.createDirectories(child);
			Files.copy(root.resolve("sessions/s1b/metrics.json"), child.resolve("metrics.json"));
			Files.writeString(child.resolve("meta.json"),
					Files.readString(root.resolve("sessions/s1b/meta.json")).replace("\"session_id\": \"s1b\"", "\"session_id\": \"s1c\"")
							.replace("\"parent_session_id\": \"s1\"", "\"parent_session_id\": \"s1b\""));
			await(() -> store.model().findSession("s1c") != null, "s1c in the model");
			assertSame(s1b, modelThread.submit(() -> store.model().findSession("s1c").getParent()).get());
			assertEquals(ttt.workbench.store.model.LoadState.NOT_LOADED, s1b.getDetailsState(), "a summary stays a summary");
			assertEquals(ttt.workbench.store.model.LoadState.LOADED, s1.getDetailsState(), "a loaded session stays loaded");
			assertEquals(runs, s1.getRuns().size());
			assertTrue(notifyingThreads.stream().allMatch("model-thread"::equals), "notifications only on the model thread");
			assertEquals(List.of(), errors);
		}
	}

	@Test
	void changedMetricsUpdateTheExistingObjectsInPlace() throws Exception {
		try (ArtifactStore store = openWatched()) {
			Session s1 = store.model().findSession("s1");
			Path metrics = store.root().resolve("sessions/s1/metrics.json");
			Files.writeString(metrics, Files.readString(metrics).replace("\"seed\": 2", "\"seed\": 7"));
			await(() -> s1.getMetrics().getSeed() == 7, "seed 7 in s1's metrics");
			assertSame(s1, store.model().findSession("s1"), "the session keeps its identity");
			assertTrue(notifications.stream().anyMatch(n -> n.getFeature() == StorePackage.Literals.RUN_METRICS__SEED));
		}
	}

	@Test
	void aDeletedSessionLeavesTheModel() throws Exception {
		try (ArtifactStore store = openWatched()) {
			Path s1b = store.root().resolve("sessions/s1b");
			try (var files = Files.list(s1b)) {
				for (Path f : files.toList()) {
					Files.delete(f);
				}
			}
			Files.delete(s1b);
			await(() -> store.model().findSession("s1b") == null, "s1b gone");
			assertNotNull(store.model().findSession("s1"));
			assertTrue(store.model().findSession("s1").getChildren().isEmpty());
		}
	}

	/** A root session whose folder goes: its fork stays, as an orphan (this once failed in EMF's cross-referencer). */
	@Test
	void aDeletedRootSessionLeavesTheModelAndItsForkStaysAsAnOrphan() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s1b = store.model().findSession("s1b");
			Path s1 = root.resolve("sessions/s1");
			try (var files = Files.walk(s1)) {
				for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
			store.refresh();
			assertEquals(null, store.model().findSession("s1"));
			assertSame(s1b, store.model().findSession("s1b"), "the fork keeps its identity");
			assertEquals(null, s1b.getParent());
			assertTrue(s1b.isOrphan(), "s1b names a parent that is gone");
			assertTrue(store.model().getRootSessions().contains(s1b));
		}
	}
}
