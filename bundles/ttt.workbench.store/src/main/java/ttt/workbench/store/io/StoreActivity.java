package ttt.workbench.store.io;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the store does that costs: reading the whole store ({@link StoreReader#read}), reading one large part
 * ({@link LazyLoader}: curves, a trajectory, weights) and merging a fresh read into a live model ({@link ModelMerger}).
 * Observers see each as it happens, on the thread that does it: the workbench's tests count whole-store reads and
 * merges per run, and fail when a part is read on the UI thread. With no observer it costs one list look-up.
 */
public final class StoreActivity {

	public enum Kind {
		/** Every meta, metrics and index file of the store ({@link StoreReader#read}). */
		WHOLE_STORE_READ,
		/** One session's folder ({@link StoreReader#readOneSession}), for a writer that changed only that session. */
		SESSION_READ,
		/** One large file of a run, a session or the base ({@link LazyLoader}), or the same read for a view. */
		PART_READ,
		/** A fresh read merged into a live model ({@link ModelMerger#merge}). */
		MERGE
	}

	/** Told about each activity on the thread that performs it; must be quick and must not throw. */
	@FunctionalInterface
	public interface Observer {
		void happened(Kind kind, Path path);
	}

	private static final List<Observer> OBSERVERS = new CopyOnWriteArrayList<>();

	private StoreActivity() {
	}

	/** Starts observing; closing the result stops. */
	public static AutoCloseable observe(Observer observer) {
		OBSERVERS.add(observer);
		return () -> OBSERVERS.remove(observer);
	}

	/** Reports an activity: the store's readers call it, and so do views that read a store's file themselves. */
	public static void report(Kind kind, Path path) {
		for (Observer o : OBSERVERS) {
			o.happened(kind, path);
		}
	}
}
