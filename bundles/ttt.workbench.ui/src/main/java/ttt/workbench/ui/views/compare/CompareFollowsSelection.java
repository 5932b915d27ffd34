package ttt.workbench.ui.views.compare;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;

/**
 * The Compare view comes up by itself when there is something to compare: two or more sessions (or runs) selected
 * together in a view, e.g. Ctrl+click in the Sessions table. It is shown without taking the focus from the view the
 * user is selecting in, and compares the selection. Editors are left out: an Experiment editor's brushing selects
 * dozens of sessions at a time, which is a filter, not a request to compare. More than {@link #AT_MOST} are left to
 * the Compare command and to Compare as Experiment.
 */
public final class CompareFollowsSelection implements ISelectionListener {

	/** A curve per item: more than this is a thicket, not a comparison. */
	static final int AT_MOST = 12;

	private CompareFollowsSelection() {
	}

	public static void install(IWorkbenchWindow window) {
		window.getSelectionService().addPostSelectionListener(new CompareFollowsSelection());
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (!(part instanceof IViewPart) || part instanceof CompareView || !comparable(selection)) {
			return;
		}
		IWorkbenchPage page = part.getSite().getPage();
		try {
			if (page.showView(CompareView.ID, null, IWorkbenchPage.VIEW_VISIBLE) instanceof CompareView view) {
				view.compare((IStructuredSelection) selection);
			}
		} catch (PartInitException e) {
			ILog.of(CompareFollowsSelection.class).error("Cannot open the Compare view", e);
		}
	}

	/** Two to {@link #AT_MOST} sessions, or two to {@link #AT_MOST} runs. */
	static boolean comparable(ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || s.size() < 2 || s.size() > AT_MOST) {
			return false;
		}
		boolean sessions = true;
		boolean runs = true;
		for (Object o : s) {
			sessions &= o instanceof Session;
			runs &= o instanceof Run;
		}
		return sessions || runs;
	}
}
