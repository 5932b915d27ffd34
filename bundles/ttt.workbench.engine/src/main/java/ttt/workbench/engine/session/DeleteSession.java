package ttt.workbench.engine.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.OwnWrites;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.Session;

/**
 * Deleting a session without children, recoverably: its folder moves (one atomic rename) to {@code .trash/} in the
 * store, where neither this workbench nor the Python reference looks, and the index is rebuilt. {@link #restore}
 * moves it back. Sessions with children are refused: their forks point at them.
 */
public final class DeleteSession {

	/** Next to {@code .locks/} and {@code .journal/}: hidden, so no reader takes it for part of the store. */
	public static final String TRASH_DIR = ".trash";

	private DeleteSession() {
	}

	/** @return where the session's folder now is (to {@link #restore} it) */
	public static Path run(ArtifactStore store, String sessionId) throws EngineException, IOException {
		try (StoreLocks.Held storeLock = store.lockStore(); StoreLocks.Held lock = store.lockSession(sessionId)) {
			IndexUpdate.cleanUp(store); // nothing an interrupted writer left goes to the trash with the session
			store.refresh();
			Session session = StoreChecks.requireSession(store, sessionId);
			if (!session.getChildren().isEmpty()) {
				throw new EngineException("session \"" + sessionId + "\" has " + session.getChildren().size()
						+ " forked children that start from it; delete them first");
			}
			Path trash = store.root().resolve(TRASH_DIR);
			Files.createDirectories(trash);
			Path target = trash.resolve(sessionId + "-" + System.currentTimeMillis());
			Files.move(store.layout().sessionDir(sessionId), target, StandardCopyOption.ATOMIC_MOVE);
			OwnWrites.removed(store.layout().sessionDir(sessionId));
			IndexUpdate.afterSessionWrite(store, sessionId);
			return target;
		}
	}

	/** Moves a deleted session's folder back from the trash. */
	public static void restore(ArtifactStore store, Path trashed, String sessionId) throws EngineException, IOException {
		try (StoreLocks.Held storeLock = store.lockStore()) {
			IndexUpdate.cleanUp(store);
			store.refresh();
			Path dir = store.layout().sessionDir(sessionId);
			if (Files.exists(dir)) {
				throw new EngineException("cannot restore \"" + sessionId + "\": a session of that id exists again");
			}
			if (!Files.isDirectory(trashed)) {
				throw new EngineException("cannot restore \"" + sessionId + "\": " + trashed + " is gone");
			}
			// the trashed folder is complete (it was a session when deleted): one rename, which fails onto an existing
			// non-empty folder, puts it back whole
			Files.move(trashed, dir, StandardCopyOption.ATOMIC_MOVE);
			OwnWrites.wrote(dir);
			IndexUpdate.afterSessionWrite(store, sessionId);
		}
	}
}
