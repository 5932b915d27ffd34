package ttt.workbench.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.ModelMerger;
import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.model.Store;
import ttt.workbench.ui.store.ActiveStore;

/**
 * Check Store: validates the open store in a job (it reads every file, which takes a moment on a large store) and
 * shows the findings; Repair runs in a job too, then checks again.
 */
public class CheckStoreHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.checkStore";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ArtifactStore store = ActiveStore.get().store();
		if (store == null) {
			MessageDialog.openInformation(shell, "Check Store", "No artifact store is open.");
			return null;
		}
		schedule(shell, store.root(), false);
		return null;
	}

	public static Job schedule(Shell shell, Path root, boolean repairFirst) {
		Display display = shell.getDisplay();
		Job job = Job.create((repairFirst ? "Repairing " : "Checking ") + root, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			try {
				List<String> repairs = repairFirst ? StoreCheck.repair(root).done() : List.of();
				ArtifactStore live = ActiveStore.get().store();
				if (!repairs.isEmpty() && live != null && live.root().equals(root.toAbsolutePath().normalize())) {
					// the store's watcher does not read back this process's own writes: the repair shows through this read
					Store fresh = StoreReader.read(live.root());
					display.asyncExec(() -> ModelMerger.merge(live.model(), fresh));
				}
				progress.worked(1);
				StoreCheck.Report report = StoreCheck.check(root);
				progress.worked(1);
				display.asyncExec(() -> show(shell, root, report, repairs));
				return Status.OK_STATUS;
			} catch (IOException e) {
				return new Status(IStatus.ERROR, "ttt.workbench.ui", "Checking " + root + " failed: " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void show(Shell shell, Path root, StoreCheck.Report report, List<String> repairs) {
		if (shell.isDisposed()) {
			return;
		}
		CheckReportDialog dialog = new CheckReportDialog(shell, root, report, repairs);
		if (dialog.open() == CheckReportDialog.REPAIR) {
			schedule(shell, root, true);
		}
	}
}
