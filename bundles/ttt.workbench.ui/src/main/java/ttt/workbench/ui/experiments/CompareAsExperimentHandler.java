package ttt.workbench.ui.experiments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.experiment.ExperimentEditor;
import ttt.workbench.ui.editors.experiment.ExperimentEditorInput;

/** "Compare as Experiment": the selected sessions (two or more) in one Experiment editor, grouped by their settings. */
public class CompareAsExperimentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<String> ids = new ArrayList<>();
		Path root = null;
		for (Object o : HandlerUtil.getCurrentStructuredSelection(event)) {
			if (o instanceof Session s && s.getStore() != null) {
				ids.add(s.getId());
				root = Path.of(s.getStore().getRootPath());
			}
		}
		if (ids.size() < 2) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			page.openEditor(ExperimentEditorInput.ofSessions(root, ids), ExperimentEditor.ID, true, IWorkbenchPage.MATCH_INPUT);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the experiment: " + e.getMessage(), e);
		}
		return null;
	}
}
