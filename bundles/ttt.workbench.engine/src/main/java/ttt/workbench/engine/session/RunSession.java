package ttt.workbench.engine.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.env.ActionsCsv;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.BackendSelector;
import ttt.workbench.engine.math.Nd4jBackend;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerStates;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.engine.run.Plasticity;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.run.RunInput;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.run.RunResult;
import ttt.workbench.engine.run.SessionRunner;
import ttt.workbench.engine.run.UpdateRecord;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.RunJournal;
import ttt.workbench.store.io.RunSummaries;
import ttt.workbench.store.io.StoreWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;

/**
 * {@code run_session}: one run of a session (SPEC §3) — the three-way comparison on one trajectory, online updates
 * committed or rolled back — and every output file of SPEC §2.3. Computes everything in memory first; only a run
 * that finished is written, so a cancelled or failed run leaves the store exactly as it was.
 *
 * <p>No lock is held while computing, so the session can be forked, its note edited, other sessions run meanwhile.
 * The session's state is read under its lock into memory (with a {@link SessionFingerprint}); the locks are taken
 * again only to commit (store lock, then the session's), and a session whose fingerprint changed meanwhile (another
 * run committed) is refused with nothing written: committing would silently drop that run's effect on the weights.
 */
public final class RunSession {

	/**
	 * @param actionsCsv replay exactly these actions (header {@code ax,ay}); then {@code steps} is the number of rows
	 * @param chunk and the other plasticity overrides: null keeps the session's value; they apply to this run only
	 * @param backend "auto", "jvm" or "nd4j"
	 */
	public record Request(String sessionId, int steps, long seed, Path actionsCsv, Integer chunk, Integer bufferLen,
			Double rollbackTol, Double gradNormMax, Double stateNormMax, String backend) {

		public static Request of(String sessionId, int steps, long seed) {
			return new Request(sessionId, steps, seed, null, null, null, null, null, null, BackendSelector.AUTO);
		}
	}

	public record Result(String runId, RunMetrics metrics, List<String> warnings, String backend) {
	}

	private RunSession() {
	}

	public static Result run(ArtifactStore store, Request request, RunListener listener, BooleanSupplier cancelled)
			throws EngineException, IOException, RunCancelledException {
		List<String> warnings = new ArrayList<>();
		Prepared prepared;
		SessionFingerprint before;
		// 1. snapshot, under the session's lock (a commit replaces several files: never read half of one)
		try (StoreLocks.Held sessionLock = store.lockSession(request.sessionId())) {
			RunJournal.recover(store.root(), request.sessionId()); // a previous run's interrupted commit comes first
			IndexUpdate.refreshFor(store, request.sessionId()); // on a store opened as summaries: this session only
			prepared = prepare(store, request, warnings);
			before = SessionFingerprint.of(store.layout(), request.sessionId());
		}
		// 2. compute, holding no lock; trajectory.json is formatted meanwhile on another thread
		TrajectoryFileAhead trajectoryAhead = TrajectoryFileAhead.start(prepared.input());
		String runId;
		try {
			RunResult result = new SessionRunner(prepared.backend()).run(prepared.input(), listener, cancelled);
			String trajectoryJson = trajectoryAhead.text(); // waited for here, never while holding the store's lock
			// 3. commit, under the store lock (clean-up, index) and the session's, if nothing changed meanwhile
			try (StoreLocks.Held storeLock = store.lockStore(); StoreLocks.Held sessionLock = store.lockSession(request.sessionId())) {
				IndexUpdate.cleanUp(store);
				requireUnchanged(store, request.sessionId(), before);
				store.refreshSession(request.sessionId()); // only this session matters here, and only its note can have changed
				runId = uniqueRunId(store, prepared.session().getId(), request.seed());
				write(store, prepared, result, trajectoryJson, runId, request.seed(), warnings);
			}
		} finally {
			trajectoryAhead.cancel(); // on every way out: a text not taken yet is dropped, not waited for
		}
		Session session = store.model().findSession(request.sessionId());
		RunMetrics metrics = session.findRun(runId) != null && session.findRun(runId).getMetrics() != null
				? session.findRun(runId).getMetrics() : null;
		return new Result(runId, metrics, warnings, prepared.backend().name());
	}

	private record Prepared(Session session, RunInput input, SsmBackend backend) {
	}

	/** Refuses the commit when another run committed to the session (or it was deleted) while this one computed. */
	private static void requireUnchanged(ArtifactStore store, String sessionId, SessionFingerprint before)
			throws EngineException, IOException {
		SessionFingerprint now = SessionFingerprint.of(store.layout(), sessionId);
		if (now.equals(before)) {
			return;
		}
		if (!now.exists()) {
			throw new EngineException("session " + sessionId + " was deleted while this run was computing; nothing was written");
		}
		List<String> added = new ArrayList<>(now.runIds());
		added.removeAll(before.runIds());
		String why = added.isEmpty() ? "its weights, runs or settings changed meanwhile"
				: (added.size() == 1 ? "run " : "runs ") + String.join(", ", added) + " committed meanwhile";
		throw new EngineException("session " + sessionId + " changed while this run was computing (" + why
				+ "); nothing was written — run again");
	}

	private static Prepared prepare(ArtifactStore store, Request request, List<String> warnings)
			throws EngineException, IOException {
		Base base = StoreChecks.requireBase(store);
		Session session = StoreChecks.requireSession(store, request.sessionId());
		StoreChecks.requireSameSignature(session, base);
		StoreChecks.requireIntactCheckpoint(store, base);
		BaseCheckpoint checkpoint = BaseCheckpoint.read(store.layout().baseCheckpoint());
		Weights baseWeights = PlasticWeights.fromBase(checkpoint);
		float[] decay = PlasticWeights.decay(checkpoint);
		Weights sessionWeights = PlasticWeights.fromPlasticState(PlasticState.read(store.layout().plasticState(session.getId())));
		if (!PlasticWeights.sameShapes(baseWeights, sessionWeights)) {
			throw new EngineException(store.layout().plasticState(session.getId()) + ": weight shapes do not match the base's model_cfg");
		}
		OptimizerVariant variant = OptimizerVariant.forSession(session.getOptimizerVariant(), base.getTorchVersion());
		MuonSettings settings = MuonSettings.fromPlasticity(session.getPlasticityConfig());
		OptimizerStates.Loaded optimizer;
		Path optimFile = store.layout().optimState(session.getId());
		try {
			optimizer = OptimizerStates.load(OptimizerState.read(optimFile), sessionWeights, variant, settings);
			if (optimizer.warning() != null) {
				warnings.add(optimFile + ": " + optimizer.warning());
			}
		} catch (IOException e) {
			warnings.add(optimFile + ": cannot be read (" + e.getMessage() + "); this run starts with a fresh optimizer");
			optimizer = new OptimizerStates.Loaded(ttt.workbench.engine.optim.Muon.fresh(variant, settings), "unreadable");
		}
		Plasticity plasticity = overrides(Plasticity.from(session.getPlasticityConfig()), request);
		float[][] actions = request.actionsCsv() != null ? ActionsCsv.read(request.actionsCsv())
				: Actions.gaussian(request.seed(), request.steps(), session.getModelConfig().getActDim());
		if (actions.length == 0) {
			throw new EngineException("a run needs at least one step");
		}
		if (actions[0].length != session.getModelConfig().getActDim()) {
			throw new EngineException("actions have " + actions[0].length + " columns but the model's act_dim is "
					+ session.getModelConfig().getActDim());
		}
		int uDim = session.getModelConfig().getUDim();
		int nState = session.getModelConfig().getNState();
		SsmBackend backend = BackendSelector.select(request.backend(), uDim, nState, () -> new Nd4jBackend(), warnings::add);
		Dynamics dynamics = session.getEnvMode() == EnvMode.NONLINEAR ? Dynamics.NONLINEAR : Dynamics.LINEAR;
		RunInput input = new RunInput(baseWeights, sessionWeights, decay, optimizer.optimizer(), plasticity, session.getMu(), dynamics,
				actions);
		return new Prepared(session, input, backend);
	}

	private static Plasticity overrides(Plasticity p, Request r) {
		if (r.chunk() != null) {
			p = p.withChunk(r.chunk());
		}
		if (r.bufferLen() != null) {
			p = p.withBufferLen(r.bufferLen());
		}
		if (r.rollbackTol() != null) {
			p = p.withRollbackTol(r.rollbackTol());
		}
		if (r.gradNormMax() != null) {
			p = p.withGradNormMax(r.gradNormMax());
		}
		if (r.stateNormMax() != null) {
			p = p.withStateNormMax(r.stateNormMax());
		}
		return p;
	}

	/** {@code <session>_<unix seconds>_seed<seed>}, with a suffix when a run of that name exists (SPEC §2.3). */
	static String uniqueRunId(ArtifactStore store, String sessionId, long seed) {
		String base = sessionId + "_" + SessionFactory.nowSeconds() + "_seed" + seed;
		String id = base;
		for (int i = 2; Files.exists(store.layout().runDir(sessionId, id)); i++) {
			id = base + "_" + i;
		}
		return id;
	}

	private static void write(ArtifactStore store, Prepared prepared, RunResult result, String trajectoryJson, String runId, long seed,
			List<String> warnings) throws IOException {
		Session session = prepared.session();
		String sid = session.getId();
		List<UpdateEvent> events = new ArrayList<>();
		for (UpdateRecord record : result.events()) {
			events.add(record.toStore(runId));
		}
		String runDir = store.layout().runDir(sid, runId).toString();
		Session current = store.model().findSession(sid); // the meta as it is now (a note may have been edited meanwhile)
		RunMetrics metrics = RunSummaries.compute(runId, seed, session, result.toPerStepTable(), events, runDir);
		if (!warnings.isEmpty()) {
			ObjectNode extra = JsonNodeFactory.instance.objectNode();
			ArrayNode list = extra.putArray("warnings");
			warnings.forEach(list::add);
			metrics.setExtraJson(extra);
		}
		PlasticState finalWeights = PlasticWeights.toPlasticState(result.finalWeights());
		OptimizerState finalOptimizer = OptimizerStates.toStore(result.finalOptimizer());
		byte[] png = CurvePng.render(runId, result.baseMse(), result.sessionNoUpdateMse(), result.adaptiveMse());
		StoreWriter writer = store.writer();
		long now = SessionFactory.nowSeconds();
		// all-or-nothing across crashes (see RunJournal): intent, then the complete run folder (the commit point),
		// then the session's files, then the intent is cleared; a crash after the run folder is rolled forward
		RunJournal.begin(store.root(), sid, runId, now);
		writer.writeRunFolder(sid, runId, new StoreWriter.RunFiles(result.toPerStepTable(), events, trajectoryJson,
				metrics, finalWeights, finalOptimizer, png));
		writer.appendEvents(sid, events);
		writer.writePlasticState(store.layout().plasticState(sid), finalWeights);
		writer.writeOptimizerState(store.layout().optimState(sid), finalOptimizer);
		writer.writeSessionMetrics(sid, EcoreUtil.copy(metrics));
		Session updated = EcoreUtil.copy(current != null ? current : session);
		updated.setLastRunAtUnix((double) now);
		writer.writeSessionMeta(updated);
		// the index too, inside the journaled commit: after a kill before this, the next writer rolls the commit forward
		// and rebuilds the index (StoreCleanup)
		IndexUpdate.afterSessionWrite(store, sid);
		RunJournal.end(store.root(), sid);
	}
}
