package ttt.workbench.ui.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ttt.workbench.store.SessionIds;

/** The child id the Fork dialog proposes and the reasons it gives for ids it refuses. */
class ChildIdsTest {

	@Test
	void suggestsTheFirstFreeForkLetterThenNumbers() {
		Set<String> taken = new HashSet<>(Set.of("s1", "s1_fork_a", "s1_fork_b"));
		assertEquals("s1_fork_c", ChildIds.suggest("s1", taken::contains));
		for (char c = 'a'; c <= 'z'; c++) {
			taken.add("s1_fork_" + c);
		}
		assertEquals("s1_fork_27", ChildIds.suggest("s1", taken::contains));
	}

	@Test
	void aSuggestionForALongParentIdIsStillAValidId() {
		String parent = "p".repeat(SessionIds.MAX_LENGTH);
		String id = ChildIds.suggest(parent, x -> false);
		assertTrue(SessionIds.isValid(id), id);
	}

	@Test
	void refusesEmptyInvalidAndExistingIdsWithAReason() {
		assertTrue(ChildIds.problem("", x -> false).orElseThrow().contains("Enter"));
		assertTrue(ChildIds.problem("a b", x -> false).orElseThrow().contains("white space"));
		assertTrue(ChildIds.problem("../x", x -> false).orElseThrow().contains("separator"));
		assertTrue(ChildIds.problem("s1", "s1"::equals).orElseThrow().contains("already exists"));
		assertTrue(ChildIds.problem("s1_fork_a", "s1"::equals).isEmpty());
	}
}
