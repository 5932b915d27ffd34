package ttt.workbench.engine.session;

import java.io.IOException;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerStates;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.PlasticState;

/** {@code new_session}: a root session starting from the base's plastic weights with a fresh optimizer. */
public final class NewSession {

	/**
	 * @param mu the hidden friction, or negative to draw it as the reference does: {@code random.seed(seed);
	 * random.uniform(0.02, 0.25)} with Python's {@code random} ({@link ttt.workbench.engine.env.Actions#drawMu})
	 * @param optimizer "muon_torch", "muon_fallback" or null for the store's default (SPEC §3 "Muon")
	 */
	public record Request(String sessionId, double mu, EnvMode envMode, long seed, PlasticityConfig plasticity, String optimizer) {
	}

	private NewSession() {
	}

	public static Session run(ArtifactStore store, Request request) throws EngineException, IOException {
		try (StoreLocks.Held lock = store.lockStore()) {
			IndexUpdate.cleanUp(store);
			IndexUpdate.refreshFor(store, request.sessionId()); // summaries: only whether this id is taken matters
			Base base = StoreChecks.requireBase(store);
			StoreChecks.requireNewId(store, request.sessionId());
			StoreChecks.requireIntactCheckpoint(store, base);
			BaseCheckpoint checkpoint = BaseCheckpoint.read(store.layout().baseCheckpoint());
			OptimizerVariant variant = request.optimizer() != null ? OptimizerVariant.fromKey(request.optimizer())
					: defaultVariant(base);
			double mu = request.mu() < 0 ? Actions.drawMu(request.seed()) : request.mu();
			Session session = SessionFactory.root(request.sessionId(), base, request.envMode(), mu, request.plasticity(), variant);
			PlasticState weights = checkpoint.plastic();
			Muon fresh = Muon.fresh(variant, MuonSettings.fromPlasticity(request.plasticity()));
			store.writer().createSession(session, weights, OptimizerStates.toStore(fresh));
			IndexUpdate.afterSessionCreated(store, request.sessionId());
			return store.model().findSession(request.sessionId());
		}
	}

	/**
	 * A base this product pretrained gets torch's Muon (SPEC: new stores default to muon_torch); in a reference
	 * store, the variant its torch would have used, so both tools evolve the session the same way.
	 */
	public static OptimizerVariant defaultVariant(Base base) {
		if (base.getEngineVersion() != null) {
			return OptimizerVariant.DEFAULT_FOR_NEW_STORES;
		}
		return OptimizerVariant.forTorchVersion(base.getTorchVersion());
	}
}
