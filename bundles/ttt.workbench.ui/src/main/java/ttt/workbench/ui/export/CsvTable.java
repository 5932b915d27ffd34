package ttt.workbench.ui.export;

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
