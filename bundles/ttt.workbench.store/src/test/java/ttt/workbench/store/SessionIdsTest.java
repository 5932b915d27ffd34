package ttt.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdsTest {

	@ParameterizedTest
	@ValueSource(strings = { "s1", "s1b", "case1", "friction-lo_2026.v2", "ünïcode-is-fine" })
	void ordinaryIdsAreAccepted(String id) {
		assertTrue(SessionIds.isValid(id), SessionIds.problem(id).orElse(""));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "../evil|path separator", "a/b|path separator", "a\\b|path separator",
			"..|names a folder", ".|names a folder", ".hidden|must not start with '.'", "a b|white space",
			"a:b|':'" })
	void dangerousIdsAreRefusedWithAReason(String id, String reason) {
		String problem = SessionIds.problem(id).orElseThrow();
		assertTrue(problem.contains(reason), problem);
	}

	@org.junit.jupiter.api.Test
	void controlCharactersEmptyAndOverlongIdsAreRefused() {
		assertTrue(SessionIds.problem("a\u0000b").orElseThrow().contains("control character (U+0000)"));
		assertTrue(SessionIds.problem("a\u001bb").orElseThrow().contains("control character"));
		assertTrue(SessionIds.problem("a\u202eb").orElseThrow().contains("control character"), "bidi override");
		assertTrue(SessionIds.problem("").orElseThrow().contains("empty"));
		assertTrue(SessionIds.problem("x".repeat(SessionIds.MAX_LENGTH)).isEmpty());
		assertTrue(SessionIds.problem("x".repeat(SessionIds.MAX_LENGTH + 1)).orElseThrow().contains("at most 128"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionIds.requireValid("../x"));
		assertEquals("session id must not contain a path separator ('/')", e.getMessage());
	}
}
