package ttt.workbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.io.IndexMaintenance;
import ttt.workbench.store.io.StoreActivity;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;

/**
 * How often a run reads the whole store. A workbench run works on a store nothing has read yet: it reads it once,
 * under the session's lock, and after writing reads only that session's folder again (for the index and the model).
 */
class StoreReadsPerRunTest {

	@TempDir
	Path tmp;

	private static RunSession.Request shortRun(long seed) {
		return new RunSession.Request("s1", 40, seed, null, null, null, null, null, null, "jvm");
	}

	@Test
	void aRunOnAnUnreadStoreReadsTheWholeStoreOnceAndLeavesTheIndexAFullRebuildWouldWrite() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		List<StoreActivity.Kind> seen = new CopyOnWriteArrayList<>();
		RunSession.Result result;
		ArtifactStore store = ArtifactStore.unread(root);
		try (AutoCloseable watching = StoreActivity.observe((kind, path) -> seen.add(kind))) {
			result = RunSession.run(store, shortRun(5), RunListener.NONE, () -> false);
		}
		assertEquals(1, seen.stream().filter(StoreActivity.Kind.WHOLE_STORE_READ::equals).count(), seen.toString());
		assertEquals(2, seen.stream().filter(StoreActivity.Kind.SESSION_READ::equals).count(),
				"the session again before committing (its note may have changed) and after: " + seen);
		assertNotNull(store.model().findSession("s1").findRun(result.runId()), "the model has the new run");
		assertEquals(result.runId(), StoreReader.read(root).findSession("s1").findRun(result.runId()).getId());

		byte[] index = Files.readAllBytes(new StoreLayout(root).index());
		IndexMaintenance.rebuild(StoreReader.read(root));
		assertArrayEquals(Files.readAllBytes(new StoreLayout(root).index()), index, "the index is the one a full rebuild writes");
	}

	@Test
	void aSessionAnotherProgramCreatesWhileTheRunComputesStaysInTheIndex() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		PlasticityConfig cfg = EcoreUtil.copy(StoreReader.read(root).findSession("s1").getPlasticityConfig());
		RunListener otherProgram = new RunListener() {
			@Override
			public void started(int steps) {
				try (ArtifactStore other = ArtifactStore.open(root)) {
					NewSession.run(other, new NewSession.Request("created_meanwhile", 0.1, EnvMode.LINEAR, 4, cfg, null));
				} catch (IOException | EngineException e) {
					throw new AssertionError(e);
				}
			}
		};
		ArtifactStore store = ArtifactStore.unread(root);
		RunSession.Result result = RunSession.run(store, shortRun(6), otherProgram, () -> false);
		String index = Files.readString(new StoreLayout(root).index());
		assertTrue(index.contains("\"created_meanwhile\""), index);
		assertNotNull(StoreReader.read(root).findSession("s1").findRun(result.runId()));
		assertEquals(java.util.Optional.empty(), IndexMaintenance.staleness(StoreReader.read(root)), "nothing is stale");
		assertNull(store.model().findSession("created_meanwhile"), "the run read only its own session again");
	}
}
