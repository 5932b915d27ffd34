package ttt.workbench.sweep.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.engine.analysis.LearningFigures;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.sweep.Manifest;
import ttt.workbench.sweep.SweepPoint;
import ttt.workbench.sweep.spec.Parameter;

/**
 * {@code ttt sweep_report}: the results of a sweep, read from the store — the sessions whose meta has
 * {@code sweep.name} = the sweep's name, and their runs' metrics — plus the manifest's points that have no session
 * yet (pending or failed, without figures).
 *
 * <p>Per point: its parameters and seed; persistent learning (base → session_start), online learning
 * (session_start → adaptive) and total learning (base → adaptive) of the session's <em>last</em> run, exactly as the
 * workbench defines them ({@link LearningFigures}: drops of the whole-run mean MSEs of metrics.json, positive =
 * better); the final-100 MSEs of the last run (base, session_start, adaptive: metrics.json's last-100 means); and the
 * commits and rollbacks summed over all of the session's runs.
 *
 * <p>Per configuration (points with the same parameters apart from the seed): for each figure the mean, the sample
 * standard deviation (n − 1 in the denominator; with n = 1 it is undefined: blank in table and CSV, null in JSON)
 * and n, the number of done points of that configuration.
 */
public final class SweepReport {

	/** The figures of one point, in report order; NaN when the point has none. */
	public static final List<String> FIGURES = List.of("persistent", "online", "total", "base_last100", "session_start_last100",
			"adaptive_last100", "commits", "rollbacks");

	public record PointRow(int point, String sessionId, Map<String, Object> parameters, long seed, String state,
			Map<String, Double> figures) {
	}

	public record Stat(double mean, double std, int n) {
	}

	public record ConfigRow(Map<String, Object> parameters, int n, Map<String, Stat> figures) {
	}

	private final String name;
	private final List<String> parameterKeys;
	private final List<PointRow> points;
	private final List<ConfigRow> configurations;

	private SweepReport(String name, List<String> parameterKeys, List<PointRow> points, List<ConfigRow> configurations) {
		this.name = name;
		this.parameterKeys = parameterKeys;
		this.points = points;
		this.configurations = configurations;
	}

	public String name() {
		return name;
	}

	public List<PointRow> points() {
		return points;
	}

	public List<ConfigRow> configurations() {
		return configurations;
	}

	/** @throws IOException when the store has no session and no manifest of that sweep */
	public static SweepReport of(ArtifactStore store, String name) throws IOException {
		Map<Integer, PointRow> rows = new TreeMap<>();
		for (Session s : store.model().getSessions()) {
			JsonNode key = s.getExtraJson() == null ? null : s.getExtraJson().get(SweepPoint.META_KEY);
			if (key == null || !name.equals(key.path("name").asText(null)) || !key.path("point").isIntegralNumber()) {
				continue;
			}
			Map<String, Object> params = parameters(key.path("parameters"));
			long seed = key.path("parameters").path("seed").asLong();
			rows.put(key.path("point").asInt(), new PointRow(key.path("point").asInt(), s.getId(), params, seed, "done", figures(s)));
		}
		Path manifest = Manifest.file(store.root(), name);
		if (Files.isRegularFile(manifest)) {
			JsonNode m = PythonJsonReader.parse(Files.readAllBytes(manifest), manifest);
			for (JsonNode p : m.path("points")) {
				int n = p.path("point").asInt(-1);
				if (n >= 0 && !rows.containsKey(n)) {
					Map<String, Double> none = new LinkedHashMap<>();
					FIGURES.forEach(f -> none.put(f, Double.NaN));
					String state = p.path("state").asText("pending");
					rows.put(n, new PointRow(n, p.path("session_id").asText(), parameters(p.path("parameters")),
							p.path("parameters").path("seed").asLong(), "done".equals(state) ? "missing" : state, none));
				}
			}
		} else if (rows.isEmpty()) {
			throw new IOException("no sweep \"" + name + "\" in the store at " + store.root()
					+ " (no session has a sweep key with that name and there is no " + store.root().relativize(manifest) + ")");
		}
		List<PointRow> points = new ArrayList<>(rows.values());
		Set<String> keys = new LinkedHashSet<>();
		for (Parameter p : Parameter.values()) {
			for (PointRow r : points) {
				if (r.parameters().containsKey(p.key())) {
					keys.add(p.key());
				}
			}
		}
		for (PointRow r : points) {
			keys.addAll(r.parameters().keySet()); // keys a newer product may add, after the known ones
		}
		return new SweepReport(name, List.copyOf(keys), points, aggregate(points));
	}

	/**
	 * A sweep key's parameters without the seed, as Java values: Long, Double, Boolean, String or null. Shared with the
	 * Experiment editor's loader, so the report and the editor group points into the same configurations.
	 */
	public static Map<String, Object> parameters(JsonNode p) {
		Map<String, Object> params = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> it = p.fields();
		while (it.hasNext()) {
			Map.Entry<String, JsonNode> e = it.next();
			if (e.getKey().equals("seed")) {
				continue;
			}
			JsonNode v = e.getValue();
			params.put(e.getKey(), v.isNull() ? null
					: v.isBoolean() ? (Object) v.asBoolean()
							: v.isIntegralNumber() ? (Object) v.asLong() : v.isNumber() ? (Object) v.asDouble() : v.asText());
		}
		return params;
	}

	private static Map<String, Double> figures(Session s) {
		Map<String, Double> f = new LinkedHashMap<>();
		RunMetrics last = s.getMetrics();
		LearningFigures lf = LearningFigures.of(last);
		f.put("persistent", lf == null ? Double.NaN : lf.persistent());
		f.put("online", lf == null ? Double.NaN : lf.online());
		f.put("total", lf == null ? Double.NaN : lf.total());
		f.put("base_last100", lf == null ? Double.NaN : last.getBaseMseLast100Mean());
		f.put("session_start_last100", lf == null ? Double.NaN : last.getSessionNoUpdateLast100Mean());
		f.put("adaptive_last100", lf == null ? Double.NaN : last.getAdaptiveLast100Mean());
		double commits = 0, rollbacks = 0;
		for (Run r : s.getRuns()) {
			if (r.getMetrics() != null) {
				commits += r.getMetrics().getUpdatesCommitted();
				rollbacks += r.getMetrics().getUpdatesRolledBack();
			}
		}
		f.put("commits", s.getRuns().isEmpty() ? Double.NaN : commits);
		f.put("rollbacks", s.getRuns().isEmpty() ? Double.NaN : rollbacks);
		return f;
	}

	private static List<ConfigRow> aggregate(List<PointRow> points) {
		Map<String, List<PointRow>> groups = new LinkedHashMap<>();
		for (PointRow r : points) {
			if (!"done".equals(r.state())) {
				continue;
			}
			groups.computeIfAbsent(SweepPoint.parametersJson(r.parameters().entrySet().stream().collect(LinkedHashMap::new,
					(m, e) -> m.put(e.getKey(), e.getValue() instanceof Long l ? (Object) l.intValue() : e.getValue()), Map::putAll), null)
					.toString(), k -> new ArrayList<>()).add(r);
		}
		List<ConfigRow> rows = new ArrayList<>();
		for (List<PointRow> group : groups.values()) {
			Map<String, Stat> stats = new LinkedHashMap<>();
			for (String f : FIGURES) {
				List<Double> values = new ArrayList<>();
				for (PointRow r : group) {
					double v = r.figures().get(f);
					if (!Double.isNaN(v)) {
						values.add(v);
					}
				}
				stats.put(f, stat(values));
			}
			rows.add(new ConfigRow(group.get(0).parameters(), group.size(), stats));
		}
		return rows;
	}

	/** Mean and sample standard deviation (two-pass, n − 1); std NaN for n &lt; 2, mean NaN for n = 0. */
	static Stat stat(List<Double> values) {
		int n = values.size();
		if (n == 0) {
			return new Stat(Double.NaN, Double.NaN, 0);
		}
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		double mean = sum / n;
		if (n < 2) {
			return new Stat(mean, Double.NaN, n);
		}
		double ss = 0;
		for (double v : values) {
			ss += (v - mean) * (v - mean);
		}
		return new Stat(mean, Math.sqrt(ss / (n - 1)), n);
	}

	// ---- formats ----

	/** Numbers as the report and the editor's tables show them: integers without a fraction, else 6 significant digits. */
	public static String number(double v) {
		if (Double.isNaN(v)) {
			return "";
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		String s = String.format(Locale.ROOT, "%.6g", v);
		int e = s.indexOf('e');
		String mantissa = e < 0 ? s : s.substring(0, e);
		if (mantissa.contains(".")) {
			mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return e < 0 ? mantissa : mantissa + s.substring(e);
	}

	private static String value(Object v) {
		if (v == null) {
			return "null";
		}
		if (v instanceof Double d) {
			return number(d);
		}
		return v.toString();
	}

	/** Two aligned tables: the points, then the configurations (mean ± std over seeds, and n). */
	public String table() {
		StringBuilder out = new StringBuilder();
		long done = points.stream().filter(p -> p.state().equals("done")).count();
		out.append("sweep ").append(name).append(": ").append(points.size()).append(" points, ").append(done).append(" done\n\n");
		List<String> header = new ArrayList<>(List.of("point", "session_id"));
		header.addAll(parameterKeys);
		header.add("seed");
		header.add("state");
		header.addAll(FIGURES);
		List<List<String>> cells = new ArrayList<>();
		for (PointRow r : points) {
			List<String> row = new ArrayList<>(List.of(Integer.toString(r.point()), r.sessionId()));
			parameterKeys.forEach(k -> row.add(r.parameters().containsKey(k) ? value(r.parameters().get(k)) : ""));
			row.add(Long.toString(r.seed()));
			row.add(r.state());
			FIGURES.forEach(f -> row.add(number(r.figures().get(f))));
			cells.add(row);
		}
		align(out, header, cells);
		out.append("\nconfigurations (mean ± sample std over seeds; no std when n = 1):\n\n");
		List<String> h2 = new ArrayList<>(parameterKeys);
		h2.add("n");
		h2.addAll(FIGURES);
		List<List<String>> c2 = new ArrayList<>();
		for (ConfigRow c : configurations) {
			List<String> row = new ArrayList<>();
			parameterKeys.forEach(k -> row.add(c.parameters().containsKey(k) ? value(c.parameters().get(k)) : ""));
			row.add(Integer.toString(c.n()));
			for (String f : FIGURES) {
				Stat s = c.figures().get(f);
				row.add(Double.isNaN(s.std()) ? number(s.mean()) : number(s.mean()) + " ± " + number(s.std()));
			}
			c2.add(row);
		}
		align(out, h2, c2);
		return out.toString();
	}

	private static void align(StringBuilder out, List<String> header, List<List<String>> rows) {
		int[] w = new int[header.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = header.get(i).length();
			for (List<String> r : rows) {
				w[i] = Math.max(w[i], r.get(i).length());
			}
		}
		List<List<String>> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		for (List<String> r : all) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < w.length; i++) {
				String cell = r.get(i);
				line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(w[i] - cell.length()));
			}
			out.append(line.toString().stripTrailing()).append('\n');
		}
	}

	/**
	 * One CSV with both kinds of rows: {@code row} is {@code point} or {@code configuration}; for a configuration the
	 * figure columns hold the mean and {@code <figure>_std} the sample std (blank when n = 1), {@code n} the count;
	 * for a point the std columns are blank and n is 1.
	 */
	public String csv() {
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("row", "point", "session_id"));
		header.addAll(parameterKeys);
		header.add("seed");
		header.add("state");
		header.add("n");
		for (String f : FIGURES) {
			header.add(f);
			header.add(f + "_std");
		}
		out.append(String.join(",", header)).append('\n');
		for (PointRow r : points) {
			List<String> row = new ArrayList<>(List.of("point", Integer.toString(r.point()), csvCell(r.sessionId())));
			parameterKeys.forEach(k -> row.add(r.parameters().containsKey(k) ? csvCell(csvValue(r.parameters().get(k))) : ""));
			row.add(Long.toString(r.seed()));
			row.add(r.state());
			row.add("done".equals(r.state()) ? "1" : "0");
			for (String f : FIGURES) {
				row.add(csvNum(r.figures().get(f)));
				row.add("");
			}
			out.append(String.join(",", row)).append('\n');
		}
		for (ConfigRow c : configurations) {
			List<String> row = new ArrayList<>(List.of("configuration", "", ""));
			parameterKeys.forEach(k -> row.add(c.parameters().containsKey(k) ? csvCell(csvValue(c.parameters().get(k))) : ""));
			row.add("");
			row.add("");
			row.add(Integer.toString(c.n()));
			for (String f : FIGURES) {
				row.add(csvNum(c.figures().get(f).mean()));
				row.add(csvNum(c.figures().get(f).std()));
			}
			out.append(String.join(",", row)).append('\n');
		}
		return out.toString();
	}

	/** Parameters at full precision in CSV (the table rounds them to 6 digits). */
	private static String csvValue(Object v) {
		return v instanceof Double d ? ttt.workbench.store.json.PythonFloats.repr(d) : value(v);
	}

	private static String csvNum(double v) {
		return Double.isNaN(v) ? "" : ttt.workbench.store.json.PythonFloats.repr(v);
	}

	private static String csvCell(String s) {
		return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	/**
	 * {@code {"name", "points": [{point, session_id, parameters, seed, state, figures: {…}}], "configurations":
	 * [{parameters, n, figures: {name: {mean, std, n}}}]}}; undefined values (no figures, std with n = 1) are null.
	 */
	public ObjectNode json() {
		JsonNodeFactory f = JsonNodeFactory.instance;
		ObjectNode root = f.objectNode();
		root.put("name", name);
		var pts = root.putArray("points");
		for (PointRow r : points) {
			ObjectNode o = pts.addObject();
			o.put("point", r.point());
			o.put("session_id", r.sessionId());
			o.set("parameters", params(r.parameters()));
			o.put("seed", r.seed());
			o.put("state", r.state());
			ObjectNode fig = o.putObject("figures");
			r.figures().forEach((k, v) -> putNum(fig, k, v));
		}
		var cfgs = root.putArray("configurations");
		for (ConfigRow c : configurations) {
			ObjectNode o = cfgs.addObject();
			o.set("parameters", params(c.parameters()));
			o.put("n", c.n());
			ObjectNode fig = o.putObject("figures");
			c.figures().forEach((k, s) -> {
				ObjectNode st = fig.putObject(k);
				putNum(st, "mean", s.mean());
				putNum(st, "std", s.std());
				st.put("n", s.n());
			});
		}
		return root;
	}

	private static ObjectNode params(Map<String, Object> p) {
		ObjectNode o = JsonNodeFactory.instance.objectNode();
		p.forEach((k, v) -> {
			if (v == null) {
				o.putNull(k);
			} else if (v instanceof Long l) {
				o.put(k, l);
			} else if (v instanceof Double d) {
				o.put(k, d);
			} else {
				o.put(k, v.toString());
			}
		});
		return o;
	}

	private static void putNum(ObjectNode o, String k, double v) {
		if (Double.isNaN(v)) {
			o.putNull(k);
		} else {
			o.put(k, v);
		}
	}
}
