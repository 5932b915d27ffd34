package ttt.workbench.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

/** Which elements of a lineage path fit: 10 units per element, 5 for the ellipsis. */
class BreadcrumbTrailTest {

	private static final ToIntFunction<List<Integer>> WIDTH = l -> l.stream().mapToInt(i -> i == BreadcrumbTrail.ELLIPSIS ? 5 : 10).sum();
	private static final int E = BreadcrumbTrail.ELLIPSIS;

	@Test
	void allWhenTheyFit() {
		assertEquals(List.of(0, 1, 2, 3), BreadcrumbTrail.fit(4, WIDTH, 40));
	}

	@Test
	void middleCollapsesKeepingTheBaseAndTheLastOnes() {
		// base, r, a, b, parent, current = 60 wide
		assertEquals(List.of(0, E, 2, 3, 4, 5), BreadcrumbTrail.fit(6, WIDTH, 55));
		assertEquals(List.of(0, E, 4, 5), BreadcrumbTrail.fit(6, WIDTH, 35), "base → … → parent → current");
		assertEquals(List.of(0, E, 5), BreadcrumbTrail.fit(6, WIDTH, 25));
		assertEquals(List.of(0, E, 5), BreadcrumbTrail.fit(6, WIDTH, 3), "never less than base → … → current");
	}

	@Test
	void twoElementsNeverCollapse() {
		assertEquals(List.of(0, 1), BreadcrumbTrail.fit(2, WIDTH, 1));
	}
}
