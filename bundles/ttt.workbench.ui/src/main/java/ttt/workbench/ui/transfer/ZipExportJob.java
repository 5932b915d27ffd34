package ttt.workbench.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.store.io.SessionZip;
import ttt.workbench.store.io.SessionZipWriter;
import ttt.workbench.ui.jobs.JobStatus;
import ttt.workbench.ui.jobs.StoreJob;

/** Writes a session zip as a job, file by file with progress; Cancel leaves no zip (it is renamed into place when complete). */
public final class ZipExportJob extends StoreJob {

	private final Path root;
	private final String session;
	private final String sweep;
	private final Path zip;
	private volatile SessionZip.Contents contents;

	ZipExportJob(Path root, String session, String sweep, Path zip) {
		super("Exporting " + (sweep != null ? "sweep " + sweep : "session " + session) + " to " + zip.getFileName());
		this.root = root;
		this.session = session;
		this.sweep = sweep;
		this.zip = zip;
	}

	public SessionZip.Contents contents() {
		return contents;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		SessionZipWriter.Monitor m = new ZipProgress(progress, 100, () -> cancelRequested(progress));
		try {
			contents = sweep != null ? SessionZipWriter.exportSweep(root, sweep, zip, m)
					: SessionZipWriter.exportSessions(root, List.of(session), zip, m);
			progress.done();
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return JobStatus.error("Exporting to " + zip, e);
		}
	}
}
