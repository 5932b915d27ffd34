package ttt.workbench.analysis.experiment;

import java.util.List;

/** CSV for every page's export: comma-separated, a header line, numbers as Java prints them (full precision), NaN blank. */
final class Csv {

	private final StringBuilder out = new StringBuilder();

	Csv(List<String> header) {
		row(header);
	}

	Csv row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
		}
		out.append('\n');
		return this;
	}

	static String num(double v) {
		return Double.isNaN(v) ? "" : Double.toString(v).replace("E", "e");
	}

	static String cell(String s) {
		if (s == null) {
			return "";
		}
		return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
