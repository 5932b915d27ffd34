package ttt.workbench.engine.session;

import java.io.IOException;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.IndexMaintenance;

/**
 * Brings index.json up to date after a procedure. Done under the store lock from a fresh read, so that sessions
 * another process created meanwhile are kept (no lost update). A crash before this leaves a stale index, which
 * the next open rebuilds: the index is a cache.
 */
final class IndexUpdate {
	private IndexUpdate() {
	}

	static void afterChange(ArtifactStore store) throws IOException {
		try (StoreLocks.Held lock = store.lockStore()) {
			refreshAndRebuild(store);
		}
	}

	/** The caller holds the store lock. */
	static void refreshAndRebuild(ArtifactStore store) throws IOException {
		store.refresh();
		IndexMaintenance.rebuild(store.model());
	}
}
