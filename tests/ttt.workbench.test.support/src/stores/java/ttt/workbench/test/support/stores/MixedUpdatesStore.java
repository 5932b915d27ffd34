package ttt.workbench.test.support.stores;

import java.nio.file.Path;

import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.test.support.Fixtures;

/**
 * A real store with every kind of update outcome: a copy of the torch 2.9.1 fixture store plus a session
 * {@value #SESSION} whose tight thresholds (a step must lower the loss by 1 %, grad_norm_max 60,
 * state_norm_max 3, lr 0.05, an update every 8 steps) make the engine commit some updates and roll others back for
 * grad_norm, loss regression and state norm, over three runs of 96 steps (seeds 1, 2, 3).
 */
public final class MixedUpdatesStore {

	public static final String SESSION = "mixed";

	private MixedUpdatesStore() {
	}

	public static Path create(Path target) throws Exception {
		Fixtures.copy(Fixtures.torch291Store(), target);
		try (ArtifactStore store = ArtifactStore.open(target)) {
			PlasticityConfig cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
			cfg.setChunk(8);
			cfg.setBufferLen(8);
			cfg.setLr(0.05);
			cfg.setRollbackTol(-0.01);
			cfg.setGradNormMax(60);
			cfg.setStateNormMax(3);
			NewSession.run(store, new NewSession.Request(SESSION, 0.12, EnvMode.LINEAR, 3, cfg, null));
			for (long seed = 1; seed <= 3; seed++) {
				RunSession.run(store, new RunSession.Request(SESSION, 96, seed, null, null, null, null, null, null, "jvm"),
						RunListener.NONE, () -> false);
			}
		}
		return target;
	}
}
