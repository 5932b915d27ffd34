package ttt.workbench.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.BackendSelector;
import ttt.workbench.engine.math.Nd4jBackend;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerStates;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.engine.run.Plasticity;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.run.RunInput;
import ttt.workbench.engine.run.RunResult;
import ttt.workbench.engine.run.SessionRunner;
import ttt.workbench.engine.run.UpdateRecord;
import ttt.workbench.engine.session.CurvePng;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.SessionFactory;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.codec.TrajectoryCodec;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.io.RunSummaries;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.pt.TorchFileWriter;
import ttt.workbench.sweep.spec.Parameter;

/**
 * Computes one point in memory, with no store on disk: the session {@code new_session} (or {@code fork_session})
 * would create, then each run {@code run_session} would make, in order, each starting from the weights and optimizer
 * state the previous one left — the same engine calls, the same files, byte for byte (timestamps aside), as those
 * procedures write. Pure apart from the clock: give it a {@link PointContext} and a {@link SweepPoint}; it returns a
 * {@link PointResult} holding every file of the session folder.
 *
 * <ul>
 * <li>from base: {@code new_session --session_id <id> --seed <seed>} with the point's parameters (absent ones keep
 * new_session's defaults; μ absent → drawn from the seed as {@code --mu -1}); env_mode default linear; the optimizer
 * variant defaults to the store's (as new_session).
 * <li>from a session: {@code fork_session --parent_session_id <from> --child_session_id <id>} copying the parent's
 * momentum or, with {@code reset_optimizer: true}, a fresh optimizer; run-time parameters are passed to every run as
 * {@code run_session} overrides.
 * <li>run k: {@code run_session --session_id <id> --steps runs[k] --seed runSeed(k)} (see {@link SweepPoint#runSeed}).
 * <li>the meta carries the top-level key {@code sweep} ({@link SweepPoint#toJson()}).
 * </ul>
 * Thread-safe: a computer has no state; many points may be computed at once.
 */
public final class PointComputer {

	private final String backend;

	/** @param backend "auto" (as run_session: by model size), "jvm" or "nd4j" */
	public PointComputer(String backend) {
		this.backend = backend;
	}

	public PointComputer() {
		this(BackendSelector.AUTO);
	}

	/**
	 * @param cancelled checked before every step of every pass; a cancelled point throws and yields nothing
	 * @throws IOException when the context's files cannot be parsed
	 */
	public PointResult compute(PointContext context, SweepPoint point, BooleanSupplier cancelled)
			throws IOException, RunCancelledException {
		PointContext.Parsed parsed = context.parsed();
		Base base = context.base();
		List<String> warnings = new ArrayList<>();
		Map<String, Object> params = point.parameters();
		Session session;
		OptimizerVariant variant;
		PlasticState weights;
		OptimizerState optimizer;
		if (point.from() == null) {
			PlasticityConfig cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
			setIf(params, Parameter.LR, v -> cfg.setLr((Double) v));
			setIf(params, Parameter.MOMENTUM, v -> cfg.setMomentum((Double) v));
			setIf(params, Parameter.NS_STEPS, v -> cfg.setNsSteps((Integer) v));
			setIf(params, Parameter.ADJUST_LR_FN, v -> cfg.setAdjustLrFn((String) v));
			setIf(params, Parameter.CHUNK, v -> cfg.setChunk((Integer) v));
			setIf(params, Parameter.BUFFER_LEN, v -> cfg.setBufferLen((Integer) v));
			setIf(params, Parameter.ROLLBACK_TOL, v -> cfg.setRollbackTol((Double) v));
			setIf(params, Parameter.GRAD_NORM_MAX, v -> cfg.setGradNormMax((Double) v));
			setIf(params, Parameter.STATE_NORM_MAX, v -> cfg.setStateNormMax((Double) v));
			String opt = (String) params.get(Parameter.OPTIMIZER.key());
			variant = opt != null ? OptimizerVariant.fromKey(opt) : NewSession.defaultVariant(base);
			String mode = (String) params.get(Parameter.ENV_MODE.key());
			EnvMode envMode = mode == null ? EnvMode.LINEAR : EnvMode.get(mode);
			Object mu = params.get(Parameter.MU.key());
			double m = mu != null ? (Double) mu : Actions.drawMu(point.seed());
			session = SessionFactory.root(point.sessionId(), base, envMode, m, cfg, variant);
			weights = parsed.basePlastic();
			optimizer = OptimizerStates.toStore(Muon.fresh(variant, MuonSettings.fromPlasticity(cfg)));
		} else {
			Session parent = context.parent();
			variant = OptimizerVariant.forSession(parent.getOptimizerVariant(), base.getTorchVersion());
			MuonSettings settings = MuonSettings.fromPlasticity(parent.getPlasticityConfig());
			weights = parsed.parentPlastic();
			if (point.resetOptimizer()) {
				optimizer = OptimizerStates.toStore(Muon.fresh(variant, settings));
			} else if (parsed.parentOptim() == null) {
				warnings.add((context.parentOptimProblem() != null ? context.parentOptimProblem()
						: "the parent's optim_state.pt cannot be read") + "; the child starts with a fresh optimizer");
				optimizer = OptimizerStates.toStore(Muon.fresh(variant, settings));
			} else {
				OptimizerStates.Loaded loaded = OptimizerStates.load(parsed.parentOptim(), PlasticWeights.fromPlasticState(weights),
						variant, settings);
				if (loaded.warning() != null) {
					warnings.add("sessions/" + point.from() + "/optim_state.pt: " + loaded.warning());
				}
				optimizer = OptimizerStates.toStore(loaded.optimizer());
			}
			session = SessionFactory.child(parent, point.sessionId(), variant, null, null);
		}
		ObjectNode extra = session.getExtraJson() != null ? session.getExtraJson().deepCopy() : JsonNodeFactory.instance.objectNode();
		extra.set(SweepPoint.META_KEY, point.toJson());
		session.setExtraJson(extra);

		Map<String, byte[]> files = new LinkedHashMap<>();
		StringBuilder log = new StringBuilder();
		List<String> runIds = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		RunMetrics last = null;
		int commits = 0, rollbacks = 0;
		StoreLayout layout = new StoreLayout(context.storeRoot());
		for (int k = 0; k < point.runs().size(); k++) {
			long seed = point.runSeed(k);
			List<String> runWarnings = new ArrayList<>();
			// as run_session's prepare: the session's weights and optimizer as the files hold them
			Weights sessionWeights = PlasticWeights.fromPlasticState(weights);
			MuonSettings settings = MuonSettings.fromPlasticity(session.getPlasticityConfig());
			OptimizerStates.Loaded loaded = OptimizerStates.load(optimizer, sessionWeights, variant, settings);
			if (loaded.warning() != null) {
				runWarnings.add("sessions/" + point.sessionId() + "/optim_state.pt: " + loaded.warning());
			}
			Plasticity plasticity = overrides(Plasticity.from(session.getPlasticityConfig()), params);
			float[][] actions = Actions.gaussian(seed, point.runs().get(k), session.getModelConfig().getActDim());
			SsmBackend ssm = BackendSelector.select(backend, session.getModelConfig().getUDim(), session.getModelConfig().getNState(),
					Nd4jBackend::new, runWarnings::add);
			Dynamics dynamics = session.getEnvMode() == EnvMode.NONLINEAR ? Dynamics.NONLINEAR : Dynamics.LINEAR;
			RunInput input = new RunInput(parsed.baseWeights(), sessionWeights, parsed.decay(), loaded.optimizer(), plasticity,
					session.getMu(), dynamics, actions);
			RunResult result = new SessionRunner(ssm).onOneThread().run(input, null, cancelled); // a point per core already

			long now = SessionFactory.nowSeconds();
			String runId = point.sessionId() + "_" + now + "_seed" + seed;
			for (int i = 2; taken.contains(runId); i++) {
				runId = point.sessionId() + "_" + now + "_seed" + seed + "_" + i;
			}
			taken.add(runId);
			runIds.add(runId);
			List<UpdateEvent> events = new ArrayList<>();
			for (UpdateRecord record : result.events()) {
				events.add(record.toStore(runId));
			}
			PerStepTable table = result.toPerStepTable();
			RunMetrics metrics = RunSummaries.compute(runId, seed, session, table, events, layout.runDir(point.sessionId(), runId).toString());
			if (!runWarnings.isEmpty()) {
				ObjectNode w = JsonNodeFactory.instance.objectNode();
				ArrayNode list = w.putArray("warnings");
				runWarnings.forEach(list::add);
				metrics.setExtraJson(w);
			}
			warnings.addAll(runWarnings);
			PlasticState finalWeights = PlasticWeights.toPlasticState(result.finalWeights());
			OptimizerState finalOptimizer = OptimizerStates.toStore(result.finalOptimizer());
			String dir = StoreLayout.RUNS_DIR + "/" + runId + "/";
			files.put(dir + StoreLayout.RUN_PER_STEP, utf8(PerStepCsv.format(table, false)));
			ArrayNode eventsJson = JsonNodeFactory.instance.arrayNode();
			for (UpdateEvent e : events) {
				eventsJson.add(UpdateEventCodec.write(e, false));
				log.append(PythonJsonWriter.compact(UpdateEventCodec.write(e, true))).append('\n');
			}
			files.put(dir + StoreLayout.RUN_EVENTS, utf8(PythonJsonWriter.pretty(eventsJson)));
			files.put(dir + StoreLayout.RUN_TRAJECTORY, utf8(TrajectoryCodec.format(result.trajectory().toStore())));
			files.put(dir + StoreLayout.METRICS, utf8(PythonJsonWriter.pretty(MetricsCodec.write(metrics))));
			files.put(dir + StoreLayout.PLASTIC_STATE, pt(StoreLayout.PLASTIC_STATE, finalWeights.toValue()));
			files.put(dir + StoreLayout.OPTIM_STATE, pt(StoreLayout.OPTIM_STATE, finalOptimizer.toValue()));
			files.put(dir + StoreLayout.RUN_CURVE_PNG, CurvePng.render(runId, result.baseMse(), result.sessionNoUpdateMse(), result.adaptiveMse()));
			weights = finalWeights;
			optimizer = finalOptimizer;
			last = EcoreUtil.copy(metrics);
			session.setLastRunAtUnix((double) now);
			commits += result.updatesCommitted();
			rollbacks += result.updatesRolledBack();
		}
		files.put(StoreLayout.SESSION_META, utf8(PythonJsonWriter.pretty(SessionMetaCodec.write(session))));
		files.put(StoreLayout.METRICS, utf8(PythonJsonWriter.pretty(MetricsCodec.write(last != null ? last : MetricsCodec.created()))));
		files.put(StoreLayout.PLASTIC_STATE, pt(StoreLayout.PLASTIC_STATE, weights.toValue()));
		files.put(StoreLayout.OPTIM_STATE, pt(StoreLayout.OPTIM_STATE, optimizer.toValue()));
		if (log.length() > 0) {
			files.put(StoreLayout.EVENTS_LOG, utf8(log.toString()));
		}
		return new PointResult(point.number(), point.sessionId(), files, runIds, warnings, commits, rollbacks);
	}

	private static void setIf(Map<String, Object> params, Parameter p, java.util.function.Consumer<Object> setter) {
		if (params.containsKey(p.key())) {
			setter.accept(params.get(p.key()));
		}
	}

	/** run_session's overrides (they are also the session's own values for a new session, so applying them is neutral). */
	private static Plasticity overrides(Plasticity p, Map<String, Object> params) {
		if (params.get(Parameter.CHUNK.key()) instanceof Integer v) {
			p = p.withChunk(v);
		}
		if (params.get(Parameter.BUFFER_LEN.key()) instanceof Integer v) {
			p = p.withBufferLen(v);
		}
		if (params.get(Parameter.ROLLBACK_TOL.key()) instanceof Double v) {
			p = p.withRollbackTol(v);
		}
		if (params.get(Parameter.GRAD_NORM_MAX.key()) instanceof Double v) {
			p = p.withGradNormMax(v);
		}
		if (params.get(Parameter.STATE_NORM_MAX.key()) instanceof Double v) {
			p = p.withStateNormMax(v);
		}
		return p;
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/** The bytes torch.save would write to a file of that name (the archive folder is named after the file). */
	private static byte[] pt(String fileName, Object value) {
		return TorchFileWriter.toBytes(fileName.substring(0, fileName.lastIndexOf('.')), value);
	}

}
