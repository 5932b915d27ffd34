package ttt.workbench.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;

/**
 * Following a sweep while it grows: the editor rebuilds the snapshot from the refreshed model and hands it to its
 * selection, which keeps filter, brushes and picks.
 */
class ExperimentLiveTest {

	@TempDir
	Path tmp;

	@Test
	void snapshotsFollowTheStore() throws Exception {
		Path store = ExperimentTestSupport.case1Store(tmp, "store");
		String small = "name: live\nmu: [0.05]\nseeds: [1, 2]\nruns: [32]\n";
		assertEquals(0, ExperimentTestSupport.sweep(store, small).exitCode());
		try (ArtifactStore s = ArtifactStore.open(store)) {
			Experiment first = ExperimentLoader.sweep(s.model(), "live");
			assertEquals(2, first.size());
			assertEquals(List.of(), first.parameters(), "a single μ is a fixed parameter");
			assertEquals(0.05, first.fixedParameters().get("mu"));
			ExperimentSelection sel = new ExperimentSelection(first);
			sel.setFilter("seed=1");
			sel.brushRange("total", -1e9, 1e9);
			sel.setPickedSessions(List.of("live-0001"));

			// the spec grows by a value at the end of its first axis: two more points (a sweep resumes, never repeats)
			assertEquals(0, ExperimentTestSupport.sweep(store, "name: live\nmu: [0.05, 0.2]\nseeds: [1, 2]\nruns: [32]\n").exitCode());
			s.refresh();
			Experiment grown = ExperimentLoader.sweep(s.model(), "live");
			assertEquals(4, grown.size());
			assertEquals(List.of("mu"), grown.parameters().stream().map(Dimension::key).toList());
			assertEquals(first.members().get(0).figure(Figure.ONLINE), grown.member("live-0000").figure(Figure.ONLINE),
					"done points are not recomputed");
			sel.setExperiment(grown);
			assertNull(sel.filterError());
			assertEquals(Set.of("live-0000", "live-0002"),
					Set.copyOf(sel.visible().stream().mapToObj(i -> grown.members().get(i).sessionId()).toList()));
			assertEquals(List.of("live-0001"), sel.pickedSessionIds());
			assertTrue(sel.brushes().containsKey("total"));
		}
		// while points are still missing, the manifest's plan already says what varies. (A fresh open: refreshing
		// the open store after root sessions vanish from disk throws in ModelMerger → EcoreUtil.delete, because
		// Store.rootSessions is an unmodifiable EList that is not an EStructuralFeature.Setting; reported.)
		FileTrees.delete(store.resolve("sessions/live-0003"));
		FileTrees.delete(store.resolve("sessions/live-0002"));
		try (ArtifactStore s = ArtifactStore.open(store)) {
			Experiment partial = ExperimentLoader.sweep(s.model(), "live");
			assertEquals(2, partial.done());
			assertEquals(4, partial.total());
			assertEquals(List.of("mu"), partial.parameters().stream().map(Dimension::key).toList());
			assertEquals(List.of(0.05), List.copyOf(partial.configurations().stream().map(c -> c.parameters().get("mu")).toList()));
		}
	}
}
