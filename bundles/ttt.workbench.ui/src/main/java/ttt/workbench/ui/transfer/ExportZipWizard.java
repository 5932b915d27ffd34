package ttt.workbench.ui.transfer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import ttt.workbench.store.model.Session;
import ttt.workbench.ui.store.ActiveStore;

/** File ▸ Export ▸ TTT ▸ Session or sweep with lineage (zip): one page, the zip written by a job. */
public final class ExportZipWizard extends Wizard implements IExportWizard {

	public static final String ID = "ttt.workbench.ui.transfer.exportZip";

	private String selected;
	private ExportZipPage page;
	private ZipExportJob job;

	public ExportZipWizard() {
		setWindowTitle("Export Session Zip");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null && selection.getFirstElement() instanceof Session s) {
			selected = s.getId();
		}
	}

	@Override
	public void addPages() {
		page = new ExportZipPage(ActiveStore.get().store(), selected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		var store = ActiveStore.get().store();
		if (store == null) {
			return false;
		}
		job = new ZipExportJob(store.root(), page.bySweep() ? null : page.session(), page.bySweep() ? page.sweep() : null, page.zip());
		job.setUser(true);
		job.schedule();
		return true;
	}

	/** The job Finish started, or null (for tests). */
	public ZipExportJob job() {
		return job;
	}
}
