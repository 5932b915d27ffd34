package ttt.workbench.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.sweep.spec.Parameter;

/**
 * One point of a sweep: one session and its runs. Serializable (a Spark executor receives it).
 *
 * @param sweep          the sweep's name
 * @param number         the point number (stable for a spec; see {@link SweepPlan})
 * @param sessionId      {@code <sweep>-<number, 4 digits (5+ when the sweep has more than 10,000 points)>}
 * @param parameters     the point's settings by key ({@link Parameter#key()}), in {@link Parameter} order: Double, Integer,
 *                       String or null values; only those the spec sets (the others take new_session's defaults)
 * @param seed           the point's seed: new_session's {@code --seed} (draws μ when the spec gives none) and run 0's seed
 * @param from           null for a new session from the base, else the session it forks
 * @param resetOptimizer for a fork: start a fresh optimizer instead of copying the parent's momentum
 * @param runs           the run lengths, in order
 */
public record SweepPoint(String sweep, int number, String sessionId, Map<String, Object> parameters, long seed, String from,
		boolean resetOptimizer, List<Integer> runs) implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The key every sweep session's meta.json gets (a new top-level key; the reference ignores it). */
	public static final String META_KEY = "sweep";

	/** The run seeds are {@code seed + k · RUN_SEED_STRIDE (mod 2³¹)} for run k (so run 0 uses the point's seed). */
	public static final long RUN_SEED_STRIDE = 1_000_003L;

	public SweepPoint {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		runs = List.copyOf(runs);
	}

	/** The seed of run {@code k}: {@code (seed + k · 1,000,003) mod 2³¹}. */
	public long runSeed(int k) {
		return Math.floorMod(seed + k * RUN_SEED_STRIDE, 1L << 31);
	}

	public List<Long> runSeeds() {
		List<Long> seeds = new ArrayList<>();
		for (int k = 0; k < runs.size(); k++) {
			seeds.add(runSeed(k));
		}
		return seeds;
	}

	/** The settings without the seed: what points of one configuration share (the report aggregates over seeds). */
	public Map<String, Object> configuration() {
		return parameters;
	}

	/**
	 * The meta's {@code sweep} value: {@code {name, point, parameters: {…, seed}, from, reset_optimizer (forks),
	 * runs, run_seeds}}.
	 */
	public ObjectNode toJson() {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("name", sweep);
		node.put("point", number);
		node.set("parameters", parametersJson(parameters, seed));
		node.put("from", from == null ? "base" : from);
		if (from != null) {
			node.put("reset_optimizer", resetOptimizer);
		}
		ArrayNode r = node.putArray("runs");
		runs.forEach(r::add);
		ArrayNode s = node.putArray("run_seeds");
		runSeeds().forEach(s::add);
		return node;
	}

	public static ObjectNode parametersJson(Map<String, Object> parameters, Long seed) {
		ObjectNode p = JsonNodeFactory.instance.objectNode();
		parameters.forEach((k, v) -> {
			if (v == null) {
				p.putNull(k);
			} else if (v instanceof Double d) {
				p.put(k, d);
			} else if (v instanceof Integer i) {
				p.put(k, i);
			} else {
				p.put(k, v.toString());
			}
		});
		if (seed != null) {
			p.put("seed", seed);
		}
		return p;
	}

	/**
	 * Whether a session's {@code sweep} value says it is this point: same name, number, parameters (compared as typed
	 * values: numbers as doubles or integers, so 0.1 written and read back is equal), seed, from, forks' optimizer
	 * choice and runs.
	 */
	public boolean matches(JsonNode sweepKey) {
		if (sweepKey == null || !sweepKey.isObject()) {
			return false;
		}
		if (!sweep.equals(sweepKey.path("name").asText(null)) || !sweepKey.path("point").isIntegralNumber()
				|| sweepKey.path("point").asLong() != number) {
			return false;
		}
		if (!(from == null ? "base" : from).equals(sweepKey.path("from").asText(null))) {
			return false;
		}
		if (from != null && sweepKey.path("reset_optimizer").asBoolean(!resetOptimizer) != resetOptimizer) {
			return false;
		}
		JsonNode r = sweepKey.path("runs");
		if (!r.isArray() || r.size() != runs.size()) {
			return false;
		}
		for (int i = 0; i < runs.size(); i++) {
			if (!r.get(i).isIntegralNumber() || r.get(i).asLong() != runs.get(i)) {
				return false;
			}
		}
		return sameParameters(sweepKey.path("parameters"));
	}

	private boolean sameParameters(JsonNode p) {
		if (!p.isObject() || p.size() != parameters.size() + 1 || !p.path("seed").isIntegralNumber() || p.path("seed").asLong() != seed) {
			return false;
		}
		for (Map.Entry<String, Object> e : parameters.entrySet()) {
			JsonNode v = p.get(e.getKey());
			Object expected = e.getValue();
			if (v == null) {
				return false;
			}
			if (expected == null) {
				if (!v.isNull()) {
					return false;
				}
			} else if (expected instanceof Double d) {
				if (!v.isNumber() || Double.compare(v.asDouble(), d) != 0) {
					return false;
				}
			} else if (expected instanceof Integer i) {
				if (!v.isIntegralNumber() || v.asLong() != i) {
					return false;
				}
			} else if (!v.isTextual() || !v.asText().equals(expected)) {
				return false;
			}
		}
		return true;
	}
}
