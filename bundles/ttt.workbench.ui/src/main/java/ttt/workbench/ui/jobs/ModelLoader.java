package ttt.workbench.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.events.DisposeListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;

/**
 * The one way the workbench loads the large parts of a store (curves, trajectories, weights, the base checkpoint):
 * the files are read by a system job, never on the UI thread, and what was read is applied to the live model on the
 * UI thread (where the model may change), then the part is told. Meanwhile the part shows that it is loading; on a
 * failure it shows the message, which names the file. Disposing the part cancels the job.
 */
public final class ModelLoader {

	/** Every loading job belongs to this family ({@code Job.getJobManager().join(FAMILY, null)} in tests). */
	public static final Object FAMILY = ModelLoader.class;
	private static final String PLUGIN_ID = "ttt.workbench.ui";

	private ModelLoader() {
	}

	/** Whether a part in state {@code s} has been looked for on disk (loaded, missing or unreadable). */
	public static boolean settled(LoadState s) {
		return s != null && s != LoadState.NOT_LOADED;
	}

	/**
	 * Reads {@code loads} in one job, applies them on the UI thread in order, then runs {@code whenLoaded} while
	 * {@code owner} lives. A reader that throws (a bug, not a bad file: those are states and problems) reaches
	 * {@code whenFailed} with nothing applied.
	 */
	public static Job load(Control owner, String what, List<? extends LazyLoader.Load<?>> loads, Runnable whenLoaded,
			Consumer<Exception> whenFailed) {
		Display display = owner.getDisplay();
		Job[] self = new Job[1];
		DisposeListener cancelWithOwner = e -> self[0].cancel();
		Runnable stopListening = () -> {
			if (!owner.isDisposed()) {
				owner.removeDisposeListener(cancelWithOwner); // a part loads many times: keep no listener per load
			}
		};
		Job job = new Job("Loading " + what) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, "Reading " + what, loads.size());
				List<LazyLoader.Apply<?>> read = new ArrayList<>();
				try {
					for (LazyLoader.Load<?> load : loads) {
						if (progress.isCanceled()) {
							return Status.CANCEL_STATUS;
						}
						read.add(load.read());
						progress.worked(1);
					}
				} catch (RuntimeException e) {
					onUi(display, owner, () -> {
						stopListening.run();
						whenFailed.accept(e);
					});
					return new Status(IStatus.WARNING, PLUGIN_ID, "Cannot load " + what + ": " + e.getMessage(), e);
				}
				onUi(display, null, () -> {
					stopListening.run();
					read.forEach(LazyLoader.Apply::apply); // into the model even if the part closed: the next one finds it
					if (!owner.isDisposed()) {
						whenLoaded.run();
					}
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		self[0] = job;
		job.setSystem(true);
		owner.addDisposeListener(cancelWithOwner);
		job.schedule();
		return job;
	}

	/**
	 * Loads the details of a session opened as a summary (meta, metrics, runs, events: {@code Session.detailsState})
	 * in a job of this family: read on the job's thread and the common pool, applied on the UI thread, where the
	 * model's notifications tell the parts (the session editor's pages refresh and then load their curves as usual).
	 * Nothing is scheduled for a session already loaded. Returns the job, or null when there was nothing to load.
	 */
	public static Job loadDetails(ArtifactStore store, Session session, Display display) {
		if (session == null || store.sessionLoader() == null || SessionLoader.isLoaded(session)) {
			return null;
		}
		Job job = new Job("Loading session " + session.getId()) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					store.sessionLoader().requestLoad(List.of(session), display::asyncExec).join(); // never on the UI thread
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					return new Status(IStatus.WARNING, PLUGIN_ID, "Cannot load session " + session.getId() + ": " + e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/**
	 * The details of the one session a dialog is about to show (Fork, Run, Edit Note, Delete ask about the selected
	 * session): read now, on the calling thread. One session's folder takes 1–3 ms, less than the dialog's own
	 * creation, and the dialog must not open on a summary (no runs, no settings, no note). Loaded sessions cost nothing.
	 */
	public static Session withDetails(ArtifactStore store, Session session) {
		if (session != null && store.sessionLoader() != null && !SessionLoader.isLoaded(session)) {
			store.sessionLoader().ensureLoaded(session);
		}
		return session;
	}

	/** One load whose value the part wants. */
	public static <T> Job load(Control owner, String what, LazyLoader.Load<T> load, Consumer<? super T> whenLoaded,
			Consumer<Exception> whenFailed) {
		Object[] value = new Object[1];
		LazyLoader.Load<T> keeping = () -> {
			LazyLoader.Apply<T> apply = load.read();
			return () -> {
				T v = apply.apply();
				value[0] = v;
				return v;
			};
		};
		return load(owner, what, List.of(keeping), () -> {
			@SuppressWarnings("unchecked")
			T v = (T) value[0];
			whenLoaded.accept(v);
		}, whenFailed);
	}

	private static void onUi(Display display, Control owner, Runnable r) {
		try {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (owner == null || !owner.isDisposed()) {
						r.run();
					}
				});
			}
		} catch (SWTException closing) {
			// the workbench is shutting down
		}
	}
}
