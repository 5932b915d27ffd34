package ttt.workbench.engine.session;

import java.io.IOException;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.IndexMaintenance;
import ttt.workbench.store.io.StoreCleanup;
import ttt.workbench.store.model.LoadState;

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

	/**
	 * Whether the store's model was opened from the index ({@link ArtifactStore#openSummaries}) and holds summaries:
	 * then a procedure reads again only the sessions it works on, not the whole store (on 100,000 sessions a whole
	 * read is seconds, a session's folder milliseconds), and leaves every other session a summary.
	 */
	static boolean holdsSummaries(ArtifactStore store) {
		return store.model() != null && store.model().getSessions().stream().anyMatch(s -> s.getDetailsState() == LoadState.NOT_LOADED);
	}

	/**
	 * Brings the model up to date for a procedure on these sessions, under the lock(s) the caller holds: their folders
	 * read again (a session that is gone leaves the model; one that exists is LOADED) when the model holds summaries,
	 * else the whole store read again, as before.
	 */
	static void refreshFor(ArtifactStore store, String... sessionIds) throws IOException {
		if (!holdsSummaries(store)) {
			store.refresh();
			return;
		}
		for (String id : sessionIds) {
			store.refreshSession(id);
		}
	}

	/**
	 * After creating {@code sessionId} under the store lock: on a model of summaries, that session read and its index
	 * entry added to the index as it is on disk ({@link #afterSessionWrite}); else {@link #refreshAndRebuild}.
	 */
	static void afterSessionCreated(ArtifactStore store, String sessionId) throws IOException {
		if (holdsSummaries(store)) {
			afterSessionWrite(store, sessionId);
		} else {
			refreshAndRebuild(store);
		}
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
