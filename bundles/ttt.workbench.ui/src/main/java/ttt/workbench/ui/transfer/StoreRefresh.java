package ttt.workbench.ui.transfer;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.ModelMerger;
import ttt.workbench.ui.store.ActiveStore;

/**
 * After an import wrote into {@code root}: when it is the open store, its new sessions are read here (off the UI
 * thread) and merged into the live model on the UI thread; when no store is open, {@code root} is opened.
 */
final class StoreRefresh {

	private StoreRefresh() {
	}

	static void after(Path root, Display display) throws IOException {
		ArtifactStore live = ActiveStore.get().store();
		if (live != null && live.root().equals(root)) {
			ArtifactStore working = ArtifactStore.unread(root);
			working.refresh();
			display.asyncExec(() -> ModelMerger.merge(live.model(), working.model()));
		} else if (live == null) {
			display.asyncExec(() -> ActiveStore.get().open(root, display));
		}
	}
}
