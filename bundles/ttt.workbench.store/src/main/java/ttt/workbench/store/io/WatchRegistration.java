package ttt.workbench.store.io;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a {@link StoreWatcher} gets its file-system watches: the system's (inotify on Linux), or the system's with a cap
 * on their number. Watches are a per-user kernel resource (fs.inotify.max_user_watches, often 65,536 to 500,000,
 * shared by every program of the user; a store needs two per session): when they run out, registering fails with
 * "User limit of inotify watches reached" and the watcher falls back to polling. The cap fails the same way, earlier:
 * {@code -Dttt.workbench.store.maxWatches=N} leaves watches to other programs on a shared machine, and {@code 0}
 * polls from the start (for network file systems, where inotify does not see other machines' writes). Tests use it
 * to reach the limit on purpose.
 */
public interface WatchRegistration {

	/** The system property that caps the watches of every store opened afterwards (see the class comment). */
	String MAX_WATCHES_PROPERTY = "ttt.workbench.store.maxWatches";

	WatchService newWatchService() throws IOException;

	/** Watches {@code dir}'s entries being created, deleted and modified. */
	void register(Path dir, WatchService service) throws IOException;

	/**
	 * The system's watches, capped when {@link #MAX_WATCHES_PROPERTY} is set. A value that is not a number does not
	 * fail the open either: no watch is registered, and the warning names the value.
	 */
	static WatchRegistration fromSystemProperties() {
		String max = System.getProperty(MAX_WATCHES_PROPERTY);
		if (max == null || max.isBlank()) {
			return system();
		}
		try {
			return limitedTo(Integer.parseInt(max.trim()));
		} catch (NumberFormatException e) {
			return failing("-D" + MAX_WATCHES_PROPERTY + "=" + max + " is not a number of watches");
		}
	}

	/** Registers nothing: every watch fails with {@code reason}. */
	private static WatchRegistration failing(String reason) {
		WatchRegistration system = system();
		return new WatchRegistration() {
			@Override
			public WatchService newWatchService() throws IOException {
				return system.newWatchService();
			}

			@Override
			public void register(Path dir, WatchService service) throws IOException {
				throw new IOException(reason);
			}
		};
	}

	static WatchRegistration system() {
		return new WatchRegistration() {
			@Override
			public WatchService newWatchService() throws IOException {
				return FileSystems.getDefault().newWatchService();
			}

			@Override
			public void register(Path dir, WatchService service) throws IOException {
				dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
			}
		};
	}

	/** The system's watches, at most {@code max} of them; one more fails as the kernel's limit does. */
	static WatchRegistration limitedTo(int max) {
		WatchRegistration system = system();
		AtomicInteger used = new AtomicInteger();
		return new WatchRegistration() {
			@Override
			public WatchService newWatchService() throws IOException {
				return system.newWatchService();
			}

			@Override
			public void register(Path dir, WatchService service) throws IOException {
				if (used.incrementAndGet() > max) {
					throw new IOException("User limit of inotify watches reached (" + max + " set by -D" + MAX_WATCHES_PROPERTY + ")");
				}
				system.register(dir, service);
			}
		};
	}
}
