package ttt.workbench.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.junit.jupiter.api.Test;

/** One job per session, sessions in parallel, the store-wide rule against all of its sessions — and symmetric. */
class SchedulingRulesTest {

	private static final Path A = Path.of("/stores/a");
	private static final Path B = Path.of("/stores/b");

	private static void conflict(ISchedulingRule x, ISchedulingRule y, boolean expected) {
		if (expected) {
			assertTrue(x.isConflicting(y), x + " should conflict with " + y);
			assertTrue(y.isConflicting(x), y + " should conflict with " + x);
		} else {
			assertFalse(x.isConflicting(y), x + " should not conflict with " + y);
			assertFalse(y.isConflicting(x), y + " should not conflict with " + x);
		}
	}

	@Test
	void sameSessionOfSameStoreConflicts() {
		conflict(new SessionRule(A, "s1"), new SessionRule(A, "s1"), true);
		conflict(new SessionRule(A, "s1"), new SessionRule(Path.of("/stores/./a/../a"), "s1"), true); // same folder spelled differently
	}

	@Test
	void differentSessionsOrStoresRunInParallel() {
		conflict(new SessionRule(A, "s1"), new SessionRule(A, "s1b"), false);
		conflict(new SessionRule(A, "s1"), new SessionRule(B, "s1"), false);
	}

	@Test
	void storeRuleConflictsWithEverySessionOfItsStoreOnly() {
		conflict(new StoreRule(A), new SessionRule(A, "s1"), true);
		conflict(new StoreRule(A), new SessionRule(A, "anything"), true);
		conflict(new StoreRule(A), new StoreRule(A), true);
		conflict(new StoreRule(A), new SessionRule(B, "s1"), false);
		conflict(new StoreRule(A), new StoreRule(B), false);
	}

	@Test
	void containment() {
		assertTrue(new StoreRule(A).contains(new SessionRule(A, "s1")));
		assertFalse(new StoreRule(A).contains(new SessionRule(B, "s1")));
		assertFalse(new SessionRule(A, "s1").contains(new StoreRule(A)));
		assertTrue(new SessionRule(A, "s1").contains(new SessionRule(A, "s1")));
		assertFalse(new SessionRule(A, "s1").contains(new SessionRule(A, "s2")));
	}

	@Test
	void aForkHoldsParentAndChild() {
		ISchedulingRule fork = MultiRule.combine(new SessionRule(A, "s1"), new SessionRule(A, "s1-child"));
		conflict(fork, new SessionRule(A, "s1"), true); // waits for a run of the parent
		conflict(fork, new SessionRule(A, "s1-child"), true);
		conflict(fork, new SessionRule(A, "s1b"), false);
		conflict(fork, new StoreRule(A), true);
	}
}
