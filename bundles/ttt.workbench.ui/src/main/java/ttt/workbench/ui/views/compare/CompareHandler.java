package ttt.workbench.ui.views.compare;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Compare command: opens the Compare view on the selected sessions (their newest runs) or runs. Parts run it with
 * their selection ({@code SelectionCommands.execute}), so none of them needs to know the view's class.
 */
public class CompareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			IViewPart part = page.showView(CompareView.ID);
			if (part instanceof CompareView view) { // the view of this package, opened by its own command
				view.compare(selection);
			}
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Compare view: " + e.getMessage(), e);
		}
		return null;
	}
}
