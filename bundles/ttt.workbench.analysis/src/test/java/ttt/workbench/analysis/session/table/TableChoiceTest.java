package ttt.workbench.analysis.session.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The table that would move fewer rows in GTK shows the next rows; small stores never switch. */
class TableChoiceTest {

	@Test
	void removingCostsMoreThanAdding() {
		assertEquals(0, TableChoice.cost(100, 100));
		assertEquals(50, TableChoice.cost(100, 150));
		assertEquals(100, TableChoice.cost(150, 100));
	}

	@Test
	void aFilterOfALargeStoreGoesToTheSpareAndClearingItComesBack() {
		assertTrue(TableChoice.useSpare(100_000, 0, 29), "100,000 → 29: the spare adds 29 rows instead of removing 99,971");
		assertTrue(TableChoice.useSpare(29, 100_000, 100_000), "clearing the filter: the spare still holds every row");
		assertTrue(TableChoice.useSpare(29, 100_000, 100_006), "six sessions came meanwhile: six rows to add");
		assertFalse(TableChoice.useSpare(100_000, 29, 99_994), "a filter that keeps nearly every row: the shown table");
		assertFalse(TableChoice.useSpare(20_000, 100_000, 2_000), "narrowing a filter further: 18,000 rows out of the shown table");
		assertTrue(TableChoice.useSpare(100_000, 0, 20_000), "20,000 rows to add rather than 80,000 to remove");
	}

	@Test
	void smallChangesStayInTheShownTable() {
		assertFalse(TableChoice.useSpare(4, 0, 1), "a store of four sessions filtered to one");
		assertFalse(TableChoice.useSpare(1, 4, 4));
		assertFalse(TableChoice.useSpare(500, 0, 10), "removing 490 rows: not worth a switch");
		assertTrue(TableChoice.useSpare(10, 10_004, 10_004), "adding 9,994 rows when the other table has them is");
		assertFalse(TableChoice.useSpare(10_000, 0, 10_000), "sorting: nothing changes");
	}

	@Test
	void aTableThatWouldLoseMostOfManyRowsIsReplaced() {
		assertTrue(TableChoice.replace(27_000, 2_600), "a filter narrowed from 27,000 rows to 2,600");
		assertTrue(TableChoice.replace(100_000, 0));
		assertFalse(TableChoice.replace(100_000, 60_000), "less than half: rows removed");
		assertFalse(TableChoice.replace(4, 1), "a small store: rows removed");
		assertFalse(TableChoice.replace(1_500, 600), "900 rows: removed");
		assertFalse(TableChoice.replace(29, 100_000), "growing");
	}

	@Test
	void theTableKeptBesideANewOneIsTheOneNearerToEveryRow() {
		assertFalse(TableChoice.keepShown(27_221, 99_994, 100_000), "narrowing a filter: the hidden table has nearly every row");
		assertTrue(TableChoice.keepShown(10_000, 30_004, 10_000), "the hidden table still holds a larger store's rows");
		assertTrue(TableChoice.keepShown(500, 500, 1_000), "a tie: the shown one");
	}
}
