package ttt.workbench.engine.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ttt.workbench.store.json.PythonFloats;

/**
 * Actions files: header {@code ax,ay}, one row per step, numbers as Python writes them (the reference fixtures write
 * float32 values as the shortest float64 repr). Values are rounded to float32 on reading, as the reference's tensors
 * hold them. Every problem names the file and the line.
 */
public final class ActionsCsv {

	public static final String HEADER = "ax,ay";

	private ActionsCsv() {
	}

	/** A malformed actions file. */
	public static final class ActionsFormatException extends IOException {
		private static final long serialVersionUID = 1L;

		public ActionsFormatException(String message) {
			super(message);
		}
	}

	public static float[][] read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	/** @param name names the source in messages (usually the file's path) */
	public static float[][] parse(String text, String name) throws ActionsFormatException {
		String[] lines = text.split("\r?\n", -1);
		int count = lines.length;
		while (count > 0 && lines[count - 1].isBlank()) {
			count--;
		}
		if (count == 0) {
			throw new ActionsFormatException(name + ": file is empty (expected the header '" + HEADER + "')");
		}
		String header = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
		if (!header.replace(" ", "").equals(HEADER)) {
			throw new ActionsFormatException(name + ", line 1: header is '" + abbreviate(header) + "', expected '" + HEADER + "'");
		}
		float[][] actions = new float[count - 1][];
		for (int i = 1; i < count; i++) {
			String[] cells = lines[i].split(",", -1);
			if (cells.length != 2) {
				throw new ActionsFormatException(name + ", line " + (i + 1) + ": expected 2 values (ax,ay), found "
						+ (lines[i].isBlank() ? "an empty line" : cells.length + " in '" + abbreviate(lines[i]) + "'"));
			}
			actions[i - 1] = new float[] { number(cells[0], name, i + 1, "ax"), number(cells[1], name, i + 1, "ay") };
		}
		return actions;
	}

	private static float number(String cell, String name, int line, String column) throws ActionsFormatException {
		String s = cell.trim();
		if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
			throw new ActionsFormatException(name + ", line " + line + ", column " + column + ": '" + abbreviate(cell)
					+ "' is not a finite number");
		}
		float v = (float) Double.parseDouble(s);
		if (!Float.isFinite(v)) {
			throw new ActionsFormatException(name + ", line " + line + ", column " + column + ": " + s
					+ " is out of float32 range");
		}
		return v;
	}

	/** The file text for actions (float32 values written as Python's repr of the float64 they widen to). */
	public static String format(float[][] actions) {
		StringBuilder sb = new StringBuilder(HEADER).append('\n');
		for (float[] a : actions) {
			if (a.length != 2) {
				throw new IllegalArgumentException("actions must have 2 values (ax, ay)");
			}
			sb.append(PythonFloats.repr(a[0])).append(',').append(PythonFloats.repr(a[1])).append('\n');
		}
		return sb.toString();
	}

	public static void write(Path file, float[][] actions) throws IOException {
		Files.writeString(file, format(actions), StandardCharsets.UTF_8);
	}

	private static String abbreviate(String s) {
		String p = s.replaceAll("\\p{Cntrl}", "?");
		return p.length() > 60 ? p.substring(0, 57) + "..." : p;
	}
}
