package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import ttt.workbench.store.StoreLayout;

/**
 * The stamps of the entries of every folder a {@link StoreWatcher} would watch (root, base, sessions, each session and
 * its runs): per regular file its identity, modification time and size; per folder its identity. Two snapshots differ
 * exactly where a watch would have reported an entry created, deleted or modified (a file written in place, or
 * renamed into place, e.g. index.json, meta.json, a session's growing update_events.jsonl), which lets polling
 * deliver the changes watching does. The cost is one directory listing per folder and one stat per entry.
 */
final class StoreSnapshot {

	private record Stamp(Object identity, long modifiedNanos, long size) {
	}

	/** folder → entry name → stamp; a folder that does not exist is absent */
	private final Map<Path, Map<String, Stamp>> folders;

	private StoreSnapshot(Map<Path, Map<String, Stamp>> folders) {
		this.folders = folders;
	}

	static StoreSnapshot take(Path root) {
		return take(root, () -> false);
	}

	/**
	 * As {@link #take(Path)}, given up as soon as {@code stopped} says so (checked between folders: a closed store's
	 * scan of 100,000 session folders ends at once instead of finishing for nobody).
	 *
	 * @return the snapshot, or null when stopped
	 */
	static StoreSnapshot take(Path root, BooleanSupplier stopped) {
		StoreLayout layout = new StoreLayout(root);
		Map<Path, Map<String, Stamp>> folders = new LinkedHashMap<>();
		list(root, folders);
		list(layout.baseDir(), folders);
		Map<String, Stamp> sessions = list(layout.sessionsDir(), folders);
		if (sessions != null) {
			for (Map.Entry<String, Stamp> e : sessions.entrySet()) {
				if (stopped.getAsBoolean()) {
					return null;
				}
				if (e.getValue().size() < 0) { // a folder
					Path session = layout.sessionsDir().resolve(e.getKey());
					list(session, folders);
					list(session.resolve(StoreLayout.RUNS_DIR), folders);
				}
			}
		}
		return new StoreSnapshot(folders);
	}

	/** The entries created, deleted or modified since {@code older}, in folders both snapshots list. */
	Set<Path> changedSince(StoreSnapshot older) {
		Set<Path> changed = new LinkedHashSet<>();
		for (Map.Entry<Path, Map<String, Stamp>> folder : folders.entrySet()) {
			Map<String, Stamp> before = older.folders.get(folder.getKey());
			if (before == null) {
				continue; // a new folder: its parent's listing reports it, as a watch on the parent would
			}
			Map<String, Stamp> now = folder.getValue();
			Set<String> names = new HashSet<>(before.keySet());
			names.addAll(now.keySet());
			for (String name : names) {
				if (!java.util.Objects.equals(before.get(name), now.get(name))) {
					changed.add(folder.getKey().resolve(name));
				}
			}
		}
		return changed;
	}

	/** How many entries were stamped: the work of one scan. */
	int entries() {
		return folders.values().stream().mapToInt(Map::size).sum();
	}

	/** Stamps {@code dir}'s entries into {@code folders}; @return them, or null when {@code dir} is not a folder */
	private static Map<String, Stamp> list(Path dir, Map<Path, Map<String, Stamp>> folders) {
		Map<String, Stamp> entries = new HashMap<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path entry : stream) {
				if (StoreWatcher.isIgnored(entry)) {
					continue;
				}
				Stamp stamp = stamp(entry);
				if (stamp != null) {
					entries.put(entry.getFileName().toString(), stamp);
				}
			}
		} catch (IOException e) {
			return null; // gone, or not a folder: as unwatchable as it is unlistable; its parent's listing shows the change
		}
		folders.put(dir, entries);
		return entries;
	}

	private static Stamp stamp(Path entry) {
		try {
			BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (a.isDirectory()) {
				// a folder's own time changes with its entries, which its own listing covers (watches report no such change)
				return new Stamp(a.fileKey(), 0, -1);
			}
			return new Stamp(a.fileKey(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.size());
		} catch (NoSuchFileException e) {
			return null; // removed between listing and stat
		} catch (IOException e) {
			return new Stamp(null, -1, -2); // present but unreadable: still an entry
		}
	}
}
