package ttt.workbench.store.io;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
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
 */
public final class StoreWatcher implements AutoCloseable {

	static final long SETTLE_MILLIS = 250;

	private final Path root;
	private final Store live;
	private final Executor modelThread;
	private final Consumer<Exception> errors;
	private final WatchService service;
	private final Thread thread;
	private volatile boolean closed;

	public StoreWatcher(Store live, Executor modelThread, Consumer<Exception> errors) throws IOException {
		this.root = Path.of(live.getRootPath());
		this.live = live;
		this.modelThread = modelThread;
		this.errors = errors;
		this.service = FileSystems.getDefault().newWatchService();
		registerTree();
		this.thread = new Thread(this::loop, "ttt-store-watcher " + root.getFileName());
		this.thread.setDaemon(true);
		this.thread.start();
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
			dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
		}
	}

	private static boolean isIgnored(Path p) {
		String name = p.getFileName().toString();
		return name.startsWith(".") || name.equals(StoreLocks.LOCK_DIR);
	}

	private void loop() {
		try {
			while (!closed) {
				WatchKey key = service.take();
				Set<Path> changed = new LinkedHashSet<>();
				boolean overflow = drain(key, changed);
				// settle: keep draining while events keep coming, then refresh once
				WatchKey more;
				while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					overflow |= drain(more, changed);
				}
				// decided once the writes settled: by then this process has noted the stamps of its own writes
				if (!closed && (overflow || changed.stream().anyMatch(p -> !OwnWrites.isOwn(p)))) {
					refresh();
				}
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// closed
		}
	}

	/** Adds the paths that changed to {@code changed}; @return whether events were lost (everything may have changed) */
	private boolean drain(WatchKey key, Set<Path> changed) {
		boolean overflow = false;
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
			if (event.kind() == ENTRY_CREATE) {
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
					errors.accept(e);
				}
			}
		}
		key.reset();
		return overflow;
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
		service.close();
		thread.interrupt();
	}
}
