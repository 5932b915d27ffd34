package ttt.workbench.analysis.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.sweep.Manifest;
import ttt.workbench.sweep.SweepPoint;
import ttt.workbench.sweep.spec.Parameter;

/**
 * Builds {@link Experiment} snapshots from a store's EMF model: for a sweep by name ({@link #sweep}), or for a
 * hand-picked list of sessions ({@link #sessions}, "Compare as Experiment"); lists the store's sweeps for the
 * Experiments view ({@link #sweeps}).
 *
 * <p>Everything comes from what the model holds after opening a store — metas (with their {@code sweep} key), the
 * metrics of every run and the update events — plus, for a sweep, its manifest {@code sweeps/<name>/manifest.json}
 * (planned points and failures; a cache that may be missing or damaged, then the sessions alone count). No per-step
 * file is read here ({@link GroupedCurves} loads those through a {@link CurveSource}). A 1,000-point sweep builds in
 * milliseconds (see the README's benchmark), so a live editor simply rebuilds the snapshot when sessions arrive.
 *
 * <p><b>Threads.</b> The EMF model is not thread-safe: call this on the thread that applies the store's changes to the
 * model, or on a worker while nothing applies changes (as for {@link ttt.workbench.store.io.LazyLoader}). The result
 * is immutable and detached from the model: hand it to any thread.
 */
public final class ExperimentLoader {

	/** The settings compared for hand-picked sessions, in this order. */
	public static final List<String> SESSION_SETTINGS = List.of("mu", "env_mode", "lr", "weight_decay", "momentum", "nesterov",
			"ns_steps", "adjust_lr_fn", "chunk", "buffer_len", "rollback_tol", "grad_norm_max", "state_norm_max", "optimizer");

	/** One line of the Experiments view. */
	public record SweepSummary(String name, int done, int total, int failed, String from, Figure bestBy, double best,
			String bestSessionId) {
	}

	private ExperimentLoader() {
	}

	/**
	 * The done points of sweep {@code name}: sessions whose meta has {@code sweep.name = name} and an integral
	 * {@code sweep.point}, ordered by point number.
	 *
	 * @throws IOException when the store has neither a session nor a manifest of that sweep
	 */
	public static Experiment sweep(Store model, String name) throws IOException {
		List<Session> sessions = sweepSessions(model).getOrDefault(name, List.of());
		return sweep(model, name, sessions);
	}

	private static Experiment sweep(Store model, String name, List<Session> sessions) throws IOException {
		Path manifestFile = Manifest.file(Path.of(model.getRootPath()), name);
		JsonNode manifest = readManifest(manifestFile);
		if (sessions.isEmpty() && manifest == null) {
			throw new IOException("no sweep \"" + name + "\" in the store at " + model.getRootPath() + " (no session has a sweep key "
					+ "with that name and there is no sweeps/" + name + "/" + Manifest.FILE + ")");
		}
		TreeMap<Integer, Session> byPoint = new TreeMap<>();
		for (Session s : sessions) {
			byPoint.put(sweepKey(s).path("point").asInt(), s);
		}
		// the parameter keys and their values over planned and done points: what varies is a dimension
		Map<String, Set<Object>> values = new LinkedHashMap<>(); // typed values: Python's repr costs microseconds each
		Map<String, Object> firstValue = new HashMap<>();
		List<JsonNode> parameterNodes = new ArrayList<>();
		for (Session s : byPoint.values()) {
			parameterNodes.add(sweepKey(s).path("parameters"));
		}
		int total = byPoint.size(), failed = 0;
		String from = null;
		if (manifest != null) {
			for (JsonNode p : manifest.path("points")) {
				parameterNodes.add(p.path("parameters"));
				if ("failed".equals(p.path("state").asText()) && !byPoint.containsKey(p.path("point").asInt(-1))) {
					failed++;
				}
			}
			total = Math.max(total, Math.max(manifest.path("total").asInt(0), manifest.path("points").size()));
			from = manifest.path("from").asText(null);
		}
		for (JsonNode p : parameterNodes) {
			parameters(p).forEach((k, v) -> {
				values.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(v);
				firstValue.putIfAbsent(k, v);
			});
		}
		List<String> keys = new ArrayList<>();
		for (Parameter p : Parameter.values()) {
			if (values.containsKey(p.key())) {
				keys.add(p.key());
			}
		}
		for (String k : values.keySet()) {
			if (!keys.contains(k)) {
				keys.add(k); // keys a newer product may add, after the known ones
			}
		}
		List<String> varying = new ArrayList<>();
		Map<String, Object> fixed = new LinkedHashMap<>();
		for (String k : keys) {
			if (values.get(k).size() > 1) {
				varying.add(k);
			} else {
				fixed.put(k, firstValue.get(k));
			}
		}
		Map<String, Session> index = sessionIndex(model);
		Map<Object, String> labels = new HashMap<>();
		List<Member> members = new ArrayList<>();
		for (Map.Entry<Integer, Session> e : byPoint.entrySet()) {
			Session s = e.getValue();
			JsonNode key = sweepKey(s);
			if (from == null) {
				from = key.path("from").asText(null);
			}
			Map<String, Object> all = parameters(key.path("parameters"));
			Map<String, Object> params = new LinkedHashMap<>();
			for (String k : varying) {
				params.put(k, all.get(k));
			}
			JsonNode seed = key.path("parameters").path("seed");
			members.add(member(members.size(), s, e.getKey(), params, seed.isIntegralNumber() ? seed.asLong() : null, index, labels));
		}
		return new Experiment(name, Experiment.Source.SWEEP, members, varying, fixed, total, failed, from);
	}

	/**
	 * Hand-picked sessions as an experiment named {@code name}, members in the order given (duplicates once). The
	 * parameters are the {@link #SESSION_SETTINGS} whose values differ among them (from the meta, the optimizer as the
	 * variant the runs use, so a reference meta without the key compares by its torch's variant; for a sweep session
	 * its point's parameters win, since a fork's run-time overrides such as chunk are not in its plasticity_cfg); the
	 * seed is the point's seed for a sweep session, else the seed of the session's first run.
	 *
	 * @throws IllegalArgumentException naming the first id that is not a session of the store
	 */
	public static Experiment sessions(Store model, String name, Collection<String> sessionIds) {
		Map<String, Session> index = sessionIndex(model);
		List<Session> sessions = new ArrayList<>();
		for (String id : new LinkedHashSet<>(sessionIds)) {
			Session s = index.get(id);
			if (s == null) {
				throw new IllegalArgumentException("no session \"" + id + "\" in the store at " + model.getRootPath());
			}
			sessions.add(s);
		}
		List<Map<String, Object>> settings = new ArrayList<>();
		Map<String, Set<Object>> values = new LinkedHashMap<>();
		for (Session s : sessions) {
			Map<String, Object> m = settings(s, model.getBase() == null ? null : model.getBase().getTorchVersion());
			settings.add(m);
			m.forEach((k, v) -> values.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(v));
		}
		Map<Object, String> labels = new HashMap<>();
		List<String> varying = new ArrayList<>();
		Map<String, Object> fixed = new LinkedHashMap<>();
		for (String k : SESSION_SETTINGS) {
			if (values.containsKey(k) && values.get(k).size() > 1) {
				varying.add(k);
			} else if (!settings.isEmpty()) {
				fixed.put(k, settings.get(0).get(k));
			}
		}
		List<Member> members = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			Session s = sessions.get(i);
			Map<String, Object> params = new LinkedHashMap<>();
			for (String k : varying) {
				params.put(k, settings.get(i).get(k));
			}
			JsonNode key = sweepKey(s);
			Long seed = null;
			if (key != null && key.path("parameters").path("seed").isIntegralNumber()) {
				seed = key.path("parameters").path("seed").asLong();
			} else if (!s.getRuns().isEmpty()) {
				Run first = s.getRuns().get(0);
				seed = first.getMetrics() != null ? first.getMetrics().getSeed() : first.getSeed();
			}
			members.add(member(i, s, key != null && key.path("point").isIntegralNumber() ? key.path("point").asInt() : -1, params,
					seed, index, labels));
		}
		return new Experiment(name, Experiment.Source.SESSIONS, members, varying, fixed, members.size(), 0, null);
	}

	/**
	 * The store's sweeps, by name: those named by a session's {@code sweep} key and those with a
	 * {@code sweeps/<name>/manifest.json}; done points, planned total, failures, and the best value of {@code bestBy}
	 * (in its natural direction, {@link Figure#higherIsBetter()}) with its session.
	 */
	public static List<SweepSummary> sweeps(Store model, Figure bestBy) {
		Map<String, List<Session>> bySweep = sweepSessions(model);
		Set<String> names = new java.util.TreeSet<>(bySweep.keySet());
		Path dir = Path.of(model.getRootPath()).resolve(Manifest.SWEEPS_DIR);
		if (Files.isDirectory(dir)) {
			try (var list = Files.list(dir)) {
				list.filter(p -> Files.isRegularFile(p.resolve(Manifest.FILE))).forEach(p -> names.add(p.getFileName().toString()));
			} catch (IOException e) {
				// the listing is a convenience: the sessions' keys still count
			}
		}
		List<SweepSummary> result = new ArrayList<>();
		for (String name : names) {
			List<Session> sessions = bySweep.getOrDefault(name, List.of());
			JsonNode manifest = readManifest(Manifest.file(Path.of(model.getRootPath()), name));
			int total = sessions.size(), failed = 0;
			String from = null;
			if (manifest != null) {
				total = Math.max(total, Math.max(manifest.path("total").asInt(0), manifest.path("points").size()));
				from = manifest.path("from").asText(null);
				Set<String> done = new java.util.HashSet<>();
				sessions.forEach(s -> done.add(s.getId()));
				for (JsonNode p : manifest.path("points")) {
					if ("failed".equals(p.path("state").asText()) && !done.contains(p.path("session_id").asText())) {
						failed++;
					}
				}
			}
			double best = Double.NaN;
			String bestId = null;
			for (Session s : sessions) {
				if (from == null) {
					from = sweepKey(s).path("from").asText(null);
				}
				double v = figures(s, runs(s))[bestBy.ordinal()];
				if (!Double.isNaN(v) && (Double.isNaN(best) || (bestBy.higherIsBetter() ? v > best : v < best))) {
					best = v;
					bestId = s.getId();
				}
			}
			result.add(new SweepSummary(name, sessions.size(), total, failed, from, bestBy, best, bestId));
		}
		return result;
	}

	// ---- the model ----

	private static Map<String, List<Session>> sweepSessions(Store model) {
		Map<String, List<Session>> result = new LinkedHashMap<>();
		for (Session s : model.getSessions()) {
			JsonNode key = sweepKey(s);
			if (key != null && key.path("name").isTextual() && key.path("point").isIntegralNumber()) {
				result.computeIfAbsent(key.path("name").asText(), k -> new ArrayList<>()).add(s);
			}
		}
		return result;
	}

	private static Map<String, Session> sessionIndex(Store model) {
		Map<String, Session> index = new HashMap<>();
		for (Session s : model.getSessions()) {
			index.put(s.getId(), s);
		}
		return index;
	}

	private static JsonNode sweepKey(Session s) {
		JsonNode key = s.getExtraJson() == null ? null : s.getExtraJson().get(SweepPoint.META_KEY);
		return key != null && key.isObject() ? key : null;
	}

	private static JsonNode readManifest(Path file) {
		try {
			return Files.isRegularFile(file) ? PythonJsonReader.parse(Files.readAllBytes(file), file) : null;
		} catch (IOException | RuntimeException e) {
			return null; // a cache: damaged means absent
		}
	}

	/** A sweep key's parameters without the seed (the report's reading, so both group the same configurations). */
	static Map<String, Object> parameters(JsonNode p) {
		return ttt.workbench.sweep.report.SweepReport.parameters(p);
	}

	private static Map<String, Object> settings(Session s, String torchVersion) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("mu", s.getMu());
		m.put("env_mode", s.getEnvMode() == null ? null : s.getEnvMode().getLiteral());
		PlasticityConfig c = s.getPlasticityConfig();
		if (c != null) {
			m.put("lr", c.getLr());
			m.put("weight_decay", c.getWeightDecay());
			m.put("momentum", c.getMomentum());
			m.put("nesterov", c.isNesterov());
			m.put("ns_steps", (long) c.getNsSteps());
			m.put("adjust_lr_fn", c.getAdjustLrFn());
			m.put("chunk", (long) c.getChunk());
			m.put("buffer_len", (long) c.getBufferLen());
			m.put("rollback_tol", c.getRollbackTol());
			m.put("grad_norm_max", c.getGradNormMax());
			m.put("state_norm_max", c.getStateNormMax());
		}
		// the variant the session's runs use: a meta without the key (the reference's) runs its torch's variant
		String optimizer = s.getOptimizerVariant();
		try {
			optimizer = OptimizerVariant.forSession(optimizer, torchVersion).key();
		} catch (RuntimeException e) {
			// an unknown key or version: compare the meta's text
		}
		m.put("optimizer", optimizer);
		// a sweep session's runs used its point's parameters (for forks: run-time overrides such as chunk, which the
		// meta's plasticity_cfg does not show): those are the settings to compare
		JsonNode key = sweepKey(s);
		if (key != null) {
			parameters(key.path("parameters")).forEach((k, v) -> {
				if (m.containsKey(k)) {
					m.put(k, v instanceof Long l && m.get(k) instanceof Double ? (Object) l.doubleValue() : v);
				}
			});
		}
		return m;
	}

	private static Member member(int index, Session s, int point, Map<String, Object> params, Long seed, Map<String, Session> all,
			Map<Object, String> labels) {
		List<RunFigures> runs = runs(s);
		RunMetrics last = s.getMetrics();
		String lastRunId = last != null && last.getRunId() != null ? last.getRunId() : null;
		Lineage lineage = null;
		if (s.getParentId() != null) {
			Session parent = s.getParent() != null ? s.getParent() : all.get(s.getParentId());
			String parentRunId = s.getForkedFromRunId();
			RunFigures parentRun = null;
			if (parent != null) {
				List<RunFigures> pr = runs(parent);
				for (RunFigures r : pr) {
					if (parentRunId != null ? r.runId().equals(parentRunId)
							: !(r.createdAtUnix() > s.getCreatedAtUnix())) { // NaN (unknown time) counts as before
						parentRun = r;
					}
				}
				if (parentRunId == null && parentRun != null) {
					parentRunId = parentRun.runId();
				}
			}
			lineage = new Lineage(s.getParentId(), parentRunId, parentRun);
		}
		StringBuilder key = new StringBuilder();
		params.forEach((k, v) -> key.append(key.isEmpty() ? "" : " ").append(k).append('=')
				.append(v == null ? "None" : labels.computeIfAbsent(v, Experiment::label)));
		return new Member(index, s.getId(), point, params, seed, key.toString(), figures(s, runs), runs, lastRunId, lineage);
	}

	static List<RunFigures> runs(Session s) {
		List<RunFigures> runs = new ArrayList<>(s.getRuns().size());
		for (Run r : s.getRuns()) {
			RunMetrics m = r.getMetrics();
			if (m == null) {
				continue;
			}
			runs.add(new RunFigures(r.getId(), m.getSeed(), m.getSteps(), m.getBaseMseMean(), m.getSessionNoUpdateMseMean(),
					m.getAdaptiveMseMean(), m.getBaseMseLast100Mean(), m.getSessionNoUpdateLast100Mean(), m.getAdaptiveLast100Mean(),
					m.getUpdatesAttempted(), m.getUpdatesCommitted(), m.getUpdatesRolledBack(),
					r.getCreatedAtUnix() == null ? Double.NaN : r.getCreatedAtUnix()));
		}
		// Run ids only carry whole seconds: runs made within one second are ordered by id in the model, which can put
		// run 1 (seed s + 1,000,003) before run 0 (seed s). A sweep session's key lists its run seeds in order: use it.
		JsonNode key = sweepKey(s);
		if (key != null && key.path("run_seeds").isArray()) {
			List<Long> order = new ArrayList<>();
			key.path("run_seeds").forEach(n -> order.add(n.asLong()));
			runs.sort(java.util.Comparator.comparingDouble((RunFigures r) -> Double.isNaN(r.createdAtUnix()) ? Double.MAX_VALUE
					: r.createdAtUnix()).thenComparingInt(r -> order.indexOf(r.seed()) < 0 ? Integer.MAX_VALUE : order.indexOf(r.seed())));
		}
		return runs;
	}

	/** The figures of a session, indexed by {@link Figure#ordinal()} (see {@link Figure} for the definitions). */
	static double[] figures(Session s, List<RunFigures> runs) {
		double[] f = new double[Figure.values().length];
		java.util.Arrays.fill(f, Double.NaN);
		RunMetrics last = s.getMetrics();
		if (last != null && last.getRunId() != null) {
			f[Figure.PERSISTENT.ordinal()] = last.getBaseMseMean() - last.getSessionNoUpdateMseMean();
			f[Figure.ONLINE.ordinal()] = last.getSessionNoUpdateMseMean() - last.getAdaptiveMseMean();
			f[Figure.TOTAL.ordinal()] = last.getBaseMseMean() - last.getAdaptiveMseMean();
			f[Figure.BASE_LAST100.ordinal()] = last.getBaseMseLast100Mean();
			f[Figure.SESSION_START_LAST100.ordinal()] = last.getSessionNoUpdateLast100Mean();
			f[Figure.ADAPTIVE_LAST100.ordinal()] = last.getAdaptiveLast100Mean();
		}
		if (!runs.isEmpty()) {
			long attempted = 0, committed = 0, rolledBack = 0;
			for (RunFigures r : runs) {
				attempted += r.attempted();
				committed += r.committed();
				rolledBack += r.rolledBack();
			}
			f[Figure.COMMIT_RATE.ordinal()] = attempted == 0 ? Double.NaN : (double) committed / attempted;
			f[Figure.COMMITS.ordinal()] = committed;
			f[Figure.ROLLBACKS.ordinal()] = rolledBack;
			int loss = 0, grad = 0, state = 0, nonFinite = 0;
			Collection<UpdateEvent> events = s.getEvents();
			if (events.isEmpty()) {
				events = new ArrayList<>();
				for (Run r : s.getRuns()) {
					events.addAll(r.getEvents());
				}
			}
			for (UpdateEvent e : events) {
				switch (e.getStatus()) {
				case ROLLBACK_LOSS_REGRESSION -> loss++;
				case ROLLBACK_GRAD_NORM -> grad++;
				case ROLLBACK_STATE_NORM -> state++;
				case ROLLBACK_NON_FINITE -> nonFinite++;
				default -> {
				}
				}
			}
			f[Figure.ROLLBACKS_LOSS_REGRESSION.ordinal()] = loss;
			f[Figure.ROLLBACKS_GRAD_NORM.ordinal()] = grad;
			f[Figure.ROLLBACKS_STATE_NORM.ordinal()] = state;
			f[Figure.ROLLBACKS_NON_FINITE.ordinal()] = nonFinite;
		}
		return f;
	}
}
