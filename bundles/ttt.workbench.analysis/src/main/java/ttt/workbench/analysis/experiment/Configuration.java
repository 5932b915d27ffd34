package ttt.workbench.analysis.experiment;

import java.util.Map;

/**
 * The members of an {@link Experiment} that share all parameters apart from the seed: what aggregates over seeds
 * (mean ± std, n) are taken over.
 *
 * @param index      the configuration's position in {@link Experiment#configurations()} (order of first appearance)
 * @param key        the canonical parameters string (see {@link Member#configurationKey()})
 * @param parameters the shared parameter values
 * @param members    member indexes, ascending
 */
public record Configuration(int index, String key, Map<String, Object> parameters, int[] members) {

	public Configuration {
		parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
		members = members.clone();
	}

	@Override
	public int[] members() {
		return members.clone();
	}

	/** Number of members (seeds). */
	public int size() {
		return members.length;
	}

	int[] membersRef() {
		return members;
	}
}
