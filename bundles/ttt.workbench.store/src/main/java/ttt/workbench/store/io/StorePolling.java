package ttt.workbench.store.io;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Polling in place of watching: each cycle takes a {@link StoreSnapshot} and compares it with the previous one.
 * Changes are held until a cycle sees no further change (the writes have settled, as the watcher's debounce waits
 * for), then handed out once. A session written by another program is therefore delivered by the second cycle after
 * its last write.
 */
final class StorePolling {

	private final Path root;
	private final Set<Path> pending = new LinkedHashSet<>();
	private StoreSnapshot last;
	private long lastScanNanos;

	/** Takes the baseline: what is on disk now counts as seen. */
	StorePolling(Path root) {
		this.root = root;
		this.last = scan();
	}

	/** One cycle. @return the changes that have settled since they were seen (empty when nothing to deliver) */
	synchronized Set<Path> poll() {
		StoreSnapshot now = scan();
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
		StoreSnapshot snapshot = StoreSnapshot.take(root);
		lastScanNanos = System.nanoTime() - start;
		return snapshot;
	}
}
