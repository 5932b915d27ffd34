package ttt.workbench.store.io;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * Reads the details of sessions that were read from {@code index.json} as summaries ({@link IndexFirstReader}):
 * meta, metrics, runs and events, exactly as {@link StoreReader} reads them, then puts them into the live session
 * and sets its {@link Session#getDetailsState() detailsState} (LOADED, or MISSING/FAILED with a problem naming the
 * file). The one way to get at what only a meta has (configs, base hash, fork note, optimizer, metrics, runs,
 * events).
 *
 * <p>Threads: reading touches no model object but the session's id, so any number of threads may read at once;
 * putting the details in changes the model, so it happens under one lock per store, and callers that own the model
 * on a thread (the UI) use {@link #requestLoad} to have it done there. A session is read once even when several
 * threads ask for it together. No file lock is taken: writers replace whole files by renaming, so a read never sees
 * half a file, and a store-lock holder may call this without deadlock. EMF adapters run while the lock is held and
 * must not wait for another thread that might itself load (UI adapters hand over with asyncExec, never syncExec).
 */
public final class SessionLoader {

	/** The details of one session, read off the model; null session when there was none to read (see problems). */
	public static final class Details {
		final StoreReader.FolderRead read;
		final boolean metaExists;

		Details(StoreReader.FolderRead read, boolean metaExists) {
			this.read = read;
			this.metaExists = metaExists;
		}
	}

	private final Store store;
	private final Path root;
	private final StoreLayout layout;
	private final Object modelLock = new Object();
	private final ConcurrentHashMap<String, CompletableFuture<Details>> reading = new ConcurrentHashMap<>();

	public SessionLoader(Store store) {
		this.store = store;
		this.root = Path.of(store.getRootPath());
		this.layout = new StoreLayout(root);
	}

	/** True when the session's details are in the model, or reading them was tried and failed (a problem says why). */
	public static boolean isLoaded(Session session) {
		return session.getDetailsState() != LoadState.NOT_LOADED;
	}

	/** Loads the session's details on the calling thread unless they are already there; returns the session. */
	public Session ensureLoaded(Session session) {
		if (!isLoaded(session)) {
			apply(session, read(session));
		}
		return session;
	}

	/** Loads many sessions' details: reads them in parallel, then puts them in on the calling thread. */
	public void ensureLoaded(Collection<Session> sessions) {
		List<Session> todo = sessions.stream().filter(s -> !isLoaded(s)).distinct().toList();
		List<Details> details = todo.parallelStream().map(this::read).toList();
		for (int i = 0; i < todo.size(); i++) {
			apply(todo.get(i), details.get(i));
		}
	}

	/**
	 * Reads the sessions' details on background threads and puts them in on {@code modelThread} (the UI passes its
	 * display's asyncExec); the future completes there, after the last one. Sessions already loaded cost nothing.
	 */
	public CompletableFuture<Void> requestLoad(Collection<Session> sessions, Executor modelThread) {
		List<Session> todo = sessions.stream().filter(s -> !isLoaded(s)).distinct().toList();
		if (todo.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		return CompletableFuture.supplyAsync(() -> todo.parallelStream().map(this::read).toList(), ForkJoinPool.commonPool())
				.thenAcceptAsync(details -> {
					for (int i = 0; i < todo.size(); i++) {
						apply(todo.get(i), details.get(i));
					}
				}, modelThread);
	}

	/**
	 * Reads a session's details without changing the model; thread-safe. Concurrent reads of one session share one
	 * reading of its files.
	 */
	public Details read(Session session) {
		String id = session.getId();
		CompletableFuture<Details> mine = new CompletableFuture<>();
		CompletableFuture<Details> running = reading.putIfAbsent(id, mine);
		if (running != null) {
			return running.join();
		}
		try {
			Path folder = layout.sessionDir(id);
			Details details = new Details(StoreReader.readFolder(root, folder),
					Files.exists(folder.resolve(StoreLayout.SESSION_META), LinkOption.NOFOLLOW_LINKS));
			mine.complete(details);
			return details;
		} catch (RuntimeException | Error e) {
			mine.completeExceptionally(e);
			throw e;
		} finally {
			reading.remove(id, mine);
		}
	}

	/** Puts read details into the live session, once; on the thread that owns the model. */
	public void apply(Session live, Details details) {
		synchronized (modelLock) {
			if (isLoaded(live)) {
				return; // another thread was first
			}
			store.getProblems().addAll(details.read.problems());
			Session fresh = details.read.session();
			if (fresh == null) {
				live.setDetailsState(details.metaExists ? LoadState.FAILED : LoadState.MISSING);
				return;
			}
			if (!IndexCodec.summary(live).equals(IndexCodec.summary(fresh))) {
				new Problems(store, root).warning(layout.index(), "its summary of session \"" + live.getId()
						+ "\" differs from the session's meta.json; the meta is shown ('ttt check --repair' or the next change to the store rewrites the index)");
			}
			ModelMerger.mergeSession(live, fresh);
			live.setDetailsState(LoadState.LOADED);
		}
	}
}
