package ttt.workbench.store.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What this process itself last wrote, renamed into place or removed in a store, with the file's stamp (inode,
 * modification time, size) just after. A store watcher asks {@link #isOwn} for each change it is told about: a path
 * that still has the stamp this process left is its own write (the program that made it has already put it into its
 * model) and is not read back; anything another program did since has another stamp, and is read.
 */
public final class OwnWrites {

	/** Enough for the paths of a large sweep's last commits; older ones have long been seen by any watcher. */
	private static final int KEPT = 50_000;
	private static final Object GONE = new Object();
	private static final Map<Path, Object> STAMPS = new LinkedHashMap<>(1024, 0.75f, false) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Object> eldest) {
			return size() > KEPT;
		}
	};

	private record Stamp(Object fileKey, long modifiedNanos, long size) {
	}

	private OwnWrites() {
	}

	/** {@code path} was just written or renamed into place by this process. */
	public static void wrote(Path path) {
		Object stamp = stamp(path);
		synchronized (STAMPS) {
			Path key = key(path);
			STAMPS.remove(key); // re-inserted last: the newest are kept longest
			STAMPS.put(key, stamp == null ? GONE : stamp);
		}
	}

	/** {@code path} was just removed or renamed away by this process. */
	public static void removed(Path path) {
		synchronized (STAMPS) {
			Path key = key(path);
			STAMPS.remove(key);
			STAMPS.put(key, GONE);
		}
	}

	/** Whether {@code path} is as this process last left it (written with this stamp, or removed and still absent). */
	public static boolean isOwn(Path path) {
		Object recorded;
		synchronized (STAMPS) {
			recorded = STAMPS.get(key(path));
		}
		if (recorded == null) {
			return false;
		}
		Object now = stamp(path);
		return recorded == GONE ? now == null : recorded.equals(now);
	}

	private static Path key(Path path) {
		return path.toAbsolutePath().normalize();
	}

	private static Object stamp(Path path) {
		try {
			BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			return new Stamp(a.fileKey(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.isDirectory() ? -1 : a.size());
		} catch (IOException e) {
			return null;
		}
	}
}
