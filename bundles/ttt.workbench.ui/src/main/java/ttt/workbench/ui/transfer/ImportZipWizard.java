package ttt.workbench.ui.transfer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import ttt.workbench.store.io.SessionZipReader;
import ttt.workbench.ui.store.ActiveStore;

/**
 * File ▸ Import ▸ TTT ▸ Session zip: choose the zip (checked as you choose), see the sessions it brings and what they
 * become; Finish imports as a job and the tree shows them. Undo: delete the imported sessions (they move to .trash).
 */
public final class ImportZipWizard extends Wizard implements IImportWizard {

	public static final String ID = "ttt.workbench.ui.transfer.importZip";

	private ImportZipPage page;
	private ZipImportJob job;

	public ImportZipWizard() {
		setWindowTitle("Import Session Zip");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the target is the open store
	}

	@Override
	public void addPages() {
		var open = ActiveStore.get().store();
		page = new ImportZipPage(open == null ? null : open.root(), () -> {
			if (getContainer() != null && getContainer().getCurrentPage() != null) {
				getContainer().updateButtons();
			}
		});
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return page.preview() != null;
	}

	@Override
	public boolean performFinish() {
		SessionZipReader.Preview p = page.preview();
		if (p == null) {
			return false;
		}
		job = new ZipImportJob(p.zip(), page.store(), page.suffix());
		job.setUser(true);
		job.schedule();
		return true;
	}

	/** The job Finish started, or null (for tests). */
	public ZipImportJob job() {
		return job;
	}
}
