package ttt.workbench.analysis.session.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;

/** The Sessions table's columns on the facts of a real store (the providers' own tests live in the analysis bundle). */
class SessionColumnOnStoreTest {

	@TempDir
	Path tmp;

	@Test
	void aSessionThatNeverRanSaysNeverInTheLastRunColumn() throws Exception {
		Path root = Fixtures.torch291(tmp);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			SessionFacts s1b = SessionFacts.of(store.model().findSession("s1b"));
			assertEquals("never", SessionColumn.LAST_RUN.text(s1b));
		}
	}

	@Test
	void aSummaryShowsItsIndexColumnsAndWaitsForItsDetails() throws Exception {
		Path root = Fixtures.torch291(tmp);
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			var s1 = store.model().findSession("s1");
			SessionFacts summary = SessionFacts.of(s1);
			assertEquals(SessionColumn.PENDING, SessionColumn.RUNS.text(summary), "runs are details");
			assertEquals(SessionColumn.PENDING, SessionColumn.COMMITS.text(summary));
			assertEquals(SessionColumn.PENDING, SessionColumn.LEARNING.text(summary));
			assertEquals(null, SessionColumn.LEARNING.sortKey(summary), "not loaded: sorted with the missing values");
			assertEquals("0.1200", SessionColumn.MU.text(summary), "μ is in the index");
			assertEquals("linear", SessionColumn.ENV.text(summary));
			assertEquals("— (base)", SessionColumn.PARENT.text(summary));
			store.sessionLoader().ensureLoaded(s1);
			SessionFacts loaded = SessionFacts.of(s1);
			assertEquals("1", SessionColumn.RUNS.text(loaded));
			assertEquals("1 / 3", SessionColumn.COMMITS.text(loaded));
			assertEquals("+0.06 % (Δ +0.2128)", SessionColumn.LEARNING.text(loaded));
		}
	}
}
