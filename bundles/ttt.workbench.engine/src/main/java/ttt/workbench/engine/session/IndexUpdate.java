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
	 * After a write that changed only {@code sessionId} (a run, a deletion, a restore): that session's folder is read
	 * again into the model and its entry in the index brought up to date; every other entry is kept as the index has
	 * it. One session read instead of the whole store. The caller holds the store lock.
	 */
	static void afterSessionWrite(ArtifactStore store, String sessionId) throws IOException {
		store.refreshSession(sessionId);
		IndexMaintenance.updateSession(store.model(), sessionId);
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
