package ttt.workbench.ui.transfer;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.store.io.Phase0Importer;
import ttt.workbench.ui.jobs.JobStatus;
import ttt.workbench.ui.jobs.StoreJob;
import ttt.workbench.ui.jobs.StoreRule;

/**
 * Imports a Phase 0 run folder into a store as a job: everything is checked again, written into the store's staging
 * folder and renamed into place under the store lock ({@link Phase0Importer}); then the open store shows the new
 * session (or the store is opened). Cancel before the write starts imports nothing; the write itself is one step.
 */
public final class Phase0ImportJob extends StoreJob {

	private final Path folder;
	private final Path store;
	private final String sessionId;
	private volatile Phase0Importer.ImportResult result;

	Phase0ImportJob(Path folder, Path store, String sessionId) {
		super("Importing Phase 0 run " + folder.getFileName() + " into " + store);
		this.folder = folder;
		this.store = store.toAbsolutePath().normalize();
		this.sessionId = sessionId;
		setRule(new StoreRule(this.store));
	}

	public Phase0Importer.ImportResult result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + folder, 3);
		try {
			progress.subTask("Reading and checking " + folder);
			if (cancelRequested(progress)) {
				return Status.CANCEL_STATUS;
			}
			Phase0Importer.ImportResult r = Phase0Importer.importRun(folder, store, sessionId);
			progress.worked(2);
			result = r;
			r.notes().stream().filter(n -> n.startsWith("WARNING")).findAny()
					.ifPresent(w -> ILog.of(Phase0ImportJob.class).log(JobStatus.warnings("Importing " + folder,
							r.notes().stream().filter(n -> n.startsWith("WARNING")).toList())));
			progress.subTask("Showing session " + r.sessionId());
			StoreRefresh.after(store, display);
			progress.done();
			return Status.OK_STATUS;
		} catch (Exception e) {
			return JobStatus.error("Importing the Phase 0 run folder " + folder, e);
		}
	}
}
