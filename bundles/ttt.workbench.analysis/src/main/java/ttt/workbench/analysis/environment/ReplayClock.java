package ttt.workbench.analysis.environment;

/**
 * The replay position over a run's rows: playing advances it at a chosen number of steps per second of wall time
 * (fractions carry over between ticks, so a slow speed still moves); it stops at the last row. Not thread-safe: the
 * UI drives it from its timer.
 */
public final class ReplayClock {

	/** The speeds offered, in steps per second. */
	public static final int[] SPEEDS = { 5, 15, 30, 60, 120, 240 };
	public static final int DEFAULT_SPEED = 30;

	private final int rows;
	private int index;
	private boolean playing;
	private double stepsPerSecond = DEFAULT_SPEED;
	private double carry;

	public ReplayClock(int rows) {
		this.rows = Math.max(0, rows);
	}

	public int rows() {
		return rows;
	}

	public int index() {
		return index;
	}

	public boolean playing() {
		return playing;
	}

	public double stepsPerSecond() {
		return stepsPerSecond;
	}

	public void speed(double stepsPerSecond) {
		this.stepsPerSecond = Math.max(0.1, stepsPerSecond);
	}

	/** Moves to {@code row} (clamped); the fraction of a step carried so far is dropped. */
	public void seek(int row) {
		index = Math.max(0, Math.min(rows - 1, row));
		carry = 0;
	}

	/** One row forward or back ({@code delta} rows); stops playing, as a step key does in a video player. */
	public void step(int delta) {
		playing = false;
		seek(index + delta);
	}

	/** Starts playing; from the beginning when at the end. Returns whether it plays (false for an empty run). */
	public boolean play() {
		if (rows < 2) {
			return false;
		}
		if (index >= rows - 1) {
			seek(0);
		}
		playing = true;
		return true;
	}

	public void pause() {
		playing = false;
	}

	/** Advances by {@code elapsedMillis} of wall time; stops at the last row. Returns whether the row changed. */
	public boolean tick(long elapsedMillis) {
		if (!playing) {
			return false;
		}
		carry += stepsPerSecond * elapsedMillis / 1000.0;
		int whole = (int) Math.floor(carry);
		if (whole == 0) {
			return false;
		}
		carry -= whole;
		int before = index;
		index = Math.min(rows - 1, index + whole);
		if (index == rows - 1) {
			playing = false;
			carry = 0;
		}
		return index != before;
	}
}
