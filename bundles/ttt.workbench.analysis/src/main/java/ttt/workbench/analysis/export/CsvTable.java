package ttt.workbench.analysis.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ttt.workbench.store.files.AtomicFiles;

/**
 * A table to export as RFC 4180 CSV (header row, comma separated, fields with commas, quotes or line breaks quoted)
 * or to copy as tab-separated text for pasting into a spreadsheet.
 */
public final class CsvTable {

	private final List<String> header;
	private final List<List<String>> rows = new ArrayList<>();

	public CsvTable(List<String> header) {
		this.header = List.copyOf(header);
	}

	/**
	 * Reads CSV text (RFC 4180: a header line, commas, double quotes around fields with commas, quotes or line breaks)
	 * as the data providers write it, so their {@code csv()} can be exported and copied like every other table.
	 */
	public static CsvTable parse(String csv) {
		List<List<String>> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				lines.add(fields);
				fields = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			lines.add(fields);
		}
		if (lines.isEmpty()) {
			return new CsvTable(List.of());
		}
		CsvTable table = new CsvTable(lines.get(0));
		for (List<String> line : lines.subList(1, lines.size())) {
			table.row(line);
		}
		return table;
	}

	/** The header fields. */
	public List<String> header() {
		return header;
	}

	/** Row {@code i}'s fields. */
	public List<String> rowAt(int i) {
		return rows.get(i);
	}

	public CsvTable row(List<?> values) {
		if (values.size() != header.size()) {
			throw new IllegalArgumentException("row has " + values.size() + " fields, header " + header.size());
		}
		rows.add(values.stream().map(v -> v == null ? "" : v.toString()).toList());
		return this;
	}

	public int rowCount() {
		return rows.size();
	}

	public String toCsv() {
		StringBuilder s = new StringBuilder();
		append(s, header);
		rows.forEach(r -> append(s, r));
		return s.toString();
	}

	/** Tab-separated, for the clipboard. */
	public String toTsv() {
		StringBuilder s = new StringBuilder(String.join("\t", header)).append('\n');
		rows.forEach(r -> s.append(String.join("\t", r.stream().map(f -> f.replace('\t', ' ').replace('\n', ' ')).toList())).append('\n'));
		return s.toString();
	}

	/** Writes the CSV atomically (a crash leaves the old file or the new one, never half of it). */
	public void write(Path file) throws IOException {
		AtomicFiles.write(file, toCsv().getBytes(StandardCharsets.UTF_8));
	}

	private static void append(StringBuilder s, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				s.append(',');
			}
			String f = fields.get(i);
			boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
			s.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
		}
		s.append("\r\n");
	}
}
