package ttt.workbench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;

/**
 * {@code <root>/sweeps/<name>/manifest.json}: point number → parameters → session id → state
 * ({@code done}, {@code failed} with the message, {@code pending}). A cache of the sessions' {@code sweep} keys
 * (ARCHITECTURE: one source of truth): a resumed sweep trusts the sessions, and only takes failure messages from
 * here. Written whole (temp file + rename), sorted keys, 2-space indent like every JSON file of the store:
 *
 * <pre>
 * {"name": "mu-vs-lr", "points": [{"parameters": {"mu": 0.05, "seed": 1}, "point": 0, "session_id": "mu-vs-lr-0000",
 *   "state": "done"}, …], "schema_version": 1, "total": 18, "updated_at_unix": 1796000000}
 * </pre>
 */
public final class Manifest {

	public static final String FILE = "manifest.json";
	public static final String SPEC_FILE = "spec.yaml";
	public static final String SWEEPS_DIR = "sweeps";

	public enum State {
		PENDING("pending"), DONE("done"), FAILED("failed");

		private final String key;

		State(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

		static State of(String key) {
			for (State s : values()) {
				if (s.key.equals(key)) {
					return s;
				}
			}
			return PENDING;
		}
	}

	public record Entry(State state, String error) {
	}

	private final SweepPlan plan;
	private final Map<Integer, Entry> entries = new TreeMap<>();

	public Manifest(SweepPlan plan) {
		this.plan = plan;
		for (SweepPoint p : plan.points()) {
			entries.put(p.number(), new Entry(State.PENDING, null));
		}
	}

	public static Path dir(Path storeRoot, String name) {
		return storeRoot.resolve(SWEEPS_DIR).resolve(name);
	}

	public static Path file(Path storeRoot, String name) {
		return dir(storeRoot, name).resolve(FILE);
	}

	public synchronized void set(int point, State state, String error) {
		entries.put(point, new Entry(state, error));
	}

	public synchronized Entry get(int point) {
		return entries.get(point);
	}

	public synchronized long count(State state) {
		return entries.values().stream().filter(e -> e.state() == state).count();
	}

	/**
	 * The failure messages of an earlier manifest (it may be missing or damaged: it is a cache), by point number, for
	 * points whose session id and parameters are still those of {@code plan}.
	 */
	public static Map<Integer, String> previousFailures(Path file, SweepPlan plan) {
		Map<Integer, String> failures = new TreeMap<>();
		try {
			if (!Files.isRegularFile(file)) {
				return failures;
			}
			JsonNode root = PythonJsonReader.parse(Files.readAllBytes(file), file);
			for (JsonNode p : root.path("points")) {
				int n = p.path("point").asInt(-1);
				if (n >= 0 && n < plan.size() && "failed".equals(p.path("state").asText())
						&& plan.points().get(n).sessionId().equals(p.path("session_id").asText())) {
					failures.put(n, p.path("error").asText(""));
				}
			}
		} catch (IOException | RuntimeException e) {
			// a damaged cache is rebuilt from the sessions
		}
		return failures;
	}

	public synchronized ObjectNode toJson() {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("schema_version", 1);
		root.put("name", plan.spec().name());
		root.put("total", plan.size());
		root.put("updated_at_unix", System.currentTimeMillis() / 1000);
		root.put("from", plan.spec().from() == null ? "base" : plan.spec().from());
		ArrayNode points = root.putArray("points");
		for (SweepPoint p : plan.points()) {
			Entry e = entries.get(p.number());
			ObjectNode o = points.addObject();
			o.put("point", p.number());
			o.put("session_id", p.sessionId());
			o.set("parameters", SweepPoint.parametersJson(p.parameters(), p.seed()));
			o.put("state", e.state().key());
			if (e.error() != null) {
				o.put("error", e.error());
			}
		}
		return root;
	}

	/** Writes the manifest whole (the caller holds the store lock). */
	public void write(Path storeRoot) throws IOException {
		AtomicFiles.writeString(file(storeRoot, plan.spec().name()), PythonJsonWriter.pretty(toJson()));
	}
}
