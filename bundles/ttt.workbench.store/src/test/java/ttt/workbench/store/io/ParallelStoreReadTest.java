package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;

/**
 * Sessions are read in parallel (a store of 10,000 opens in under a second); the model and its problems must be
 * exactly those of a sequential read, in the same order, whatever the store holds.
 */
class ParallelStoreReadTest {

	@TempDir
	Path dir;

	@Test
	void fixtureStoresReadTheSameInParallel() throws Exception {
		for (Path root : List.of(Fixtures.torch291Store(), Fixtures.case1().resolve("store_before"), Fixtures.case1().resolve("store_after"))) {
			assertSameModel(StoreReader.read(root, false), StoreReader.read(root, true), root.toString());
		}
	}

	@Test
	void aLargeStoreWithDamagedFoldersReadsTheSameInParallel() throws Exception {
		Path root = manySessions(800);
		StoreLayout layout = new StoreLayout(root);
		// damage some: malformed meta, a meta naming another session, a folder without meta, a bad folder name, a stray file
		Files.writeString(layout.sessionMeta("g00017"), "{\"schema_version\": 1,");
		Files.writeString(layout.sessionMeta("g00200"), Files.readString(layout.sessionMeta("g00201")));
		Files.delete(layout.sessionMeta("g00333"));
		Files.createDirectories(layout.sessionsDir().resolve("bad name\u0001"));
		Files.writeString(layout.sessionsDir().resolve("notes.txt"), "x");
		Store sequential = StoreReader.read(root, false);
		Store parallel = StoreReader.read(root, true);
		assertTrue(sequential.getProblems().size() >= 4, "the damage is reported: " + describe(sequential.getProblems()));
		assertSameModel(sequential, parallel, "generated store");
		assertEquals(2 + 800 - 3, parallel.getSessions().size());
	}

	@Test
	void aSessionFolderMissingFromTheIndexStillAppearsAndTheIndexIsRebuilt() throws Exception {
		Path root = manySessions(50);
		StoreLayout layout = new StoreLayout(root);
		Files.writeString(layout.index(), Files.readString(layout.index()).replace("\"g00042\"", "\"g00042-stale\""));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertNotNull(store.model().findSession("g00042"));
			assertEquals(2 + 50, store.model().getSessions().size());
		}
		var index = IndexCodec.read(PythonJsonReader.parse(Files.readString(layout.index()), layout.index()), layout.index());
		assertTrue(index.containsKey("g00042"));
		assertFalse(index.containsKey("g00042-stale"), "an entry without a folder is dropped when the index is rebuilt");
	}

	@Test
	void anIndexEntryWithoutFolderIsReportedByTheCheck() throws Exception {
		Path root = manySessions(20);
		StoreLayout layout = new StoreLayout(root);
		ttt.workbench.store.files.FileTrees.delete(layout.sessionDir("g00007"));
		StoreCheck.Report report = StoreCheck.check(root);
		StoreProblem p = report.problems().stream().filter(q -> q.getPath().equals("sessions/index.json")).findFirst()
				.orElseThrow(() -> new AssertionError("no problem on the index: " + describe(report.problems())));
		assertEquals(ProblemSeverity.WARNING, p.getSeverity());
		assertTrue(p.getMessage().contains("g00007"), p.getMessage());
		assertEquals(2 + 20 - 1, report.store().getSessions().size(), "the fixture's two sessions and the other forks load");
	}

	/** The torch 2.9.1 fixture plus {@code n} forks of its root written with the store's codecs, with an index. */
	private Path manySessions(int n) throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), dir.resolve("store-" + n));
		StoreLayout layout = new StoreLayout(root);
		Session template = SessionMetaCodec.read(PythonJsonReader.parse(Files.readString(layout.sessionMeta("s1b")), layout.sessionMeta("s1b")),
				layout.sessionMeta("s1b"), "s1b");
		SplittableRandom rng = new SplittableRandom(n);
		for (int i = 1; i <= n; i++) {
			Session s = EcoreUtil.copy(template);
			s.setId(String.format("g%05d", i));
			s.setParentId(i < 4 ? "s1" : String.format("g%05d", 1 + rng.nextInt(i - 1)));
			s.setCreatedAtUnix(template.getCreatedAtUnix() + i);
			Files.createDirectories(layout.sessionDir(s.getId()));
			Files.writeString(layout.sessionMeta(s.getId()), PythonJsonWriter.pretty(SessionMetaCodec.write(s)));
			Files.copy(layout.sessionMetrics("s1b"), layout.sessionMetrics(s.getId()));
			Files.copy(layout.plasticState("s1b"), layout.plasticState(s.getId()));
			Files.copy(layout.sessionDir("s1b").resolve(StoreLayout.OPTIM_STATE), layout.sessionDir(s.getId()).resolve(StoreLayout.OPTIM_STATE));
		}
		try (ArtifactStore store = ArtifactStore.open(root)) { // rebuilds the index from the metas
			assertTrue(store.model().getProblems().isEmpty(), describe(store.model().getProblems()));
		}
		return root;
	}

	private static void assertSameModel(Store expected, Store actual, String what) {
		assertEquals(describe(expected.getProblems()), describe(actual.getProblems()), what + ": problems");
		assertEquals(expected.getSessions().stream().map(Session::getId).toList(), actual.getSessions().stream().map(Session::getId).toList(),
				what + ": sessions in order");
		assertTrue(EcoreUtil.equals(expected, actual), what + ": the models differ");
	}

	private static String describe(List<StoreProblem> problems) {
		StringBuilder s = new StringBuilder();
		for (StoreProblem p : problems) {
			s.append(p.getSeverity()).append(' ').append(p.getPath()).append(':').append(p.getLine()).append(' ').append(p.getMessage()).append('\n');
		}
		return s.toString();
	}
}
