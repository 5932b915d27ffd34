package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;

/** Editing a session's note (F2 in the Session Tree) changes only fork_note, and clearing it restores the file. */
class EditNoteTest {

	@TempDir
	Path tmp;

	@Test
	void settingThenClearingTheNoteChangesOnlyThatKeyAndRestoresTheBytes() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Path meta = root.resolve("sessions/s1/meta.json");
		byte[] original = Files.readAllBytes(meta);
		ObjectMapper json = new ObjectMapper();
		JsonNode before = json.readTree(original);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertNull(EditNote.run(store, "s1", "try nonlinear next"), "the fixture session has no note");
			JsonNode after = json.readTree(Files.readAllBytes(meta));
			assertEquals("try nonlinear next", after.get("fork_note").asText());
			((com.fasterxml.jackson.databind.node.ObjectNode) after).remove("fork_note");
			assertEquals(before, after, "every other key is unchanged");

			assertEquals("try nonlinear next", EditNote.run(store, "s1", "  "), "returns the previous note, for undo");
			assertArrayEquals(original, Files.readAllBytes(meta), "a blank note removes the key: the file is as the reference wrote it");
			assertTrue(assertThrows(EngineException.class, () -> EditNote.run(store, "nope", "x")).getMessage().contains("nope"));
		}
	}
}
