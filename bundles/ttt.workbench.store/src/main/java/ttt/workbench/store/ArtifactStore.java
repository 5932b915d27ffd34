package ttt.workbench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.IndexFirstReader;
import ttt.workbench.store.io.IndexMaintenance;
import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.io.RunJournal;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.io.ModelMerger;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.io.StoreWatcher;
import ttt.workbench.store.io.WatchDegraded;
import ttt.workbench.store.io.WatchRegistration;
import ttt.workbench.store.io.StoreWriter;
import ttt.workbench.store.model.Store;

/**
 * An open artifact store: its live EMF model, the means to load the large parts lazily, to write through locks,
 * and to follow changes other programs make on disk. The one entry point the engine, the CLI and the UI use.
 */
public final class ArtifactStore implements AutoCloseable {

	/** How long a writer waits for another program's lock before telling the user the store is busy. */
	public static final Duration LOCK_WAIT = Duration.ofSeconds(30);

	private final Path root;
	private Store model;
	private final StoreLocks locks;
	private LazyLoader loader;
	private SessionLoader sessionLoader;
	private StoreWatcher watcher;
	private boolean closed; // guarded by this: a closed store is not watched again
	private byte[] indexAsRead;

	private ArtifactStore(Path root, Store model) {
		this.root = root;
		this.model = model;
		this.locks = new StoreLocks(root);
		this.loader = model == null ? null : new LazyLoader(model);
		this.sessionLoader = model == null ? null : new SessionLoader(model);
	}

	/**
	 * The store at {@code root} with nothing read yet: its model is read by the first {@link #refresh()}. For a
	 * procedure that reads under its lock anyway (a workbench job's private store): opening would read it twice.
	 */
	public static ArtifactStore unread(Path root) {
		return new ArtifactStore(root.toAbsolutePath().normalize(), null);
	}

	/**
	 * Reads the store and, when {@code index.json} is missing or disagrees with the metas, rebuilds it under the
	 * store lock. Bad files do not fail the open: they are in {@code model().getProblems()}.
	 *
	 * @throws IOException when {@code root} is not a readable folder
	 */
	public static ArtifactStore open(Path root) throws IOException {
		Path absolute = root.toAbsolutePath().normalize();
		recoverInterruptedCommits(absolute);
		ArtifactStore store = new ArtifactStore(absolute, StoreReader.read(absolute));
		store.repairIndexIfStale();
		return store;
	}

	/**
	 * Opens the store from {@code sessions/index.json} first: sessions are summaries (ids, tree, the index's eight
	 * keys) until {@link #sessionLoader()} loads their details, so a store of 100,000 sessions opens in a second.
	 * Sessions the index does not describe reliably are read fully from their files; a missing or unreadable index
	 * makes it read every meta (a problem in the model says so). A stale index is rebuilt under the store lock, as
	 * {@link #open} does.
	 *
	 * @throws IOException when {@code root} is not a readable folder
	 */
	public static ArtifactStore openSummaries(Path root) throws IOException {
		Path absolute = root.toAbsolutePath().normalize();
		recoverInterruptedCommits(absolute);
		IndexFirstReader.Result read = IndexFirstReader.read(absolute);
		ArtifactStore store = new ArtifactStore(absolute, read.store());
		if (read.indexStale().isPresent()) {
			try (StoreLocks.Held lock = store.locks.acquire(StoreLocks.STORE, LOCK_WAIT)) {
				IndexMaintenance.rebuild(store.model);
			}
		} else {
			store.indexAsRead = read.index();
		}
		return store;
	}

	/**
	 * The bytes of {@code index.json} as {@link #openSummaries} read them, when the index was current (not rebuilt),
	 * handed over once and then forgotten, so that an open store does not keep a second copy of 100,000 summaries:
	 * {@code list_sessions} prints them without reading the file again. Empty after {@link #open}, after a rebuild and
	 * on the second call.
	 */
	public synchronized Optional<byte[]> takeIndexAsRead() {
		Optional<byte[]> taken = Optional.ofNullable(indexAsRead);
		indexAsRead = null;
		return taken;
	}

	/**
	 * Completes the run commits a crashed or killed writer left behind (its lock died with it). A commit whose writer
	 * is still at work (its session lock is taken) is left to it; readers meanwhile see the session after the run.
	 */
	static boolean recoverInterruptedCommits(Path root) throws IOException {
		boolean any = false;
		StoreLocks locks = new StoreLocks(root);
		for (String sessionId : RunJournal.pendingSessions(root)) {
			try (StoreLocks.Held lock = locks.acquire(StoreLocks.sessionLock(sessionId), Duration.ZERO)) {
				any |= RunJournal.recover(root, sessionId);
			} catch (StoreLocks.LockTimeoutException busy) {
				// a live writer holds it and will finish its own commit
			}
		}
		return any;
	}

	/** @return the reason the index was rebuilt, or empty when it was current */
	public Optional<String> repairIndexIfStale() throws IOException {
		Optional<String> stale = IndexMaintenance.staleness(model);
		if (stale.isPresent()) {
			try (StoreLocks.Held lock = locks.acquire(StoreLocks.STORE, LOCK_WAIT)) {
				IndexMaintenance.rebuild(model);
			}
		}
		return stale;
	}

	public Path root() {
		return root;
	}

	public StoreLayout layout() {
		return new StoreLayout(root);
	}

	/** The live model (null for an {@link #unread} store until its first refresh). Change it only from the thread that owns it (the UI thread in the workbench). */
	public Store model() {
		return model;
	}

	public LazyLoader loader() {
		return loader;
	}

	/** Loads the details of sessions opened as summaries ({@link #openSummaries}); one per open store. */
	public SessionLoader sessionLoader() {
		return sessionLoader;
	}

	public StoreWriter writer() {
		return new StoreWriter(root);
	}

	/** The lock for changes that span sessions (index, creating sessions, the base). Take it before a session lock. */
	public StoreLocks.Held lockStore() throws IOException {
		return locks.acquire(StoreLocks.STORE, LOCK_WAIT);
	}

	/** One writer per session at a time, across processes. */
	public StoreLocks.Held lockSession(String sessionId) throws IOException {
		return locks.acquire(StoreLocks.sessionLock(SessionIds.requireValid(sessionId)), LOCK_WAIT);
	}

	/**
	 * Re-reads the store now and merges what changed into the live model, on the calling thread. Summaries stay
	 * summaries and loaded sessions stay loaded ({@link IndexFirstReader#readLike}).
	 */
	public void refresh() throws IOException {
		if (model == null) {
			model = StoreReader.read(root);
			loader = new LazyLoader(model);
			sessionLoader = new SessionLoader(model);
		} else {
			ModelMerger.merge(model, IndexFirstReader.readLike(model));
		}
	}

	/**
	 * Re-reads one session's folder and merges it into the model (removes it when it is gone), on the calling
	 * thread: what a writer that changed only that session needs, without reading the whole store again.
	 */
	public void refreshSession(String sessionId) throws IOException {
		if (model == null) {
			refresh();
			return;
		}
		ModelMerger.mergeSession(model, sessionId, StoreReader.readOneSession(root, sessionId));
	}

	/**
	 * Starts following changes made on disk by any program, with the system's file-system watches (capped by
	 * {@link WatchRegistration#MAX_WATCHES_PROPERTY}).
	 *
	 * @param modelThread where merges into the live model run (the UI passes its display's asyncExec)
	 * @param errors told about refreshes that failed (the UI logs them to the Error Log)
	 * @param degraded told once if the store cannot be watched and is polled instead (the UI warns the user)
	 */
	public void startWatching(Executor modelThread, Consumer<Exception> errors, Consumer<WatchDegraded> degraded) {
		startWatching(modelThread, errors, degraded, WatchRegistration.fromSystemProperties());
	}

	/**
	 * As {@link #startWatching(Executor, Consumer, Consumer)}, with the watches from {@code registration}. Registers the
	 * watches or takes the polling baseline on the calling thread (seconds for 100,000 sessions); {@link #close()} from
	 * another thread meanwhile stops it at once. Does nothing once the store is closed.
	 */
	public void startWatching(Executor modelThread, Consumer<Exception> errors, Consumer<WatchDegraded> degraded,
			WatchRegistration registration) {
		StoreWatcher starting;
		synchronized (this) {
			if (watcher != null || closed) {
				return;
			}
			starting = StoreWatcher.unstarted(model, modelThread, errors, degraded, registration, StoreWatcher.POLL_MILLIS);
			watcher = starting;
		}
		starting.start(); // outside the lock: closing must not wait for 200,000 folders
	}

	/** As {@link #startWatching(Executor, Consumer, Consumer)}; a fallback to polling is told to {@code errors}. */
	public void startWatching(Executor modelThread, Consumer<Exception> errors) {
		startWatching(modelThread, errors, d -> errors.accept(d.cause()));
	}

	/** Whether changes on disk are followed by polling, because the store could not be watched. */
	public synchronized boolean isPolled() {
		return watcher != null && watcher.isPolling();
	}

	/** Stops following changes on disk (a watcher still registering or scanning stops at once). */
	@Override
	public void close() throws IOException {
		StoreWatcher stopping;
		synchronized (this) {
			closed = true;
			stopping = watcher;
			watcher = null;
		}
		if (stopping != null) {
			stopping.close();
		}
	}
}
