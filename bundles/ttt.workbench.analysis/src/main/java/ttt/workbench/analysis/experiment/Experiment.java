package ttt.workbench.analysis.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An immutable snapshot of what a sweep found (or of a hand-picked set of sessions, "Compare as Experiment"): its
 * {@link Member members} with their parameters, seeds and {@link Figure figures}, the {@link Dimension dimensions} to
 * look at them by, and the {@link Configuration configurations} (members equal apart from the seed). Built by
 * {@link ExperimentLoader}; every page's provider ({@link ExperimentTable}, {@link Brushing},
 * {@link ParallelCoordinatesModel}, {@link ScatterModel}, {@link GroupedCurves}, {@link LineageEffect}) reads one.
 * While a sweep runs, the editor rebuilds the snapshot when sessions arrive and hands the new one to its
 * {@link ExperimentSelection}, which keeps brushes and filters by dimension key.
 *
 * <p><b>Parameters.</b> For a sweep: the keys of the points' {@code sweep.parameters} (without the seed) whose values
 * differ between the sweep's planned points (manifest) or done sessions, in the spec's parameter order; the keys with a
 * single value are {@link #fixedParameters()}. For hand-picked sessions: those of {@code mu}, {@code env_mode}, the
 * {@code plasticity_cfg} fields ({@code lr}, {@code weight_decay}, {@code momentum}, {@code nesterov},
 * {@code ns_steps}, {@code adjust_lr_fn}, {@code chunk}, {@code buffer_len}, {@code rollback_tol},
 * {@code grad_norm_max}, {@code state_norm_max}) and {@code optimizer} whose values differ among them.
 *
 * <p><b>Values.</b> Every member has a {@code double} per dimension ({@link #value}): numbers as they are,
 * categories as their index, NaN when missing. Columns are computed once here, so providers work on arrays.
 */
public final class Experiment {

	public enum Source {
		/** the done points of one sweep (sessions whose meta has {@code sweep.name} = the name) */
		SWEEP,
		/** a hand-picked list of sessions */
		SESSIONS
	}

	private final String name;
	private final Source source;
	private final List<Member> members;
	private final List<Dimension> parameters;
	private final Dimension seed;
	private final List<Dimension> figures;
	private final List<Dimension> dimensions;
	private final Map<String, Dimension> byKey = new HashMap<>();
	private final Map<String, Object> fixedParameters;
	private final List<Configuration> configurations;
	private final int[] configurationOf;
	private final Map<String, Integer> bySession = new HashMap<>();
	private final double[][] columns;
	private final int total;
	private final int failed;
	private final String from;

	Experiment(String name, Source source, List<Member> members, List<String> parameterKeys, Map<String, Object> fixedParameters,
			int total, int failed, String from) {
		this.name = name;
		this.source = source;
		this.members = List.copyOf(members);
		this.fixedParameters = Collections.unmodifiableMap(new LinkedHashMap<>(fixedParameters));
		this.total = total;
		this.failed = failed;
		this.from = from;
		int n = members.size();
		List<Dimension> params = new ArrayList<>();
		List<double[]> cols = new ArrayList<>();
		for (String key : parameterKeys) {
			Object[] values = new Object[n];
			for (int i = 0; i < n; i++) {
				values[i] = members.get(i).parameters().get(key);
			}
			double[] col = new double[n];
			params.add(parameterDimension(key, values, col));
			cols.add(col);
		}
		this.parameters = List.copyOf(params);
		double[] seeds = new double[n];
		boolean anySeed = false;
		for (int i = 0; i < n; i++) {
			Long s = members.get(i).seed();
			seeds[i] = s == null ? Double.NaN : s;
			anySeed |= s != null;
		}
		this.seed = anySeed ? numeric("seed", "seed", Dimension.Kind.SEED, seeds, null, false) : null;
		if (seed != null) {
			cols.add(seeds);
		}
		List<Dimension> figs = new ArrayList<>();
		for (Figure f : Figure.values()) {
			double[] col = new double[n];
			for (int i = 0; i < n; i++) {
				col[i] = members.get(i).figure(f);
			}
			figs.add(numeric(f.key(), f.label(), Dimension.Kind.FIGURE, col, f, false));
			cols.add(col);
		}
		this.figures = List.copyOf(figs);
		List<Dimension> all = new ArrayList<>(parameters);
		if (seed != null) {
			all.add(seed);
		}
		all.addAll(figures);
		this.dimensions = List.copyOf(all);
		for (Dimension d : dimensions) {
			byKey.put(d.key(), d);
		}
		this.columns = cols.toArray(new double[0][]);
		// configurations: order of first appearance
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (Member m : members) {
			groups.computeIfAbsent(m.configurationKey(), k -> new ArrayList<>()).add(m.index());
			bySession.put(m.sessionId(), m.index());
		}
		List<Configuration> configs = new ArrayList<>();
		this.configurationOf = new int[n];
		for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
			int[] idx = g.getValue().stream().mapToInt(Integer::intValue).toArray();
			for (int i : idx) {
				configurationOf[i] = configs.size();
			}
			configs.add(new Configuration(configs.size(), g.getKey(), members.get(idx[0]).parameters(), idx));
		}
		this.configurations = List.copyOf(configs);
	}

	private static Dimension parameterDimension(String key, Object[] values, double[] col) {
		boolean numeric = true;
		for (Object v : values) {
			if (v != null && !(v instanceof Number)) {
				numeric = false;
			}
		}
		boolean allNull = java.util.Arrays.stream(values).allMatch(java.util.Objects::isNull);
		if (numeric && !allNull) {
			for (int i = 0; i < values.length; i++) {
				col[i] = values[i] == null ? Double.NaN : ((Number) values[i]).doubleValue();
			}
			return numeric(key, key, Dimension.Kind.PARAMETER, col, null, true);
		}
		Map<Object, String> labels = new HashMap<>();
		TreeSet<String> distinct = new TreeSet<>((a, b) -> a.equals(b) ? 0 : a.equals("None") ? -1 : b.equals("None") ? 1 : a.compareTo(b));
		for (Object v : values) {
			distinct.add(v == null ? "None" : labels.computeIfAbsent(v, Experiment::label));
		}
		List<String> categories = new ArrayList<>();
		if (key.equals("env_mode")) {
			for (String known : List.of("linear", "nonlinear")) {
				if (distinct.remove(known)) {
					categories.add(known);
				}
			}
		}
		categories.addAll(distinct);
		Map<String, Integer> indexOf = new HashMap<>();
		for (int i = 0; i < categories.size(); i++) {
			indexOf.put(categories.get(i), i);
		}
		for (int i = 0; i < values.length; i++) {
			col[i] = indexOf.get(values[i] == null ? "None" : labels.get(values[i]));
		}
		return new Dimension(key, key, Dimension.Kind.PARAMETER, Dimension.Type.CATEGORICAL, categories, false, 0,
				categories.size() - 1, null);
	}

	private static Dimension numeric(String key, String label, Dimension.Kind kind, double[] col, Figure figure, boolean logHint) {
		double min = Double.NaN, max = Double.NaN;
		for (double v : col) {
			if (Double.isFinite(v)) {
				min = Double.isNaN(min) ? v : Math.min(min, v);
				max = Double.isNaN(max) ? v : Math.max(max, v);
			}
		}
		boolean log = logHint && min > 0 && max / min >= 100;
		return new Dimension(key, label, kind, Dimension.Type.NUMERIC, null, log, min, max, figure);
	}

	/** A parameter value as filters, categories and configuration keys write it: Python's spelling. */
	static String label(Object v) {
		if (v == null) {
			return "None";
		}
		if (v instanceof Boolean b) {
			return b ? "True" : "False";
		}
		if (v instanceof Double d) {
			return ttt.workbench.store.json.PythonFloats.repr(d);
		}
		return v.toString();
	}

	/** The sweep's name, or the name given to a hand-picked set. */
	public String name() {
		return name;
	}

	public Source source() {
		return source;
	}

	/** The members, by index (sweeps: ascending point number). */
	public List<Member> members() {
		return members;
	}

	public int size() {
		return members.size();
	}

	/** The member of that session, or null. */
	public Member member(String sessionId) {
		Integer i = bySession.get(sessionId);
		return i == null ? null : members.get(i);
	}

	/** The varying parameters (see the class comment), in order. */
	public List<Dimension> parameters() {
		return parameters;
	}

	/** The seed dimension, or null when no member has a seed. */
	public Dimension seed() {
		return seed;
	}

	/** One dimension per {@link Figure}, in {@link Figure} order. */
	public List<Dimension> figures() {
		return figures;
	}

	public Dimension figure(Figure f) {
		return figures.get(f.ordinal());
	}

	/** Parameters, then the seed, then the figures. */
	public List<Dimension> dimensions() {
		return dimensions;
	}

	/** The dimension of that key (a parameter, {@code seed} or a figure key), or null. */
	public Dimension dimension(String key) {
		return byKey.get(key);
	}

	/** Settings every member shares (sweeps: the spec's fixed parameters), by key. */
	public Map<String, Object> fixedParameters() {
		return fixedParameters;
	}

	public List<Configuration> configurations() {
		return configurations;
	}

	public Configuration configurationOf(int member) {
		return configurations.get(configurationOf[member]);
	}

	/** Member {@code member}'s value of {@code d} (a category index for categorical dimensions; NaN when missing). */
	public double value(int member, Dimension d) {
		return columnRef(d)[member];
	}

	/** A copy of the column of {@code d}: one value per member. */
	public double[] column(Dimension d) {
		return columnRef(d).clone();
	}

	double[] columnRef(Dimension d) {
		int i = dimensions.indexOf(d);
		if (i < 0) {
			Dimension same = byKey.get(d.key());
			i = same == null ? -1 : dimensions.indexOf(same);
		}
		if (i < 0) {
			throw new IllegalArgumentException("no dimension " + d.key() + " in experiment " + name);
		}
		return columns[i];
	}

	/** Planned points of a sweep (its manifest's total, at least the done ones); for hand-picked sessions their number. */
	public int total() {
		return total;
	}

	/** Done points: the members. */
	public int done() {
		return members.size();
	}

	/** Points the manifest records as failed (0 for hand-picked sessions). */
	public int failed() {
		return failed;
	}

	/** A sweep's {@code from}: {@code base} or the session each point forks; null for hand-picked sessions. */
	public String from() {
		return from;
	}
}
