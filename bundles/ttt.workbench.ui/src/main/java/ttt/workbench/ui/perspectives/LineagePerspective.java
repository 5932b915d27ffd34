package ttt.workbench.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;

import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * "TTT Lineage": the home of the workbench. The Session Tree fills the left, the Sessions table the right, editors
 * open above the table, progress of background runs shows below it.
 */
public class LineagePerspective implements IPerspectiveFactory {

	public static final String ID = "ttt.workbench.ui.perspectives.lineage";
	/** The platform's Progress view, registered under our id (see plugin.xml). */
	public static final String PROGRESS_VIEW_ID = "ttt.workbench.ui.views.progress";
	/**
	 * The platform's Error Log (bundle org.eclipse.ui.views.log, shipped by the RCP feature): failed runs and store
	 * problems are logged there. It needs org.eclipse.ui.ide only for "open the log file in an editor", which it
	 * leaves out when the IDE is absent.
	 */
	public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView";

	/** The platform's Properties view (bundle org.eclipse.ui.views): the selected session's or run's fields. */
	public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";

	/**
	 * Two columns of equal width: the Session Tree (its MSE strip below the nodes) on the left, the whole height; on
	 * the right the Sessions table above Progress and the Error Log. The editor area sits on top of the right column
	 * and is hidden while no editor is open ({@code EditorAreaFollowsEditors}), so the first screen has no blank
	 * rectangle; the Compare view opens between the editors and the table when there is something to compare
	 * ({@code CompareFollowsSelection}). Ratios, not pixels: the same proportions read at 1280×800 and 1920×1080.
	 */
	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		// empty at first: shown only to hold the getting-started hint (EditorAreaFollowsEditors keeps it so)
		layout.setEditorAreaVisible(ttt.workbench.ui.preferences.WorkbenchPreferences.editorAreaHint());
		layout.addView(SessionTreeView.ID, IPageLayout.LEFT, 0.5f, editorArea);
		IFolderLayout bottom = layout.createFolder("ttt.workbench.ui.perspectives.lineage.bottom", IPageLayout.BOTTOM,
				0.86f, editorArea);
		bottom.addView(PROGRESS_VIEW_ID);
		bottom.addView(ERROR_LOG_VIEW_ID);
		bottom.addPlaceholder(PROPERTIES_VIEW_ID);
		layout.addView(SessionTableView.ID, IPageLayout.BOTTOM, 0.6f, editorArea); // editors get the larger part when open
		// curves and tables need room: Compare, and the Update Timeline and Experiments views (Window > Show View), open
		// in a folder above the table, which shows only while one of them is open
		IPlaceholderFolderLayout above = layout.createPlaceholderFolder("ttt.workbench.ui.perspectives.lineage.aboveTable",
				IPageLayout.TOP, 0.72f, SessionTableView.ID);
		above.addPlaceholder(CompareView.ID);
		above.addPlaceholder(AnalysisPerspective.UPDATE_TIMELINE_VIEW_ID);
		above.addPlaceholder(ttt.workbench.ui.experiments.ExperimentsView.ID);
		layout.addShowViewShortcut(SessionTableView.ID);
		layout.addShowViewShortcut(CompareView.ID);
		layout.addShowViewShortcut(SessionTreeView.ID);
		layout.addShowViewShortcut(PROGRESS_VIEW_ID);
		layout.addShowViewShortcut(ttt.workbench.ui.experiments.ExperimentsView.ID);
		layout.addShowViewShortcut(ERROR_LOG_VIEW_ID);
		layout.addShowViewShortcut(AnalysisPerspective.UPDATE_TIMELINE_VIEW_ID);
		layout.addShowViewShortcut(PROPERTIES_VIEW_ID);
		layout.addPerspectiveShortcut(ID);
		layout.addPerspectiveShortcut(AnalysisPerspective.ID);
	}
}
