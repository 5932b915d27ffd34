package ttt.workbench.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.cli.CliMain;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TreeFingerprint;
import ttt.workbench.test.support.stores.WholeSessions;

/** {@code ttt sweep}, {@code ttt sweep_report}: messages and exit codes, through the real entry point. */
class SweepCliTest {

	@TempDir
	Path tmp;

	record Result(int code, String out, String err) {
	}

	static Result ttt(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int code = CliMain.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void sweepThenReport() throws Exception {
		Path store = Fixtures.case1Store(tmp, "store");
		Path spec = writeSpec(tmp, "s.yaml", "name: cli\nmu: [0.05, 0.2]\nseeds: [1, 2]\nruns: [32]\n");
		Result r = ttt("--artifacts_root", store.toString(), "sweep", "--spec", spec.toString(), "--parallel", "2");
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().startsWith("sweep cli: 4 of 4 points done (4 now, 0 before), 0 failed, 0 not run"), r.out());
		assertTrue(r.err().contains("sweep cli: 4 points, 0 done before, 4 to make (engine local, 2 at once)"), r.err());
		assertTrue(r.err().contains("100% 4/4"), "progress bar on stderr: " + r.err());
		// again: nothing to do, still success
		r = ttt("--artifacts_root", store.toString(), "--no_progress", "sweep", "--spec", spec.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().contains("(0 now, 4 before)"), r.out());

		r = ttt("--artifacts_root", store.toString(), "sweep_report", "--name", "cli");
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().contains("cli-0003") && r.out().contains("configurations"), r.out());
		r = ttt("--artifacts_root", store.toString(), "sweep_report", "--name", "cli", "--format", "json");
		assertEquals(0, r.code(), r.err());
		JsonNode json = new ObjectMapper().readTree(r.out());
		assertEquals(4, json.get("points").size());
		assertEquals(2, json.get("configurations").size());
		r = ttt("--artifacts_root", store.toString(), "sweep_report", "--name", "cli", "--format", "csv");
		assertEquals(0, r.code(), r.err());
		assertEquals(1 + 4 + 2, r.out().split("\n").length);
		r = ttt("--artifacts_root", store.toString(), "sweep_report", "--name", "nosuch");
		assertEquals(1, r.code());
		assertTrue(r.err().contains("no sweep \"nosuch\""), r.err());
	}

	@Test
	void invalidSpecIsExitOneWithLocatedMessagesAndNothingWritten() throws Exception {
		Path store = Fixtures.case1Store(tmp, "store");
		Map<String, String> before = TreeFingerprint.of(store);
		Path spec = writeSpec(tmp, "bad.yaml", "name: b\nruns: [32]\nmu: [0.5, 7]\nfrob: 1\n");
		Result r = ttt("--artifacts_root", store.toString(), "sweep", "--spec", spec.toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains(spec + ":4:1: unknown key 'frob'"), r.err());
		assertTrue(r.err().contains(spec + ":3:11: 'mu' must be in (0, 1), found 7.0"), r.err());
		assertTrue(r.err().contains("the sweep spec has 2 problems; nothing was written"), r.err());
		assertEquals(before, TreeFingerprint.of(store));
		r = ttt("--artifacts_root", store.toString(), "sweep", "--spec", tmp.resolve("missing.yaml").toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains("cannot read the spec"), r.err());
	}

	@Test
	void usageErrorsAreExitTwo() throws Exception {
		Path store = Fixtures.case1Store(tmp, "store");
		Result r = ttt("--artifacts_root", store.toString(), "sweep");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("the following arguments are required: --spec"), r.err());
		Path spec = writeSpec(tmp, "s.yaml", "name: u\nruns: [8]\n");
		r = ttt("--artifacts_root", store.toString(), "sweep", "--spec", spec.toString(), "--parallel", "0");
		assertEquals(2, r.code());
		r = ttt("--artifacts_root", store.toString(), "sweep", "--spec", spec.toString(), "--engine", "mars");
		assertEquals(2, r.code());
		r = ttt("--artifacts_root", store.toString(), "sweep_report");
		assertEquals(2, r.code());
	}

	@Test
	void sparkEngineWithoutTheClusterJarIsExplained() throws Exception {
		Path store = Fixtures.case1Store(tmp, "store");
		Path spec = writeSpec(tmp, "s.yaml", "name: sp\nruns: [8]\n");
		Result r = ttt("--artifacts_root", store.toString(), "sweep", "--spec", spec.toString(), "--engine", "spark");
		assertEquals(1, r.code());
		assertTrue(r.err().contains("spark-submit"), r.err());
		assertTrue(!Files.exists(store.resolve("sweeps")));
	}

	/** A real process interrupted with SIGINT (Ctrl-C): exit 130, only whole points in sessions/, then resumable. */
	@Test
	void ctrlCStopsAfterThePointsInFlight() throws Exception {
		Path store = Fixtures.case1Store(tmp, "store");
		Path spec = writeSpec(tmp, "s.yaml", "name: k\nmu: {uniform: [0.02, 0.25]}\nsamples: 30\nseeds: [1]\nruns: [3000, 3000]\n");
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CliMain.class.getName(), "--artifacts_root", store.toString(), "--no_progress",
				"sweep", "--spec", spec.toString(), "--parallel", "2"));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (countSessions(store, "k-") < 1 && System.nanoTime() < deadline && p.isAlive()) {
			Thread.sleep(50);
		}
		assertTrue(p.isAlive(), "the sweep ended before it could be interrupted: " + Files.readString(tmp.resolve("log.txt")));
		new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		assertEquals(130, p.exitValue(), Files.readString(tmp.resolve("log.txt")));
		long made = countSessions(store, "k-");
		assertTrue(made >= 1 && made < 30, "stopped early: " + made);
		WholeSessions.assertOnly(store, 2);
		Result r = ttt("--artifacts_root", store.toString(), "--no_progress", "sweep", "--spec", spec.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().contains("30 of 30 points done (" + (30 - made) + " now, " + made + " before)"), r.out());
	}

	private static long countSessions(Path store, String prefix) throws java.io.IOException {
		try (Stream<Path> s = Files.list(store.resolve("sessions"))) {
			return s.filter(x -> x.getFileName().toString().startsWith(prefix)).count();
		}
	}

	private static Path writeSpec(Path dir, String fileName, String text) throws java.io.IOException {
		Path f = dir.resolve(fileName);
		Files.writeString(f, text);
		return f;
	}
}
