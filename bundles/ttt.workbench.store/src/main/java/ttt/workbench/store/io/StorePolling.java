package ttt.workbench.store.io;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Polling in place of watching: each cycle takes a {@link StoreSnapshot} and compares it with the previous one.
 * Changes are held until a cycle sees no further change (the writes have settled, as the watcher's debounce waits
 * for), then handed out once. A session written by another program is therefore delivered by the second cycle after
 * its last write.
 */
final class StorePolling {

	private final Path root;
	private final BooleanSupplier stopped;
	private final Set<Path> pending = new LinkedHashSet<>();
	private StoreSnapshot last;
	private long lastScanNanos;

	/**
	 * Takes the baseline: what is on disk now counts as seen.
	 *
	 * @param stopped whether the watcher was closed: a scan under way is given up (see {@link #stopped()})
	 */
	StorePolling(Path root, BooleanSupplier stopped) {
		this.root = root;
		this.stopped = stopped;
		this.last = scan();
	}

	/** Whether the baseline was given up because the watcher was closed while it was taken. */
	synchronized boolean stopped() {
		return last == null;
	}

	/** One cycle. @return the changes that have settled since they were seen (empty when nothing to deliver) */
	synchronized Set<Path> poll() {
		StoreSnapshot now = scan();
		if (now == null || last == null) {
			return Set.of(); // closed meanwhile
		}
		Set<Path> changed = now.changedSince(last);
		last = now;
		if (!changed.isEmpty()) {
			pending.addAll(changed);
			return Set.of();
		}
		Set<Path> settled = new LinkedHashSet<>(pending);
		pending.clear();
		return settled;
	}

	/** Whether changes wait for the writes to settle (the next cycle should come soon). */
	synchronized boolean settling() {
		return !pending.isEmpty();
	}

	/** How long the last scan took: polling waits a multiple of it, so that it never takes much of a core. */
	synchronized long lastScanNanos() {
		return lastScanNanos;
	}

	private StoreSnapshot scan() {
		long start = System.nanoTime();
		StoreSnapshot snapshot = StoreSnapshot.take(root, stopped);
		lastScanNanos = System.nanoTime() - start;
		return snapshot;
	}
}
