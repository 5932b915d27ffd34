package ttt.workbench.ui.views.table;

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
}
