package ttt.workbench.ui.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.WatchDegraded;

/**
 * The artifact store the workbench shows. Opening reads the store in a background job, as summaries (the index's
 * keys and the tree; {@code Session.detailsState} NOT_LOADED): whatever shows or writes a session's details asks the
 * store's {@code sessionLoader()} for them off the UI thread ({@code ModelLoader.loadDetails}, the write jobs, the
 * Sessions table's visible rows). The live model is then
 * changed only on the UI thread (the store's watcher merges changes made by other programs through
 * {@code Display.asyncExec}), so views can observe it with EMF adapters and paint directly.
 */
public final class ActiveStore {

	private static final ActiveStore INSTANCE = new ActiveStore();
	private static final String PLUGIN_ID = "ttt.workbench.ui";

	/**
	 * Stores of up to this many sessions get every session's details in the open job (what a full open read), so
	 * every part shows them at once; larger stores stay summaries and the parts ask for what they show.
	 */
	public static final int DETAILS_AT_OPEN_UP_TO = 5_000;

	/**
	 * How long the open job of a large store waits for the store to be shown before it starts watching it (registering
	 * watches or taking the polling baseline of 100,000 session folders takes seconds of CPU; on two cores it would
	 * slow the first picture down). What another program writes meanwhile is read at the next change it makes, as
	 * anything written between reading the store and watching it always was.
	 */
	static final long SHOWN_WAIT_MILLIS = 10_000;

	private final List<Consumer<ArtifactStore>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<WatchDegraded>> watchWarningListeners = new CopyOnWriteArrayList<>();
	/** stores that are polled because they could not be watched; changed on the UI thread only */
	private final Map<ArtifactStore, WatchDegraded> watchWarnings = new WeakHashMap<>();
	private volatile ArtifactStore store;

	private ActiveStore() {
	}

	public static ActiveStore get() {
		return INSTANCE;
	}

	public ArtifactStore store() {
		return store;
	}

	/** Called on the UI thread whenever another store becomes active (and once right away if one is). */
	public void addListener(Consumer<ArtifactStore> listener) {
		listeners.add(listener);
		if (store != null) {
			listener.accept(store);
		}
	}

	public void removeListener(Consumer<ArtifactStore> listener) {
		listeners.remove(listener);
	}

	/** Opens {@code root} in a job with progress; errors go to a dialog and the Error Log through the job's status. */
	public Job open(Path root, Display display) {
		Job job = Job.create("Opening artifact store " + root, (IProgressMonitor monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Reading " + root, 2);
			ArtifactStore opened;
			try {
				// summaries from index.json: 100,000 sessions open in seconds; parts load the details they show
				opened = ArtifactStore.openSummaries(root);
			} catch (IOException e) {
				return new Status(IStatus.ERROR, PLUGIN_ID, "Cannot open the artifact store " + root + ": " + e.getMessage(), e);
			}
			if (opened.model().getSessions().size() <= DETAILS_AT_OPEN_UP_TO) {
				// a store of ordinary size is shown whole, as before: its details take a second at most (parallel reads)
				opened.sessionLoader().ensureLoaded(opened.model().getSessions()); // the job owns the model until activation
			}
			progress.worked(1);
			CountDownLatch shown = new CountDownLatch(1);
			display.asyncExec(() -> { // shown now: watching 100,000 session folders takes longer than reading
				try {
					activate(opened);
				} finally {
					shown.countDown();
				}
			});
			if (opened.model().getSessions().size() > DETAILS_AT_OPEN_UP_TO) {
				awaitShown(shown); // the tree first: the watches or the polling baseline then have the cores to themselves
			}
			ArtifactStore previous = store;
			if (previous != null && previous != opened) {
				closeQuietly(previous); // its watches first (the system allows about 200,000); activating closes it again, harmlessly
			}
			progress.subTask("Watching " + root + " for changes by other programs");
			// never fails the open: a store that cannot be watched (inotify watches used up) is polled instead
			opened.startWatching(display::asyncExec,
					e -> ILog.of(ActiveStore.class).log(Status.warning("Refreshing " + root + " failed: " + e.getMessage(), e)),
					degraded -> watchDegraded(opened, degraded, display));
			progress.worked(1);
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/**
	 * Waits until the store is shown, at most {@link #SHOWN_WAIT_MILLIS}: bounded, since a UI thread that joins the open
	 * job cannot show it before the job ends.
	 */
	private static void awaitShown(CountDownLatch shown) {
		try {
			shown.await(SHOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The store's watches could not be registered and it is polled: said once per store, in the Error Log (a warning
	 * naming the store and the cause) and in the status line of every window while the store is the active one.
	 */
	private void watchDegraded(ArtifactStore polled, WatchDegraded degraded, Display display) {
		ILog.of(ActiveStore.class).log(Status.warning(degraded.message(), degraded.cause()));
		display.asyncExec(() -> {
			watchWarnings.put(polled, degraded);
			if (store == polled) {
				showWatchWarning(degraded);
			}
		});
	}

	/** Called on the UI thread with the active store's watch warning, or null when the active store is watched. */
	public void addWatchWarningListener(Consumer<WatchDegraded> listener) {
		watchWarningListeners.add(listener);
		if (store != null) {
			listener.accept(watchWarnings.get(store));
		}
	}

	private void showWatchWarning(WatchDegraded warning) {
		for (Consumer<WatchDegraded> l : watchWarningListeners) {
			l.accept(warning);
		}
	}

	private static void closeQuietly(ArtifactStore s) {
		try {
			s.close();
		} catch (IOException e) {
			ILog.of(ActiveStore.class).log(Status.warning("Closing " + s.root() + " failed", e));
		}
	}

	private void activate(ArtifactStore opened) {
		ArtifactStore previous = store;
		store = opened;
		RecentStores.remember(opened.root());
		if (previous != null) {
			closeQuietly(previous);
			watchWarnings.remove(previous);
		}
		for (Consumer<ArtifactStore> l : listeners) {
			l.accept(opened);
		}
		showWatchWarning(watchWarnings.get(opened)); // a store that degraded before it was shown, or null: clears the last one
	}
}
