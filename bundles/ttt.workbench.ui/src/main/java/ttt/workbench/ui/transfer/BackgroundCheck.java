package ttt.workbench.ui.transfer;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Checks what a wizard page's fields name (a folder, a zip, a store) off the UI thread, a moment after the last
 * keystroke, and hands the latest answer to the page on the UI thread; an answer to fields that have changed since is
 * dropped. The checks read files; the UI thread never does.
 */
final class BackgroundCheck {

	/** Every check job belongs to this family ({@code Job.getJobManager().join(FAMILY, null)} in tests). */
	static final Object FAMILY = BackgroundCheck.class;
	private static final long DELAY_MS = 250;

	private final Control owner;
	private int generation;

	BackgroundCheck(Control owner) {
		this.owner = owner;
	}

	<T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
		int mine = ++generation;
		Job job = new Job("Checking " + what) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				T result = null;
				Exception error = null;
				try {
					result = work.call();
				} catch (Exception e) {
					error = e;
				}
				T r = result;
				Exception x = error;
				if (!owner.isDisposed()) {
					owner.getDisplay().asyncExec(() -> {
						if (owner.isDisposed() || mine != generation) {
							return;
						}
						if (x == null) {
							done.accept(r);
						} else {
							failed.accept(x);
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule(DELAY_MS);
	}

	/** Forgets the pending check (its answer will be dropped). */
	void invalidate() {
		generation++;
	}
}
