package ttt.workbench.analysis.session.table;

/**
 * Which of the Sessions table's two virtual tables shows the next rows. The rows of a virtual table are empty until
 * painted, so what a new set of rows costs is the change of their number, and GTK pays it row by row: it adds or
 * removes each row of its model with a signal to the tree view (measured on 100,000 rows: about 2-4 µs a row added,
 * 3 µs and more a row removed — 25 µs when the row under the keyboard cursor goes each time). The table therefore
 * keeps two: while a filter shows a few rows in one, the other keeps the store's whole count, so filtering 100,000
 * rows down to a few and clearing the filter again moves no row in GTK. SWT-free.
 */
public final class TableChoice {

	/**
	 * Below this saving (in rows added: a few milliseconds of GTK), the shown table changes its own count: the tables of
	 * a small store never switch.
	 */
	public static final int WORTH_SWITCHING = 1_000;
	/** A row removed costs GTK at least twice a row added. */
	static final int REMOVE_WEIGHT = 2;

	private TableChoice() {
	}

	/** What changing a table of {@code rows} rows to {@code wanted} costs, in rows added. */
	public static long cost(int rows, int wanted) {
		return wanted >= rows ? wanted - rows : (long) REMOVE_WEIGHT * (rows - wanted);
	}

	/**
	 * @return whether a table of {@code rows} rows should give way to a new one rather than lose rows down to
	 *         {@code wanted}: when it would lose more than half of them, and more than a few (a disposed table's rows
	 *         are freed at once, a new one has none to remove)
	 */
	public static boolean replace(int rows, int wanted) {
		return wanted < rows / 2 && rows - wanted > WORTH_SWITCHING;
	}

	/**
	 * When a new table comes (see {@link #replace}), one of the two there goes: the one kept is the one nearer to every
	 * row ({@code allRows}), for when the filter is cleared. A hidden table may still hold the rows of a larger store
	 * shown before.
	 *
	 * @return whether the shown table (of {@code shownRows}) is kept rather than the hidden one (of {@code spareRows})
	 */
	public static boolean keepShown(int shownRows, int spareRows, int allRows) {
		return cost(shownRows, allRows) <= cost(spareRows, allRows);
	}

	/**
	 * @return whether the hidden table, now of {@code spareRows} rows, should show {@code wanted} rows in place of the
	 *         shown one of {@code shownRows}
	 */
	public static boolean useSpare(int shownRows, int spareRows, int wanted) {
		return cost(shownRows, wanted) - cost(spareRows, wanted) > WORTH_SWITCHING;
	}
}
