package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;

/**
 * The Session Tree's content drawn from a store opened from its index (summaries): the lineage, labels, colours and
 * layout are built without loading any session's details; a summary's label and improvement colour say "…" until
 * loaded, and say the counts once loaded.
 */
class TreeContentSummariesTest {

	@TempDir
	Path tmp;

	@Test
	void aSummaryStoreIsLaidOutCollapsedWithoutLoadingAnySession() throws Exception {
		SyntheticStore.Result generated = SyntheticStore.generate(tmp.resolve("store"), 600, 5);
		try (ArtifactStore store = ArtifactStore.openSummaries(generated.root())) {
			List<Session> sessions = List.copyOf(store.model().getSessions());
			assertEquals(600, sessions.size());
			long loadedAtOpen = sessions.stream().filter(SessionLoader::isLoaded).count();
			assertEquals(0, loadedAtOpen, "a generated store's index describes every session");

			for (ColorMode mode : ColorMode.values()) {
				TreeContent content = new TreeContent(store.model(), "store", name -> null);
				content.setColorMode(mode);
				TreeContent.Shown shown = content.build(2e9);
				LaidOutTree tree = shown.tree();
				long roots = sessions.stream().filter(s -> s.getParent() == null).count();
				assertEquals(roots + 1, tree.boxes().size(), mode + ": more than " + TreeContent.LARGE_STORE
						+ " sessions open collapsed to the base and the roots");
				assertTrue(shown.header().startsWith("store — 600 sessions"), shown.header());
				assertEquals(0, sessions.stream().filter(SessionLoader::isLoaded).count(), mode + ": nothing was loaded");
				Session root = sessions.stream().filter(s -> s.getParent() == null).findFirst().orElseThrow();
				String label = tree.box(root.getId()).orElseThrow().node().label();
				assertTrue(label.startsWith(root.getId()) && label.contains("μ ") && label.contains("…"), label);
				assertFalse(label.contains("runs"), "no counts before the details: " + label);
			}

			// loading one session's details puts its counts on its node, and nothing else is loaded
			Session first = sessions.stream().filter(s -> s.getParent() == null).findFirst().orElseThrow();
			store.sessionLoader().ensureLoaded(first);
			TreeContent content = new TreeContent(store.model(), "store", name -> null);
			String label = content.build(2e9).tree().box(first.getId()).orElseThrow().node().label();
			assertTrue(label.contains("✓") && label.contains("run"), label);
			assertEquals(1, sessions.stream().filter(SessionLoader::isLoaded).count());
		}
	}
}
