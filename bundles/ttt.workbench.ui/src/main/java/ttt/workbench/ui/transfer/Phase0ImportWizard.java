package ttt.workbench.ui.transfer;

import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import ttt.workbench.store.io.Phase0Importer;
import ttt.workbench.ui.store.ActiveStore;

/**
 * File ▸ Import ▸ TTT ▸ Phase 0 run folder: choose the folder (checked as you type), see what will be migrated and
 * every assumption, Finish imports it as a job (the tree shows the new session). Undo: delete the session (it moves to
 * the store's .trash); the import itself never changes anything else of the store.
 */
public final class Phase0ImportWizard extends Wizard implements IImportWizard {

	public static final String ID = "ttt.workbench.ui.transfer.importPhase0";

	private Phase0SourcePage source;
	private Phase0PreviewPage previewPage;
	private Phase0ImportJob job;

	public Phase0ImportWizard() {
		setWindowTitle("Import Phase 0 Run Folder");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the target is the open store; the selection does not name a Phase 0 folder
	}

	@Override
	public void addPages() {
		var open = ActiveStore.get().store();
		Path store = open == null ? null : open.root();
		source = new Phase0SourcePage(store, () -> {
			if (previewPage != null) {
				previewPage.refresh();
			}
			if (getContainer() != null && getContainer().getCurrentPage() != null) {
				getContainer().updateButtons();
			}
		});
		previewPage = new Phase0PreviewPage(() -> source.preview());
		addPage(source);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return source.preview() != null;
	}

	@Override
	public boolean performFinish() {
		Phase0Importer.Preview p = source.preview();
		if (p == null) {
			return false;
		}
		job = new Phase0ImportJob(p.folder(), p.store(), source.sessionId());
		job.setUser(true);
		job.schedule();
		return true;
	}

	/** The job Finish started, or null (for tests). */
	public Phase0ImportJob job() {
		return job;
	}
}
