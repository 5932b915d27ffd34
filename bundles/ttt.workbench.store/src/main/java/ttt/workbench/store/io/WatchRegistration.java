package ttt.workbench.store.io;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.Optional;
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

	/** Where Linux says how many watches each user may have (absent elsewhere, and on systems without inotify). */
	Path SYSTEM_LIMIT_FILE = Path.of("/proc/sys/fs/inotify/max_user_watches");

	/**
	 * The most watches this registration can give, and who set that number.
	 *
	 * @param watches the number of watches
	 * @param setBy what sets it, for the user's message (the kernel setting or the system property)
	 */
	record Limit(long watches, String setBy) {
	}

	WatchService newWatchService() throws IOException;

	/**
	 * The most watches registering can get, when known: a store that needs more is polled from the start rather than
	 * registering watches until they run out (a store of 100,000 sessions needs 200,000, above many machines' limit,
	 * and registering then giving them back costs seconds of CPU). Empty when unknown: registering finds out.
	 */
	default Optional<Limit> limit() {
		return Optional.empty();
	}

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
			public Optional<Limit> limit() {
				return limitIn(SYSTEM_LIMIT_FILE);
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
			public Optional<Limit> limit() {
				Optional<Limit> kernel = system.limit();
				return kernel.isPresent() && kernel.get().watches() < max ? kernel : Optional.of(new Limit(max, "-D" + MAX_WATCHES_PROPERTY));
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

	/**
	 * The kernel's per-user limit of watches as written in {@code file} (the system's is {@link #SYSTEM_LIMIT_FILE});
	 * empty when the file is absent, unreadable or not a number: nothing is decided up front then.
	 */
	static Optional<Limit> limitIn(Path file) {
		// read by lines: Files.readString trusts the size a /proc file reports (0) and returns its first character only
		try (BufferedReader in = Files.newBufferedReader(file)) {
			String line = in.readLine();
			return line == null ? Optional.empty() : Optional.of(new Limit(Long.parseLong(line.trim()), "fs.inotify.max_user_watches"));
		} catch (IOException | NumberFormatException | SecurityException e) {
			return Optional.empty();
		}
	}
}
