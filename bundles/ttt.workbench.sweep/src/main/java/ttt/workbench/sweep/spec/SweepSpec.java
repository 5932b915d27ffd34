package ttt.workbench.sweep.spec;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated sweep spec (SPEC §6). Read one with {@link SpecReader}; turn it into points with
 * {@link ttt.workbench.sweep.SweepPlan#of(SweepSpec)}.
 *
 * <pre>
 * name: mu-vs-lr            # folder-safe; sessions are named &lt;name&gt;-&lt;4-digit point number&gt;
 * from: base                # or an existing session id: each point forks it
 * reset_optimizer: false    # for forks: false copies the parent's momentum, true starts a fresh optimizer
 * env_mode: [linear, nonlinear]     # a list is a grid axis; a single value is fixed
 * mu: [0.05, 0.12, 0.2]
 * lr: {log_uniform: [1e-4, 1e-2]}   # a distribution is sampled (also uniform: [lo, hi], choice: [a, b, …])
 * rollback_tol: 0.2
 * seeds: [1, 2, 3]          # one session per seed and configuration
 * runs: [600, 600]          # each session runs these lengths in order
 * samples: 20               # draws of the distributions (required with a distribution, else absent or 1)
 * sample_seed: 7            # seeds the draws (default 0)
 * </pre>
 *
 * @param name        the sweep's name (folder-safe)
 * @param from        null for {@code from: base}, else the id of the session every point forks
 * @param fixed       parameters given one value
 * @param grid        grid axes (each a non-empty list), in {@link Parameter} order
 * @param sampled     distributions, in {@link Parameter} order
 * @param text        the spec exactly as given (written to {@code sweeps/<name>/spec.yaml})
 * @param file        where it was read from (for messages)
 * @param locations   where the top-level keys' values are (for problems found later, e.g. "name", "from")
 */
public record SweepSpec(String name, String from, boolean resetOptimizer, Map<Parameter, Object> fixed,
		Map<Parameter, List<Object>> grid, Map<Parameter, Distribution> sampled, int samples, long sampleSeed, List<Long> seeds,
		List<Integer> runs, String text, String file, Map<String, SpecLocation> locations) implements Serializable {

	private static final long serialVersionUID = 1L;

	/** Keys of the spec besides the parameters. */
	public static final List<String> KEYS = List.of("name", "from", "reset_optimizer", "seeds", "runs", "samples", "sample_seed");

	public SweepSpec {
		fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
		grid = Collections.unmodifiableMap(new LinkedHashMap<>(grid));
		sampled = Collections.unmodifiableMap(new LinkedHashMap<>(sampled));
		seeds = List.copyOf(seeds);
		runs = List.copyOf(runs);
		locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
	}

	public boolean fromBase() {
		return from == null;
	}

	/** Where the value of top-level {@code key} is, or the start of the file. */
	public SpecLocation location(String key) {
		SpecLocation l = locations.get(key);
		return l != null ? l : new SpecLocation(file, 1, 1);
	}
}
