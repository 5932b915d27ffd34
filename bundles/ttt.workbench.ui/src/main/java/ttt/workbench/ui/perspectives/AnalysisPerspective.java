package ttt.workbench.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import ttt.workbench.ui.experiments.ExperimentsView;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * "TTT Analysis": room for the session and Experiment editors, with a narrow Session Tree to move between sessions, the
 * Experiments view (the store's sweeps) under it, and the global update timeline and comparisons below.
 */
public class AnalysisPerspective implements IPerspectiveFactory {

	public static final String ID = "ttt.workbench.ui.perspectives.analysis";
	static final String UPDATE_TIMELINE_VIEW_ID = "ttt.workbench.ui.views.updateTimeline";
	static final String COMPARE_VIEW_ID = "ttt.workbench.ui.views.compare";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(SessionTreeView.ID, IPageLayout.LEFT, 0.24f, editorArea);
		layout.addView(ExperimentsView.ID, IPageLayout.BOTTOM, 0.6f, SessionTreeView.ID); // the sweeps, under the tree
		IFolderLayout bottom = layout.createFolder(ID + ".bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(UPDATE_TIMELINE_VIEW_ID);
		bottom.addView(COMPARE_VIEW_ID);
		bottom.addView(LineagePerspective.PROGRESS_VIEW_ID);
		layout.addShowViewShortcut(SessionTreeView.ID);
		layout.addShowViewShortcut(ExperimentsView.ID);
		layout.addShowViewShortcut(UPDATE_TIMELINE_VIEW_ID);
		layout.addShowViewShortcut(COMPARE_VIEW_ID);
		layout.addPerspectiveShortcut(ID);
		layout.addPerspectiveShortcut(LineagePerspective.ID);
	}
}
