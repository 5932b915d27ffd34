package ttt.workbench.store.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.ConfigCodec;
import ttt.workbench.store.codec.SchemaVersion;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.ParamGroup;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.signature.Signatures;

/**
 * Turns a checked {@link Phase0Source} into the Phase 1 objects the store will hold — the base (when the store has
 * none), a root session, one run with its metrics and events — deciding every value a Phase 0 file may lack and
 * recording each decision as a note. Cross-file checks live here too; whatever cannot be decided from the files
 * (the hidden μ, which base a session belongs to) is refused with a {@link Phase0ImportException}. Pure: no I/O.
 */
final class Phase0Plan {

	/** Top-level meta key (and base_meta key) recording where a migrated session or base came from. */
	static final String MIGRATED_FROM_KEY = "migrated_from";
	static final String FORMAT_PHASE0 = "phase0";

	/** Phase 0 meta keys the import reads; every other top-level key is carried over unchanged. */
	private static final Set<String> META_READ = Set.of("schema_version", "session_id", "created_at_unix", "last_run_at_unix",
			"parent_session_id", "root_session_id", "env_mode", "mu", "base_ckpt_hash", "model_signature", "model_cfg",
			"plasticity_cfg", SessionMetaCodec.OPTIMIZER_KEY, "torch_version");
	/** Keys with a Phase 1 meaning a Phase 0 session cannot have had: not carried over. */
	private static final Set<String> META_DROPPED = Set.of(SessionMetaCodec.FORK_NOTE_KEY, SessionMetaCodec.FORKED_FROM_RUN_KEY,
			MIGRATED_FROM_KEY);
	private static final Set<String> METRICS_READ = Set.of("run_id", "seed", "steps", "mu", "env_mode", "base_mse_mean",
			"baseline_mse_mean", "adaptive_mse_mean", "updates_attempted", "updates_committed", "updates_rolled_back", "notes",
			"run_dir");
	/** The param-group key order of the reference's own Muon on torch &lt; 2.9 (see {@link ParamGroup}). */
	private static final List<String> FALLBACK_KEY_ORDER = List.of("lr", "weight_decay", "momentum", "nesterov", "eps", "ns_steps",
			"ns_coefficients", "adjust_lr_fn", "params");
	private static final Set<String> ADJUST_LR_FNS = Set.of("original", "match_rms_adamw");
	private static final Pattern TORCH_VERSION = Pattern.compile("^(\\d+)\\.(\\d+).*");
	/** Relative difference beyond which a Phase 0 mean is reported as not matching its per-step values. */
	private static final double MEAN_TOLERANCE = 1e-6;

	final List<String> notes = new ArrayList<>();
	final Phase0Source src;
	final String sessionId;
	/** The base to create from the Phase 0 checkpoint, or {@code null} when the store has one (the same one). */
	final Base newBase;
	final Session session;
	final String runId;
	final long runSeconds;
	final long seed;
	final RunMetrics runMetrics;
	/** The run's events, each with {@code runId} set. */
	final List<UpdateEvent> events;

	private final StoreLayout store;
	private final ObjectNode dropped = JsonNodeFactory.instance.objectNode();

	/**
	 * @param requestedId the id asked for, or {@code null} to take the Phase 0 meta's {@code session_id}, else the
	 *        folder's name
	 * @param storeBase the store's base as read from its {@code base_meta.json}, or {@code null} when it has none
	 * @param nowSeconds creation time of a new base
	 */
	Phase0Plan(Phase0Source src, StoreLayout store, String requestedId, Base storeBase, long nowSeconds)
			throws StoreFormatException {
		this.src = src;
		this.store = store;
		Phase0Json meta = src.meta;

		Long schema = meta.integer("schema_version");
		if (schema != null && schema > SchemaVersion.CURRENT) {
			throw meta.error("schema_version " + schema + " was written by a newer program: this is not a Phase 0 session");
		}

		// --- the model and the base --------------------------------------------------------------------------------
		ModelConfig modelConfig = checkpointModelConfig();
		checkMetaModelConfig(modelConfig);
		checkWeights(modelConfig);
		String metaHash = meta.string("base_ckpt_hash");
		if (metaHash != null && !metaHash.equals(src.checkpointHash)) {
			throw meta.error("base_ckpt_hash is " + metaHash + " but " + src.checkpointFile + " has SHA-256 " + src.checkpointHash
					+ ": the session was made from another checkpoint than the one in its run folder");
		}
		String baseHash;
		String signature;
		ModelConfig sessionModelConfig;
		if (storeBase != null) {
			if (!storeBase.getBaseCkptHash().equals(src.checkpointHash)) {
				throw new Phase0ImportException(src.checkpointFile, "was made from a different base checkpoint (SHA-256 "
						+ src.checkpointHash + ") than the store's base (SHA-256 " + storeBase.getBaseCkptHash() + " in "
						+ store.baseMeta() + "): all sessions of a store share its base; import the run into another store"
						+ " (an empty folder gets this checkpoint as its base)");
			}
			if (!EcoreUtil.equals(storeBase.getModelConfig(), modelConfig)) {
				throw new Phase0ImportException(store.baseMeta(), "model_cfg " + ConfigCodec.writeModelConfig(storeBase.getModelConfig())
						+ " does not describe base_checkpoint.pt, whose cfg is " + ConfigCodec.writeModelConfig(modelConfig)
						+ "; repair the store's base_meta.json first");
			}
			baseHash = storeBase.getBaseCkptHash();
			signature = storeBase.getModelSignature();
			sessionModelConfig = EcoreUtil.copy(storeBase.getModelConfig());
			newBase = null;
			notes.add("base: the store's base is the Phase 0 checkpoint (SHA-256 " + abbreviate(baseHash) + "); it was kept as is");
		} else {
			baseHash = src.checkpointHash;
			signature = Signatures.modelSignature(ConfigCodec.writeModelConfig(modelConfig), baseHash);
			sessionModelConfig = EcoreUtil.copy(modelConfig);
			newBase = newBase(modelConfig, baseHash, signature, nowSeconds);
		}
		String metaSignature = meta.string("model_signature");
		if (metaSignature != null && !metaSignature.equals(signature)) {
			notes.add("meta.json: model_signature " + abbreviate(metaSignature) + " recorded by Phase 0 differs from the one SPEC §2.1"
					+ " defines for this checkpoint (" + abbreviate(signature) + "); the latter is used");
		}

		// --- identity, environment, configuration ------------------------------------------------------------------
		sessionId = chooseSessionId(requestedId);
		String parent = meta.string("parent_session_id");
		if (parent != null) {
			notes.add("meta.json: parent_session_id \"" + parent + "\" ignored: Phase 0 sessions could not fork, the session is"
					+ " imported as a root (parent null, root itself)");
		}
		EnvMode envMode = envMode();
		double mu = mu();
		PlasticityConfig plasticity = plasticityConfig();
		String optimizerVariant = optimizerVariant(storeBase);

		// --- the run -----------------------------------------------------------------------------------------------
		seed = seed();
		runSeconds = runSeconds();
		runId = sessionId + "_" + runSeconds + "_seed" + seed;
		events = new ArrayList<>();
		for (UpdateEvent e : src.events) {
			UpdateEvent copy = EcoreUtil.copy(e);
			if (copy.getRunId() != null && !copy.getRunId().equals(runId)) {
				notes.add("update_events.json: run_id \"" + copy.getRunId() + "\" of the event at t=" + copy.getT() + " replaced by \""
						+ runId + "\"");
			}
			copy.setRunId(runId);
			events.add(copy);
		}
		checkFlagsAgainstEvents();

		Session s = StoreFactory.eINSTANCE.createSession();
		s.setId(sessionId);
		s.setSchemaVersion(SchemaVersion.CURRENT);
		s.setParentId(null);
		s.setRootId(sessionId);
		s.setEnvMode(envMode);
		s.setMu(mu);
		s.setBaseCkptHash(baseHash);
		s.setModelSignature(signature);
		s.setModelConfig(sessionModelConfig);
		s.setPlasticityConfig(plasticity);
		s.setOptimizerVariant(optimizerVariant);
		Double created = meta.number("created_at_unix");
		if (created == null) {
			notes.add("meta.json: no created_at_unix; the session's creation time is taken to be the run's (" + runSeconds + ")");
			created = (double) runSeconds;
		}
		s.setCreatedAtUnix(created);
		Double lastRun = meta.number("last_run_at_unix");
		s.setLastRunAtUnix(lastRun != null ? lastRun : (double) runSeconds);

		// Phase 0 ran every session from the base: the model at the start of the run is the base (SPEC §1)
		String runDir = StoreLayout.SESSIONS_DIR + "/" + sessionId + "/" + StoreLayout.RUNS_DIR + "/" + runId;
		runMetrics = RunSummaries.compute(runId, seed, s, src.perStep, events, runDir);
		notes.add("run " + runId + ": per_step.csv kept byte for byte in the Phase 0 format (no session_no_update_mse column);"
				+ " metrics computed from it with session_start = base, as Phase 0 ran every session from the base");
		checkMetrics();
		if (src.trajectory != null) {
			int length = src.trajectory.getT().length;
			notes.add("trajectory.json imported (" + length + " steps)" + (length == src.perStep.steps() ? ""
					: "; per_step.csv has " + src.perStep.steps() + " steps, so the two may not be from the same run"));
		}
		if (src.curvePng != null) {
			notes.add("mse_curve.png copied unchanged");
		}
		if (!src.ignored.isEmpty()) {
			notes.add("not imported (not part of a Phase 0 run folder): " + String.join(", ", src.ignored));
		}
		s.setMetrics(EcoreUtil.copy(runMetrics));
		s.setExtraJson(extraJson());
		session = s;
	}

	// ------------------------------------------------------------------------------------------------------------------

	/** model_cfg from the checkpoint's {@code cfg}: exactly the reference's six keys with their Python types. */
	private ModelConfig checkpointModelConfig() throws StoreFormatException {
		ObjectNode cfg = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, Object> e : src.checkpoint.cfg().entrySet()) {
			Object v = e.getValue();
			if (v instanceof Long l) {
				cfg.put(e.getKey(), l);
			} else if (v instanceof Double d) {
				cfg.put(e.getKey(), d);
			} else {
				throw new Phase0ImportException(src.checkpointFile, "cfg '" + e.getKey() + "' is " + v
						+ ", which no model_cfg key of the reference can hold");
			}
		}
		ModelConfig config = ConfigCodec.readModelConfig(cfg, src.checkpointFile);
		if (src.checkpoint.cfg().get("dt") instanceof Long) {
			notes.add("base_checkpoint.pt: cfg dt is the int " + src.checkpoint.cfg().get("dt") + "; model_cfg records it as the float "
					+ config.getDt() + ", as the reference's ModelConfig does");
		}
		return config;
	}

	/** A model_cfg in the Phase 0 meta must describe the checkpoint; keys beyond the six are dropped. */
	private void checkMetaModelConfig(ModelConfig fromCheckpoint) throws Phase0ImportException {
		Phase0Json cfg = src.meta.object("model_cfg");
		if (cfg == null) {
			notes.add("meta.json: no model_cfg; taken from base_checkpoint.pt's cfg");
			return;
		}
		ObjectNode expected = ConfigCodec.writeModelConfig(fromCheckpoint);
		ObjectNode extra = JsonNodeFactory.instance.objectNode();
		for (Iterator<Map.Entry<String, JsonNode>> it = cfg.node().fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			JsonNode want = expected.get(e.getKey());
			if (want == null) {
				extra.set(e.getKey(), e.getValue().deepCopy());
			} else if (!sameValue(want, e.getValue())) {
				throw cfg.error("model_cfg." + e.getKey() + " is " + e.getValue() + " but base_checkpoint.pt's cfg says " + want
						+ ": the session does not belong to the checkpoint in its run folder");
			}
		}
		if (!extra.isEmpty()) {
			dropped.set("model_cfg", extra);
			notes.add("meta.json: model_cfg keys " + names(extra) + " are not in the reference's model_cfg and were dropped (kept under "
					+ MIGRATED_FROM_KEY + ".dropped)");
		}
	}

	private void checkWeights(ModelConfig cfg) throws Phase0ImportException {
		PlasticState w = src.plastic;
		int inputs = cfg.getZDim() + cfg.getActDim();
		if (w.uDim() != cfg.getUDim() || w.inputDim() != inputs || w.nState() != cfg.getNState() || w.zDim() != cfg.getZDim()) {
			throw new Phase0ImportException(src.plasticFile, "weights W_u " + shape(w.wU()) + ", B " + shape(w.b()) + ", W_o "
					+ shape(w.wO()) + " do not fit base_checkpoint.pt's model (expected [" + cfg.getUDim() + ", " + inputs + "], ["
					+ cfg.getNState() + ", " + cfg.getUDim() + "], [" + cfg.getZDim() + ", " + cfg.getNState() + "])");
		}
		String mismatch = src.optimizer.mismatchWith(w);
		if (mismatch != null) {
			throw new Phase0ImportException(src.optimFile, mismatch + " (does not belong to plastic_state.pt)");
		}
		List<Long> params = new ArrayList<>();
		src.optimizer.paramGroups().forEach(g -> params.addAll(g.params()));
		if (!new TreeSet<>(params).equals(new TreeSet<>(List.of(0L, 1L, 2L))) || params.size() != 3) {
			throw new Phase0ImportException(src.optimFile, "param_groups list parameters " + params
					+ "; the plastic weights are exactly parameters 0, 1, 2 (W_u, B, W_o)");
		}
	}

	private Base newBase(ModelConfig cfg, String hash, String signature, long nowSeconds) throws Phase0ImportException {
		Base base = StoreFactory.eINSTANCE.createBase();
		base.setSchemaVersion(SchemaVersion.CURRENT);
		base.setCreatedAtUnix(nowSeconds);
		String torch = src.meta.string("torch_version");
		base.setTorchVersion(torch != null ? torch : "unknown");
		base.setModelConfig(EcoreUtil.copy(cfg));
		base.setBaseCkptHash(hash);
		base.setModelSignature(signature);
		ObjectNode extra = JsonNodeFactory.instance.objectNode();
		extra.set(MIGRATED_FROM_KEY, migratedFrom(false));
		base.setExtraJson(extra);
		notes.add("base: created from base_checkpoint.pt (bytes copied unchanged, SHA-256 " + abbreviate(hash) + "), torch_version "
				+ (torch != null ? "\"" + torch + "\" from meta.json" : "\"unknown\" (meta.json records none)"));
		return base;
	}

	private String chooseSessionId(String requested) throws Phase0ImportException {
		if (requested != null) {
			if (SessionIds.problem(requested).isPresent()) {
				throw new Phase0ImportException(store.sessionsDir(), "cannot import as session \"" + printable(requested) + "\": "
						+ SessionIds.problem(requested).get());
			}
			return requested;
		}
		String fromMeta = src.meta.string("session_id");
		if (fromMeta != null) {
			if (SessionIds.problem(fromMeta).isPresent()) {
				throw src.meta.error("session_id \"" + printable(fromMeta) + "\" cannot name a session of the store ("
						+ SessionIds.problem(fromMeta).get() + "); give the import a session id");
			}
			notes.add("session id \"" + fromMeta + "\" taken from meta.json");
			return fromMeta;
		}
		String name = src.folder.getFileName() == null ? "" : src.folder.getFileName().toString();
		if (SessionIds.problem(name).isPresent()) {
			throw new Phase0ImportException(src.folder, "meta.json has no session_id and the folder's name cannot be one ("
					+ SessionIds.problem(name).get() + "); give the import a session id");
		}
		notes.add("session id \"" + name + "\" taken from the run folder's name (meta.json has no session_id)");
		return name;
	}

	private EnvMode envMode() throws Phase0ImportException {
		String mode = src.meta.string("env_mode");
		Phase0Json from = src.meta;
		if (mode == null && src.metrics != null && src.metrics.string("env_mode") != null) {
			mode = src.metrics.string("env_mode");
			from = src.metrics;
			notes.add("env_mode \"" + mode + "\" taken from metrics.json (meta.json has none)");
		}
		if (mode == null) {
			notes.add("env_mode: neither meta.json nor metrics.json records it; \"linear\" assumed (the Phase 0 default)");
			return EnvMode.LINEAR;
		}
		EnvMode value = EnvMode.get(mode);
		if (value == null) {
			throw from.error("'env_mode' must be \"linear\" or \"nonlinear\", found \"" + printable(mode) + "\"");
		}
		return value;
	}

	private double mu() throws Phase0ImportException {
		Double mu = src.meta.number("mu");
		Phase0Json from = src.meta;
		if (mu == null && src.metrics != null && src.metrics.number("mu") != null) {
			mu = src.metrics.number("mu");
			from = src.metrics;
			notes.add("mu " + mu + " taken from metrics.json (meta.json has none)");
		}
		if (mu == null) {
			throw src.meta.error("has no 'mu'" + (src.metrics != null ? " (nor has metrics.json)" : "")
					+ ": the hidden friction μ of the run's environment cannot be invented; add \"mu\": <value> to this file"
					+ " and import again");
		}
		if (!Double.isFinite(mu)) {
			throw from.error("'mu' is " + mu + ", expected a finite number");
		}
		return mu;
	}

	/**
	 * SPEC defaults, overridden by the Phase 0 meta's plasticity_cfg, overridden for the optimizer's own settings by
	 * optim_state.pt's param_groups: {@code Optimizer.load_state_dict} restores those from the file, so they are what
	 * the session actually runs with.
	 */
	private PlasticityConfig plasticityConfig() throws StoreFormatException {
		ObjectNode cfg = ConfigCodec.writePlasticityConfig(StoreFactory.eINSTANCE.createPlasticityConfig());
		Map<String, String> origin = new LinkedHashMap<>();
		cfg.fieldNames().forEachRemaining(k -> origin.put(k, "default"));
		Phase0Json fromMeta = src.meta.object("plasticity_cfg");
		ObjectNode extra = JsonNodeFactory.instance.objectNode();
		if (fromMeta != null) {
			for (Iterator<Map.Entry<String, JsonNode>> it = fromMeta.node().fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> e = it.next();
				if (origin.containsKey(e.getKey())) {
					cfg.set(e.getKey(), e.getValue().deepCopy());
					origin.put(e.getKey(), "meta.json");
				} else {
					extra.set(e.getKey(), e.getValue().deepCopy());
				}
			}
		}
		if (!extra.isEmpty()) {
			dropped.set("plasticity_cfg", extra);
			notes.add("meta.json: plasticity_cfg keys " + names(extra) + " are not in the reference's plasticity_cfg and were dropped"
					+ " (kept under " + MIGRATED_FROM_KEY + ".dropped)");
		}
		ParamGroup group = src.optimizer.paramGroups().get(0);
		if (src.optimizer.paramGroups().size() > 1) {
			notes.add("optim_state.pt has " + src.optimizer.paramGroups().size() + " param groups; plasticity_cfg takes the first's settings");
		}
		String adjust = group.adjustLrFn();
		if (adjust != null && !ADJUST_LR_FNS.contains(adjust)) {
			throw new Phase0ImportException(src.optimFile, "param_groups[0] adjust_lr_fn is \"" + printable(adjust)
					+ "\"; the reference knows None, \"original\" and \"match_rms_adamw\"");
		}
		Map<String, JsonNode> fromGroup = new LinkedHashMap<>();
		JsonNodeFactory json = JsonNodeFactory.instance;
		fromGroup.put("lr", json.numberNode(group.lr()));
		fromGroup.put("weight_decay", json.numberNode(group.weightDecay()));
		fromGroup.put("momentum", json.numberNode(group.momentum()));
		fromGroup.put("nesterov", json.booleanNode(group.nesterov()));
		fromGroup.put("ns_steps", json.numberNode(group.nsSteps()));
		fromGroup.put("adjust_lr_fn", adjust == null ? json.nullNode() : json.textNode(adjust));
		List<String> conflicts = new ArrayList<>();
		for (Map.Entry<String, JsonNode> e : fromGroup.entrySet()) {
			if (origin.get(e.getKey()).equals("meta.json") && !sameValue(cfg.get(e.getKey()), e.getValue())) {
				conflicts.add(e.getKey() + " " + cfg.get(e.getKey()) + " → " + e.getValue());
			}
			cfg.set(e.getKey(), e.getValue());
			origin.put(e.getKey(), "optim_state.pt");
		}
		notes.add("plasticity_cfg: lr, weight_decay, momentum, nesterov, ns_steps, adjust_lr_fn taken from optim_state.pt's"
				+ " param_groups (" + fromGroup.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList() + ")");
		if (!conflicts.isEmpty()) {
			notes.add("meta.json: plasticity_cfg disagreed with optim_state.pt, which wins because torch restores the saved"
					+ " settings when it loads the optimizer: " + String.join(", ", conflicts));
		}
		List<String> defaults = new ArrayList<>();
		origin.forEach((k, o) -> {
			if (o.equals("default")) {
				defaults.add(k + " " + cfg.get(k));
			}
		});
		if (!defaults.isEmpty()) {
			notes.add("plasticity_cfg: " + String.join(", ", defaults) + " are SPEC defaults (not recorded by Phase 0)");
		}
		return ConfigCodec.readPlasticityConfig(cfg, src.metaFile);
	}

	/**
	 * The Muon variant the session ran with, recorded as the top-level {@code optimizer} key whenever the files tell:
	 * the meta's own key, else its torch_version, else the key order torch wrote into the param group. Without it
	 * the variant would follow the store base's torch_version, which an imported base records as "unknown".
	 */
	private String optimizerVariant(Base storeBase) throws Phase0ImportException {
		String recorded = src.meta.string(SessionMetaCodec.OPTIMIZER_KEY);
		if (recorded != null) {
			if (!recorded.equals("muon_torch") && !recorded.equals("muon_fallback")) {
				throw src.meta.error("'optimizer' must be \"muon_torch\" or \"muon_fallback\", found \"" + printable(recorded) + "\"");
			}
			return recorded;
		}
		String torch = src.meta.string("torch_version");
		Matcher m = torch == null ? null : TORCH_VERSION.matcher(torch);
		if (m != null && m.matches()) {
			int major = Integer.parseInt(m.group(1));
			int minor = Integer.parseInt(m.group(2));
			String variant = major > 2 || (major == 2 && minor >= 9) ? "muon_torch" : "muon_fallback";
			notes.add("optimizer \"" + variant + "\" from meta.json's torch_version " + torch + " (SPEC §3: ≥ 2.9 → torch's Muon)");
			return variant;
		}
		List<String> keys = new ArrayList<>(src.optimizer.paramGroups().get(0).entries().keySet());
		if (keys.equals(ParamGroup.REQUIRED_KEYS)) {
			notes.add("optimizer \"muon_torch\": optim_state.pt's param group has torch.optim.Muon's key order");
			return "muon_torch";
		}
		if (keys.equals(FALLBACK_KEY_ORDER)) {
			notes.add("optimizer \"muon_fallback\": optim_state.pt's param group has the reference's fallback Muon key order");
			return "muon_fallback";
		}
		notes.add("optimizer variant unknown (no optimizer key, no torch_version, unfamiliar param group); it follows the base's"
				+ " torch_version" + (storeBase != null ? " (" + storeBase.getTorchVersion() + ")" : " (\"unknown\")"));
		return null;
	}

	private long seed() throws Phase0ImportException {
		if (src.metrics != null) {
			Long seed = src.metrics.integer("seed");
			if (seed != null) {
				return seed;
			}
			Matcher m = runIdMatcher();
			if (m != null) {
				notes.add("seed " + m.group(3) + " taken from metrics.json's run_id (no seed key)");
				return Long.parseLong(m.group(3));
			}
		}
		notes.add("seed: metrics.json records none; 0 used in the run id");
		return 0;
	}

	/** The run's start: metrics run_id's seconds, else meta last_run_at_unix, created_at_unix, per_step.csv's mtime. */
	private long runSeconds() throws Phase0ImportException {
		Matcher m = src.metrics == null ? null : runIdMatcher();
		if (m != null) {
			return Long.parseLong(m.group(2));
		}
		Double lastRun = src.meta.number("last_run_at_unix");
		if (lastRun != null) {
			notes.add("run time " + (long) Math.floor(lastRun) + " taken from meta.json's last_run_at_unix");
			return (long) Math.floor(lastRun);
		}
		Double created = src.meta.number("created_at_unix");
		if (created != null) {
			notes.add("run time " + (long) Math.floor(created) + " taken from meta.json's created_at_unix (no last_run_at_unix)");
			return (long) Math.floor(created);
		}
		notes.add("run time " + src.perStepMtimeSeconds + " taken from per_step.csv's modification time (meta.json records none)");
		return src.perStepMtimeSeconds;
	}

	private Matcher runIdMatcher() throws Phase0ImportException {
		String id = src.metrics.string("run_id");
		if (id == null) {
			return null;
		}
		Matcher m = StoreReader.RUN_ID.matcher(id);
		return m.matches() ? m : null;
	}

	/** did_update / update_ok of per_step.csv should mark exactly the events' steps; a difference is reported. */
	private void checkFlagsAgainstEvents() {
		Set<Integer> attempted = new TreeSet<>();
		Set<Integer> committed = new TreeSet<>();
		for (int t = 0; t < src.perStep.steps(); t++) {
			if (src.perStep.didUpdate()[t]) {
				attempted.add(t);
			}
			if (src.perStep.updateOk()[t]) {
				committed.add(t);
			}
		}
		Set<Integer> eventSteps = new TreeSet<>();
		Set<Integer> eventCommits = new TreeSet<>();
		for (UpdateEvent e : events) {
			eventSteps.add(e.getT());
			if (e.getStatus() == UpdateStatus.COMMIT) {
				eventCommits.add(e.getT());
			}
		}
		if (!attempted.equals(eventSteps) || !committed.equals(eventCommits)) {
			notes.add("per_step.csv marks updates at steps " + attempted + " (committed " + committed + ") but update_events.json has"
					+ " events at " + eventSteps + " (committed " + eventCommits + "); both were imported as they are");
		}
	}

	/** Counts in the Phase 0 metrics must agree with the files the store's metrics are computed from. */
	private void checkMetrics() throws Phase0ImportException {
		Phase0Json m = src.metrics;
		if (m == null) {
			notes.add("session/metrics.json missing; the run's metrics were computed from per_step.csv and update_events.json");
			return;
		}
		requireEqual(m, "steps", runMetrics.getSteps(), src.perStepFile.getFileName() + " has " + runMetrics.getSteps() + " rows");
		requireEqual(m, "updates_attempted", runMetrics.getUpdatesAttempted(), "update_events.json has "
				+ runMetrics.getUpdatesAttempted() + " events");
		requireEqual(m, "updates_committed", runMetrics.getUpdatesCommitted(), "update_events.json has "
				+ runMetrics.getUpdatesCommitted() + " commits");
		requireEqual(m, "updates_rolled_back", runMetrics.getUpdatesRolledBack(), "update_events.json has "
				+ runMetrics.getUpdatesRolledBack() + " rollbacks");
		Double mu = m.number("mu");
		if (mu != null && mu != runMetrics.getMu()) {
			throw m.error("mu is " + mu + " but meta.json says " + runMetrics.getMu() + ": which one is the run's cannot be decided");
		}
		String mode = m.string("env_mode");
		if (mode != null && !mode.equals(runMetrics.getEnvMode().getLiteral())) {
			throw m.error("env_mode is \"" + printable(mode) + "\" but meta.json says \"" + runMetrics.getEnvMode().getLiteral()
					+ "\": which one is the run's cannot be decided");
		}
		compareMean(m, "base_mse_mean", runMetrics.getBaseMseMean());
		compareMean(m, "baseline_mse_mean", runMetrics.getBaseMseMean());
		compareMean(m, "adaptive_mse_mean", runMetrics.getAdaptiveMseMean());
		Set<String> unused = new LinkedHashSet<>();
		m.node().fieldNames().forEachRemaining(k -> {
			if (!METRICS_READ.contains(k)) {
				unused.add(k);
			}
		});
		if (m.has("baseline_mse_mean")) {
			notes.add("metrics.json: baseline_mse_mean (Phase 0's name) becomes base_mse_mean");
		}
		if (!unused.isEmpty()) {
			notes.add("metrics.json: keys " + unused + " are not part of a Phase 1 run summary and were not carried over");
		}
	}

	private static void requireEqual(Phase0Json m, String key, long actual, String because) throws Phase0ImportException {
		Long recorded = m.integer(key);
		if (recorded != null && recorded != actual) {
			throw m.error(key + " is " + recorded + " but " + because + ": metrics.json does not belong to this run's files");
		}
	}

	private void compareMean(Phase0Json m, String key, double computed) throws Phase0ImportException {
		Double recorded = m.number(key);
		if (recorded == null) {
			return;
		}
		double scale = Math.max(Math.abs(recorded), Math.abs(computed));
		if (!(Math.abs(recorded - computed) <= MEAN_TOLERANCE * scale) && !(Double.isNaN(recorded) && Double.isNaN(computed))) {
			notes.add("metrics.json: " + key + " " + recorded + " differs from the mean of per_step.csv (" + computed
					+ "); the store's metrics are computed from per_step.csv");
		}
	}

	private ObjectNode extraJson() {
		ObjectNode extra = JsonNodeFactory.instance.objectNode();
		List<String> carried = new ArrayList<>();
		List<String> droppedKeys = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = src.meta.node().fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			if (META_DROPPED.contains(e.getKey())) {
				droppedKeys.add(e.getKey());
			} else if (!META_READ.contains(e.getKey())) {
				extra.set(e.getKey(), e.getValue().deepCopy());
				carried.add(e.getKey());
			}
		}
		if (!carried.isEmpty()) {
			notes.add("meta.json: keys " + carried + " carried over unchanged as top-level keys (the reference ignores them)");
		}
		if (!droppedKeys.isEmpty()) {
			notes.add("meta.json: keys " + droppedKeys + " have a Phase 1 meaning a Phase 0 session cannot have and were dropped");
		}
		extra.set(MIGRATED_FROM_KEY, migratedFrom(true));
		return extra;
	}

	/** {@code {"format": "phase0", "source": <absolute run folder>}}, plus what had to leave model_cfg/plasticity_cfg. */
	private ObjectNode migratedFrom(boolean forSession) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("format", FORMAT_PHASE0);
		node.put("source", src.folder.toString());
		if (forSession && !dropped.isEmpty()) {
			node.set("dropped", dropped.deepCopy());
		}
		return node;
	}

	// ------------------------------------------------------------------------------------------------------------------

	/** JSON values equal as Python would compare them ({@code 1 == 1.0}). */
	static boolean sameValue(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.doubleValue() == b.doubleValue();
		}
		return Objects.equals(a, b);
	}

	private static String names(ObjectNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names.toString();
	}

	private static String shape(FloatTensor t) {
		return java.util.Arrays.toString(t.shape());
	}

	static String abbreviate(String hash) {
		return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
	}

	private static String printable(String s) {
		String p = s.replaceAll("\\p{Cntrl}", "?");
		return p.length() > 60 ? p.substring(0, 57) + "..." : p;
	}
}
