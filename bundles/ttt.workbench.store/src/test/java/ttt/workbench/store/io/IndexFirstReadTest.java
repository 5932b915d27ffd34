package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;

/**
 * Opening from {@code index.json} first: sessions are summaries until loaded, loading gives exactly what an eager
 * read gives, a missing, malformed or stale index costs speed but loses nothing and is named in the problems, and
 * lazy loads from many threads load each session once.
 */
class IndexFirstReadTest {

	@TempDir
	Path dir;

	@Test
	void fixtureStoresOpenAsSummariesAndLoadToTheEagerModel() throws Exception {
		for (Path fixture : List.of(Fixtures.torch291Store(), Fixtures.case1().resolve("store_before"),
				Fixtures.case1().resolve("store_after"))) {
			Path root = Fixtures.copy(fixture, dir.resolve("f" + Math.abs(fixture.hashCode())));
			indexIsNewest(root);
			Store eager = StoreReader.read(root);
			Store lazy = IndexFirstReader.read(root).store();
			assertSummariesOf(eager, lazy, root.toString());
			new SessionLoader(lazy).ensureLoaded(List.copyOf(lazy.getSessions()));
			assertSameModel(eager, lazy, root.toString());
		}
	}

	@Test
	void aGeneratedStoreOpensWithoutReadingAMetaAndLoadsToTheEagerModel() throws Exception {
		Path root = manySessions(300);
		Store eager = StoreReader.read(root);
		// a meta that cannot be read proves the index alone built the tree: summaries never touch metas
		StoreLayout layout = new StoreLayout(root);
		byte[] meta = Files.readAllBytes(layout.sessionMeta("g00150"));
		FileTime time = Files.getLastModifiedTime(layout.sessionMeta("g00150"));
		Files.writeString(layout.sessionMeta("g00150"), "{ not json");
		Files.setLastModifiedTime(layout.sessionMeta("g00150"), time);
		Store lazy = IndexFirstReader.read(root).store();
		assertEquals(List.of(), lazy.getProblems(), "nothing but the index was read");
		assertSummariesOf(eager, lazy, "generated");
		Session broken = lazy.getSessions().stream().filter(s -> s.getId().equals("g00150")).findFirst().orElseThrow();
		assertSame(broken, new SessionLoader(lazy).ensureLoaded(broken));
		assertEquals(LoadState.FAILED, broken.getDetailsState());
		assertTrue(lazy.getProblems().stream().anyMatch(p -> p.getPath().equals("sessions/g00150/meta.json")), describe(lazy.getProblems()));

		Files.write(layout.sessionMeta("g00150"), meta);
		Files.setLastModifiedTime(layout.sessionMeta("g00150"), time);
		Store again = IndexFirstReader.read(root).store();
		new SessionLoader(again).ensureLoaded(List.copyOf(again.getSessions()));
		assertSameModel(eager, again, "generated");
	}

	@Test
	void aMissingIndexMakesItReadEveryMetaAndSaySo() throws Exception {
		Path root = manySessions(40);
		StoreLayout layout = new StoreLayout(root);
		Store eager = StoreReader.read(root);
		Files.delete(layout.index());
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			assertTrue(store.model().getSessions().stream().allMatch(s -> s.getDetailsState() == LoadState.LOADED));
			StoreProblem p = problemOn(store.model(), "sessions/index.json");
			assertTrue(p.getMessage().startsWith("missing: the sessions were read from every meta.json"), p.getMessage());
			assertEquals(eager.getSessions().size(), store.model().getSessions().size());
		}
		assertTrue(Files.exists(layout.index()), "the index is rebuilt");
		assertEquals(42, readIndex(layout).size());
	}

	@Test
	void aMalformedIndexMakesItReadEveryMetaAndNameTheFile() throws Exception {
		Path root = manySessions(40);
		StoreLayout layout = new StoreLayout(root);
		Files.writeString(layout.index(), "{\"schema_version\": 1, \"sessions\": {\"g00001\": ");
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			assertEquals(42, store.model().getSessions().size());
			assertTrue(store.model().getSessions().stream().allMatch(s -> s.getDetailsState() == LoadState.LOADED));
			assertTrue(store.model().getProblems().stream()
					.anyMatch(p -> p.getPath().equals("sessions/index.json") && p.getMessage().contains("malformed JSON")),
					describe(store.model().getProblems()));
			assertTrue(store.model().getProblems().stream().anyMatch(p -> p.getPath().equals("sessions/index.json")
					&& p.getMessage().contains("read from every meta.json")), describe(store.model().getProblems()));
		}
		assertEquals(42, readIndex(layout).size(), "rebuilt");
	}

	@Test
	void aStaleOrOddEntryIsReadFromItsMetaAndTheIndexIsRebuilt() throws Exception {
		Path root = manySessions(40);
		StoreLayout layout = new StoreLayout(root);
		FileTime indexTime = Files.getLastModifiedTime(layout.index());
		// g00005's meta changed after the index was written (another writer died before updating the index)
		Path meta5 = layout.sessionMeta("g00005");
		Files.writeString(meta5, Files.readString(meta5).replace("\"mu\": ", "\"mu\": 0.375, \"old_mu\": "));
		Files.setLastModifiedTime(meta5, FileTime.fromMillis(indexTime.toMillis() + 5_000));
		// g00006's entry is damaged; g00007 is not listed at all; a listed "ghost" has no folder
		String index = Files.readString(layout.index());
		index = index.replaceFirst("(\"g00006\": \\{[^}]*\"mu\": )[^,\\n]*", "$1\"fast\"");
		index = index.replace("\"g00007\": {", "\"ghost\": {").replace("\"session_id\": \"g00007\"", "\"session_id\": \"ghost\"");
		Files.writeString(layout.index(), index);
		Files.setLastModifiedTime(layout.index(), indexTime);
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			Store model = store.model();
			assertEquals(42, model.getSessions().size());
			assertNull(model.findSession("ghost"));
			Session g5 = model.findSession("g00005");
			assertEquals(LoadState.LOADED, g5.getDetailsState(), "read from its meta");
			assertEquals(0.375, g5.getMu());
			assertEquals(LoadState.LOADED, model.findSession("g00006").getDetailsState());
			assertEquals(LoadState.LOADED, model.findSession("g00007").getDetailsState());
			assertEquals(LoadState.NOT_LOADED, model.findSession("g00008").getDetailsState(), "the rest stay summaries");
			StoreProblem p = problemOn(model, "sessions/index.json");
			assertTrue(p.getMessage().contains("does not describe 3 session(s) reliably"), p.getMessage());
			assertTrue(p.getMessage().contains("the index is rebuilt"), p.getMessage());
		}
		var rebuilt = readIndex(layout);
		assertEquals(42, rebuilt.size());
		assertEquals(0.375, rebuilt.get("g00005").get("mu").doubleValue());
		assertTrue(rebuilt.containsKey("g00007"));
		assertFalse(rebuilt.containsKey("ghost"));
	}

	@Test
	void anIndexThatDisagreesWithAnOlderMetaIsCorrectedWhenTheSessionLoads() throws Exception {
		Path root = manySessions(10);
		StoreLayout layout = new StoreLayout(root);
		FileTime indexTime = Files.getLastModifiedTime(layout.index());
		String index = Files.readString(layout.index());
		Files.writeString(layout.index(), index.replaceFirst("(\"g00003\": \\{[^}]*\"mu\": )[^,\\n]*", "$10.999"));
		Files.setLastModifiedTime(layout.index(), indexTime);
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			Session g3 = store.model().findSession("g00003");
			assertEquals(0.999, g3.getMu(), "the index is trusted until the meta is read");
			store.sessionLoader().ensureLoaded(g3);
			assertEquals(StoreReader.read(root).getSessions().stream().filter(s -> s.getId().equals("g00003")).findFirst().orElseThrow()
					.getMu(), g3.getMu(), "the meta wins");
			StoreProblem p = problemOn(store.model(), "sessions/index.json");
			assertTrue(p.getMessage().contains("differs from the session's meta.json"), p.getMessage());
		}
	}

	@Test
	void lazyLoadsFromManyThreadsLoadEachSessionOnce() throws Exception {
		Path root = manySessions(200);
		Store eager = StoreReader.read(root);
		Store lazy = IndexFirstReader.read(root).store();
		SessionLoader loader = new SessionLoader(lazy);
		List<Session> sessions = List.copyOf(lazy.getSessions());
		int threads = 8;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				long seed = t;
				done.add(pool.submit(() -> {
					List<Session> order = new ArrayList<>(sessions);
					Collections.shuffle(order, new Random(seed));
					start.await();
					for (Session s : order) {
						loader.ensureLoaded(s);
						assertTrue(SessionLoader.isLoaded(s));
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get(60, TimeUnit.SECONDS);
			}
		} finally {
			pool.shutdownNow();
		}
		assertSameModel(eager, lazy, "after loads from " + threads + " threads");
	}

	@Test
	void requestLoadReadsInTheBackgroundAndAppliesOnTheModelThread() throws Exception {
		Path root = manySessions(30);
		Store eager = StoreReader.read(root);
		Store lazy = IndexFirstReader.read(root).store();
		ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "model-thread"));
		List<String> applyingThreads = Collections.synchronizedList(new ArrayList<>());
		lazy.getSessions().forEach(s -> s.eAdapters().add(new org.eclipse.emf.common.notify.impl.AdapterImpl() {
			@Override
			public void notifyChanged(org.eclipse.emf.common.notify.Notification n) {
				applyingThreads.add(Thread.currentThread().getName());
			}
		}));
		try {
			new SessionLoader(lazy).requestLoad(List.copyOf(lazy.getSessions()), modelThread).get(60, TimeUnit.SECONDS);
		} finally {
			modelThread.shutdownNow();
		}
		assertFalse(applyingThreads.isEmpty());
		assertTrue(applyingThreads.stream().allMatch("model-thread"::equals), "the model changed on its thread only");
		lazy.getSessions().forEach(s -> s.eAdapters().clear());
		assertSameModel(eager, lazy, "after requestLoad");
	}

	@Test
	void refreshKeepsSummariesAndLoadedSessionsAndSeesNewSessions() throws Exception {
		Path root = manySessions(20);
		StoreLayout layout = new StoreLayout(root);
		try (ArtifactStore store = ArtifactStore.openSummaries(root)) {
			Session s1 = store.sessionLoader().ensureLoaded(store.model().findSession("s1"));
			int runs = s1.getRuns().size();
			assertTrue(runs > 0);
			// another program forks g00004 as the reference does: a new folder and an updated index
			Path child = layout.sessionDir("g00099");
			Files.createDirectories(child);
			Files.writeString(layout.sessionMeta("g00099"), Files.readString(layout.sessionMeta("g00004"))
					.replace("\"session_id\": \"g00004\"", "\"session_id\": \"g00099\"").replaceFirst("\"parent_session_id\": \"[^\"]*\"",
							"\"parent_session_id\": \"g00004\""));
			Files.copy(layout.sessionMetrics("g00004"), layout.sessionMetrics("g00099"));
			store.refresh();
			Session fresh = store.model().findSession("g00099");
			assertNotNull(fresh, "the new session is in the model");
			assertSame(store.model().findSession("g00004"), fresh.getParent());
			assertSame(s1, store.model().findSession("s1"), "sessions keep their identity");
			assertEquals(LoadState.LOADED, s1.getDetailsState());
			assertEquals(runs, s1.getRuns().size(), "a loaded session keeps its details");
			assertEquals(LoadState.NOT_LOADED, store.model().findSession("g00010").getDetailsState(), "summaries stay summaries");
		}
	}

	@Test
	void aSummaryCannotBeWrittenAsAMeta() throws Exception {
		Path root = manySessions(3);
		Store lazy = IndexFirstReader.read(root).store();
		Session g1 = lazy.getSessions().stream().filter(s -> s.getId().equals("g00001")).findFirst().orElseThrow();
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> SessionMetaCodec.write(g1));
		assertTrue(e.getMessage().contains("g00001"), e.getMessage());
		new SessionLoader(lazy).ensureLoaded(g1);
		assertNotNull(SessionMetaCodec.write(g1));
	}

	@Test
	void printingTheIndexStreamedIsWhatPrintingItsTreeGives() throws Exception {
		Path root = manySessions(25);
		StoreLayout layout = new StoreLayout(root);
		byte[] bytes = Files.readAllBytes(layout.index());
		StringBuilder streamed = new StringBuilder();
		IndexCodec.printSessions(bytes, layout.index(), streamed);
		assertEquals(PythonJsonWriter.pretty(PythonJsonReader.parse(bytes, layout.index()).get("sessions")), streamed.toString());
		// an index not in sorted order (hand-made) still prints sorted, as Python's sort_keys does
		String unsorted = "{\"sessions\": {\"b\": {\"x\": 1.50}, \"a\": {\"y\": [1, 2.0]}}, \"schema_version\": 1}";
		StringBuilder out = new StringBuilder();
		IndexCodec.printSessions(unsorted.getBytes(), layout.index(), out);
		assertEquals("{\n  \"a\": {\n    \"y\": [\n      1,\n      2.0\n    ]\n  },\n  \"b\": {\n    \"x\": 1.5\n  }\n}", out.toString());
	}

	@Test
	void duplicateKeysInTheIndexAreRefusedWithTheFileNamed() {
		Path file = dir.resolve("sessions/index.json");
		for (String json : List.of("{\"schema_version\": 1, \"sessions\": {\"a\": {}, \"a\": {}}}",
				"{\"schema_version\": 1, \"sessions\": {\"a\": {\"mu\": 1.0, \"mu\": 2.0}}}",
				"{\"schema_version\": 1, \"sessions\": {}, \"sessions\": {}}")) {
			var e = assertThrows(ttt.workbench.store.StoreFormatException.class, () -> IndexCodec.read(json.getBytes(), file), json);
			assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
			assertEquals(file, e.file());
		}
	}

	// ---------------------------------------------------------------------------------------------------------------

	/** Summaries carry the index's eight keys and the tree, and nothing only a meta has. */
	private static void assertSummariesOf(Store eager, Store lazy, String what) {
		assertEquals(eager.getSessions().stream().map(Session::getId).toList(), lazy.getSessions().stream().map(Session::getId).toList(),
				what + ": sessions in order");
		for (int i = 0; i < eager.getSessions().size(); i++) {
			Session e = eager.getSessions().get(i);
			Session l = lazy.getSessions().get(i);
			assertEquals(LoadState.NOT_LOADED, l.getDetailsState(), what + ": " + l.getId());
			assertEquals(IndexCodec.summary(e), IndexCodec.summary(l), what + ": summary of " + l.getId());
			assertEquals(e.getParent() == null ? null : e.getParent().getId(), l.getParent() == null ? null : l.getParent().getId());
			assertEquals(e.getChildren().size(), l.getChildren().size());
			assertNull(l.getModelConfig());
			assertNull(l.getMetrics());
			assertTrue(l.getRuns().isEmpty() && l.getEvents().isEmpty());
		}
	}

	private static void assertSameModel(Store expected, Store actual, String what) {
		List<String> e = new ArrayList<>(List.of(describe(expected.getProblems()).split("\n")));
		List<String> a = new ArrayList<>(List.of(describe(actual.getProblems()).split("\n")));
		Collections.sort(e);
		Collections.sort(a);
		assertEquals(e, a, what + ": problems");
		Store x = EcoreUtil.copy(expected);
		Store y = EcoreUtil.copy(actual);
		x.getProblems().clear();
		y.getProblems().clear();
		assertTrue(EcoreUtil.equals(x, y), what + ": the loaded model differs from the eager one");
	}

	private static StoreProblem problemOn(Store store, String path) {
		return store.getProblems().stream().filter(p -> p.getPath().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError("no problem on " + path + ": " + describe(store.getProblems())));
	}

	private static java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> readIndex(StoreLayout layout) throws Exception {
		return IndexCodec.read(Files.readAllBytes(layout.index()), layout.index());
	}

	/** A copy's files get new times in copy order; the index written last is what every writer leaves. */
	private static void indexIsNewest(Path root) throws Exception {
		Path index = new StoreLayout(root).index();
		if (Files.exists(index)) {
			Files.setLastModifiedTime(index, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		}
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
			s.setMu(0.01 * i);
			Files.createDirectories(layout.sessionDir(s.getId()));
			Files.writeString(layout.sessionMeta(s.getId()), PythonJsonWriter.pretty(SessionMetaCodec.write(s)));
			Files.copy(layout.sessionMetrics("s1b"), layout.sessionMetrics(s.getId()));
			Files.copy(layout.plasticState("s1b"), layout.plasticState(s.getId()));
		}
		try (ArtifactStore store = ArtifactStore.open(root)) { // rebuilds the index from the metas
			assertTrue(store.model().getProblems().isEmpty(), describe(store.model().getProblems()));
		}
		indexIsNewest(root);
		return root;
	}

	private static String describe(List<StoreProblem> problems) {
		StringBuilder s = new StringBuilder();
		for (StoreProblem p : problems) {
			s.append(p.getSeverity()).append(' ').append(p.getPath()).append(':').append(p.getLine()).append(' ').append(p.getMessage()).append('\n');
		}
		return s.toString();
	}
}
