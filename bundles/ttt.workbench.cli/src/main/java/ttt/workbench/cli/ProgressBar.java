package ttt.workbench.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * A progress bar on standard error. On a terminal it redraws one line in place; when the output goes to a file
 * or a pipe (a cluster job's log) it prints a plain line every tenth of the work instead of carriage returns.
 */
public final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintStream out;
	private final String label;
	private final long total;
	private final boolean interactive;
	private final long started = System.nanoTime();
	private long lastDraw;
	private int lastTenth = -1;

	public ProgressBar(PrintStream out, String label, long total, boolean interactive) {
		this.out = out;
		this.label = label;
		this.total = Math.max(1, total);
		this.interactive = interactive;
	}

	/** @param done units finished so far; {@code detail} a few words shown after the bar (may be empty) */
	public void update(long done, String detail) {
		update(done, () -> detail);
	}

	/**
	 * As {@link #update(long, String)}, the detail made only when the bar is drawn (at most ten times a second, or
	 * every tenth of the work): a loop that reports every one of tens of thousands of steps formats a dozen lines.
	 */
	public void update(long done, Supplier<String> detail) {
		long now = System.nanoTime();
		if (interactive) {
			if (now - lastDraw < 100_000_000L && done < total) {
				return; // at most ten redraws a second
			}
			lastDraw = now;
			out.print("\r" + line(done, detail.get(), now));
			out.flush();
		} else {
			int tenth = (int) (10 * done / total);
			if (tenth > lastTenth) {
				lastTenth = tenth;
				out.println(line(done, detail.get(), now));
			}
		}
	}

	/**
	 * Prints something else (a line on standard output) without mixing it into the bar: on a terminal the bar's line
	 * is cleared first and drawn again at the next update.
	 */
	public void pause(Runnable print) {
		if (interactive && lastDraw != 0) {
			out.print("\r" + " ".repeat(WIDTH + 80) + "\r");
			out.flush();
			lastDraw = 0;
		}
		print.run();
	}

	public void finish(String detail) {
		update(total, detail);
		if (interactive) {
			out.println();
		}
	}

	private String line(long done, String detail, long now) {
		int filled = (int) (WIDTH * Math.min(done, total) / total);
		double seconds = (now - started) / 1e9;
		String eta = done > 0 && done < total ? String.format(" eta %.0fs", seconds * (total - done) / done) : "";
		return String.format("%s [%s%s] %3d%% %d/%d %.1fs%s%s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
				100 * done / total, done, total, seconds, eta, detail.isEmpty() ? "" : "  " + detail);
	}
}
