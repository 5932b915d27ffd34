package ttt.workbench.ui.views.tree;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Sash;

/**
 * The height of the MSE strip under the Session Tree: until the user drags the divider, the strip gets 40 % of the
 * view's height, but never less than a readable height (or half the view, if that is less): a narrow column wraps the
 * header, a low screen leaves little. Once the user moved the divider, the weights are theirs.
 */
final class StripHeight {

	/** Below this height the strip's plot is a flat line between its title, axis and legend. */
	static final int READABLE_STRIP = 220;
	private static final String DIVIDER_WATCHED = "ttt.sessionTree.dividerWatched";

	private final SashForm sash;
	private boolean sizedByUser;

	private StripHeight(SashForm sash) {
		this.sash = sash;
	}

	/** {@code sash} holds the tree above and the strip below. */
	static void keepReadable(SashForm sash) {
		sash.setWeights(3, 2); // the strip's plot needs this much height to be read (3:1 and 2:1 left it a few dozen pixels)
		StripHeight height = new StripHeight(sash);
		sash.addListener(SWT.Resize, e -> height.resized());
	}

	private void resized() {
		for (Control c : sash.getChildren()) {
			if (c instanceof Sash divider && divider.getData(DIVIDER_WATCHED) == null) {
				divider.setData(DIVIDER_WATCHED, Boolean.TRUE);
				divider.addListener(SWT.Selection, e -> sizedByUser = e.detail != SWT.DRAG || sizedByUser);
			}
		}
		int height = sash.getClientArea().height;
		if (sizedByUser || height <= 0) {
			return;
		}
		int strip = Math.max(Math.round(height * 0.4f), Math.min(READABLE_STRIP, height / 2));
		sash.setWeights(height - strip, strip);
	}
}
