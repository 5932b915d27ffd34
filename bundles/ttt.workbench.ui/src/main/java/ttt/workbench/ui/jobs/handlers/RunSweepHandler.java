package ttt.workbench.ui.jobs.handlers;

import java.nio.file.Files;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.sweep.Manifest;
import ttt.workbench.ui.jobs.RunSweepJob;
import ttt.workbench.ui.jobs.dialogs.RunSweepDialog;
import ttt.workbench.ui.jobs.dialogs.SweepPreview;
import ttt.workbench.ui.store.ActiveStore;

/**
 * Session ▸ Run Sweep… (Ctrl+Alt+R): the spec in a dialog that checks it as it is typed, then the sweep as one
 * {@link RunSweepJob}. The example spec is named so that it clashes with nothing in the store, and mentions the
 * selected session (if any) as a possible {@code from}.
 */
public class RunSweepHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.runSweep";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ArtifactStore store = ActiveStore.get().store();
		if (store == null) {
			MessageDialog.openInformation(shell, "Run Sweep", "No artifact store is open (File > Open Store..., or Session > New Store...).");
			return null;
		}
		if (store.model().getBase() == null) {
			MessageDialog.openInformation(shell, "Run Sweep", store.root() + " has no base model: every sweep starts from it.");
			return null;
		}
		String name = SweepPreview.freeName(n -> Files.exists(Manifest.dir(store.root(), n))
				|| store.model().getSessions().stream().anyMatch(s -> s.getId().startsWith(n + "-")));
		String selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof Session s ? s.getId()
				: store.model().getSessions().isEmpty() ? null : store.model().getSessions().get(0).getId();
		RunSweepDialog dialog = new RunSweepDialog(shell, store.root(), SweepPreview.example(name, selected));
		if (dialog.open() == Window.OK) {
			new RunSweepJob(store, dialog.spec(), dialog.parallelPoints()).schedule();
		}
		return null;
	}
}
