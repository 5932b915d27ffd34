package ttt.workbench.engine.session;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SchemaVersion;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;

/**
 * Builds the meta of a new session (not yet on disk) with every key the reference expects. Public so that code that
 * makes sessions in memory (the sweep's point computer) builds exactly the metas {@code new_session} and
 * {@code fork_session} write.
 */
public final class SessionFactory {
	private SessionFactory() {
	}

	public static Session root(String id, Base base, EnvMode envMode, double mu, PlasticityConfig cfg, OptimizerVariant variant) {
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setSchemaVersion(SchemaVersion.CURRENT);
		s.setId(id);
		s.setCreatedAtUnix(nowSeconds());
		s.setLastRunAtUnix(null);
		s.setParentId(null);
		s.setRootId(id);
		s.setEnvMode(envMode);
		s.setMu(mu);
		s.setBaseCkptHash(base.getBaseCkptHash());
		s.setModelSignature(base.getModelSignature());
		s.setModelConfig(EcoreUtil.copy(base.getModelConfig()));
		s.setPlasticityConfig(cfg);
		s.setOptimizerVariant(variant.key());
		s.setMetrics(MetricsCodec.created());
		return s;
	}

	/** A child inherits μ, env_mode, the plasticity config and the optimizer variant (SPEC §3 "Sessions"). */
	public static Session child(Session parent, String id, OptimizerVariant variant, String note, String fromRunId) {
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setSchemaVersion(SchemaVersion.CURRENT);
		s.setId(id);
		s.setCreatedAtUnix(nowSeconds());
		s.setLastRunAtUnix(null);
		s.setParentId(parent.getId());
		s.setRootId(parent.getRootId());
		s.setEnvMode(parent.getEnvMode());
		s.setMu(parent.getMu());
		s.setBaseCkptHash(parent.getBaseCkptHash());
		s.setModelSignature(parent.getModelSignature());
		s.setModelConfig(EcoreUtil.copy(parent.getModelConfig()));
		s.setPlasticityConfig(EcoreUtil.copy(parent.getPlasticityConfig()));
		s.setOptimizerVariant(variant.key());
		s.setForkNote(note == null || note.isBlank() ? null : note);
		s.setForkedFromRunId(fromRunId);
		s.setMetrics(MetricsCodec.created());
		return s;
	}

	/** The reference writes {@code int(time.time())}. */
	public static long nowSeconds() {
		return System.currentTimeMillis() / 1000;
	}
}
