package ttt.workbench.ui.application;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * How much of its sash the editor area takes. While it holds only the getting-started hint it takes a small share
 * ({@link #HINT_SHARE}), so that the Sessions table, Compare and the Update Timeline keep the room they need on the
 * first screen; when the first editor opens it gets back the weight it had (the perspective's, or the one the user
 * dragged to). Works on the E4 model the 3.x perspective is rendered from: the editor area is a placeholder in the
 * active perspective whose {@code containerData} is its weight among its sash siblings.
 */
final class EditorAreaShare {

	/** The share of its sash the editor area takes while it only shows the hint: room for the hint's few lines. */
	static final double HINT_SHARE = 0.15;
	/** Where the weight the area had before it shrank is kept, to be given back when an editor opens. */
	private static final String SAVED_WEIGHT = "ttt.workbench.ui.editorAreaWeight";

	private EditorAreaShare() {
	}

	/** Shrinks the editor area to the hint's share ({@code hintOnly}) or gives it back its own weight. */
	static void fit(IWorkbenchWindow window, boolean hintOnly) {
		MWindow model = window.getService(MWindow.class);
		EModelService models = window.getService(EModelService.class);
		if (model == null || models == null) {
			return;
		}
		MPerspective perspective = models.getActivePerspective(model);
		MUIElement area = perspective == null ? null : models.find(IPageLayout.ID_EDITOR_AREA, perspective);
		if (!(area instanceof MPlaceholder) || area.getParent() == null) {
			return;
		}
		Object saved = area.getTransientData().get(SAVED_WEIGHT);
		if (hintOnly) {
			double others = 0;
			for (MUIElement sibling : area.getParent().getChildren()) {
				if (sibling != area && sibling.isToBeRendered() && sibling.isVisible()) {
					others += weight(sibling);
				}
			}
			if (others <= 0) {
				return; // alone in its sash: nothing to share with
			}
			if (saved == null) {
				area.getTransientData().put(SAVED_WEIGHT, area.getContainerData());
			}
			String small = String.valueOf(Math.max(1, Math.round(others * HINT_SHARE / (1 - HINT_SHARE))));
			if (!small.equals(area.getContainerData())) {
				area.setContainerData(small);
			}
		} else if (saved != null) {
			area.getTransientData().remove(SAVED_WEIGHT);
			area.setContainerData((String) saved);
		}
	}

	private static double weight(MUIElement e) {
		try {
			return e.getContainerData() == null ? 0 : Double.parseDouble(e.getContainerData());
		} catch (NumberFormatException notAWeight) {
			return 0;
		}
	}
}
