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

	/**
	 * The editor area (hidden while no editor is open, {@code EditorAreaFollowsEditors}) over the bottom folder: until
	 * a session or an experiment is opened the Update Timeline has the right-hand side to itself.
	 */
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		// empty at first: shown only to hold the getting-started hint (EditorAreaFollowsEditors keeps it so)
		layout.setEditorAreaVisible(ttt.workbench.ui.preferences.WorkbenchPreferences.editorAreaHint());
		layout.addView(SessionTreeView.ID, IPageLayout.LEFT, 0.4f, editorArea);
		layout.addView(ExperimentsView.ID, IPageLayout.BOTTOM, 0.82f, SessionTreeView.ID); // the sweeps, under the tree
		IFolderLayout bottom = layout.createFolder(ID + ".bottom", IPageLayout.BOTTOM, 0.65f, editorArea);
		bottom.addView(UPDATE_TIMELINE_VIEW_ID);
		bottom.addView(COMPARE_VIEW_ID);
		bottom.addView(LineagePerspective.PROGRESS_VIEW_ID);
		bottom.addPlaceholder(LineagePerspective.PROPERTIES_VIEW_ID);
		layout.addShowViewShortcut(SessionTreeView.ID);
		layout.addShowViewShortcut(ExperimentsView.ID);
		layout.addShowViewShortcut(UPDATE_TIMELINE_VIEW_ID);
		layout.addShowViewShortcut(COMPARE_VIEW_ID);
		layout.addShowViewShortcut(LineagePerspective.PROPERTIES_VIEW_ID);
		layout.addPerspectiveShortcut(ID);
		layout.addPerspectiveShortcut(LineagePerspective.ID);
	}
}
