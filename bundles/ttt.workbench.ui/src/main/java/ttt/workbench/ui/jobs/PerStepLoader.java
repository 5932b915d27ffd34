package ttt.workbench.ui.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.io.StoreFiles;

/**
 * Reads a run's per_step.csv off the UI thread for views that show curves without going through the model's lazy
 * loader (the Session Tree's chart, Compare), and hands the table, or the failure, to the UI thread while
 * {@code owner} is alive. Failures are also logged as warnings through the job's status.
 */
public final class PerStepLoader {

	private PerStepLoader() {
	}

	public static void load(Control owner, Path storeRoot, String sessionId, String runId, Consumer<PerStepTable> whenRead,
			Consumer<Exception> whenFailed) {
		Path file = new StoreLayout(storeRoot).runDir(sessionId, runId).resolve(StoreLayout.RUN_PER_STEP);
		Job job = Job.create("Loading curves of " + runId, monitor -> {
			try {
				PerStepTable table = PerStepCsv.parse(StoreFiles.read(storeRoot, file), file);
				onUi(owner, () -> whenRead.accept(table));
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				onUi(owner, () -> whenFailed.accept(e));
				return new Status(IStatus.WARNING, "ttt.workbench.ui", "Cannot show the curves of " + runId + ": " + e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private static void onUi(Control owner, Runnable r) {
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					r.run();
				}
			});
		}
	}
}
