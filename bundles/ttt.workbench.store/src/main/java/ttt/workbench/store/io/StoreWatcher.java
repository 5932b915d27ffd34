package ttt.workbench.store.io;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;


import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;


import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.OwnWrites;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.Store;

/**
 * Notices changes other programs make to a store (the Python reference, a command line, a second workbench) and
 * brings the live model up to date. File-system events are debounced: a run writes a dozen files, the model is
 * refreshed once, when the writes have settled. Reading happens on the watcher's own thread; merging into the
 * model is handed to {@code modelThread} (the UI passes its display's asyncExec) so the model only changes on the
 * thread that owns it and EMF notifications reach observers there. Changes this process made itself
 * ({@link OwnWrites}: the workbench's jobs merge what they wrote into the live model) are not read back.
 * <p>
 * Watching degrades, never blocks: when the watches cannot be registered (the user's inotify watches are used up,
 * at open or later for one new session folder) the watcher gives back the watches it holds, says so once through
 * {@code degraded}, and from then on polls the store ({@link StorePolling}), delivering the same refreshes. A store that
 * needs more watches than the user may have at all ({@link WatchRegistration#limit()}) is polled from the start, with
 * the same warning: registering 200,000 watches only to give them back cost seconds of CPU at every open.
 */
public final class StoreWatcher implements AutoCloseable {

	static final long SETTLE_MILLIS = 250;

	/**
	 * How often a store that cannot be watched is scanned for changes. A constant for now (a scan of the demo store
	 * takes about a millisecond); the workbench's preferences may make it a setting. A slow scan stretches it, see
	 * {@link #SCAN_TIME_FACTOR}.
	 */
	public static final long POLL_MILLIS = 2_000;

	/** Polling waits at least this many times as long as its last scan took: at most about a tenth of one core. */
	static final int SCAN_TIME_FACTOR = 10;

	private final Path root;
	private final Store live;
	private final Executor modelThread;
	private final Consumer<Exception> errors;
	private final Consumer<WatchDegraded> degraded;
	private final WatchRegistration registration;
	private final long pollMillis;
	private final Object wake = new Object();
	private volatile Thread thread; // set once started
	private boolean started; // guarded by wake
	private volatile WatchService service; // null once polling
	private volatile StorePolling polling; // set when watching degraded
	private volatile boolean closed;

	/** Watches with the system's watches (capped by {@link WatchRegistration#MAX_WATCHES_PROPERTY}); a fallback to polling is reported to {@code errors}. */
	public StoreWatcher(Store live, Executor modelThread, Consumer<Exception> errors) {
		this(live, modelThread, errors, d -> errors.accept(d.cause()), WatchRegistration.fromSystemProperties(), POLL_MILLIS);
	}

	/**
	 * Starts watching at once: when the constructor returns, the store is watched or its polling baseline is taken, so
	 * whatever is written afterwards is seen.
	 *
	 * @param errors told about refreshes that failed
	 * @param degraded told once, if the watches cannot be registered and the store is polled instead
	 * @param registration where the watches come from
	 * @param pollMillis how often to poll once degraded (at least; see {@link #SCAN_TIME_FACTOR})
	 */
	public StoreWatcher(Store live, Executor modelThread, Consumer<Exception> errors, Consumer<WatchDegraded> degraded,
			WatchRegistration registration, long pollMillis) {
		this(live, modelThread, errors, degraded, registration, pollMillis, true);
	}

	private StoreWatcher(Store live, Executor modelThread, Consumer<Exception> errors, Consumer<WatchDegraded> degraded,
			WatchRegistration registration, long pollMillis, boolean start) {
		this.root = Path.of(live.getRootPath());
		this.live = live;
		this.modelThread = modelThread;
		this.errors = errors;
		this.degraded = degraded;
		this.registration = registration;
		this.pollMillis = pollMillis;
		if (start) {
			start();
		}
	}

	/**
	 * A watcher that does nothing until {@link #start()}: its owner can hold it, and so {@link #close()} it, while
	 * another thread registers its watches or takes its polling baseline (seconds for 100,000 sessions).
	 */
	public static StoreWatcher unstarted(Store live, Executor modelThread, Consumer<Exception> errors, Consumer<WatchDegraded> degraded,
			WatchRegistration registration, long pollMillis) {
		return new StoreWatcher(live, modelThread, errors, degraded, registration, pollMillis, false);
	}

	/**
	 * Registers the watches, or, when the store needs more than the registration's {@link WatchRegistration#limit()}
	 * or they run out, takes the polling baseline and says so once; then follows changes on a thread of its own. Runs on
	 * the calling thread until then. A {@link #close()} meanwhile, from any thread, stops it between two folders and
	 * gives back the watches it holds.
	 */
	public void start() {
		synchronized (wake) {
			if (started) {
				throw new IllegalStateException("started twice: " + root);
			}
			started = true;
		}
		Optional<IOException> beyondLimit = beyondLimit();
		if (beyondLimit.isPresent()) {
			degrade(beyondLimit.get(), Set.of()); // no watch registered only to be given back
		} else {
			try {
				this.service = registration.newWatchService();
				registerTree();
			} catch (IOException e) {
				if (!closed) {
					degrade(e, Set.of()); // the baseline is taken here: whatever is written after start returns is seen
				}
			} catch (ClosedWatchServiceException e) {
				// closed while registering
			}
		}
		if (closed) {
			giveBackWatches(); // close() may have read the service before it was set
			return;
		}
		Thread t = new Thread(this::run, "ttt-store-watcher " + root.getFileName());
		t.setDaemon(true);
		t.setPriority(Thread.MIN_PRIORITY); // the user's work first: following other programs' changes can wait a moment
		thread = t;
		t.start();
		if (closed) {
			t.interrupt();
		}
	}

	/**
	 * Why the store cannot be watched, when that is known before registering: it needs about two watches per session
	 * (its folder and its runs folder), and the registration's limit is lower.
	 */
	private Optional<IOException> beyondLimit() {
		Optional<WatchRegistration.Limit> limit = registration.limit();
		long needed = 2L * live.getSessions().size();
		if (limit.isEmpty() || needed <= limit.get().watches()) {
			return Optional.empty();
		}
		return Optional.of(new IOException("User limit of inotify watches reached (" + limit.get().watches() + " set by "
				+ limit.get().setBy() + "; the store's " + live.getSessions().size() + " sessions need " + needed + ")"));
	}

	private void giveBackWatches() {
		WatchService held = service;
		service = null;
		if (held != null) {
			try {
				held.close();
			} catch (IOException e) {
				errors.accept(e);
			}
		}
	}

	/** Whether the store is polled because it could not be watched. */
	public boolean isPolling() {
		return polling != null;
	}

	/** Watches every folder whose entries matter: root, base, sessions, each session and its runs. */
	private void registerTree() throws IOException {
		StoreLayout layout = new StoreLayout(root);
		register(root);
		register(layout.baseDir());
		register(layout.sessionsDir());
		if (Files.isDirectory(layout.sessionsDir())) {
			try (Stream<Path> sessions = Files.list(layout.sessionsDir())) {
				for (Path s : sessions.toList()) {
					if (closed) {
						return; // the store was closed: the watches are given back by start
					}
					registerSession(s);
				}
			}
		}
	}

	private void registerSession(Path sessionDir) throws IOException {
		if (isIgnored(sessionDir) || !Files.isDirectory(sessionDir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		register(sessionDir);
		register(sessionDir.resolve(StoreLayout.RUNS_DIR));
	}

	private void register(Path dir) throws IOException {
		if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			registration.register(dir, service);
		}
	}

	static boolean isIgnored(Path p) {
		String name = p.getFileName().toString();
		return name.startsWith(".") || name.equals(StoreLocks.LOCK_DIR);
	}

	private void run() {
		try {
			if (polling == null) {
				watch(); // returns when closed, or when a watch could not be registered
			}
			if (!closed) {
				poll();
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// closed
		}
	}

	private void watch() throws InterruptedException {
		while (!closed) {
			WatchKey key = service.take();
			Set<Path> changed = new LinkedHashSet<>();
			Drained drained = drain(key, changed);
			boolean overflow = drained.overflow;
			IOException unregistered = drained.unregistered;
			// settle: keep draining while events keep coming, then refresh once
			WatchKey more;
			while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
				drained = drain(more, changed);
				overflow |= drained.overflow;
				unregistered = unregistered != null ? unregistered : drained.unregistered;
			}
			if (unregistered != null && !closed) {
				degrade(unregistered, changed); // a new session folder could not be watched: poll everything from now on
				return;
			}
			// decided once the writes settled: by then this process has noted the stamps of its own writes
			if (!closed && (overflow || changed.stream().anyMatch(p -> !OwnWrites.isOwn(p)))) {
				refresh();
			}
		}
	}

	private record Drained(boolean overflow, IOException unregistered) {
	}

	/** Adds the paths that changed to {@code changed}; tells whether events were lost and whether a new folder could not be watched */
	private Drained drain(WatchKey key, Set<Path> changed) {
		boolean overflow = false;
		IOException unregistered = null;
		Path dir = (Path) key.watchable();
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == OVERFLOW) {
				overflow = true;
				continue;
			}
			Path child = dir.resolve((Path) event.context());
			if (isIgnored(child)) {
				continue;
			}
			changed.add(child);
			if (event.kind() == ENTRY_CREATE && unregistered == null) {
				try {
					Path parent = child.getParent();
					if (parent.equals(new StoreLayout(root).sessionsDir())) {
						registerSession(child);
					} else if (child.getFileName().toString().equals(StoreLayout.RUNS_DIR)
							|| child.getFileName().toString().equals(StoreLayout.BASE_DIR)
							|| child.getFileName().toString().equals(StoreLayout.SESSIONS_DIR)) {
						register(child);
					}
				} catch (IOException e) {
					unregistered = e;
				}
			}
		}
		key.reset();
		return new Drained(overflow, unregistered);
	}

	/**
	 * Gives back every watch (other programs of the user need them too), takes the polling baseline, says so once,
	 * and reads the store if changes seen before the baseline still wait: nothing written before or after is missed.
	 */
	private void degrade(IOException cause, Collection<Path> seenBeforeBaseline) {
		giveBackWatches();
		StorePolling baseline = new StorePolling(root, () -> closed);
		if (baseline.stopped()) {
			return; // closed while the baseline was taken: nobody to tell
		}
		polling = baseline;
		degraded.accept(new WatchDegraded(root, cause, pollMillis));
		if (seenBeforeBaseline.stream().anyMatch(p -> !OwnWrites.isOwn(p))) {
			refresh();
		}
	}

	private void poll() throws InterruptedException {
		while (!closed) {
			long scanMillis = TimeUnit.NANOSECONDS.toMillis(polling.lastScanNanos());
			long wait = polling.settling() ? SETTLE_MILLIS : Math.max(pollMillis, SCAN_TIME_FACTOR * scanMillis);
			synchronized (wake) {
				if (!closed) {
					wake.wait(wait);
				}
			}
			if (!closed) {
				pollNow();
			}
		}
	}

	/**
	 * One polling cycle now, on the calling thread (the watcher's own thread calls it every {@link #POLL_MILLIS};
	 * tests call it to drive polling without waiting). Refreshes the model when changes by another program have
	 * settled. Does nothing while the store is watched.
	 */
	void pollNow() {
		StorePolling p = polling;
		if (p == null || closed) {
			return;
		}
		Set<Path> settled = p.poll();
		if (!closed && settled.stream().anyMatch(path -> !OwnWrites.isOwn(path))) {
			refresh();
		}
	}

	private void refresh() {
		try {
			Store fresh = IndexFirstReader.readLike(live); // summaries stay summaries, loaded sessions are re-read
			modelThread.execute(() -> ModelMerger.merge(live, fresh));
		} catch (IOException | RuntimeException e) {
			errors.accept(e);
		}
	}

	@Override
	public void close() throws IOException {
		closed = true;
		synchronized (wake) {
			wake.notifyAll();
		}
		WatchService held = service;
		if (held != null) {
			held.close();
		}
		Thread t = thread;
		if (t != null) {
			t.interrupt();
		}
	}
}
