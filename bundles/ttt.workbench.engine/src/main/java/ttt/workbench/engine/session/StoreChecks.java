package ttt.workbench.engine.session;

import java.io.IOException;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.SessionIds;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.signature.Signatures;

/** The preconditions every procedure checks before it touches a file. */
final class StoreChecks {
	private StoreChecks() {
	}

	static Base requireBase(ArtifactStore store) throws EngineException {
		Base base = store.model().getBase();
		if (base == null) {
			throw new EngineException("the store at " + store.root() + " has no base model (run init_base first)");
		}
		return base;
	}

	/** The checkpoint on disk must still be the one base_meta.json describes. */
	static void requireIntactCheckpoint(ArtifactStore store, Base base) throws EngineException, IOException {
		String hash = Signatures.sha256Hex(store.layout().baseCheckpoint());
		if (!hash.equals(base.getBaseCkptHash())) {
			throw new EngineException(store.layout().baseCheckpoint() + ": SHA-256 " + hash + " differs from base_ckpt_hash "
					+ base.getBaseCkptHash() + " in base_meta.json; refusing to use a replaced or damaged base");
		}
	}

	static Session requireSession(ArtifactStore store, String id) throws EngineException {
		Session s = store.model().findSession(id);
		if (s == null) {
			throw new EngineException("unknown session \"" + id + "\" in " + store.root());
		}
		return s;
	}

	static void requireSameSignature(Session s, Base base) throws EngineException {
		if (!base.getModelSignature().equals(s.getModelSignature())) {
			throw new EngineException("session \"" + s.getId() + "\" has model_signature " + s.getModelSignature()
					+ " but the base has " + base.getModelSignature()
					+ ": it was made from a different base or architecture and cannot run against this one");
		}
	}

	static void requireNewId(ArtifactStore store, String id) throws EngineException {
		java.util.Optional<String> problem = SessionIds.problem(id);
		if (problem.isPresent()) {
			throw new EngineException("invalid session id \"" + id + "\": " + problem.get());
		}
		if (store.model().findSession(id) != null || java.nio.file.Files.exists(store.layout().sessionDir(id))) {
			throw new EngineException("a session with id \"" + id + "\" already exists");
		}
	}
}
