package ttt.workbench.ui.store;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import ttt.workbench.store.io.WatchDegraded;

/**
 * Shows in a window's status line that the active store is polled because it could not be watched. The warning goes
 * in the status line's error slot, which ordinary messages (a hovered node, a timeline event) do not cover, and it
 * stays until another store is opened or a part clears its own error.
 */
public final class StoreStatusLine {

	private final IStatusLineManager statusLine;
	private boolean showing;

	private StoreStatusLine(IStatusLineManager statusLine) {
		this.statusLine = statusLine;
	}

	/** Follows the active store's watch warning in {@code statusLine} (the window's, from its action bar configurer). */
	public static void attach(IStatusLineManager statusLine) {
		ActiveStore.get().addWatchWarningListener(new StoreStatusLine(statusLine)::show);
	}

	private void show(WatchDegraded warning) {
		if (warning != null) {
			statusLine.setErrorMessage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK),
					warning.statusLine()); // the full message is in the Error Log
			showing = true;
		} else if (showing) {
			statusLine.setErrorMessage(null); // the newly active store is watched: the last one's warning goes
			showing = false;
		}
	}
}
