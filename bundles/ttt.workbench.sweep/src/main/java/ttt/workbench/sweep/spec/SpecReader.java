package ttt.workbench.sweep.spec;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import ttt.workbench.store.SessionIds;

/**
 * Reads and validates a sweep spec (YAML; JSON is YAML too) with Jackson's YAML parser, keeping the line and column
 * of every key and value, so that each problem is reported where it is: unknown keys, duplicate keys, wrong types,
 * values out of range, bad distributions, empty grid axes, a name that is not folder-safe. Every problem of the file
 * is collected and reported at once ({@link SpecException}); nothing is written by reading. Problems that need the
 * store (an unknown {@code from} session, ids that clash with existing sessions) are found by
 * {@link ttt.workbench.sweep.Sweeps#prepare}.
 *
 * <p>Numbers: YAML 1.1 reads {@code 1e-4} (no dot) as a string; a string that is a plain decimal number is accepted
 * where a float is expected, so {@code lr: 1e-4} means what it says. Integers must be written as integers
 * ({@code chunk: 32}, not {@code 32.0}).
 */
public final class SpecReader {

	/** Largest number of points one spec may make. */
	public static final long MAX_POINTS = 100_000;
	/** Longest run of a sweep. */
	public static final int MAX_RUN_STEPS = 1_000_000;
	/** Largest number of samples. */
	public static final int MAX_SAMPLES = 100_000;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
	private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
	private static final long MAX_SEED = Integer.MAX_VALUE;

	/** A parsed YAML value with its place in the file. */
	private static final class Node {
		final SpecLocation at;
		final JsonToken token;
		final Object scalar;
		final Map<String, Node> map;
		final Map<String, SpecLocation> keyAt;
		final List<Node> list;

		Node(SpecLocation at, JsonToken token, Object scalar, Map<String, Node> map, Map<String, SpecLocation> keyAt, List<Node> list) {
			this.at = at;
			this.token = token;
			this.scalar = scalar;
			this.map = map;
			this.keyAt = keyAt;
			this.list = list;
		}

		boolean isMap() {
			return map != null;
		}

		boolean isList() {
			return list != null;
		}

		String describe() {
			if (isMap()) {
				return "a mapping";
			}
			if (isList()) {
				return "a list";
			}
			return switch (token) {
			case VALUE_STRING -> "the string '" + scalar + "'";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + scalar;
			case VALUE_TRUE, VALUE_FALSE -> "the boolean " + scalar;
			case VALUE_NULL -> "null";
			default -> token.toString();
			};
		}
	}

	private final String file;
	private final List<SpecProblem> problems = new ArrayList<>();

	private SpecReader(String file) {
		this.file = file;
	}

	/** Reads {@code file}; a file that cannot be read or decoded is one problem without a line. */
	public static SweepSpec read(Path file) throws SpecException {
		String label = file.toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new SpecException(List.of(new SpecProblem(label, 0, 0, "cannot read the spec: " + e.getMessage())));
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new SpecException(List.of(new SpecProblem(label, 0, 0, "the spec is not UTF-8 text")));
		}
		return parse(text, label);
	}

	/** Parses and validates {@code text}; {@code file} names it in problems. */
	public static SweepSpec parse(String text, String file) throws SpecException {
		SpecReader r = new SpecReader(file);
		SweepSpec spec = r.parse(text);
		if (!r.problems.isEmpty()) {
			throw new SpecException(r.problems);
		}
		return spec;
	}

	private SweepSpec parse(String text) {
		Node root;
		try (JsonParser p = new YAMLFactory().createParser(text)) {
			JsonToken first = p.nextToken();
			if (first == null) {
				problems.add(new SpecProblem(file, 1, 1, "the spec is empty"));
				return null;
			}
			root = readNode(p);
			if (p.nextToken() != null) {
				problems.add(at(p.currentTokenLocation()).problem("a spec is one YAML document; found another"));
			}
		} catch (JsonProcessingException e) {
			String msg = e.getOriginalMessage();
			JsonLocation l = e.getLocation();
			problems.add(l != null ? at(l).problem("not valid YAML: " + firstLine(msg)) : new SpecProblem(file, 0, 0, "not valid YAML: " + firstLine(msg)));
			return null;
		} catch (IOException e) {
			problems.add(new SpecProblem(file, 0, 0, "cannot read the spec: " + e.getMessage()));
			return null;
		}
		if (!root.isMap()) {
			problems.add(root.at.problem("a spec is a mapping of keys (name, runs, seeds, parameters …), found " + root.describe()));
			return null;
		}
		return validate(root, text);
	}

	private static String firstLine(String s) {
		if (s == null) {
			return "syntax error";
		}
		int nl = s.indexOf('\n');
		return (nl < 0 ? s : s.substring(0, nl)).trim();
	}

	private Node readNode(JsonParser p) throws IOException {
		SpecLocation at = at(p.currentTokenLocation());
		JsonToken t = p.currentToken();
		if (t == JsonToken.START_OBJECT) {
			Map<String, Node> map = new LinkedHashMap<>();
			Map<String, SpecLocation> keyAt = new LinkedHashMap<>();
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String key = p.currentName();
				SpecLocation kl = at(p.currentTokenLocation());
				p.nextToken();
				Node value = readNode(p);
				if (map.containsKey(key)) {
					problems.add(kl.problem("duplicate key '" + key + "' (first at line " + keyAt.get(key).line() + ")"));
					continue;
				}
				map.put(key, value);
				keyAt.put(key, kl);
			}
			return new Node(at, t, null, map, keyAt, null);
		}
		if (t == JsonToken.START_ARRAY) {
			List<Node> list = new ArrayList<>();
			while (p.nextToken() != JsonToken.END_ARRAY) {
				list.add(readNode(p));
			}
			return new Node(at, t, null, null, null, list);
		}
		Object value = switch (t) {
		case VALUE_STRING -> p.getText();
		case VALUE_NUMBER_INT -> p.getNumberValue();
		case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
		case VALUE_TRUE -> Boolean.TRUE;
		case VALUE_FALSE -> Boolean.FALSE;
		case VALUE_NULL -> null;
		default -> p.getText();
		};
		return new Node(at, t, value, null, null, null);
	}

	private SpecLocation at(JsonLocation l) {
		return new SpecLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
	}

	// ---- validation ----

	private SweepSpec validate(Node root, String text) {
		Map<String, SpecLocation> locations = new LinkedHashMap<>();
		Set<String> known = new HashSet<>(SweepSpec.KEYS);
		for (Parameter p : Parameter.values()) {
			known.add(p.key());
		}
		for (Map.Entry<String, Node> e : root.map.entrySet()) {
			locations.put(e.getKey(), e.getValue().at);
			if (!known.contains(e.getKey())) {
				List<String> all = new ArrayList<>(SweepSpec.KEYS);
				for (Parameter p : Parameter.values()) {
					all.add(p.key());
				}
				problems.add(root.keyAt.get(e.getKey()).problem("unknown key '" + e.getKey() + "' (known keys: " + String.join(", ", all) + ")"));
			}
		}
		String name = null;
		Node nameNode = root.map.get("name");
		if (nameNode == null) {
			problems.add(root.at.problem("missing key 'name' (the sweep's folder-safe name)"));
		} else if (nameNode.token != JsonToken.VALUE_STRING) {
			problems.add(nameNode.at.problem("'name' must be a string, found " + nameNode.describe()));
		} else {
			name = (String) nameNode.scalar;
			if (!NAME.matcher(name).matches()) {
				problems.add(nameNode.at.problem("'name' must be folder-safe: letters, digits, '.', '_' and '-', starting with a letter"
						+ " or digit, at most 100 characters; found '" + name + "'"));
				name = null;
			} else if (SessionIds.problem(name + "-00000").isPresent()) {
				problems.add(nameNode.at.problem("'name' cannot make session ids: " + SessionIds.problem(name + "-00000").get()));
				name = null;
			}
		}
		String from = null;
		Node fromNode = root.map.get("from");
		if (fromNode != null) {
			if (fromNode.token != JsonToken.VALUE_STRING) {
				problems.add(fromNode.at.problem("'from' must be 'base' or a session id, found " + fromNode.describe()));
			} else if (!fromNode.scalar.equals("base")) {
				from = (String) fromNode.scalar;
				if (SessionIds.problem(from).isPresent()) {
					problems.add(fromNode.at.problem("'from': invalid session id '" + from + "': " + SessionIds.problem(from).get()));
				}
			}
		}
		boolean reset = false;
		Node resetNode = root.map.get("reset_optimizer");
		if (resetNode != null) {
			if (resetNode.token == JsonToken.VALUE_TRUE || resetNode.token == JsonToken.VALUE_FALSE) {
				reset = (Boolean) resetNode.scalar;
			} else {
				problems.add(resetNode.at.problem("'reset_optimizer' must be true or false, found " + resetNode.describe()));
			}
		}
		List<Long> seeds = List.of(1337L);
		Node seedsNode = root.map.get("seeds");
		if (seedsNode != null) {
			seeds = seedList(seedsNode);
		}
		List<Integer> runs = List.of();
		Node runsNode = root.map.get("runs");
		if (runsNode == null) {
			problems.add(root.at.problem("missing key 'runs' (the run lengths of each session, e.g. runs: [600, 600])"));
		} else {
			runs = runList(runsNode);
		}
		Integer samples = null;
		Node samplesNode = root.map.get("samples");
		if (samplesNode != null) {
			Long s = integer(samplesNode, "'samples'");
			if (s != null) {
				if (s < 1 || s > MAX_SAMPLES) {
					problems.add(samplesNode.at.problem("'samples' must be from 1 to " + MAX_SAMPLES + ", found " + s));
				} else {
					samples = s.intValue();
				}
			}
		}
		long sampleSeed = 0;
		Node sampleSeedNode = root.map.get("sample_seed");
		if (sampleSeedNode != null) {
			Long s = integer(sampleSeedNode, "'sample_seed'");
			if (s != null) {
				if (s < 0) {
					problems.add(sampleSeedNode.at.problem("'sample_seed' must be >= 0, found " + s));
				} else {
					sampleSeed = s;
				}
			}
		}
		Map<Parameter, Object> fixed = new LinkedHashMap<>();
		Map<Parameter, List<Object>> grid = new LinkedHashMap<>();
		Map<Parameter, Distribution> sampled = new LinkedHashMap<>();
		boolean anyDistribution = false; // also those with problems: they are reported once, not again through 'samples'
		for (Parameter p : Parameter.values()) {
			Node n = root.map.get(p.key());
			if (n == null) {
				continue;
			}
			if (from != null && !p.runOverride()) {
				problems.add(root.keyAt.get(p.key()).problem("'" + p.key() + "' cannot be set when forking (from: " + from
						+ "): fork_session inherits mu, env_mode, the Muon settings and the optimizer from the parent; only "
						+ "chunk, buffer_len, rollback_tol, grad_norm_max and state_norm_max (run overrides) can vary; "
						+ "sweep it with from: base"));
				continue;
			}
			if (n.isList()) {
				if (n.list.isEmpty()) {
					problems.add(n.at.problem("'" + p.key() + "': empty grid axis (a list needs at least one value)"));
					continue;
				}
				List<Object> values = new ArrayList<>();
				boolean ok = true;
				for (Node element : n.list) {
					Object[] v = value(p, element, "'" + p.key() + "'");
					if (v == null) {
						ok = false;
					} else if (values.contains(v[0])) {
						problems.add(element.at.problem("'" + p.key() + "': " + Parameter.show(v[0]) + " appears twice on the grid axis"));
						ok = false;
					} else {
						values.add(v[0]);
					}
				}
				if (ok) {
					grid.put(p, values);
				}
			} else if (n.isMap()) {
				anyDistribution = true;
				Distribution d = distribution(p, n);
				if (d != null) {
					sampled.put(p, d);
				}
			} else {
				Object[] v = value(p, n, "'" + p.key() + "'");
				if (v != null) {
					fixed.put(p, v[0]);
				}
			}
		}
		if (!sampled.isEmpty() && samplesNode == null) {
			Parameter first = sampled.keySet().iterator().next();
			problems.add(root.map.get(first.key()).at.problem("'" + first.key() + "' has a distribution, so the spec needs "
					+ "'samples' (how many draws)"));
		}
		if (!anyDistribution && samples != null && samples != 1) {
			problems.add(samplesNode.at.problem("'samples' is " + samples + " but no parameter has a distribution "
					+ "(uniform, log_uniform, choice); leave it out or set it to 1"));
		}
		int nSamples = sampled.isEmpty() ? 1 : (samples == null ? 1 : samples);
		if (!problems.isEmpty()) {
			return null;
		}
		long total = (long) nSamples * seeds.size();
		for (List<Object> axis : grid.values()) {
			total *= axis.size();
			if (total > MAX_POINTS) {
				break;
			}
		}
		if (total > MAX_POINTS) {
			problems.add(root.at.problem("the spec makes more than " + MAX_POINTS + " points (grid × samples × seeds)"));
			return null;
		}
		return new SweepSpec(name, from, reset, fixed, grid, sampled, nSamples, sampleSeed, seeds, runs, text, file, locations);
	}

	private List<Long> seedList(Node n) {
		List<Node> elements = n.isList() ? n.list : List.of(n);
		if (elements.isEmpty()) {
			problems.add(n.at.problem("'seeds' is empty (give at least one seed)"));
			return List.of();
		}
		List<Long> seeds = new ArrayList<>();
		for (Node e : elements) {
			Long s = integer(e, "'seeds'");
			if (s == null) {
				continue;
			}
			if (s < 0 || s > MAX_SEED) {
				problems.add(e.at.problem("'seeds': a seed must be from 0 to " + MAX_SEED + ", found " + s));
			} else if (seeds.contains(s)) {
				problems.add(e.at.problem("'seeds': seed " + s + " appears twice"));
			} else {
				seeds.add(s);
			}
		}
		return seeds;
	}

	private List<Integer> runList(Node n) {
		List<Node> elements = n.isList() ? n.list : List.of(n);
		if (elements.isEmpty()) {
			problems.add(n.at.problem("'runs' is empty (give the length of at least one run, e.g. runs: [600])"));
			return List.of();
		}
		List<Integer> runs = new ArrayList<>();
		for (Node e : elements) {
			Long s = integer(e, "'runs'");
			if (s == null) {
				continue;
			}
			if (s < 1 || s > MAX_RUN_STEPS) {
				problems.add(e.at.problem("'runs': a run length must be from 1 to " + MAX_RUN_STEPS + " steps, found " + s));
			} else {
				runs.add(s.intValue());
			}
		}
		return runs;
	}

	/** An integer scalar as a long, or null after reporting a problem. */
	private Long integer(Node n, String what) {
		if (n.token == JsonToken.VALUE_NUMBER_INT && !(n.scalar instanceof BigInteger)) {
			return ((Number) n.scalar).longValue();
		}
		problems.add(n.at.problem(what + " must be an integer, found " + n.describe()));
		return null;
	}

	/** One value of {@code p}, converted and range-checked, boxed in an array (null inside is YAML null); null on a problem. */
	private Object[] value(Parameter p, Node n, String what) {
		Object v;
		switch (p.kind()) {
		case FLOAT -> {
			Double d = number(n);
			if (d == null) {
				problems.add(n.at.problem(what + " must be a number, found " + n.describe()));
				return null;
			}
			v = d;
		}
		case INT -> {
			if (n.token != JsonToken.VALUE_NUMBER_INT || n.scalar instanceof BigInteger
					|| Math.abs(((Number) n.scalar).longValue()) > Integer.MAX_VALUE) {
				problems.add(n.at.problem(what + " must be an integer, found " + n.describe()));
				return null;
			}
			v = ((Number) n.scalar).intValue();
		}
		default -> {
			if (n.token == JsonToken.VALUE_NULL) {
				v = null;
			} else if (n.token == JsonToken.VALUE_STRING) {
				v = n.scalar;
			} else {
				problems.add(n.at.problem(what + " must be one of " + String.join(", ", p.choices().stream()
						.map(c -> c == null ? "null" : c).toList()) + ", found " + n.describe()));
				return null;
			}
		}
		}
		String range = p.rangeProblem(v);
		if (range != null) {
			problems.add(n.at.problem(what + " " + range));
			return null;
		}
		return new Object[] { v };
	}

	private static Double number(Node n) {
		if (n.token == JsonToken.VALUE_NUMBER_INT || n.token == JsonToken.VALUE_NUMBER_FLOAT) {
			return ((Number) n.scalar).doubleValue();
		}
		if (n.token == JsonToken.VALUE_STRING && DECIMAL.matcher(((String) n.scalar).trim()).matches()) {
			return Double.parseDouble(((String) n.scalar).trim());
		}
		return null;
	}

	private Distribution distribution(Parameter p, Node n) {
		String what = "'" + p.key() + "'";
		if (n.map.size() != 1) {
			problems.add(n.at.problem(what + ": a distribution is a mapping with exactly one key (uniform, log_uniform or choice), found "
					+ (n.map.isEmpty() ? "none" : String.join(", ", n.map.keySet()))));
			return null;
		}
		String key = n.map.keySet().iterator().next();
		Node args = n.map.get(key);
		Distribution.Type type = Distribution.Type.byKey(key);
		if (type == null) {
			problems.add(n.keyAt.get(key).problem(what + ": unknown distribution '" + key + "' (uniform, log_uniform or choice)"));
			return null;
		}
		if (!args.isList()) {
			problems.add(args.at.problem(what + ": " + key + " needs a list, found " + args.describe()));
			return null;
		}
		if (type == Distribution.Type.CHOICE) {
			if (args.list.isEmpty()) {
				problems.add(args.at.problem(what + ": choice needs at least one value"));
				return null;
			}
			List<Object> values = new ArrayList<>();
			boolean ok = true;
			for (Node e : args.list) {
				Object[] v = value(p, e, what);
				if (v == null) {
					ok = false;
				} else {
					values.add(v[0]);
				}
			}
			return ok ? new Distribution(type, Double.NaN, Double.NaN, values) : null;
		}
		if (p.kind() != Parameter.Kind.FLOAT) {
			problems.add(n.keyAt.get(key).problem(what + ": " + key + " is for real-valued parameters; use choice: [...] for " + p.key()));
			return null;
		}
		if (args.list.size() != 2) {
			problems.add(args.at.problem(what + ": " + key + " needs [low, high], found " + args.list.size() + " values"));
			return null;
		}
		Object[] lo = value(p, args.list.get(0), what + " " + key + " low");
		Object[] hi = value(p, args.list.get(1), what + " " + key + " high");
		if (lo == null || hi == null) {
			return null;
		}
		double l = (Double) lo[0], h = (Double) hi[0];
		if (!(l < h)) {
			problems.add(args.at.problem(what + ": " + key + " needs low < high, found [" + Parameter.show(l) + ", " + Parameter.show(h) + "]"));
			return null;
		}
		if (type == Distribution.Type.LOG_UNIFORM && l <= 0) {
			problems.add(args.list.get(0).at.problem(what + ": log_uniform needs low > 0, found " + Parameter.show(l)));
			return null;
		}
		return new Distribution(type, l, h, null);
	}
}
