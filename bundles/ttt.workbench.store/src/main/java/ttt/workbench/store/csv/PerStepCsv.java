package ttt.workbench.store.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.json.PythonFloats;

/**
 * Reads and writes {@code per_step.csv} in the reference's exact layout: one header line, one row per step,
 * floats as Python's repr, flags as 0/1, {@code \n} line ends. A hand-written codec because the format is five or
 * six numeric columns with no quoting, and every malformed cell must be reported with its line and column.
 */
public final class PerStepCsv {

	private PerStepCsv() {
	}

	public static PerStepTable parse(byte[] bytes, Path file) throws StoreFormatException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		String[] lines = text.split("\r?\n", -1);
		int count = lines.length;
		if (count > 0 && lines[count - 1].isEmpty()) {
			count--; // final newline
		}
		if (count == 0) {
			throw new StoreFormatException(file, "file is empty (expected the per-step header)");
		}
		String header = stripBom(lines[0]).trim();
		PerStepTable.Format format = null;
		for (PerStepTable.Format f : PerStepTable.Format.values()) {
			if (f.header().equals(header)) {
				format = f;
			}
		}
		if (format == null) {
			throw new StoreFormatException(file, "unknown header '" + abbreviate(header) + "'; expected '"
					+ PerStepTable.Format.PHASE1.header() + "' or the Phase 0 '" + PerStepTable.Format.PHASE0.header() + "'");
		}
		int rows = count - 1;
		int columns = format == PerStepTable.Format.PHASE1 ? 6 : 5;
		int[] t = new int[rows];
		double[] base = new double[rows];
		double[] start = format == PerStepTable.Format.PHASE1 ? new double[rows] : null;
		double[] adaptive = new double[rows];
		boolean[] did = new boolean[rows];
		boolean[] ok = new boolean[rows];
		for (int r = 0; r < rows; r++) {
			int lineNo = r + 2;
			String[] cells = lines[r + 1].split(",", -1);
			if (cells.length != columns) {
				throw new StoreFormatException(file, "line " + lineNo + " has " + cells.length + " cells, expected " + columns
						+ (lines[r + 1].isEmpty() ? " (empty line: truncated file?)" : ""));
			}
			int c = 0;
			t[r] = parseInt(cells[c++], file, lineNo, "t");
			if (t[r] != r) {
				throw new StoreFormatException(file, "line " + lineNo + ": t is " + t[r] + ", expected " + r + " (steps must be consecutive from 0)");
			}
			base[r] = parseDouble(cells[c++], file, lineNo, format == PerStepTable.Format.PHASE1 ? "base_mse" : "baseline_mse");
			if (start != null) {
				start[r] = parseDouble(cells[c++], file, lineNo, "session_no_update_mse");
			}
			adaptive[r] = parseDouble(cells[c++], file, lineNo, "adaptive_mse");
			did[r] = parseFlag(cells[c++], file, lineNo, "did_update");
			ok[r] = parseFlag(cells[c], file, lineNo, "update_ok");
			if (ok[r] && !did[r]) {
				throw new StoreFormatException(file, "line " + lineNo + ": update_ok is 1 but did_update is 0");
			}
		}
		return new PerStepTable(format, t, base, start, adaptive, did, ok);
	}

	/** Below this many rows a table is formatted on the calling thread alone. */
	static final int PARALLEL_ROWS = 8192;

	/** The file's text; a long table is formatted on every core (see {@link #format(PerStepTable, boolean)}). */
	public static String format(PerStepTable table) {
		return format(table, true);
	}

	/**
	 * The file's text.
	 *
	 * @param onEveryCore whether a long table's rows may be formatted in chunks on the common pool's threads; false
	 *                    for a caller that already keeps every core busy (a sweep computes a point per core)
	 */
	public static String format(PerStepTable table, boolean onEveryCore) {
		int n = table.steps();
		int chunks = !onEveryCore || n < PARALLEL_ROWS ? 1
				: Math.min(n / (PARALLEL_ROWS / 2), 4 * Runtime.getRuntime().availableProcessors());
		if (chunks <= 1) {
			return formatSequentially(table);
		}
		// a long run's rows are formatted in chunks on every core and joined in order (printing floats as Python
		// does is most of what writing this file costs); the bytes are those of one pass
		String[] parts = java.util.stream.IntStream.range(0, chunks).parallel()
				.mapToObj(c -> rows(table, (int) ((long) c * n / chunks), (int) ((long) (c + 1) * n / chunks), new StringBuilder()).toString())
				.toArray(String[]::new);
		int length = table.format().header().length() + 1;
		for (String part : parts) {
			length += part.length();
		}
		StringBuilder out = new StringBuilder(length);
		out.append(table.format().header()).append('\n');
		for (String part : parts) {
			out.append(part);
		}
		return out.toString();
	}

	/** The file formatted in one pass on the calling thread (what {@link #format} must equal). */
	static String formatSequentially(PerStepTable table) {
		StringBuilder out = new StringBuilder(64 + table.steps() * 80);
		out.append(table.format().header()).append('\n');
		return rows(table, 0, table.steps(), out).toString();
	}

	private static StringBuilder rows(PerStepTable table, int from, int to, StringBuilder out) {
		out.ensureCapacity(out.length() + (to - from) * 80);
		for (int r = from; r < to; r++) {
			out.append(table.t()[r]).append(',');
			PythonFloats.appendRepr(out, table.baseMse()[r]).append(',');
			if (table.sessionNoUpdateMse() != null) {
				PythonFloats.appendRepr(out, table.sessionNoUpdateMse()[r]).append(',');
			}
			PythonFloats.appendRepr(out, table.adaptiveMse()[r]).append(',')
					.append(table.didUpdate()[r] ? '1' : '0').append(',')
					.append(table.updateOk()[r] ? '1' : '0').append('\n');
		}
		return out;
	}

	private static int parseInt(String cell, Path file, int line, String column) throws StoreFormatException {
		try {
			return Integer.parseInt(cell.trim());
		} catch (NumberFormatException e) {
			throw cellError(cell, file, line, column, "an integer");
		}
	}

	private static double parseDouble(String cell, Path file, int line, String column) throws StoreFormatException {
		String s = cell.trim();
		switch (s) {
		case "nan", "NaN" -> {
			return Double.NaN;
		}
		case "inf", "Infinity" -> {
			return Double.POSITIVE_INFINITY;
		}
		case "-inf", "-Infinity" -> {
			return Double.NEGATIVE_INFINITY;
		}
		default -> {
			// Java also accepts hex floats and a trailing 'd'/'f': Python never writes them, so they mean corruption
			if (s.isEmpty() || !s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
				throw cellError(cell, file, line, column, "a number");
			}
			return Double.parseDouble(s);
		}
		}
	}

	private static boolean parseFlag(String cell, Path file, int line, String column) throws StoreFormatException {
		return switch (cell.trim()) {
		case "0", "False" -> false;
		case "1", "True" -> true;
		default -> throw cellError(cell, file, line, column, "0 or 1");
		};
	}

	private static StoreFormatException cellError(String cell, Path file, int line, String column, String expected) {
		return new StoreFormatException(file, "line " + line + ", column " + column + ": '" + abbreviate(cell) + "' is not " + expected);
	}

	private static String stripBom(String s) {
		return s.startsWith("\uFEFF") ? s.substring(1) : s;
	}

	private static String abbreviate(String s) {
		String printable = s.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 60 ? printable.substring(0, 57) + "..." : printable;
	}
}
