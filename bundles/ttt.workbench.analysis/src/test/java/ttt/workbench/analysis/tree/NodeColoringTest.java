package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.test.support.Fixtures;

/** The three colour modes on the reference's store: each colours and writes the value it stands for. */
class NodeColoringTest {

	@TempDir
	Path tmp;

	@Test
	void eachModeColoursByItsValueAndWritesItOnTheNode() throws Exception {
		Path root = Fixtures.torch291(tmp);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			List<Session> sessions = new ArrayList<>(store.model().getSessions());
			Session s1 = store.model().findSession("s1");

			NodeColoring.Result depth = NodeColoring.color(sessions, ColorMode.DEPTH, 0);
			assertEquals("depth 0 · root", depth.cues().get("s1"));
			assertEquals("depth 1", depth.cues().get("s1b"));
			assertNotEquals(depth.looks().get("s1").fill(), depth.looks().get("s1b").fill(), "deeper is lighter");
			assertTrue(depth.looks().get("s1b").fill().luminance() > depth.looks().get("s1").fill().luminance());

			NodeColoring.Result improvement = NodeColoring.color(sessions, ColorMode.IMPROVEMENT, 0);
			double online = (s1.getMetrics().getSessionNoUpdateMseMean() - s1.getMetrics().getAdaptiveMseMean())
					/ s1.getMetrics().getSessionNoUpdateMseMean() * 100;
			assertEquals(String.format(java.util.Locale.ROOT, "%s %.1f %% online", online >= 0 ? "▲" : "▼", Math.abs(online)),
					improvement.cues().get("s1"));
			assertEquals("no run yet", improvement.cues().get("s1b"));
			assertEquals(NodeColoring.NO_DATA, improvement.looks().get("s1b").fill());

			double s1Ran = s1.getLastRunAtUnix();
			NodeColoring.Result recency = NodeColoring.color(sessions, ColorMode.RECENCY, s1Ran + 7200);
			assertEquals("ran 2 h ago", recency.cues().get("s1"));
			assertTrue(recency.cues().get("s1b").startsWith("created "), "s1b never ran: " + recency.cues().get("s1b"));
			assertEquals(3, recency.legend().entries().size());
		}
	}
}
