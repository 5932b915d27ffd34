package ttt.workbench.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.engine.session.ForkSession;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.test.support.stores.WholeSessions;

/** Real sweeps on a copy of reference-run-case1/store_before (pretrained base, session case1). */
class SweepRunTest {

	@TempDir
	Path tmp;

	static SweepOutcome sweep(Path store, String spec, int parallel, SweepListener listener, BooleanSupplier cancelled)
			throws Exception {
		SweepJob job = Sweeps.prepare(store, SpecReader.parse(spec, "spec.yaml"));
		return new LocalSweepEngine(parallel).run(job, listener, cancelled);
	}

	private static final String GRID = "name: g\nfrom: base\nmu: [0.05, 0.2]\nenv_mode: [linear, nonlinear]\nlr: 0.01\n"
			+ "seeds: [1, 2]\nruns: [64, 64]\n";

	@Test
	void sessionsAreMadeWithTheOrdinaryProcedures() throws Exception {
		Path store = SweepTestSupport.case1Store(tmp, "sweep");
		SweepOutcome outcome = sweep(store, GRID, 2, null, null);
		assertEquals(8, outcome.done());
		assertEquals(0, outcome.exitCode());
		SweepPlan plan = SweepPlan.of(SpecReader.parse(GRID, "spec.yaml"));
		try (ArtifactStore s = ArtifactStore.open(store)) {
			assertEquals(List.of(), s.model().getProblems().stream().map(Object::toString).toList(), "the store reader accepts every file");
			assertEquals(9, s.model().getSessions().size());
			for (SweepPoint p : plan.points()) {
				Session session = s.model().findSession(p.sessionId());
				assertNotNull(session, p.sessionId());
				assertTrue(p.matches(session.getExtraJson().get("sweep")), "the meta's sweep key names the point");
				assertEquals(2, session.getRuns().size());
				assertEquals(p.parameters().get("mu"), session.getMu());
				assertEquals(p.parameters().get("env_mode"), session.getEnvMode().getLiteral());
				assertEquals(0.01, session.getPlasticityConfig().getLr());
				assertEquals(null, session.getParentId());
			}
			JsonNode index = PythonJsonReader.parse(Files.readAllBytes(s.layout().index()), s.layout().index());
			assertEquals(9, index.get("sessions").size(), "index.json lists the new sessions");
		}
		// the same points made by new_session + run_session + run_session in another copy give the same files
		for (int n : new int[] { 3, 6 }) {
			SweepPoint p = plan.points().get(n);
			Path ref = SweepTestSupport.case1Store(tmp, "ref" + n);
			try (ArtifactStore s = ArtifactStore.open(ref)) {
				PlasticityConfig cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
				cfg.setLr(0.01);
				NewSession.run(s, new NewSession.Request(p.sessionId(), (Double) p.parameters().get("mu"),
						EnvMode.get((String) p.parameters().get("env_mode")), p.seed(), cfg, null));
				for (int k = 0; k < 2; k++) {
					RunSession.run(s, RunSession.Request.of(p.sessionId(), 64, p.runSeed(k)), null, null);
				}
			}
			assertSameSession(ref.resolve("sessions").resolve(p.sessionId()), store.resolve("sessions").resolve(p.sessionId()), p);
		}
		// Python's json reads every meta; the sweep key is a new top-level key, model_cfg / plasticity_cfg are untouched
		JsonNode py = SweepTestSupport.python("""
				import json, glob, os, sys
				root = json.load(sys.stdin)['root']
				out = {}
				for d in sorted(glob.glob(os.path.join(root, 'sessions', 'g-*'))):
				    m = json.load(open(os.path.join(d, 'meta.json')))
				    out[os.path.basename(d)] = [m['sweep']['name'], m['sweep']['point'], sorted(m['plasticity_cfg']), sorted(m['model_cfg'])]
				print(json.dumps(out))
				""", Map.of("root", store.toString()));
		assertEquals(8, py.size());
		assertEquals("[\"adjust_lr_fn\",\"buffer_len\",\"chunk\",\"grad_norm_max\",\"lr\",\"momentum\",\"nesterov\",\"ns_steps\","
				+ "\"rollback_tol\",\"state_norm_max\",\"weight_decay\"]", py.get("g-0005").get(2).toString());
		assertEquals(5, py.get("g-0005").get(1).asInt());
	}

	/** Same bytes, apart from what names the moment (timestamps, run ids, the sweep key). */
	static void assertSameSession(Path expected, Path actual, SweepPoint p) throws IOException {
		for (String f : List.of(StoreLayout.PLASTIC_STATE, StoreLayout.OPTIM_STATE)) {
			assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
		}
		ObjectNode em = meta(expected), am = meta(actual);
		am.remove("sweep");
		assertEquals(em, am, "meta.json apart from times and the sweep key");
		assertEquals(stripRunIds(expected.resolve(StoreLayout.EVENTS_LOG)), stripRunIds(actual.resolve(StoreLayout.EVENTS_LOG)));
		for (int k = 0; k < p.runs().size(); k++) {
			Path er = runDir(expected, p.runSeed(k)), ar = runDir(actual, p.runSeed(k));
			for (String f : List.of("per_step.csv", "update_events.json", "trajectory.json", "plastic_state.pt", "optim_state.pt")) {
				assertArrayEquals(Files.readAllBytes(er.resolve(f)), Files.readAllBytes(ar.resolve(f)), "run " + k + ": " + f);
			}
			assertEquals(metrics(er), metrics(ar), "run " + k + ": metrics.json");
			assertTrue(Files.size(ar.resolve("mse_curve.png")) > 1000);
		}
	}

	private static ObjectNode meta(Path session) throws IOException {
		ObjectNode m = (ObjectNode) PythonJsonReader.parse(Files.readAllBytes(session.resolve("meta.json")), session);
		m.remove(List.of("created_at_unix", "last_run_at_unix"));
		return m;
	}

	private static ObjectNode metrics(Path run) throws IOException {
		ObjectNode m = (ObjectNode) PythonJsonReader.parse(Files.readAllBytes(run.resolve("metrics.json")), run);
		m.remove(List.of("run_id", "run_dir"));
		return m;
	}

	private static List<String> stripRunIds(Path log) throws IOException {
		return Files.readAllLines(log).stream().map(l -> l.replaceAll("\"run_id\": \"[^\"]*\"", "")).toList();
	}

	private static Path runDir(Path session, long seed) throws IOException {
		try (Stream<Path> runs = Files.list(session.resolve("runs"))) {
			return runs.filter(r -> r.getFileName().toString().endsWith("_seed" + seed)).findFirst().orElseThrow();
		}
	}

	private static Map<String, Map<String, String>> sessionPrints(Path store, String prefix) throws IOException {
		Map<String, Map<String, String>> prints = new TreeMap<>();
		try (Stream<Path> ss = Files.list(store.resolve("sessions"))) {
			for (Path s : (Iterable<Path>) ss::iterator) {
				if (s.getFileName().toString().startsWith(prefix)) {
					prints.put(s.getFileName().toString(), SweepTestSupport.fingerprint(s));
				}
			}
		}
		return prints;
	}

	private static final String SIX = "name: r\nmu: [0.05, 0.1, 0.15]\nseeds: [4, 5]\nruns: [40]\n";

	@Test
	void cancelledSweepLeavesWholePointsAndResumesWithoutRepeating() throws Exception {
		Path store = SweepTestSupport.case1Store(tmp, "store");
		AtomicBoolean cancel = new AtomicBoolean();
		SweepListener stopAfterFirst = new SweepListener() {
			@Override
			public void pointDone(SweepPoint point, PointResult result) {
				cancel.set(true);
			}
		};
		SweepOutcome first = sweep(store, SIX, 2, stopAfterFirst, cancel::get);
		assertTrue(first.cancelled());
		assertEquals(130, first.exitCode());
		assertTrue(first.done() >= 1 && first.done() <= 2, "the point in flight finishes, no new one starts: " + first);
		assertEquals(6 - first.done(), first.notRun());
		WholeSessions.assertOnly(store, 1);
		Map<String, Map<String, String>> made = sessionPrints(store, "r-");
		assertEquals(first.done(), made.size());
		JsonNode manifest = PythonJsonReader.parse(Files.readAllBytes(Manifest.file(store, "r")), store);
		assertEquals(first.done(), java.util.stream.StreamSupport.stream(manifest.get("points").spliterator(), false)
				.filter(p -> p.get("state").asText().equals("done")).count());

		SweepOutcome second = sweep(store, SIX, 2, null, null);
		assertEquals(first.done(), second.alreadyDone());
		assertEquals(6 - first.done(), second.done());
		assertEquals(0, second.exitCode());
		Map<String, Map<String, String>> all = sessionPrints(store, "r-");
		assertEquals(6, all.size());
		made.forEach((id, print) -> assertEquals(print, all.get(id), id + " was not recomputed or rewritten"));
		WholeSessions.assertOnly(store, 1);

		// a killed sweep's half point in the staging folder (its entry names the sweep's lock) is removed by the next run
		Path half = store.resolve(".staging/0123456789abcdef.sweep-point.sweep-r");
		Files.createDirectories(half.resolve("runs/x"));
		Files.writeString(half.resolve("meta.json"), "{\"session_id\": \"r-0009\"");
		// the manifest is a cache: without it (and without one session) the sessions tell what is done
		Files.delete(Manifest.file(store, "r"));
		FileTrees.delete(store.resolve("sessions/r-0004"));
		try (ArtifactStore s = ArtifactStore.open(store)) {
			assertEquals(6, s.model().getSessions().size(), "the index is rebuilt without r-0004");
		}
		SweepOutcome third = sweep(store, SIX, 2, null, null);
		assertEquals(5, third.alreadyDone());
		assertEquals(1, third.done());
		Map<String, Map<String, String>> again = sessionPrints(store, "r-");
		all.forEach((id, print) -> {
			if (!id.equals("r-0004")) {
				assertEquals(print, again.get(id), id + " unchanged");
			}
		});
		assertFalse(Files.exists(half), "the dead sweep's staging entry was cleaned up");
		WholeSessions.assertOnly(store, 1);
		manifest = PythonJsonReader.parse(Files.readAllBytes(Manifest.file(store, "r")), store);
		for (JsonNode p : manifest.get("points")) {
			assertEquals("done", p.get("state").asText());
		}
	}

	@Test
	void aFailedPointIsRecordedAndTheOthersGoOn() throws Exception {
		Path store = SweepTestSupport.case1Store(tmp, "store");
		SweepJob job = Sweeps.prepare(store, SpecReader.parse(SIX, "spec.yaml"));
		// another program creates r-0002 after the spec was checked: that point cannot be committed
		try (ArtifactStore s = ArtifactStore.open(store)) {
			NewSession.run(s, new NewSession.Request("r-0002", 0.1, EnvMode.LINEAR, 1, StoreFactory.eINSTANCE.createPlasticityConfig(), null));
		}
		Map<String, String> intruder = SweepTestSupport.fingerprint(store.resolve("sessions/r-0002"));
		SweepOutcome outcome = new LocalSweepEngine(2).run(job, null, null);
		assertEquals(5, outcome.done());
		assertEquals(List.of(2), List.copyOf(outcome.failed().keySet()));
		assertTrue(outcome.failed().get(2).contains("already exists"), outcome.failed().toString());
		assertEquals(1, outcome.exitCode());
		assertEquals(intruder, SweepTestSupport.fingerprint(store.resolve("sessions/r-0002")), "never overwritten");
		JsonNode manifest = PythonJsonReader.parse(Files.readAllBytes(Manifest.file(store, "r")), store);
		JsonNode p2 = manifest.get("points").get(2);
		assertEquals("failed", p2.get("state").asText());
		assertTrue(p2.get("error").asText().contains("already exists"));
		WholeSessions.assertOnly(store, 1, "r-0002");
	}

	@Test
	void forksCopyOrResetTheOptimizer() throws Exception {
		for (boolean reset : new boolean[] { false, true }) {
			String name = reset ? "fr" : "fc";
			String spec = "name: " + name + "\nfrom: case1\nreset_optimizer: " + reset + "\nchunk: [16, 32]\nseeds: [3]\nruns: [48]\n";
			Path store = SweepTestSupport.case1Store(tmp, name);
			SweepOutcome outcome = sweep(store, spec, 2, null, null);
			assertEquals(2, outcome.done());
			SweepPlan plan = SweepPlan.of(SpecReader.parse(spec, "spec.yaml"));
			for (SweepPoint p : plan.points()) {
				Path ref = SweepTestSupport.case1Store(tmp, name + "-ref" + p.number());
				try (ArtifactStore s = ArtifactStore.open(ref)) {
					ForkSession.run(s, new ForkSession.Request("case1", p.sessionId(), !reset, null, null));
					RunSession.run(s, new RunSession.Request(p.sessionId(), 48, 3, null, (Integer) p.parameters().get("chunk"), null, null,
							null, null, "auto"), null, null);
				}
				assertSameSession(ref.resolve("sessions").resolve(p.sessionId()), store.resolve("sessions").resolve(p.sessionId()), p);
				try (ArtifactStore s = ArtifactStore.open(store)) {
					Session child = s.model().findSession(p.sessionId());
					assertEquals("case1", child.getParentId());
					assertEquals(reset, child.getExtraJson().get("sweep").get("reset_optimizer").asBoolean());
				}
			}
		}
	}

	@Test
	void manyThreadsCommitConcurrently() throws Exception {
		Path store = SweepTestSupport.case1Store(tmp, "store");
		String spec = "name: c\nmu: {uniform: [0.02, 0.25]}\nsamples: 6\nseeds: [1, 2]\nruns: [20, 20]\n";
		AtomicInteger seen = new AtomicInteger();
		List<Integer> done = new ArrayList<>();
		SweepOutcome outcome = sweep(store, spec, 4, new SweepListener() {
			@Override
			public synchronized void pointDone(SweepPoint point, PointResult result) {
				seen.incrementAndGet();
				done.add(point.number());
			}
		}, null);
		assertEquals(12, outcome.done());
		assertEquals(12, seen.get());
		WholeSessions.assertOnly(store, 2);
		try (ArtifactStore s = ArtifactStore.open(store)) {
			assertEquals(13, s.model().getSessions().size());
			assertTrue(s.repairIndexIfStale().isEmpty(), "the index the committer kept is current");
		}
	}
}
