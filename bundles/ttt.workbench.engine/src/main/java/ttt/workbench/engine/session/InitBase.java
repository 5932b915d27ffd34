package ttt.workbench.engine.session;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ttt.workbench.engine.math.BackendSelector;
import ttt.workbench.engine.math.Nd4jBackend;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.run.PretrainListener;
import ttt.workbench.engine.run.PretrainResult;
import ttt.workbench.engine.run.Pretrainer;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.SchemaVersion;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.StoreCleanup;
import ttt.workbench.store.io.StoreWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.pt.BaseCheckpoint;

/**
 * {@code init_base}: pretrains the base model (SPEC §3 "Base pretraining") and writes {@code base/} in one step: the
 * checkpoint and its meta are assembled in the store's staging folder and renamed into place, so a store never has
 * half a base.
 */
public final class InitBase {

	public record Result(Base base, float finalLoss, String backend) {
	}

	private InitBase() {
	}

	public static Result run(Path root, PretrainConfig config, String backendChoice, PretrainListener listener,
			BooleanSupplier cancelled, java.util.function.Consumer<String> warnings) throws EngineException, IOException, RunCancelledException {
		StoreLayout layout = new StoreLayout(root);
		if (Files.exists(layout.baseMeta()) || Files.exists(layout.baseCheckpoint())) {
			throw new EngineException(layout.baseDir() + " already exists: a new base would orphan every session made from the"
					+ " old one (start a new store with another --artifacts_root)");
		}
		SsmBackend backend = BackendSelector.select(backendChoice, config.uDim(), config.nState(), () -> new Nd4jBackend(), warnings);
		PretrainResult result = new Pretrainer(backend).pretrain(config, listener, cancelled);
		Files.createDirectories(root);
		StoreLocks locks = new StoreLocks(root);
		try (StoreLocks.Held lock = locks.acquire(StoreLocks.STORE, ArtifactStore.LOCK_WAIT)) {
			StoreCleanup.underStoreLock(root);
			Path staging = Staging.newEntry(root, StoreLocks.STORE, "base");
			try {
				Base base = describe(config);
				BaseCheckpoint checkpoint = BaseCheckpoint.create(PlasticWeights.toPlasticState(result.weights()),
						ttt.workbench.store.pt.FloatTensor.vector(result.aRaw()), modelCfg(config));
				new StoreWriter(staging).writeBase(base, checkpoint);
				try {
					Files.move(staging.resolve(StoreLayout.BASE_DIR), layout.baseDir(), StandardCopyOption.ATOMIC_MOVE);
				} catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
					throw new EngineException(layout.baseDir() + " was created meanwhile by another program; nothing was written");
				}
				AtomicFiles.forceDirectory(root);
				new StoreWriter(root).writeIndex(List.of(), Map.of());
				float last = result.losses().length == 0 ? Float.NaN : result.losses()[result.losses().length - 1];
				return new Result(base, last, backend.name());
			} finally {
				ttt.workbench.store.files.FileTrees.delete(staging);
			}
		}
	}

	private static Base describe(PretrainConfig config) {
		Base base = StoreFactory.eINSTANCE.createBase();
		base.setSchemaVersion(SchemaVersion.CURRENT);
		base.setCreatedAtUnix(SessionFactory.nowSeconds());
		base.setTorchVersion(EngineVersion.NO_TORCH);
		base.setEngineVersion(EngineVersion.NAME);
		ModelConfig cfg = StoreFactory.eINSTANCE.createModelConfig();
		cfg.setObsDim(4);
		cfg.setActDim(2);
		cfg.setZDim(4);
		cfg.setUDim(config.uDim());
		cfg.setNState(config.nState());
		cfg.setDt(config.dt());
		base.setModelConfig(cfg);
		return base;
	}

	private static Map<String, Object> modelCfg(PretrainConfig config) {
		return BaseCheckpoint.modelCfg(4, 2, 4, config.uDim(), config.nState(), config.dt());
	}

}
