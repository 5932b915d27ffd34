package ttt.workbench.engine.session;

import java.io.IOException;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.IndexMaintenance;
import ttt.workbench.store.io.StoreCleanup;

/**
 * What every procedure does under the store lock: first clean up after interrupted writers ({@link StoreCleanup}:
 * interrupted run commits completed, abandoned staging entries and temporary files removed), and last bring
 * index.json up to date from a fresh read, so that sessions another process created meanwhile are kept (no lost
 * update) and an index a killed writer left stale is rebuilt by the next writer, not only by a repair.
 */
final class IndexUpdate {
	private IndexUpdate() {
	}

	/** The caller holds the store lock and has staged nothing yet. */
	static void cleanUp(ArtifactStore store) throws IOException {
		StoreCleanup.underStoreLock(store.root());
	}

	/** The caller holds the store lock. */
	static void refreshAndRebuild(ArtifactStore store) throws IOException {
		store.refresh();
		IndexMaintenance.rebuild(store.model());
	}

	/**
	 * Writes the index only when it disagrees with the model's metas (the caller refreshed the model after its
	 * clean-up and holds the store lock).
	 */
	static void rebuildIfStale(ArtifactStore store) throws IOException {
		if (IndexMaintenance.staleness(store.model()).isPresent()) {
			IndexMaintenance.rebuild(store.model());
		}
	}
}
