package ttt.workbench.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * "TTT Lineage": the home of the workbench. The Session Tree fills the left, editors open on the right, progress
 * of background runs shows below.
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

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(SessionTreeView.ID, IPageLayout.LEFT, 0.62f, editorArea);
		IFolderLayout bottom = layout.createFolder("ttt.workbench.ui.perspectives.lineage.bottom", IPageLayout.BOTTOM,
				0.75f, editorArea);
		bottom.addView(PROGRESS_VIEW_ID);
		bottom.addView(ERROR_LOG_VIEW_ID);
		layout.addView(SessionTableView.ID, IPageLayout.BOTTOM, 0.7f, SessionTreeView.ID); // the tree keeps most of the height
		layout.addPlaceholder(CompareView.ID, IPageLayout.TOP, 0.7f, editorArea); // curves and a table need room
		layout.addShowViewShortcut(SessionTableView.ID);
		layout.addShowViewShortcut(CompareView.ID);
		layout.addShowViewShortcut(SessionTreeView.ID);
		layout.addShowViewShortcut(PROGRESS_VIEW_ID);
		layout.addShowViewShortcut(ttt.workbench.ui.experiments.ExperimentsView.ID);
		layout.addShowViewShortcut(ERROR_LOG_VIEW_ID);
		layout.addPerspectiveShortcut(ID);
		layout.addPerspectiveShortcut(AnalysisPerspective.ID);
	}
}
