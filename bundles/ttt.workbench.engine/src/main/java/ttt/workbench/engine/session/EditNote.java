package ttt.workbench.engine.session;

import java.io.IOException;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.Session;

/**
 * Changes a session's note (the top-level {@code fork_note} key of its session_meta.json; null or blank removes it),
 * under the session's lock, keeping every other key of the file as it was. Like every writer it takes the store lock
 * first (briefly) to clean up after interrupted writers and to leave the index current.
 */
public final class EditNote {

	private EditNote() {
	}

	/** @return the note the session had before (null: none), so that the change can be undone */
	public static String run(ArtifactStore store, String sessionId, String note) throws EngineException, IOException {
		try (StoreLocks.Held storeLock = store.lockStore(); StoreLocks.Held lock = store.lockSession(sessionId)) {
			IndexUpdate.cleanUp(store);
			store.refresh();
			Session session = StoreChecks.requireSession(store, sessionId);
			String before = session.getForkNote();
			String after = note == null || note.isBlank() ? null : note.strip();
			session.setForkNote(after);
			store.writer().writeSessionMeta(session);
			IndexUpdate.rebuildIfStale(store); // a recovered commit changed last_run_at_unix
			return before;
		}
	}
}
