package ttt.workbench.ui.transfer;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.store.io.SessionZipReader;
import ttt.workbench.store.io.SessionZipWriter;
import ttt.workbench.ui.jobs.JobStatus;
import ttt.workbench.ui.jobs.StoreJob;
import ttt.workbench.ui.jobs.StoreRule;

/**
 * Imports a session zip as a job: checked again, extracted into the store's staging folder file by file (Cancel there
 * leaves the store as it was), each session renamed into place, then the open store shows them.
 */
public final class ZipImportJob extends StoreJob {

	private final Path zip;
	private final Path store;
	private final String suffix;
	private volatile SessionZipReader.Result result;

	ZipImportJob(Path zip, Path store, String suffix) {
		super("Importing " + zip.getFileName() + " into " + store);
		this.zip = zip;
		this.store = store.toAbsolutePath().normalize();
		this.suffix = suffix;
		setRule(new StoreRule(this.store));
	}

	public SessionZipReader.Result result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		SessionZipWriter.Monitor m = new ZipProgress(progress, 90, () -> cancelRequested(progress));
		try {
			SessionZipReader.Result r = SessionZipReader.importZip(zip, store, suffix, null, m);
			result = r;
			var warnings = r.notes().stream().filter(n -> n.startsWith("WARNING")).toList();
			if (!warnings.isEmpty()) {
				ILog.of(ZipImportJob.class).log(JobStatus.warnings("Importing " + zip, warnings));
			}
			StoreRefresh.after(store, display);
			progress.done();
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return JobStatus.error("Importing the session zip " + zip, e);
		}
	}
}
