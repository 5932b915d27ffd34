package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TreeFingerprint;

/** Deleting a leaf session moves it to .trash and out of the index; restoring brings the store back file for file. */
class DeleteSessionTest {

	@TempDir
	Path tmp;

	@Test
	void deleteMovesTheLeafToTheTrashAndRestoreBringsEveryFileBack() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Map<String, String> sessionsBefore = TreeFingerprint.of(root.resolve("sessions/s1b"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Path trashed = DeleteSession.run(store, "s1b");
			assertTrue(trashed.startsWith(root.resolve(DeleteSession.TRASH_DIR)), trashed.toString());
			assertTrue(Files.notExists(root.resolve("sessions/s1b")));
			assertNull(store.model().findSession("s1b"), "gone from the model");
			assertTrue(store.model().findSession("s1").getChildren().isEmpty());
			assertTrue(!Files.readString(root.resolve("sessions/index.json")).contains("\"s1b\""), "gone from the index");

			try (ArtifactStore reopened = ArtifactStore.open(root)) {
				assertNull(reopened.model().findSession("s1b"), "a fresh reader does not see the trash");
				assertTrue(reopened.model().getProblems().isEmpty(), reopened.model().getProblems().toString());
			}

			DeleteSession.restore(store, trashed, "s1b");
			assertNotNull(store.model().findSession("s1b"));
			assertEquals("s1", store.model().findSession("s1b").getParent().getId());
			assertEquals(sessionsBefore, TreeFingerprint.of(root.resolve("sessions/s1b")), "every file as before");
			assertTrue(Files.readString(root.resolve("sessions/index.json")).contains("\"s1b\""));
		}
	}

	@Test
	void aSessionWithChildrenIsRefusedAndNothingMoves() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Map<String, String> before = TreeFingerprint.of(root);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			EngineException e = assertThrows(EngineException.class, () -> DeleteSession.run(store, "s1"));
			assertTrue(e.getMessage().contains("forked children"), e.getMessage());
		}
		assertEquals(before, TreeFingerprint.of(root));
	}
}
