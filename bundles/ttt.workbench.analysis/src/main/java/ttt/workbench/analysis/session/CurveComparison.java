package ttt.workbench.analysis.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;

/**
 * What the Compare view shows, without widgets: the compared sessions (or single runs) in order, their settings and
 * metrics as table rows, and the adaptive-MSE curves read so far. Each comparison is a new object, so a curve read for
 * an older one can be told apart and dropped when it lands.
 */
public final class CurveComparison {

	/** One loaded curve, at the position of its item in the comparison (which chooses its colour and line style). */
	public record Curve(int index, String id, String description, double[] t, double[] adaptiveMse) {
	}

	public static final CurveComparison EMPTY = new CurveComparison(List.of());

	private final List<SessionFacts> items;
	private final List<ComparisonTable.Row> rows;
	private final Map<String, PerStepTable> curves = new HashMap<>();

	private CurveComparison(List<SessionFacts> items) {
		this.items = List.copyOf(items);
		this.rows = ComparisonTable.rows(this.items);
	}

	/** The newest runs of {@code sessions}; null entries (e.g. a missing parent) and repeats are skipped. */
	public static CurveComparison ofSessions(List<Session> sessions) {
		List<SessionFacts> items = new ArrayList<>();
		for (Session s : sessions) {
			if (s != null && items.stream().noneMatch(f -> f.session() == s)) {
				items.add(SessionFacts.of(s));
			}
		}
		return new CurveComparison(items);
	}

	/** Single runs (of one session or several), each named by its run id; null entries and repeats are skipped. */
	public static CurveComparison ofRuns(List<Run> runs) {
		List<SessionFacts> items = new ArrayList<>();
		for (Run r : runs) {
			if (r != null && items.stream().noneMatch(f -> f.newestRun() == r)) {
				items.add(SessionFacts.ofRun(r));
			}
		}
		return new CurveComparison(items);
	}

	public List<SessionFacts> items() {
		return items;
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** The item shown last, whose lineage the breadcrumb shows (null when nothing is compared). */
	public Session lastSession() {
		return items.isEmpty() ? null : items.getLast().session();
	}

	/** The table rows, all or only those where the compared items differ. */
	public List<ComparisonTable.Row> rows(boolean onlyDiffering) {
		return ComparisonTable.filter(rows, onlyDiffering);
	}

	/** True when single runs are compared (an item named by a run id rather than its session's id). */
	public boolean ofRuns() {
		return items.stream().anyMatch(f -> !f.id().equals(f.session().getId()));
	}

	public String chartTitle() {
		return ofRuns() ? "Adaptive MSE of each compared run" : "Adaptive MSE of each session's newest run";
	}

	/** The sentence above the chart: what is compared, and which items have no curve because they never ran. */
	public String header() {
		if (items.isEmpty()) {
			return "Nothing to compare yet: select sessions in the Sessions view and choose Compare Selected, or Compare with Parent.";
		}
		List<String> never = items.stream().filter(f -> f.newestRun() == null).map(SessionFacts::id).toList();
		return "Comparing " + (ofRuns() ? "the runs " : "the newest runs of ") + String.join(", ", ids())
				+ (never.isEmpty() ? "" : ".  No curve for " + String.join(", ", never) + ": never run.");
	}

	public List<String> ids() {
		return items.stream().map(SessionFacts::id).toList();
	}

	/** The items that have a run, whose per_step.csv is to be read. */
	public List<SessionFacts> toLoad() {
		return items.stream().filter(f -> f.newestRun() != null).toList();
	}

	/** A curve read for item {@code id}. */
	public void addCurve(String id, PerStepTable table) {
		curves.put(id, table);
	}

	/** The curves read so far, in the order of the items. */
	public List<Curve> curves() {
		List<Curve> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			SessionFacts f = items.get(i);
			PerStepTable table = curves.get(f.id());
			if (table != null) {
				String runId = f.newestRun().getId();
				out.add(new Curve(i, f.id(), f.id().equals(runId) ? runId : f.id() + " (" + runId + ")", steps(table),
						table.adaptiveMse()));
			}
		}
		return out;
	}

	/** The curves as numbers: t, then one adaptive-MSE column per loaded item (blank past a shorter run's end). */
	public CsvTable curvesCsv() {
		List<Curve> shown = curves();
		List<String> header = new ArrayList<>(List.of("t"));
		shown.forEach(c -> header.add(c.id() + " adaptive_mse"));
		CsvTable csv = new CsvTable(header);
		int steps = shown.stream().mapToInt(c -> c.adaptiveMse().length).max().orElse(0);
		for (int i = 0; i < steps; i++) {
			List<Object> row = new ArrayList<>();
			row.add(i);
			for (Curve c : shown) {
				row.add(i < c.adaptiveMse().length ? Double.toString(c.adaptiveMse()[i]) : "");
			}
			csv.row(row);
		}
		return csv;
	}

	/** The table rows shown: setting, then one value per compared item. */
	public CsvTable metricsCsv(boolean onlyDiffering) {
		List<String> header = new ArrayList<>(List.of("setting"));
		header.addAll(ids());
		CsvTable csv = new CsvTable(header);
		for (ComparisonTable.Row r : rows(onlyDiffering)) {
			List<Object> row = new ArrayList<>(List.of(r.name()));
			row.addAll(r.values());
			csv.row(row);
		}
		return csv;
	}

	/** A file name for exports: "compare_" and the compared ids. */
	public String suggestedName() {
		return "compare_" + String.join("_", ids());
	}

	private static double[] steps(PerStepTable table) {
		double[] t = new double[table.steps()];
		for (int i = 0; i < t.length; i++) {
			t[i] = table.t()[i];
		}
		return t;
	}
}
