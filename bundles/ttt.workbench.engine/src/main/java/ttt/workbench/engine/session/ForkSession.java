package ttt.workbench.engine.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerStates;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;

/**
 * {@code fork_session}: a child session starting from the parent's current weights, or from the weights the parent
 * had at the end of one of its runs ({@code --from_run}); with the parent's optimizer momentum or a fresh one.
 */
public final class ForkSession {

	public record Request(String parentId, String childId, boolean copyOptimizer, String fromRunId, String note) {
	}

	/** The new child and what the user should know (for example that a fresh optimizer had to be used). */
	public record Result(Session child, List<String> warnings) {
	}

	private ForkSession() {
	}

	public static Result run(ArtifactStore store, Request request) throws EngineException, IOException {
		List<String> warnings = new ArrayList<>();
		// store lock first, then the parent's: a run of the parent cannot replace its files while we copy them
		try (StoreLocks.Held storeLock = store.lockStore(); StoreLocks.Held parentLock = store.lockSession(request.parentId())) {
			IndexUpdate.cleanUp(store); // interrupted commits (the parent's too: fork from its complete state), leftovers
			IndexUpdate.refreshFor(store, request.parentId(), request.childId()); // summaries: these two folders only
			Base base = StoreChecks.requireBase(store);
			Session parent = StoreChecks.requireSession(store, request.parentId());
			StoreChecks.requireSameSignature(parent, base);
			StoreChecks.requireNewId(store, request.childId());
			Path weightsFile = store.layout().plasticState(parent.getId());
			Path optimFile = store.layout().optimState(parent.getId());
			if (request.fromRunId() != null) {
				Run run = parent.findRun(request.fromRunId());
				if (run == null) {
					throw new EngineException("session \"" + parent.getId() + "\" has no run \"" + request.fromRunId() + "\"");
				}
				Path runDir = store.layout().runDir(parent.getId(), run.getId());
				weightsFile = runDir.resolve(StoreLayout.PLASTIC_STATE);
				optimFile = runDir.resolve(StoreLayout.OPTIM_STATE);
				if (!Files.isRegularFile(weightsFile)) {
					throw new EngineException("run \"" + run.getId() + "\" kept no end-of-run weights (it was written by the Python"
							+ " reference, which does not keep them); fork from the session's current state instead");
				}
			}
			PlasticState weights = PlasticState.read(weightsFile);
			OptimizerVariant variant = OptimizerVariant.forSession(parent.getOptimizerVariant(), base.getTorchVersion());
			MuonSettings settings = MuonSettings.fromPlasticity(parent.getPlasticityConfig());
			OptimizerState optimizer;
			if (request.copyOptimizer()) {
				optimizer = copiedOptimizer(optimFile, weights, variant, settings, warnings);
			} else {
				optimizer = OptimizerStates.toStore(Muon.fresh(variant, settings));
			}
			Session child = SessionFactory.child(parent, request.childId(), variant, request.note(), request.fromRunId());
			store.writer().createSession(child, weights, optimizer);
			IndexUpdate.afterSessionCreated(store, request.childId());
			return new Result(store.model().findSession(request.childId()), warnings);
		}
	}

	/** The reference silently starts fresh when the parent's optimizer state is unusable; this says so. */
	private static OptimizerState copiedOptimizer(Path file, PlasticState weights, OptimizerVariant variant, MuonSettings settings,
			List<String> warnings) {
		try {
			OptimizerStates.Loaded loaded = OptimizerStates.load(OptimizerState.read(file), PlasticWeights.fromPlasticState(weights),
					variant, settings);
			if (loaded.warning() != null) {
				warnings.add(file + ": " + loaded.warning());
			}
			return OptimizerStates.toStore(loaded.optimizer());
		} catch (IOException e) {
			warnings.add(file + ": cannot be read (" + e.getMessage() + "); the child starts with a fresh optimizer");
			return OptimizerStates.toStore(Muon.fresh(variant, settings));
		}
	}
}
