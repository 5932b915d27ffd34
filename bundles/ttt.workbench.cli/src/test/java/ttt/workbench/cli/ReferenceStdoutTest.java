package ttt.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.json.PythonFloats;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TorchOracle;

/**
 * Standard output against what the reference printed for the same commands on the same stores
 * ({@code fixtures/reference-cli-output/}): byte for byte where the output has no times, numbers within the engine's
 * parity bound where it has computed values, and the exact layout everywhere.
 */
class ReferenceStdoutTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	private static InProcessCli run(String... args) {
		return InProcessCli.run(args);
	}

	private static String expected(String name) throws IOException {
		return Files.readString(Fixtures.dir().resolve("reference-cli-output").resolve(name), StandardCharsets.UTF_8);
	}

	private Path torch291() throws IOException {
		return Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("torch291"));
	}

	private Path case1() throws IOException {
		return Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("case1"));
	}

	@Test
	void listSessionsPrintsTheIndexByteForByte() throws IOException {
		InProcessCli list = run("--artifacts_root", torch291().toString(), "list_sessions");
		assertEquals(0, list.code(), list.err());
		assertEquals(expected("list_sessions.torch291-store.stdout"), list.out());
	}

	@Test
	void listSessionsOfAnEmptyOrMissingStoreIsAnEmptyObject() {
		InProcessCli missing = run("--artifacts_root", tmp.resolve("nowhere").toString(), "list_sessions");
		assertEquals(0, missing.code(), missing.err());
		assertEquals("{}\n", missing.out());
		assertTrue(missing.err().contains("no artifact store at"), missing.err());
		assertTrue(Files.notExists(tmp.resolve("nowhere")), "listing never creates a store");
	}

	@Test
	void showSessionPrintsTheMetaByteForByte() throws IOException {
		Path root = torch291();
		for (String id : List.of("s1", "s1b")) {
			InProcessCli show = run("--artifacts_root", root.toString(), "show_session", "--session_id", id);
			assertEquals(0, show.code(), show.err());
			assertEquals(expected("show_session-" + id + ".torch291-store.stdout"), show.out(), id);
		}
	}

	@Test
	void forkSessionPrintsTheReferenceLines() throws IOException {
		InProcessCli fork = run("--artifacts_root", case1().toString(), "fork_session", "--parent_session_id", "case1",
				"--child_session_id", "case1_b");
		assertEquals(0, fork.code(), fork.err());
		assertEquals(expected("fork_session.stdout"), fork.out());
	}

	/** μ drawn by Python's random from the seed, as the reference draws it: same seed, same μ. */
	@Test
	void newSessionWithADrawnMuPrintsTheReferenceLinesAndTheSameMu() throws IOException {
		Path root = case1();
		InProcessCli created = run("--artifacts_root", root.toString(), "new_session", "--session_id", "fresh", "--mu", "-1", "--seed", "5");
		assertEquals(0, created.code(), created.err());
		assertEquals(expected("new_session.stdout"), created.out());
	}

	/**
	 * A seeded run without an actions file: the same trajectory as the reference's, so the same metrics within the
	 * parity bound, and the same layout: every line and every key in the reference's order, numbers formatted as
	 * Python's repr.
	 */
	@Test
	void seededRunPrintsTheReferenceLinesWithTheReferenceNumbers() throws IOException {
		Path root = case1();
		InProcessCli ran = run("--artifacts_root", root.toString(), "run_session", "--session_id", "case1", "--steps", "100", "--seed", "3");
		assertEquals(0, ran.code(), ran.err());
		Matcher id = Pattern.compile("\\[run\\] session=case1 run_id=(case1_\\d+_seed3)\n").matcher(ran.out());
		assertTrue(id.lookingAt(), ran.out());
		String runId = id.group(1);
		String reference = expected("run_session.stdout").replace("<ARTIFACTS_ROOT>", root.toString())
				.replaceAll("case1_\\d+_seed3", runId);
		JsonNode ours = metricsJson(ran.out());
		JsonNode theirs = metricsJson(reference);
		assertEquals(fieldNames(theirs), fieldNames(ours), "the reference's keys in the reference's order");
		for (String key : fieldNames(theirs)) {
			JsonNode a = theirs.get(key);
			JsonNode b = ours.get(key);
			if (a.isFloatingPointNumber()) {
				assertEquals(a.doubleValue(), b.doubleValue(), 1e-4 * Math.abs(a.doubleValue()), key);
				// put our value into the reference's text: the layout must then match to the byte
				reference = reference.replace("\"" + key + "\": " + PythonFloats.repr(a.doubleValue()),
						"\"" + key + "\": " + PythonFloats.repr(b.doubleValue()));
			} else {
				assertEquals(a, b, key);
			}
		}
		assertEquals(reference, ran.out());
		assertTrue(Files.isDirectory(root.resolve("sessions/case1/runs").resolve(runId)), "the run_dir printed exists");
	}

	/** The fixture was printed by the reference on torch 1.13, which has no torch.optim.Muon: its fallback Muon. */
	@Test
	void initBasePrintsPretrainLinesAtTheReferenceStepsAndTheSignature() throws IOException {
		Path root = tmp.resolve("fresh-store");
		InProcessCli init = run("--artifacts_root", root.toString(), "init_base", "--pretrain_steps", "3", "--optimizer", "muon_fallback");
		assertEquals(0, init.code(), init.err());
		List<String> ours = init.out().lines().toList();
		List<String> theirs = expected("init_base.stdout").lines().toList();
		assertEquals(theirs.size(), ours.size(), init.out());
		Pattern pretrain = Pattern.compile("\\[pretrain\\] step=(\\d+)/3 loss=(\\d+\\.\\d{6}) elapsed_s=\\d+\\.\\d");
		for (int i = 0; i < 2; i++) {
			Matcher a = pretrain.matcher(theirs.get(i));
			Matcher b = pretrain.matcher(ours.get(i));
			assertTrue(a.matches() && b.matches(), ours.get(i));
			assertEquals(a.group(1), b.group(1), "reported at the same steps");
			double reference = Double.parseDouble(a.group(2));
			assertEquals(reference, Double.parseDouble(b.group(2)), 1e-4 * reference, "loss at step " + a.group(1));
		}
		assertEquals("[base] saved: " + root.resolve("base").resolve("base_checkpoint.pt"), ours.get(2));
		String signature = JSON.readTree(root.resolve("base/base_meta.json").toFile()).get("model_signature").asText();
		assertEquals("[base] model_signature: " + signature, ours.get(3));
	}

	@Test
	void initBaseAcceptsZeroPretrainingStepsAsTheReferenceDoes() throws IOException {
		Path root = tmp.resolve("untrained");
		InProcessCli init = run("--no_progress", "--artifacts_root", root.toString(), "init_base", "--pretrain_steps", "0");
		assertEquals(0, init.code(), init.err());
		List<String> lines = init.out().lines().toList();
		assertEquals(2, lines.size(), "no [pretrain] line without a step: " + init.out());
		assertTrue(lines.get(0).startsWith("[base] saved: ") && lines.get(1).startsWith("[base] model_signature: "), init.out());
		assertTrue(Files.isRegularFile(root.resolve("base/base_checkpoint.pt")));
	}

	/** argparse's abbreviations and Python's number syntax: `none`, `inf`, `1_000`, `--sess`. */
	@Test
	void everyValueTheReferenceAcceptsIsAccepted() throws IOException {
		Path root = case1();
		InProcessCli created = run("--artifacts_root", root.toString(), "new_session", "--sess", "lenient", "--mu", "0.1",
				"--adjust_lr_fn", "none", "--grad_norm_max", "inf", "--state_norm_max", "1E6", "--seed", "1_000", "--chunk", " +16 ");
		assertEquals(0, created.code(), created.err());
		JsonNode cfg = JSON.readTree(Files.readString(root.resolve("sessions/lenient/meta.json")).replace("Infinity", "1e999"))
				.get("plasticity_cfg");
		assertTrue(cfg.get("adjust_lr_fn").isNull(), "none is stored as null, as the reference does");
		assertTrue(Files.readString(root.resolve("sessions/lenient/meta.json")).contains("\"grad_norm_max\": Infinity"));
		assertEquals(16, cfg.get("chunk").asInt());
		InProcessCli ambiguous = run("--artifacts_root", root.toString(), "run_session", "--s", "lenient");
		assertEquals(2, ambiguous.code());
		assertTrue(ambiguous.err().contains("ambiguous option: --s could match --session_id, --steps, --seed"), ambiguous.err());
	}

	/** Python's '%.6f' is the exact binary value rounded half to even; Java's %.6f is not. Judged by Python itself. */
	@Test
	void fixedPointFormattingIsPythons() throws IOException {
		TorchOracle.requireTorch(); // the same interpreter; plain Python is enough here
		double[] values = { 0.125, 2.675, 0.1632665, 0.163267, -0.0, 1e-7, -1e-7, 123456.5, 91.90871429443359, 0.05,
				1.0000005, 2.5e-7, 7.5e-7, 1e300, 0.0 };
		StringBuilder code = new StringBuilder("import json,sys\nvals=json.load(sys.stdin)\nprint(json.dumps([[f'{v:.6f}', f'{v:.1f}'] for v in vals]))\n");
		List<Double> input = new ArrayList<>();
		for (double v : values) {
			input.add(v);
		}
		// -0.0 does not survive JSON as a negative zero: ask for it separately
		JsonNode python = TorchOracle.call(code.toString(), input);
		for (int i = 0; i < values.length; i++) {
			if (values[i] == 0 && 1 / values[i] < 0) {
				assertEquals("-0.000000", PythonFloats.fixed(values[i], 6));
				continue;
			}
			assertEquals(python.get(i).get(0).asText(), PythonFloats.fixed(values[i], 6), "%.6f of " + values[i]);
			assertEquals(python.get(i).get(1).asText(), PythonFloats.fixed(values[i], 1), "%.1f of " + values[i]);
		}
	}

	private static JsonNode metricsJson(String stdout) throws IOException {
		int start = stdout.indexOf("[metrics] ");
		assertTrue(start >= 0, stdout);
		return JSON.readTree(stdout.substring(start + "[metrics] ".length()));
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			names.add(it.next().getKey());
		}
		return names;
	}
}
