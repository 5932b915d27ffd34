package ttt.workbench.ui.experiments;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.ui.editors.experiment.ExperimentEditorInput;
import ttt.workbench.ui.editors.experiment.ExperimentEditor;

/** Opens (or activates) the Experiment editor of every selected sweep. */
public class OpenExperimentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		for (Object o : HandlerUtil.getCurrentStructuredSelection(event)) {
			if (o instanceof SweepEntry e) {
				try {
					page.openEditor(ExperimentEditorInput.ofSweep(e.storeRoot(), e.name()), ExperimentEditor.ID, true,
							IWorkbenchPage.MATCH_INPUT);
				} catch (PartInitException x) {
					throw new ExecutionException("Cannot open the experiment " + e.name() + ": " + x.getMessage(), x);
				}
			}
		}
		return null;
	}
}
