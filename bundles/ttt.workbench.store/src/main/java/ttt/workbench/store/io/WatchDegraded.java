package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A store watcher could not register its file-system watches (at open, or later for a new session folder) and polls
 * the store instead: what the workbench tells the user, once per store, in the status line and the Error Log.
 *
 * @param store the store's folder
 * @param cause why registering failed (e.g. "User limit of inotify watches reached")
 * @param pollMillis how often the store is now scanned for changes (at least; longer when a scan is slow)
 */
public record WatchDegraded(Path store, IOException cause, long pollMillis) {

	/** How every such message starts. */
	public static final String PREFIX = "Cannot watch the artifact store ";

	/** The short form for a status line: which store, how often, why. */
	public String statusLine() {
		return store + " is polled every " + interval() + " (not watched: " + cause.getMessage() + ")";
	}

	/** The full form for the Error Log. */
	public String message() {
		return PREFIX + store + " for changes by other programs (" + cause.getMessage()
				+ "): checking it every " + interval() + " instead. Changes by other programs appear after a short delay; raise fs.inotify.max_user_watches to watch again.";
	}

	private String interval() {
		return pollMillis % 1000 == 0 ? pollMillis / 1000 + " s" : pollMillis + " ms";
	}
}
