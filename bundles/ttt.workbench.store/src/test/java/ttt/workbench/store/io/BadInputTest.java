package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static ttt.workbench.store.io.BadInputSupport.assertNoProblem;
import static ttt.workbench.store.io.BadInputSupport.assertProblem;
import static ttt.workbench.store.io.BadInputSupport.assertProblemsOnlyOn;
import static ttt.workbench.store.io.BadInputSupport.describe;
import static ttt.workbench.store.io.BadInputSupport.readChecked;
import static ttt.workbench.store.io.BadInputSupport.replaceOnce;
import static ttt.workbench.store.io.BadInputSupport.session;
import static ttt.workbench.store.io.BadInputSupport.truncate;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.PythonInterop;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/**
 * Issue item 7, "bad input": for each kind of damage, one copy of a real fixture store with exactly one thing broken.
 * Each test proves the promise: (a) no exception escapes {@link StoreReader#read} or {@link LazyLoader}; (b) a
 * problem names the damaged file (relative to the store root) and says what is wrong in plain words; (c) the rest of
 * the store still loads; (d) every file under the temp folder (the store and anything planted beside it) is
 * byte-identical afterwards, none added or removed ({@link BadInputSupport#readChecked}).
 */
class BadInputTest {

	private static final String SIGNATURE = "42afee176a25ab9fef7732d871ffc85847ad1c7c0390de265ee497e95fb954e9";
	private static final String RUN = "s1_1768677462_seed2";
	private static final String RUN_DIR = "sessions/s1/runs/" + RUN;
	private static final String CASE1_RUN = "case1_1795287431_seed1";

	@TempDir
	Path tmp;

	// --- what "the rest of the store still loaded" means for the torch291 fixture ------------------------------

	private static void assertBaseIntact(Store store) {
		assertNotNull(store.getBase(), "the base should still load; problems:\n" + describe(store));
		assertEquals(SIGNATURE, store.getBase().getModelSignature());
		assertEquals("2.9.1", store.getBase().getTorchVersion());
	}

	/** s1 with its one 96-step run, its metrics and its three events attributed to that run. */
	private static Session assertS1Intact(Store store, boolean metricsFromFile) {
		Session s1 = session(store, "s1");
		assertEquals(1, s1.getRuns().size(), "s1's runs");
		Run run = s1.getRuns().get(0);
		assertEquals(RUN, run.getId());
		assertEquals(96, run.getSteps());
		assertEquals(2, run.getSeed());
		assertNotNull(run.getMetrics(), "s1's run keeps a summary; problems:\n" + describe(store));
		assertEquals(!metricsFromFile, run.getMetrics().isSynthesized());
		assertEquals(344.24130804367206, run.getMetrics().getAdaptiveMseMean(), "exact, whether read or derived");
		assertEquals(344.45406642583356, run.getMetrics().getBaseMseLast100Mean(), "exact, whether read or derived");
		assertEquals(3, run.getMetrics().getUpdatesAttempted());
		if (metricsFromFile) {
			assertEquals(RUN, s1.getMetrics().getRunId());
		}
		assertEquals(3, s1.getEvents().size(), "s1's events");
		assertEquals(3, run.getEvents().size(), "events attributed to s1's run");
		return s1;
	}

	private static Session assertS1Intact(Store store) {
		return assertS1Intact(store, true);
	}

	/** s1b, forked from s1 (when s1 is loaded), not run yet. */
	private static Session assertS1bIntact(Store store) {
		Session s1b = session(store, "s1b");
		assertEquals("s1", s1b.getParentId());
		if (store.findSession("s1") != null) {
			assertSame(store.findSession("s1"), s1b.getParent());
			assertEquals(1, s1b.getDepth());
		}
		assertEquals("session created", s1b.getMetrics().getNotes());
		assertTrue(s1b.getRuns().isEmpty());
		return s1b;
	}

	private Path store() throws IOException {
		return BadInputSupport.torch291(tmp);
	}

	// --- 1, 2, 3: a broken session meta.json ------------------------------------------------------------------

	@Test
	void case01_metaTruncatedInTheMiddle() throws IOException {
		Path root = store();
		Path meta = root.resolve("sessions/s1b/meta.json");
		truncate(meta, Files.size(meta) / 2);

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "malformed JSON", "end-of-input", "line ");
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertNull(store.findSession("s1b"));
		assertBaseIntact(store);
		assertS1Intact(store);
	}

	@Test
	void case02_metaIsRandomBytes() throws IOException {
		Path root = store();
		byte[] noise = new byte[512];
		new Random(7).nextBytes(noise);
		noise[0] = (byte) 0xC3; // not '{', '[' or a BOM: garbage from the first byte
		Files.write(root.resolve("sessions/s1b/meta.json"), noise);

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "JSON");
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertNull(store.findSession("s1b"));
		assertBaseIntact(store);
		assertS1Intact(store);
	}

	@ParameterizedTest(name = "schema_version {0}")
	@CsvSource(delimiter = '|', value = {
			"2     | schema_version 2 was written by a newer program",
			"0     | schema_version 0 is not a valid version",
			"\"1\" | must be an integer, found string \"1\"",
			"1.0   | must be an integer, found number 1.0",
			"null  | must be an integer, found null" })
	void case03_metaWithNewerOrInvalidSchemaVersion(String value, String fragment) throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1b/meta.json"), "\"schema_version\": 1", "\"schema_version\": " + value);

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, fragment);
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertNull(store.findSession("s1b"));
		assertBaseIntact(store);
		assertS1Intact(store);
	}

	@Test
	void case03b_baseMetaWithNewerSchemaVersion() throws IOException {
		Path root = store();
		replaceOnce(root.resolve("base/base_meta.json"), "\"schema_version\": 1", "\"schema_version\": 2");

		Store store = readChecked(tmp, root);

		assertProblem(store, "base/base_meta.json", ProblemSeverity.ERROR, "schema_version 2 was written by a newer program");
		assertProblemsOnlyOn(store, "base/base_meta.json");
		assertNull(store.getBase());
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	// --- 4: index.json ----------------------------------------------------------------------------------------

	@Test
	void case04_indexCorrupt() throws IOException {
		Path root = store();
		Path index = root.resolve("sessions/index.json");
		truncate(index, Files.size(index) / 2);

		Store store = readChecked(tmp, root);

		// the index is only a cache: the sessions load from their metas
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
		assertProblemsOnlyOn(store, "sessions/index.json");
		// regression (found by this suite, fixed): StoreReader never reads sessions/index.json, so a corrupt index (which makes the reference's
		// list_sessions crash) is not reported at all. Expected: a WARNING naming sessions/index.json.
		BadInputSupport.assertProblemAnySeverity(store, "sessions/index.json", "JSON");
	}

	// --- 5: metrics.json with a string where a number is ------------------------------------------------------

	@Test
	void case05_metricsWithStringForNumber() throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1/metrics.json"), "\"adaptive_mse_mean\": 344.24130804367206",
				"\"adaptive_mse_mean\": \"344.24130804367206\"");

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/metrics.json", ProblemSeverity.ERROR,
				"'adaptive_mse_mean' must be a number, found string \"344.24130804367206\"");
		assertProblemsOnlyOn(store, "sessions/s1/metrics.json");
		assertNull(session(store, "s1").getMetrics());
		// the run's summary is then derived from its per-step values and events
		assertS1Intact(store, false);
		assertS1bIntact(store);
		assertBaseIntact(store);
	}

	// --- 6, 7: per_step.csv (lazy) ----------------------------------------------------------------------------

	@Test
	void case06_perStepTruncatedMidRow() throws IOException {
		Path root = store();
		Path csv = root.resolve(RUN_DIR + "/per_step.csv");
		String text = Files.readString(csv);
		int line50 = nthLineStart(text, 50);
		truncate(csv, line50 + 10); // "48,0.00..." : the file ends inside line 50

		Run[] run = new Run[1];
		Store store = readChecked(tmp, root, s -> {
			run[0] = s.findSession("s1").getRuns().get(0);
			assertNull(new LazyLoader(s).perStep(run[0]));
		});

		assertEquals(LoadState.FAILED, run[0].getPerStepState());
		assertProblem(store, RUN_DIR + "/per_step.csv", ProblemSeverity.ERROR, "line 50 has 2 cells, expected 6");
		assertProblemsOnlyOn(store, RUN_DIR + "/per_step.csv");
		assertBaseIntact(store);
		assertS1bIntact(store);
		Session s1 = session(store, "s1");
		assertEquals(3, s1.getEvents().size());
		assertEquals(96, run[0].getSteps());
	}

	@Test
	void case06b_perStepTruncatedAtARowBoundary() throws IOException {
		Path root = store();
		Path csv = root.resolve(RUN_DIR + "/per_step.csv");
		truncate(csv, nthLineStart(Files.readString(csv), 51)); // 49 whole rows of 96, ending with a newline

		Run[] run = new Run[1];
		Store store = readChecked(tmp, root, s -> {
			run[0] = s.findSession("s1").getRuns().get(0);
			new LazyLoader(s).perStep(run[0]);
		});

		assertBaseIntact(store);
		assertS1bIntact(store);
		assertEquals(96, run[0].getSteps(), "the run's metrics say 96 steps");
		// regression (found by this suite, fixed): LazyLoader.perStep accepts a per_step.csv cut at a row boundary (49 rows where the run's
		// metrics.json says 96 steps) as LOADED without any problem; a truncated CSV goes unnoticed. Expected: a
		// problem naming the file that says it has 49 rows but the run has 96 steps.
		BadInputSupport.assertProblemAnySeverity(store, RUN_DIR + "/per_step.csv", "49", "96");
	}

	@Test
	void case07_perStepUnknownHeader() throws IOException {
		Path root = store();
		replaceOnce(root.resolve(RUN_DIR + "/per_step.csv"), "t,base_mse,session_no_update_mse,adaptive_mse,did_update,update_ok",
				"step,base,start,adaptive,did,ok");

		Run[] run = new Run[1];
		Store store = readChecked(tmp, root, s -> {
			run[0] = s.findSession("s1").getRuns().get(0);
			new LazyLoader(s).perStep(run[0]);
		});

		assertEquals(LoadState.FAILED, run[0].getPerStepState());
		assertNull(run[0].getPerStep());
		assertProblem(store, RUN_DIR + "/per_step.csv", ProblemSeverity.ERROR, "unknown header 'step,base,start,adaptive,did,ok'",
				"expected 't,base_mse,session_no_update_mse,adaptive_mse,did_update,update_ok'");
		assertProblemsOnlyOn(store, RUN_DIR + "/per_step.csv");
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	// --- 8, 23: update_events.jsonl ---------------------------------------------------------------------------

	@Test
	void case08a_eventsLogWithMalformedMiddleLine() throws IOException {
		Path root = store();
		Path log = root.resolve("sessions/s1/update_events.jsonl");
		List<String> lines = Files.readAllLines(log);
		Files.writeString(log, lines.get(0) + "\n" + lines.get(1).substring(0, 40) + "\n" + lines.get(2) + "\n");

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/update_events.jsonl", ProblemSeverity.ERROR, "line 2", "malformed JSON", "skipped");
		assertProblemsOnlyOn(store, "sessions/s1/update_events.jsonl");
		Session s1 = session(store, "s1");
		assertEquals(List.of(31, 95), s1.getEvents().stream().map(UpdateEvent::getT).toList(), "the other events still load");
		assertEquals(List.of(UpdateStatus.COMMIT, UpdateStatus.ROLLBACK_GRAD_NORM),
				s1.getEvents().stream().map(UpdateEvent::getStatus).toList());
		assertEquals(2, s1.getRuns().get(0).getEvents().size());
		assertBaseIntact(store);
		assertS1bIntact(store);
	}

	@Test
	void case08b_eventsLogWithUnfinishedLastLine() throws IOException {
		Path root = store();
		Path log = root.resolve("sessions/s1/update_events.jsonl");
		String text = Files.readString(log);
		truncate(log, nthLineStart(text, 3) + 30);

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/update_events.jsonl", ProblemSeverity.WARNING, "line 3 is unfinished", "ignored");
		assertProblemsOnlyOn(store, "sessions/s1/update_events.jsonl");
		assertNoProblem(store, "sessions/s1/update_events.jsonl", ProblemSeverity.ERROR);
		Session s1 = session(store, "s1");
		assertEquals(List.of(31, 63), s1.getEvents().stream().map(UpdateEvent::getT).toList());
		assertBaseIntact(store);
		assertS1bIntact(store);
	}

	@Test
	void case23a_eventWithUnknownStatusIsKeptNotAnError() throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1/update_events.jsonl"), "\"status\": \"rollback_grad_norm\", \"t\": 63",
				"\"status\": \"rollback_cosmic_ray\", \"t\": 63");

		Store store = readChecked(tmp, root);

		assertNoProblem(store, "sessions/s1/update_events.jsonl", ProblemSeverity.ERROR);
		assertProblemsOnlyOn(store, "sessions/s1/update_events.jsonl");
		Session s1 = assertS1Intact(store);
		UpdateEvent e = s1.getEvents().get(1);
		assertEquals(63, e.getT());
		assertEquals(UpdateStatus.UNKNOWN, e.getStatus());
		assertFalse(e.isCommitted());
		assertEquals("rollback_cosmic_ray", e.getExtraJson().get("status").asText(), "the original string is kept for rewriting");
		assertSame(s1.getRuns().get(0), e.getRun());
		assertBaseIntact(store);
		assertS1bIntact(store);
	}

	@Test
	void case23b_eventWithNegativeT() throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1/update_events.jsonl"), "\"t\": 63", "\"t\": -63");

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/update_events.jsonl", ProblemSeverity.ERROR, "line 2", "t must not be negative, found -63");
		assertProblemsOnlyOn(store, "sessions/s1/update_events.jsonl");
		Session s1 = session(store, "s1");
		assertEquals(List.of(31, 95), s1.getEvents().stream().map(UpdateEvent::getT).toList());
		assertBaseIntact(store);
		assertS1bIntact(store);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"\"t\": -63   | t must not be negative, found -63",
			"\"t\": \"63\" | must be an integer, found string \"63\"" })
	void case23c_eventLineProblemsNameTheLineOnce(String replacement, String fragment) throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1/update_events.jsonl"), "\"t\": 63", replacement);

		Store store = readChecked(tmp, root);

		String message = assertProblem(store, "sessions/s1/update_events.jsonl", ProblemSeverity.ERROR, "line 2", fragment).getMessage();
		// reveals bug (cosmetic): EventLogReader.parse prefixes "line N: " to a message UpdateEventCodec already wrote
		// with its `where` ("line N"), giving "line 2: line 2: t must not be negative" and "line 2: 'line 2.t' must be
		// an integer". Expected: the line named once, the key as plain 't'.
		assertEquals(message.indexOf("line 2"), message.lastIndexOf("line 2"), "the line is named twice: " + message);
	}

	// --- 9, 10: plastic_state.pt (lazy) -----------------------------------------------------------------------

	@Test
	void case09_plasticStateTruncated() throws IOException {
		Path root = store();
		Path pt = root.resolve("sessions/s1/plastic_state.pt");
		truncate(pt, Files.size(pt) / 2);

		Session[] s = new Session[2];
		Store store = readChecked(tmp, root, st -> {
			s[0] = st.findSession("s1");
			s[1] = st.findSession("s1b");
			LazyLoader loader = new LazyLoader(st);
			assertTrue(loader.weights(s[0]).isEmpty());
			assertEquals(3, loader.weights(s[1]).size(), "the other session's weights still load");
		});

		assertEquals(LoadState.FAILED, s[0].getWeightsState());
		assertEquals(LoadState.LOADED, s[1].getWeightsState());
		assertProblem(store, "sessions/s1/plastic_state.pt", ProblemSeverity.ERROR, "cannot be read");
		assertProblemsOnlyOn(store, "sessions/s1/plastic_state.pt");
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	@Test
	void case10_plasticStateWhosePickleCallsOsSystem() throws IOException {
		Path root = store();
		Path marker = tmp.resolve("pwned-by-os-system");
		Files.write(root.resolve("sessions/s1/plastic_state.pt"), BadInputSupport.osSystemPt("plastic_state", marker));

		Session[] s = new Session[1];
		Store store = readChecked(tmp, root, st -> {
			s[0] = st.findSession("s1");
			new LazyLoader(st).weights(s[0]);
		});

		assertFalse(Files.exists(marker), "the pickle's os.system payload ran");
		assertEquals(LoadState.FAILED, s[0].getWeightsState());
		assertTrue(s[0].getWeights().isEmpty());
		assertProblem(store, "sessions/s1/plastic_state.pt", ProblemSeverity.ERROR, "os.system", "allow-list");
		assertProblemsOnlyOn(store, "sessions/s1/plastic_state.pt");
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	/** The payload of case 10 is real: Python's own unpickler runs it (so "the marker was not created" matters). */
	@Test
	void case10_theOsSystemPayloadIsLiveInPython() throws IOException, InterruptedException {
		PythonInterop.requirePython();
		Path marker = tmp.resolve("created-by-python");
		Path pickle = Files.write(tmp.resolve("payload.pkl"), BadInputSupport.osSystemPickle(marker));
		PythonInterop.runOk("import pickle, sys\npickle.loads(open(sys.stdin.read().strip(), 'rb').read())\n", pickle.toString());
		assertTrue(Files.exists(marker), "the crafted pickle should run os.system in Python");
	}

	// --- 11, 12, 13: checkpoint hash and signatures ----------------------------------------------------------

	@Test
	void case11_baseCheckpointReplaced() throws IOException {
		Path root = store();
		Files.copy(root.resolve("sessions/s1/plastic_state.pt"), root.resolve("base/base_checkpoint.pt"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		Store store = readChecked(tmp, root);

		assertProblem(store, "base/base_checkpoint.pt", ProblemSeverity.ERROR, "SHA-256 is",
				"base_meta.json records 32ccc751b83be7b934b6a6aadf90b2fca3d8107d0be1ee6e04a5f086d2f26c94", "replaced or damaged");
		assertProblemsOnlyOn(store, "base/base_checkpoint.pt");
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	@Test
	void case12_baseMetaWithWrongSignature() throws IOException {
		Path root = store();
		String wrong = "f".repeat(64);
		replaceOnce(root.resolve("base/base_meta.json"), SIGNATURE, wrong);

		Store store = readChecked(tmp, root);

		assertProblem(store, "base/base_meta.json", ProblemSeverity.ERROR, "model_signature " + wrong,
				"does not follow from model_cfg and base_ckpt_hash (expected " + SIGNATURE + ")");
		// the sessions, made for the real signature, no longer match what the base claims
		assertProblem(store, "sessions/s1/meta.json", ProblemSeverity.ERROR, "cannot run here");
		assertProblemsOnlyOn(store, "base/base_meta.json", "sessions/s1/meta.json", "sessions/s1b/meta.json");
		assertNotNull(store.getBase());
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	@Test
	void case13_sessionWithAnotherSignature() throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1b/meta.json"), SIGNATURE, "0".repeat(64));

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "model_signature 000000000000",
				"does not match the base's 42afee176a25", "cannot run here");
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertEquals("0".repeat(64), assertS1bIntact(store).getModelSignature(), "the session is still listed");
		assertBaseIntact(store);
		assertS1Intact(store);
	}

	// --- 14, 15, 16: session ids ------------------------------------------------------------------------------

	@ParameterizedTest(name = "folder \"{0}\"")
	@CsvSource(delimiter = '|', value = {
			"bad name     | session id must not contain white space",
			"bad\u0001name | session id contains a control character (U+0001)",
			"bad\u007fname | session id contains a control character (U+007F)",
			"s1:x         | session id must not contain ':'" })
	void case14a_sessionFolderWithInvalidName(String folder, String fragment) throws IOException {
		Path root = store();
		Fixtures.copy(root.resolve("sessions/s1b"), root.resolve("sessions").resolve(folder));

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/" + folder, ProblemSeverity.ERROR, "not a valid session folder name", fragment);
		assertProblemsOnlyOn(store, "sessions/" + folder);
		assertEquals(2, store.getSessions().size());
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	@Test
	void case14b_copiedSessionFolderDuplicatesAnId() throws IOException {
		Path root = store();
		Fixtures.copy(root.resolve("sessions/s1"), root.resolve("sessions/s1copy"));

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1copy/meta.json", ProblemSeverity.ERROR, "session_id \"s1\" does not match its folder \"s1copy\"");
		assertProblemsOnlyOn(store, "sessions/s1copy/meta.json");
		assertEquals(List.of("s1", "s1b"), store.getSessions().stream().map(Session::getId).sorted().toList());
		assertBaseIntact(store);
		Session s1 = assertS1Intact(store);
		assertEquals(List.of(store.findSession("s1b")), List.copyOf(s1.getChildren()));
		assertS1bIntact(store);
	}

	@ParameterizedTest(name = "session_id {0}")
	@CsvSource(delimiter = '|', value = {
			"../x  | path separator ('/')",
			"..\\\\x | path separator ('\\')",
			"..    | names a folder, not a session",
			"''    | session id is empty" })
	void case15_sessionIdThatEscapesItsFolder(String id, String fragment) throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1b/meta.json"), "\"session_id\": \"s1b\"", "\"session_id\": \"" + id + "\"");

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "invalid session_id", fragment);
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertEquals(List.of("s1"), store.getSessions().stream().map(Session::getId).toList());
		assertBaseIntact(store);
		assertS1Intact(store);
	}

	@Test
	void case16_overLongSessionIdFolder() throws IOException {
		Path root = store();
		String id = "l".repeat(200);
		Path folder = Fixtures.copy(root.resolve("sessions/s1b"), root.resolve("sessions").resolve(id));
		replaceOnce(folder.resolve("meta.json"), "\"session_id\": \"s1b\"", "\"session_id\": \"" + id + "\"");

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/" + id, ProblemSeverity.ERROR, "session id is 200 characters long; at most 128 are allowed");
		assertProblemsOnlyOn(store, "sessions/" + id);
		assertEquals(2, store.getSessions().size());
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	// --- 17: missing files ------------------------------------------------------------------------------------

	@Test
	void case17a_missingSessionMeta() throws IOException {
		Path root = store();
		Files.delete(root.resolve("sessions/s1b/meta.json"));

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "missing", "sessions/s1b is not a session (no meta.json)");
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertEquals(List.of("s1"), store.getSessions().stream().map(Session::getId).toList());
		assertBaseIntact(store);
		assertS1Intact(store);
	}

	@Test
	void case17b_missingSessionMetrics() throws IOException {
		Path root = store();
		Files.delete(root.resolve("sessions/s1/metrics.json"));

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/metrics.json", ProblemSeverity.WARNING, "missing", "latest metrics are unknown");
		assertProblemsOnlyOn(store, "sessions/s1/metrics.json");
		assertNull(session(store, "s1").getMetrics());
		assertS1Intact(store, false);
		assertBaseIntact(store);
		assertS1bIntact(store);
	}

	@Test
	void case17c_missingBaseMeta() throws IOException {
		Path root = store();
		Files.delete(root.resolve("base/base_meta.json"));

		Store store = readChecked(tmp, root);

		assertProblem(store, "base/base_meta.json", ProblemSeverity.ERROR, "missing", "no base model description");
		assertProblemsOnlyOn(store, "base/base_meta.json");
		assertNull(store.getBase());
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	@Test
	void case17d_missingBaseCheckpoint() throws IOException {
		Path root = store();
		Files.delete(root.resolve("base/base_checkpoint.pt"));

		Store store = readChecked(tmp, root, st -> assertTrue(new LazyLoader(st).tensors(st.getBase()).isEmpty()));

		assertProblem(store, "base/base_checkpoint.pt", ProblemSeverity.ERROR, "missing", "base model's weights are not in the store");
		assertProblemsOnlyOn(store, "base/base_checkpoint.pt");
		assertEquals(LoadState.MISSING, store.getBase().getTensorsState());
		assertBaseIntact(store);
		assertS1Intact(store);
		assertS1bIntact(store);
	}

	// --- 18, 19: the tree -------------------------------------------------------------------------------------

	@Test
	void case18_orphan() throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1b/meta.json"), "\"parent_session_id\": \"s1\"", "\"parent_session_id\": \"ghost\"");

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.WARNING, "parent session \"ghost\" is not in the store",
				"orphan");
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertNoProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR);
		Session s1b = session(store, "s1b");
		assertTrue(s1b.isOrphan());
		assertNull(s1b.getParent());
		assertEquals("ghost", s1b.getParentId());
		assertEquals("session created", s1b.getMetrics().getNotes());
		assertTrue(assertS1Intact(store).getChildren().isEmpty());
		assertBaseIntact(store);
	}

	@Test
	void case19_cycleInParentLinks() throws IOException {
		Path root = store();
		replaceOnce(root.resolve("sessions/s1/meta.json"), "\"parent_session_id\": null", "\"parent_session_id\": \"s1b\"");

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/meta.json", ProblemSeverity.ERROR, "cycle");
		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "cycle");
		assertProblemsOnlyOn(store, "sessions/s1/meta.json", "sessions/s1b/meta.json");
		Session s1 = assertS1Intact(store);
		Session s1b = session(store, "s1b");
		assertNull(s1.getParent());
		assertNull(s1b.getParent());
		assertTrue(s1.getChildren().isEmpty() && s1b.getChildren().isEmpty());
		assertEquals(0, s1.getDepth());
		assertEquals(0, s1b.getDepth());
		assertEquals(2, store.getRootSessions().size());
		assertBaseIntact(store);
	}

	// --- 20, 21, 22: hostile files ----------------------------------------------------------------------------

	@Test
	void case20_metricsSymlinkLeadingOutsideTheStore() throws IOException {
		Path root = store();
		Path outside = Files.createDirectories(tmp.resolve("outside")).resolve("metrics.json");
		Files.move(root.resolve("sessions/s1/metrics.json"), outside); // a perfectly readable file, just not ours
		Files.createSymbolicLink(root.resolve("sessions/s1/metrics.json"), outside);

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/metrics.json", ProblemSeverity.ERROR, "leads outside the store", "refusing to read it");
		assertProblemsOnlyOn(store, "sessions/s1/metrics.json");
		assertNull(session(store, "s1").getMetrics());
		assertS1Intact(store, false);
		assertS1bIntact(store);
		assertBaseIntact(store);
	}

	@Test
	void case20b_metaSymlinkToEtcHostname() throws IOException {
		Path root = store();
		Path meta = root.resolve("sessions/s1b/meta.json");
		Files.delete(meta);
		Files.createSymbolicLink(meta, Path.of("/etc/hostname"));

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "leads outside the store");
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertNull(store.findSession("s1b"));
		assertS1Intact(store);
		assertBaseIntact(store);		Files.delete(meta); // only the link: keeps JUnit from warning about a link leaving the temp folder
	}

	@Test
	void case20c_namedPipeInsteadOfMetaDoesNotHang() throws IOException, InterruptedException {
		Path root = store();
		Path meta = root.resolve("sessions/s1b/meta.json");
		Files.delete(meta);
		Process mkfifo = new ProcessBuilder("mkfifo", meta.toString()).redirectErrorStream(true).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for this test");
		Map<String, String> before = BadInputSupport.fingerprint(tmp);

		Store[] result = new Store[1];
		Throwable[] thrown = new Throwable[1];
		Thread reader = new Thread(() -> {
			try {
				result[0] = StoreReader.read(root);
			} catch (Throwable t) {
				thrown[0] = t;
			}
		}, "bad-input-fifo-reader");
		reader.setDaemon(true);
		reader.start();
		reader.join(10_000);
		if (reader.isAlive()) {
			// release the blocked reader: a writer that opens and closes the pipe gives it an end of file
			Thread writer = new Thread(() -> {
				try {
					Files.newOutputStream(meta).close();
				} catch (IOException ignored) {
					// nothing to release
				}
			});
			writer.setDaemon(true);
			writer.start();
			writer.join(5_000);
			reader.join(5_000);
			// regression (found by this suite, fixed): StoreFiles.read only checks the size (0 for a pipe) and then calls Files.readAllBytes, which
			// blocks until some process writes to the pipe: one named pipe called meta.json hangs StoreReader.read
			// forever, so the store never opens. Expected: refuse anything that is not a regular file, with a problem.
			fail("StoreReader.read hangs on a named pipe at sessions/s1b/meta.json (still blocked after 10 s)");
		}
		if (thrown[0] != null) {
			throw new AssertionError("StoreReader.read threw instead of reporting a problem", thrown[0]);
		}
		Store store = result[0];
		BadInputSupport.assertUnchanged(before, BadInputSupport.fingerprint(tmp));
		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR);
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertNull(store.findSession("s1b"));
		assertS1Intact(store);
		assertBaseIntact(store);
	}

	@Test
	void case21_deeplyNestedJsonMeta() throws IOException {
		Path root = store();
		Files.writeString(root.resolve("sessions/s1b/meta.json"), "[".repeat(100_000), StandardCharsets.US_ASCII);

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1b/meta.json", ProblemSeverity.ERROR, "malformed JSON", "nesting depth");
		assertProblemsOnlyOn(store, "sessions/s1b/meta.json");
		assertNull(store.findSession("s1b"));
		assertS1Intact(store);
		assertBaseIntact(store);
	}

	@Test
	void case22_hugeSparseMetricsIsRefusedBySize() throws IOException {
		Path root = store();
		long size = 300L << 20;
		try (RandomAccessFile f = new RandomAccessFile(root.resolve("sessions/s1/metrics.json").toFile(), "rw")) {
			f.setLength(size);
		}

		Store store = readChecked(tmp, root);

		assertProblem(store, "sessions/s1/metrics.json", ProblemSeverity.ERROR, "file is " + size + " bytes",
				"at most " + StoreFiles.MAX_TEXT_BYTES + " bytes");
		assertProblemsOnlyOn(store, "sessions/s1/metrics.json");
		assertS1Intact(store, false);
		assertS1bIntact(store);
		assertBaseIntact(store);
	}

	@Test
	void case22b_hugeJsonUnderTheSizeCapIsRefusedBeforeBuildingATree() throws IOException {
		Path root = store();
		// 16 MB, 5.6 million empty objects: a real metrics.json is under 1 KB, a 20,000-step trajectory about 3 MB
		int n = (16 << 20) / 3;
		StringBuilder json = new StringBuilder(n * 3 + 2).append('[');
		for (int i = 0; i < n; i++) {
			json.append(i == 0 ? "{}" : ",{}");
		}
		Files.writeString(root.resolve("sessions/s1/metrics.json"), json.append(']'), StandardCharsets.US_ASCII);

		Store store = readChecked(tmp, root);

		assertS1Intact(store, false);
		assertS1bIntact(store);
		assertBaseIntact(store);
		assertProblemsOnlyOn(store, "sessions/s1/metrics.json");
		// regression (found by this suite, fixed): StoreFiles.MAX_TEXT_BYTES (256 MB) is the only guard, and PythonJsonReader builds a full Jackson
		// tree of whatever is under it: this 16 MB file becomes 5.6 million ObjectNodes (about 0.5 GB of heap) before
		// MetricsCodec says "must be a JSON object"; at 200 MB the same shape throws OutOfMemoryError out of
		// StoreReader.read with a 6 GB heap. Expected: refused by a limit (size or token count) before the tree is built.
		StoreProblem p = store.getProblems().get(0);
		assertTrue(p.getMessage().matches(".*(at most|maximum|limit|too large|too many).*"),
				"expected the file to be refused by a limit, not parsed; got: " + p.getMessage());
	}

	// --- 24: trajectory.json.gz (lazy, case1 store_after) -----------------------------------------------------

	private static final String CASE1_TRAJECTORY = "sessions/case1/runs/" + CASE1_RUN + "/trajectory.json.gz";

	private Store readCase1AfterTrajectory(Path root, Run[] run) {
		return readChecked(tmp, root, s -> {
			run[0] = s.findSession("case1").findRun(CASE1_RUN);
			assertNull(new LazyLoader(s).trajectory(run[0]));
		});
	}

	private static void assertCase1AfterIntact(Store store, Run run) {
		assertProblem(store, "base/base_meta.json", ProblemSeverity.ERROR, "no base model description"); // store_after has no base
		Session s = session(store, "case1");
		assertEquals(1, s.getRuns().size());
		assertEquals(600, run.getSteps());
		assertEquals(18, s.getEvents().size());
		assertEquals(18, run.getEvents().size());
		assertEquals(0.591309551085457, run.getMetrics().getAdaptiveMseMean());
		assertEquals(LoadState.FAILED, run.getTrajectoryState());
	}

	@Test
	void case24a_trajectoryGzipTruncated() throws IOException {
		Path root = BadInputSupport.case1After(tmp);
		Path gz = root.resolve(CASE1_TRAJECTORY);
		truncate(gz, Files.size(gz) / 2);

		Run[] run = new Run[1];
		Store store = readCase1AfterTrajectory(root, run);

		assertProblem(store, CASE1_TRAJECTORY, ProblemSeverity.ERROR, "corrupt gzip data");
		assertProblemsOnlyOn(store, CASE1_TRAJECTORY, "base/base_meta.json");
		assertCase1AfterIntact(store, run[0]);
	}

	@Test
	void case24b_trajectoryNotGzipAtAll() throws IOException {
		Path root = BadInputSupport.case1After(tmp);
		byte[] noise = new byte[4096];
		new Random(24).nextBytes(noise);
		Files.write(root.resolve(CASE1_TRAJECTORY), noise);

		Run[] run = new Run[1];
		Store store = readCase1AfterTrajectory(root, run);

		assertProblem(store, CASE1_TRAJECTORY, ProblemSeverity.ERROR, "corrupt gzip data");
		assertProblemsOnlyOn(store, CASE1_TRAJECTORY, "base/base_meta.json");
		assertCase1AfterIntact(store, run[0]);
	}

	@Test
	void case24c_trajectoryGzipOfMalformedJson() throws IOException {
		Path root = BadInputSupport.case1After(tmp);
		try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve(CASE1_TRAJECTORY)))) {
			out.write("[{\"t\": 0, \"x\": 0.0,".getBytes(StandardCharsets.US_ASCII));
		}

		Run[] run = new Run[1];
		Store store = readCase1AfterTrajectory(root, run);

		assertCase1AfterIntact(store, run[0]);
		// regression (found by this suite, fixed): the JSON inside trajectory.json.gz is parsed under the name trajectory.json, so the problem
		// names sessions/case1/runs/<run>/trajectory.json, a file that does not exist. Expected: the .gz file.
		assertProblem(store, CASE1_TRAJECTORY, ProblemSeverity.ERROR, "malformed JSON");
		assertProblemsOnlyOn(store, CASE1_TRAJECTORY, "base/base_meta.json");
	}

	// --- helpers ----------------------------------------------------------------------------------------------

	/** Offset of the first character of 1-based line {@code n}. */
	private static int nthLineStart(String text, int n) {
		int at = 0;
		for (int i = 1; i < n; i++) {
			at = text.indexOf('\n', at) + 1;
			assertTrue(at > 0, "the text has fewer than " + n + " lines");
		}
		return at;
	}
}
