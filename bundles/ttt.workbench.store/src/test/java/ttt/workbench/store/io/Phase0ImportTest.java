package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.PythonInterop;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.signature.Signatures;

/** {@link Phase0Importer}: a Phase 0 run folder made from the torch 2.9.1 fixture, imported into new and existing stores. */
class Phase0ImportTest {

	private static final Set<String> PLASTICITY_KEYS = Set.of("lr", "weight_decay", "momentum", "nesterov", "ns_steps",
			"adjust_lr_fn", "chunk", "buffer_len", "rollback_tol", "grad_norm_max", "state_norm_max");
	private static final Set<String> MODEL_KEYS = Set.of("obs_dim", "act_dim", "z_dim", "u_dim", "n_state", "dt");

	@TempDir
	Path tmp;

	private Path phase0() throws IOException {
		return Phase0Fixture.create(tmp.resolve("phase0-run"));
	}

	private Path fixtureStoreCopy() throws IOException {
		return Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
	}

	// --- detection ------------------------------------------------------------------------------------------------

	@Test
	void detectsAPhase0RunFolderAndNothingElse() throws IOException {
		Path run = phase0();
		assertTrue(Phase0Importer.isPhase0RunFolder(run));

		assertFalse(Phase0Importer.isPhase0RunFolder(Phase0Fixture.fixtureRun()), "a Phase 1 run folder");
		assertFalse(Phase0Importer.isPhase0RunFolder(Fixtures.torch291Store()), "a store");
		assertFalse(Phase0Importer.isPhase0RunFolder(tmp.resolve("nothing-here")));

		Path noSession = Files.createDirectories(tmp.resolve("no-session"));
		Files.copy(run.resolve("per_step.csv"), noSession.resolve("per_step.csv"));
		assertFalse(Phase0Importer.isPhase0RunFolder(noSession), "per_step.csv alone");

		Path phase1Csv = Phase0Fixture.create(tmp.resolve("phase1-csv"));
		Files.copy(Phase0Fixture.fixtureRun().resolve("per_step.csv"), phase1Csv.resolve("per_step.csv"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertFalse(Phase0Importer.isPhase0RunFolder(phase1Csv), "session/ but the Phase 1 header");
	}

	// --- import into an empty store -------------------------------------------------------------------------------

	@Test
	void importIntoAnEmptyStoreCreatesTheBaseFromTheCheckpointBytes() throws IOException {
		Path run = phase0();
		Path root = tmp.resolve("new-store");

		Phase0Importer.ImportResult result = Phase0Importer.importRun(run, root, null);

		assertEquals("legacy1", result.sessionId(), "id from the Phase 0 meta");
		assertEquals("legacy1_1700000100_seed2", result.runId(), "seconds from last_run_at_unix, seed from metrics");
		assertTrue(result.baseCreated());
		StoreLayout layout = new StoreLayout(root);
		byte[] source = Files.readAllBytes(run.resolve("base_checkpoint.pt"));
		assertArrayEquals(source, Files.readAllBytes(layout.baseCheckpoint()), "checkpoint copied byte for byte");

		JsonNode baseMeta = json(layout.baseMeta());
		String hash = Signatures.sha256Hex(layout.baseCheckpoint());
		assertEquals(hash, baseMeta.get("base_ckpt_hash").textValue());
		assertEquals(Signatures.modelSignature(baseMeta.get("model_cfg"), hash), baseMeta.get("model_signature").textValue());
		// same checkpoint and cfg as the fixture store: the reference's own signature must come out
		assertEquals(Phase0Fixture.FIXTURE_HASH, hash);
		assertEquals(Phase0Fixture.FIXTURE_SIGNATURE, baseMeta.get("model_signature").textValue());
		assertEquals(1, baseMeta.get("schema_version").intValue());
		assertTrue(baseMeta.get("created_at_unix").isIntegralNumber(), "created_at_unix is an int");
		assertEquals("2.9.1", baseMeta.get("torch_version").textValue(), "torch_version of the Phase 0 meta");
		assertEquals(MODEL_KEYS, keys(baseMeta.get("model_cfg")));

		Store store = StoreReader.read(root);
		assertEquals(List.of(), describe(store.getProblems()), "the reader finds nothing wrong");
		assertImportedSession(store, run, "legacy1", result.runId());

		JsonNode meta = json(layout.sessionMeta("legacy1"));
		assertEquals(hash, meta.get("base_ckpt_hash").textValue());
		assertEquals(Phase0Fixture.FIXTURE_SIGNATURE, meta.get("model_signature").textValue());
		assertEquals(1700000000, meta.get("created_at_unix").longValue());
		assertEquals(1700000100, meta.get("last_run_at_unix").longValue());
		assertEquals("ttt-ssm phase0", meta.get("tool").textValue(), "an unknown Phase 0 key is carried over");
		assertEquals("muon_torch", meta.get("optimizer").textValue(), "torch 2.9.1 → torch's Muon");
		assertFalse(meta.has("torch_version"), "torch_version went to the base");
		JsonNode index = json(layout.index());
		assertEquals(Set.of("legacy1"), keys(index.get("sessions")));
		assertFalse(result.notes().isEmpty());
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("base: created")), result.notes().toString());
		assertFalse(result.notes().stream().anyMatch(n -> n.startsWith("WARNING")), result.notes().toString());
	}

	/** Everything an imported root session with one run must satisfy when read back. */
	private void assertImportedSession(Store store, Path run, String id, String runId) throws IOException {
		Session s = store.findSession(id);
		assertNotNull(s, "session " + id + " is in the store");
		assertNull(s.getParentId());
		assertNull(s.getParent());
		assertEquals(id, s.getRootId());
		assertEquals(0, s.getDepth());
		assertTrue(store.getRootSessions().contains(s));
		assertEquals(store.getBase().getModelSignature(), s.getModelSignature());
		assertEquals(0.12, s.getMu());
		assertEquals(2, s.getPlasticityConfig().getNsSteps(), "ns_steps from optim_state.pt's param_groups, not the default 5");
		assertEquals(0.005, s.getPlasticityConfig().getLr());
		assertEquals(0.95, s.getPlasticityConfig().getMomentum());
		ObjectNode migrated = (ObjectNode) s.getExtraJson().get(Phase0Importer.MIGRATED_FROM_KEY);
		assertEquals("phase0", migrated.get("format").textValue());
		assertEquals(run.toAbsolutePath().normalize().toString(), migrated.get("source").textValue());

		assertEquals(1, s.getRuns().size());
		Run r = s.getRuns().get(0);
		assertEquals(runId, r.getId());
		assertEquals(96, r.getSteps());
		assertEquals(2, r.getSeed());
		assertFalse(r.getMetrics().isSynthesized(), "the run has its own metrics.json");
		assertEquals(3, r.getMetrics().getUpdatesAttempted());
		assertEquals(1, r.getMetrics().getUpdatesCommitted());
		assertEquals(Phase0Fixture.BASE_MEAN, r.getMetrics().getBaseMseMean(), 1e-9);
		assertEquals(Phase0Fixture.BASE_MEAN, r.getMetrics().getSessionNoUpdateMseMean(), 1e-9, "session_start = base");
		assertEquals(Phase0Fixture.ADAPTIVE_MEAN, r.getMetrics().getAdaptiveMseMean(), 1e-9);
		assertEquals(runId, s.getMetrics().getRunId(), "the session's metrics are its latest run's");
		assertEquals(r.getMetrics().getAdaptiveLast100Mean(), s.getMetrics().getAdaptiveLast100Mean());

		assertEquals(3, s.getEvents().size());
		assertEquals(3, r.getEvents().size());
		for (UpdateEvent e : s.getEvents()) {
			assertSame(r, e.getRun(), "event at t=" + e.getT() + " attributed to the run");
			assertEquals(runId, e.getRunId(), "the jsonl line carries run_id");
		}
		assertEquals(List.of(31, 63, 95), s.getEvents().stream().map(UpdateEvent::getT).toList());

		LazyLoader loader = new LazyLoader(store);
		PerStepCurves curves = loader.perStep(r);
		assertNotNull(curves);
		assertTrue(curves.isLegacyFormat());
		assertEquals(96, curves.getT().length);
		assertEquals(List.of(), describe(store.getProblems()), "loading the curves found nothing wrong");

		StoreLayout layout = new StoreLayout(Path.of(store.getRootPath()));
		Path runDir = layout.runDir(id, runId);
		assertArrayEquals(Files.readAllBytes(run.resolve("per_step.csv")), Files.readAllBytes(runDir.resolve("per_step.csv")),
				"per_step.csv kept byte for byte");
		PlasticState source = PlasticState.read(run.resolve("session/plastic_state.pt"));
		assertEquals(source, PlasticState.read(layout.plasticState(id)));
		assertEquals(source, PlasticState.read(runDir.resolve("plastic_state.pt")), "end-of-run copy");
		OptimizerState optimizer = OptimizerState.read(run.resolve("session/optim_state.pt"));
		assertEquals(optimizer, OptimizerState.read(layout.optimState(id)));
		assertEquals(optimizer, OptimizerState.read(runDir.resolve("optim_state.pt")));
		JsonNode runEvents = json(runDir.resolve("update_events.json"));
		assertEquals(3, runEvents.size());
		assertFalse(runEvents.get(0).has("run_id"), "a run's own events omit run_id, as the reference writes them");
	}

	// --- import into a store that has the same base ----------------------------------------------------------------

	@Test
	void importIntoTheFixtureStoreKeepsItsBaseAndOtherSessions() throws IOException {
		Path run = phase0();
		Path root = fixtureStoreCopy();
		StoreLayout layout = new StoreLayout(root);
		Map<String, String> before = Phase0Fixture.snapshot(root);
		List<String> problemsBefore = describe(StoreReader.read(root).getProblems());

		Phase0Importer.ImportResult result = Phase0Importer.importRun(run, root, "legacy");

		assertEquals("legacy", result.sessionId());
		assertEquals("legacy_1700000100_seed2", result.runId());
		assertFalse(result.baseCreated());
		Map<String, String> after = Phase0Fixture.snapshot(root);
		for (Map.Entry<String, String> e : before.entrySet()) {
			if (!e.getKey().equals("sessions/index.json") && !e.getKey().equals("sessions")) {
				assertEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " is untouched");
			}
		}
		Store store = StoreReader.read(root);
		assertEquals(problemsBefore, describe(store.getProblems()), "no new problems");
		assertImportedSession(store, run, "legacy", result.runId());
		assertEquals(3, store.getSessions().size());
		assertEquals("s1", store.findSession("s1b").getParent().getId(), "the fixture's tree is intact");

		JsonNode index = json(layout.index());
		assertEquals(Set.of("s1", "s1b", "legacy"), keys(index.get("sessions")));
		JsonNode fixtureIndex = json(Fixtures.torch291Store().resolve("sessions/index.json"));
		assertEquals(fixtureIndex.get("sessions").get("s1"), index.get("sessions").get("s1"), "other entries kept");
		assertEquals(fixtureIndex.get("sessions").get("s1b"), index.get("sessions").get("s1b"));
		JsonNode legacy = index.get("sessions").get("legacy");
		assertTrue(legacy.get("parent_session_id").isNull());
		assertEquals("legacy", legacy.get("root_session_id").textValue());
		assertEquals(1700000100, legacy.get("last_run_at_unix").longValue());
		assertTrue(Files.readString(layout.eventsLog("legacy")).lines().allMatch(l -> l.contains("\"run_id\": \"" + result.runId() + "\"")));
		assertEquals(Set.of(".locks", ".staging", "base", "sessions"), topLevel(root));
		assertEquals(Set.of(), topLevel(root.resolve(".staging")), "nothing left in the staging folder");
	}

	// --- what the files leave open ---------------------------------------------------------------------------------

	@Test
	void aMinimalPhase0FolderGetsDefaultsFromTheFilesAndSaysSo() throws IOException {
		Path run = phase0();
		ObjectNode meta = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		meta.put("mu", 0.2);
		Phase0Fixture.writeJson(run.resolve("session/meta.json"), meta);
		Files.delete(run.resolve("session/metrics.json"));
		long mtime = 1690000000L;
		// Windows line ends: accepted by every reader, and kept, because the file is copied byte for byte
		Path csv = run.resolve("per_step.csv");
		Files.writeString(csv, Files.readString(csv).replace("\n", "\r\n"));
		Files.setLastModifiedTime(csv, FileTime.fromMillis(mtime * 1000 + 500));
		Path root = tmp.resolve("store-min");

		Phase0Importer.ImportResult result = Phase0Importer.importRun(run, root, null);

		assertEquals("phase0-run", result.sessionId(), "the folder's name when meta.json has no session_id");
		assertEquals("phase0-run_" + mtime + "_seed0", result.runId(), "per_step.csv's mtime and seed 0");
		Store store = StoreReader.read(root);
		assertEquals(List.of(), describe(store.getProblems()));
		Session s = store.findSession("phase0-run");
		assertEquals("linear", s.getEnvMode().getLiteral());
		assertEquals(0.2, s.getMu());
		assertEquals(mtime, (long) s.getCreatedAtUnix());
		assertEquals(2, s.getPlasticityConfig().getNsSteps());
		assertEquals(32, s.getPlasticityConfig().getChunk());
		assertEquals("unknown", store.getBase().getTorchVersion());
		Run r = s.getRuns().get(0);
		assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(new StoreLayout(root).runDir(s.getId(), r.getId())
				.resolve("per_step.csv")), "per_step.csv kept byte for byte, CRLF included");
		assertTrue(new LazyLoader(store).perStep(r).isLegacyFormat());
		assertEquals(96, r.getPerStep().getT().length);
		JsonNode metaJson = json(new StoreLayout(root).sessionMeta("phase0-run"));
		assertEquals(PLASTICITY_KEYS, keys(metaJson.get("plasticity_cfg")));
		assertEquals(MODEL_KEYS, keys(metaJson.get("model_cfg")));
		// without torch_version the param group's key order (torch.optim.Muon's) tells the variant
		assertEquals("muon_torch", metaJson.get("optimizer").textValue());
		String notes = String.join("\n", result.notes());
		for (String expected : List.of("\"linear\" assumed", "modification time", "seed: metrics.json records none", "SPEC defaults",
				"no model_cfg; taken from base_checkpoint.pt", "torch_version \"unknown\"")) {
			assertTrue(notes.contains(expected), "note about " + expected + " in:\n" + notes);
		}
	}

	@Test
	void optimizerSettingsWinOverAConflictingMetaAndUnknownConfigKeysAreSetAside() throws IOException {
		Path run = phase0();
		ObjectNode meta = Phase0Fixture.meta();
		ObjectNode plasticity = meta.putObject("plasticity_cfg");
		plasticity.put("lr", 0.01);
		plasticity.put("chunk", 16);
		plasticity.put("buffer_len", 16);
		plasticity.put("warmup", 3);
		meta.putObject("model_cfg").put("u_dim", 16).put("dt", 1).put("encoder", "identity");
		Phase0Fixture.writeJson(run.resolve("session/meta.json"), meta);
		Path root = tmp.resolve("store-cfg");

		Phase0Importer.ImportResult result = Phase0Importer.importRun(run, root, null);

		JsonNode written = json(new StoreLayout(root).sessionMeta("legacy1"));
		JsonNode cfg = written.get("plasticity_cfg");
		assertEquals(PLASTICITY_KEYS, keys(cfg), "exactly the reference's keys");
		assertEquals(0.005, cfg.get("lr").doubleValue(), "optim_state.pt's lr, which torch restores on load");
		assertEquals(16, cfg.get("chunk").intValue(), "the Phase 0 meta's own setting");
		assertEquals(2, cfg.get("ns_steps").intValue());
		assertEquals(MODEL_KEYS, keys(written.get("model_cfg")));
		JsonNode dropped = written.get(Phase0Importer.MIGRATED_FROM_KEY).get("dropped");
		assertEquals(3, dropped.get("plasticity_cfg").get("warmup").intValue());
		assertEquals("identity", dropped.get("model_cfg").get("encoder").textValue());
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("lr 0.01 → 0.005")), result.notes().toString());
		assertEquals(List.of(), describe(StoreReader.read(root).getProblems()));
	}

	@Test
	void importsTheOptionalTrajectoryAndChartAndListsWhatItLeftOut() throws IOException {
		Path run = phase0();
		StringBuilder trajectory = new StringBuilder("[");
		for (int t = 0; t < 96; t++) {
			trajectory.append(t == 0 ? "" : ", ").append("{\"t\": ").append(t).append(", \"x\": ").append(t * 0.5)
					.append(", \"y\": -1.25, \"vx\": 0.5, \"vy\": 0.0, \"ax\": 0.125, \"ay\": -0.25}");
		}
		Files.writeString(run.resolve("trajectory.json"), trajectory.append("]").toString());
		Files.copy(Phase0Fixture.fixtureRun().resolve("mse_curve.png"), run.resolve("mse_curve.png"));
		Files.writeString(run.resolve("notes.txt"), "lab notes");
		Files.writeString(run.resolve("session/update_events.jsonl"), "");
		Path root = tmp.resolve("store-extras");

		Phase0Importer.ImportResult result = Phase0Importer.importRun(run, root, null);

		Store store = StoreReader.read(root);
		Run r = store.findSession(result.sessionId()).getRuns().get(0);
		assertEquals(96, new LazyLoader(store).trajectory(r).getT().length);
		assertEquals(47.5, r.getTrajectory().getX()[95]);
		Path runDir = new StoreLayout(root).runDir(result.sessionId(), result.runId());
		assertArrayEquals(Files.readAllBytes(run.resolve("mse_curve.png")), Files.readAllBytes(runDir.resolve("mse_curve.png")));
		assertFalse(Files.exists(runDir.resolve("notes.txt")));
		assertEquals(List.of(), describe(store.getProblems()));
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("not imported") && n.contains("notes.txt")
				&& n.contains("session/update_events.jsonl")), result.notes().toString());
	}

	// --- refusals: the message names the file, the store is untouched ----------------------------------------------

	@Test
	void refusesAMalformedTrajectory() throws IOException {
		Path run = phase0();
		Files.writeString(run.resolve("trajectory.json"), "[{\"t\": 0, \"x\": \"left\"}]");
		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, run.resolve("trajectory.json").toString(), "remove it");
	}

	@Test
	void refusesACheckpointOtherThanTheStoresBase() throws IOException {
		Path run = phase0();
		Path ckpt = run.resolve("base_checkpoint.pt");
		BaseCheckpoint original = BaseCheckpoint.read(ckpt);
		float[] aRaw = original.aRaw().data().clone();
		aRaw[0] += 0.5f;
		Map<String, FloatTensor> state = new java.util.LinkedHashMap<>(original.modelState());
		state.put(BaseCheckpoint.A_RAW, new FloatTensor(original.aRaw().shape(), aRaw));
		new BaseCheckpoint(state, original.modelStateAttributes(), original.cfg(), original.extras()).write(ckpt);

		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, ckpt.toString(), "different base checkpoint", Phase0Fixture.FIXTURE_HASH);
	}

	@Test
	void refusesAnExistingSessionId() throws IOException {
		Path root = fixtureStoreCopy();
		IOException e = refused(phase0(), root, "s1");
		assertMentions(e, new StoreLayout(root).sessionDir("s1").toString(), "already exists");
	}

	@Test
	void refusesAnExistingSessionIdTakenFromTheMeta() throws IOException {
		Path run = phase0();
		Phase0Fixture.writeJson(run.resolve("session/meta.json"), Phase0Fixture.meta().put("session_id", "s1b"));
		Path root = fixtureStoreCopy();
		IOException e = refused(run, root, null);
		assertMentions(e, new StoreLayout(root).sessionDir("s1b").toString(), "already exists");
	}

	@Test
	void refusesAnInvalidSessionId() throws IOException {
		Path root = fixtureStoreCopy();
		IOException e = refused(phase0(), root, "../x");
		assertMentions(e, new StoreLayout(root).sessionsDir().toString(), "../x", "path separator");
		assertFalse(Files.exists(root.resolveSibling("x")));
	}

	@Test
	void refusesAMissingMuAndLeavesANewStoreUncreated() throws IOException {
		Path run = phase0();
		ObjectNode meta = Phase0Fixture.meta();
		meta.remove("mu");
		Phase0Fixture.writeJson(run.resolve("session/meta.json"), meta);
		ObjectNode metrics = Phase0Fixture.metrics();
		metrics.remove("mu");
		Phase0Fixture.writeJson(run.resolve("session/metrics.json"), metrics);

		IOException e = refused(run, tmp.resolve("never-created"), null);
		assertMentions(e, run.resolve("session/meta.json").toString(), "mu", "cannot be invented");
		assertFalse(Files.exists(tmp.resolve("never-created")));

		IOException again = refused(run, fixtureStoreCopy(), null);
		assertMentions(again, "meta.json", "cannot be invented");
	}

	@Test
	void takesMuFromTheMetricsWhenTheMetaLacksIt() throws IOException {
		Path run = phase0();
		ObjectNode meta = Phase0Fixture.meta();
		meta.remove("mu");
		Phase0Fixture.writeJson(run.resolve("session/meta.json"), meta);
		Path root = tmp.resolve("store-mu");
		Phase0Importer.ImportResult result = Phase0Importer.importRun(run, root, null);
		assertEquals(0.12, StoreReader.read(root).findSession(result.sessionId()).getMu());
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("mu 0.12 taken from metrics.json")), result.notes().toString());
	}

	@Test
	void refusesACorruptPerStepCsv() throws IOException {
		Path run = phase0();
		Path csv = run.resolve("per_step.csv");
		List<String> lines = new ArrayList<>(Files.readAllLines(csv));
		lines.set(10, "9,0.5,abc,0,0");
		Files.write(csv, lines);
		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, csv.toString(), "line 11", "adaptive_mse", "'abc'");
	}

	@Test
	void refusesATruncatedPerStepCsv() throws IOException {
		Path run = phase0();
		Path csv = run.resolve("per_step.csv");
		byte[] bytes = Files.readAllBytes(csv);
		Files.write(csv, java.util.Arrays.copyOf(bytes, bytes.length - 7));
		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, csv.toString(), "line 97");
	}

	@Test
	void refusesAHostilePtFileWithoutRunningIt() throws IOException {
		Path run = phase0();
		Path marker = tmp.resolve("pwned");
		Path plastic = run.resolve("session/plastic_state.pt");
		Files.write(plastic, Phase0Fixture.hostilePt(marker));
		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, plastic.toString(), "os.system", "allow-list");
		assertFalse(Files.exists(marker), "the payload ran");
	}

	@Test
	void refusesAHostileCheckpointIntoAnEmptyStore() throws IOException {
		Path run = phase0();
		Path marker = tmp.resolve("pwned-ckpt");
		Path ckpt = run.resolve("base_checkpoint.pt");
		Files.write(ckpt, Phase0Fixture.hostilePt(marker));
		Path root = Files.createDirectories(tmp.resolve("empty-store"));
		IOException e = refused(run, root, null);
		assertMentions(e, ckpt.toString(), "allow-list");
		assertFalse(Files.exists(marker), "the payload ran");
	}

	@Test
	void refusesMetricsThatBelongToAnotherRun() throws IOException {
		Path run = phase0();
		Phase0Fixture.writeJson(run.resolve("session/metrics.json"), Phase0Fixture.metrics().put("updates_attempted", 5)
				.put("updates_rolled_back", 4));
		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, run.resolve("session/metrics.json").toString(), "updates_attempted is 5", "3 events");
	}

	@Test
	void refusesWeightsThatDoNotFitTheCheckpoint() throws IOException {
		Path run = phase0();
		Path plastic = run.resolve("session/plastic_state.pt");
		PlasticState w = PlasticState.read(plastic);
		// a consistent but smaller model: u_dim 8 instead of 16
		new PlasticState(FloatTensor.zeros(8, w.inputDim()), FloatTensor.zeros(w.nState(), 8), w.wO()).write(plastic);
		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, plastic.toString(), "do not fit");
	}

	@Test
	void refusesAMissingSessionFolderFile() throws IOException {
		Path run = phase0();
		Files.delete(run.resolve("session/optim_state.pt"));
		IOException e = refused(run, fixtureStoreCopy(), null);
		assertMentions(e, run.resolve("session/optim_state.pt").toString(), "missing");
	}

	@Test
	void takesTheStoreLockAndWaitsForItsHolder() throws Exception {
		Path run = phase0();
		Path root = fixtureStoreCopy();
		StoreLocks locks = new StoreLocks(root);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> {
			try (StoreLocks.Held lock = locks.acquire(StoreLocks.STORE, Duration.ofSeconds(5))) {
				held.countDown();
				release.await();
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		holder.start();
		try {
			assertTrue(held.await(5, TimeUnit.SECONDS));
			Map<String, String> before = Phase0Fixture.snapshot(root);
			StoreLocks.LockTimeoutException busy = assertThrows(StoreLocks.LockTimeoutException.class,
					() -> Phase0Importer.importRun(run, root, "legacy", locks, Duration.ofMillis(200)));
			assertTrue(busy.getMessage().contains("'store'"), busy.getMessage());
			assertEquals(before, Phase0Fixture.snapshot(root), "nothing written without the lock");
		} finally {
			release.countDown();
			holder.join(5000);
		}
		assertEquals("legacy", Phase0Importer.importRun(run, root, "legacy", locks, Duration.ofSeconds(5)).sessionId());
	}

	/** Imports, expecting a refusal, and checks that not one file or folder of the store changed. */
	private IOException refused(Path run, Path root, String id) throws IOException {
		Map<String, String> before = Phase0Fixture.snapshot(root);
		IOException e = assertThrows(IOException.class, () -> Phase0Importer.importRun(run, root, id));
		assertEquals(before, Phase0Fixture.snapshot(root), "the store changed although the import was refused: " + e.getMessage());
		return e;
	}

	private static void assertMentions(IOException e, String... parts) {
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), "message should mention '" + part + "': " + e.getMessage());
		}
	}

	// --- the reference's view ----------------------------------------------------------------------------------------

	@Test
	void pythonReadsTheImportedStoreAsTheReferenceWould() throws IOException {
		PythonInterop.requirePython();
		Path root = tmp.resolve("py-store");
		Phase0Importer.ImportResult result = Phase0Importer.importRun(phase0(), root, null);
		String code = """
				import hashlib, json, os, sys
				root, sid, rid = sys.stdin.read().split("\\n")[:3]
				def load(*p):
				    with open(os.path.join(root, *p)) as f:
				        return json.load(f)
				base = load("base", "base_meta.json")
				meta = load("sessions", sid, "meta.json")
				metrics = load("sessions", sid, "metrics.json")
				run_metrics = load("sessions", sid, "runs", rid, "metrics.json")
				index = load("sessions", "index.json")
				events = load("sessions", sid, "runs", rid, "update_events.json")
				with open(os.path.join(root, "sessions", sid, "update_events.jsonl")) as f:
				    lines = [json.loads(l) for l in f]
				assert sorted(meta["plasticity_cfg"]) == sorted(%s), meta["plasticity_cfg"]
				assert sorted(meta["model_cfg"]) == sorted(%s), meta["model_cfg"]
				assert sorted(base["model_cfg"]) == sorted(meta["model_cfg"])
				with open(os.path.join(root, "base", "base_checkpoint.pt"), "rb") as f:
				    h = hashlib.sha256(f.read()).hexdigest()
				assert base["base_ckpt_hash"] == h == meta["base_ckpt_hash"]
				sig = hashlib.sha256((json.dumps(base["model_cfg"], sort_keys=True) + h).encode("utf-8")).hexdigest()
				assert base["model_signature"] == sig == meta["model_signature"] == index["sessions"][sid]["model_signature"]
				assert meta["parent_session_id"] is None and meta["root_session_id"] == sid and meta["session_id"] == sid
				assert metrics == run_metrics and metrics["run_id"] == rid
				assert metrics["updates_attempted"] == len(events) == len(lines) == 3
				assert all(l["run_id"] == rid for l in lines)
				assert isinstance(meta["created_at_unix"], int) and isinstance(base["created_at_unix"], int)
				assert meta["migrated_from"]["format"] == "phase0"
				print("ok")
				""".formatted(pyList(PLASTICITY_KEYS), pyList(MODEL_KEYS));
		String out = PythonInterop.runOk(code, root + "\n" + result.sessionId() + "\n" + result.runId() + "\n");
		assertEquals("ok", out.trim());
	}

	@Test
	void torchLoadsTheImportedWeightsSafely() throws IOException {
		PythonInterop.requireTorch();
		Path root = tmp.resolve("torch-store");
		Phase0Importer.ImportResult result = Phase0Importer.importRun(phase0(), root, null);
		StoreLayout layout = new StoreLayout(root);
		Path runDir = layout.runDir(result.sessionId(), result.runId());
		String code = """
				import sys, torch
				paths = sys.stdin.read().split("\\n")[:5]
				# torch 1.13's weights_only loader cannot read a Python float (PLATFORM-NOTES): only the weights,
				# which hold tensors and nothing else, are checked with it; the rest loads with plain torch.load
				w = torch.load(paths[0], weights_only=True)
				assert list(w) == ["W_u", "B", "W_o"], list(w)
				assert list(torch.load(paths[2], weights_only=True)) == ["W_u", "B", "W_o"]
				for p in (paths[1], paths[3]):
				    o = torch.load(p)
				    assert o["param_groups"][0]["ns_steps"] == 2 and sorted(o["state"]) == [0, 1, 2], o["param_groups"]
				c = torch.load(paths[4])
				assert c["cfg"]["u_dim"] == 16 and list(c["model_state"]) == ["W_u", "B", "W_o", "a_raw"]
				print("ok")
				""";
		String paths = String.join("\n", layout.plasticState(result.sessionId()).toString(), layout.optimState(result.sessionId())
				.toString(), runDir.resolve("plastic_state.pt").toString(), runDir.resolve("optim_state.pt").toString(),
				layout.baseCheckpoint().toString()) + "\n";
		assertEquals("ok", PythonInterop.runOk(code, paths).trim());
	}

	// --- helpers -----------------------------------------------------------------------------------------------------

	private static JsonNode json(Path file) throws IOException {
		return PythonJsonReader.parse(Files.readAllBytes(file), file);
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new TreeSet<>();
		node.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	private static Set<String> topLevel(Path root) throws IOException {
		Set<String> names = new TreeSet<>();
		try (var list = Files.list(root)) {
			list.forEach(p -> names.add(p.getFileName().toString()));
		}
		return names;
	}

	private static List<String> describe(List<StoreProblem> problems) {
		return problems.stream().map(p -> p.getSeverity() + " " + p.getPath() + ": " + p.getMessage()).toList();
	}

	private static String pyList(Set<String> keys) {
		return keys.stream().sorted().map(k -> "\"" + k + "\"").toList().toString();
	}
}
