package ttt.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.test.support.TreeFingerprint;

/**
 * {@code ttt make_demo_store} with the real engine: the store it writes shows each phenomenon the product exists for,
 * read back from the written files (per_step.csv, metrics.json, update events, meta.json's note), and the same seed
 * gives the same files.
 */
class MakeDemoStoreTest {

	@TempDir
	static Path tmp;

	private static Path demo;
	private static Path again;
	private static InProcessCli made;

	@BeforeAll
	static void makeTheDemoTwice() {
		demo = tmp.resolve("demo");
		again = tmp.resolve("again");
		made = InProcessCli.run("make_demo_store", "--out", demo.toString());
		assertEquals(0, made.code(), made.err());
		InProcessCli second = InProcessCli.run("--no_progress", "make_demo_store", "--out", again.toString(), "--seed", "7");
		assertEquals(0, second.code(), second.err());
	}

	@Test
	void onlineLearningHelpsInFrictionLoAndHurtsInLoLrHighOnTheSameTrajectory() throws IOException {
		PerStep helps = PerStep.read(onlyRun("friction-lo").resolve("per_step.csv"));
		PerStep hurts = PerStep.read(onlyRun("lo-lr-high").resolve("per_step.csv"));
		assertEquals(helps.base, hurts.base, 0.0, "both runs replay the same trajectory from the same base");
		assertEquals(Files.readString(onlyRun("friction-lo").resolve("trajectory.json")),
				Files.readString(onlyRun("lo-lr-high").resolve("trajectory.json")));
		// clearly helps: at least a quarter below the same weights without updates (the first run: session start = base)
		assertTrue(helps.adaptive < 0.75 * helps.sessionStart, helps.toString());
		assertEquals(helps.sessionStart, helps.base, 0.0);
		// clearly hurts: worse than no updates at all
		assertTrue(hurts.adaptive > 2 * hurts.sessionStart, hurts.toString());
		// metrics.json says the same as per_step.csv
		JsonNode m = json(demo.resolve("sessions/friction-lo/metrics.json"));
		assertTrue(m.get("adaptive_mse_mean").asDouble() < m.get("session_no_update_mse_mean").asDouble());
		// run_dir names the run inside the store, not the temporary folder the demo was made in
		assertEquals("sessions/friction-lo/runs/" + m.get("run_id").asText(), m.get("run_dir").asText());
		JsonNode h = json(demo.resolve("sessions/lo-lr-high/metrics.json"));
		assertTrue(h.get("adaptive_mse_mean").asDouble() > h.get("session_no_update_mse_mean").asDouble());
	}

	@Test
	void everyKindOfRollbackHappensInTheRollbacksSession() throws IOException {
		Set<String> kinds = new HashSet<>();
		Path log = demo.resolve("sessions/rollbacks/update_events.jsonl");
		for (String line : Files.readAllLines(log)) {
			kinds.add(PythonJsonReader.parse(line, log).get("status").asText());
		}
		for (String kind : List.of("rollback_loss_regression", "rollback_grad_norm", "rollback_state_norm", "rollback_non_finite")) {
			assertTrue(kinds.contains(kind), "no " + kind + " among " + kinds);
		}
		// each run's own events file agrees with the session's log
		Set<String> inRuns = new HashSet<>();
		for (Path run : runs("rollbacks")) {
			json(run.resolve("update_events.json")).forEach(e -> inRuns.add(e.get("status").asText()));
		}
		assertEquals(kinds, inRuns);
	}

	@Test
	void aForkStartsBelowAFreshSessionOnTheSameTrajectory() throws IOException {
		Path fork = onlyRun("lo-fork-a"), fresh = onlyRun("lo-fresh"), reset = onlyRun("lo-fork-b");
		assertEquals(Files.readString(fork.resolve("trajectory.json")), Files.readString(fresh.resolve("trajectory.json")));
		PerStep inherited = PerStep.read(fork.resolve("per_step.csv"));
		PerStep fromBase = PerStep.read(fresh.resolve("per_step.csv"));
		assertEquals(fromBase.sessionStart, fromBase.base, 0.0, "a fresh root starts at the base");
		// the fork's weights before any update of its own predict this new trajectory far better than a fresh start
		assertTrue(inherited.sessionStart < 0.75 * fromBase.sessionStart, inherited + " vs " + fromBase);
		// resetting the optimizer keeps the inherited weights: the same start
		assertEquals(inherited.sessionStart, PerStep.read(reset.resolve("per_step.csv")).sessionStart, 0.0);
		assertEquals("friction-lo", json(demo.resolve("sessions/lo-fork-a/meta.json")).get("parent_session_id").asText());
	}

	@Test
	void everySessionHasANoteThatSaysWhatItShows() throws IOException {
		Map<String, String> notes = new TreeMap<>();
		try (Stream<Path> sessions = Files.list(demo.resolve("sessions"))) {
			for (Path s : sessions.filter(Files::isDirectory).toList()) {
				JsonNode note = json(s.resolve("meta.json")).get("fork_note");
				assertNotNull(note, s.getFileName() + " has no note");
				assertFalse(note.asText().isBlank());
				notes.put(s.getFileName().toString(), note.asText());
			}
		}
		assertTrue(notes.get("friction-lo").startsWith("Online learning helps here:"), notes.get("friction-lo"));
		assertTrue(notes.get("lo-lr-high").startsWith("Online learning hurts here:"), notes.get("lo-lr-high"));
		assertTrue(notes.get("rollbacks").startsWith("Rollbacks of every kind:"), notes.get("rollbacks"));
		assertTrue(notes.get("lo-fork-a").startsWith("Persistent learning inherited:"), notes.get("lo-fork-a"));
		assertEquals(8, notes.size(), notes.keySet().toString());
		// the command lists each session with its note, and warns about no missing phenomenon
		for (Map.Entry<String, String> e : notes.entrySet()) {
			assertTrue(made.out().contains(e.getValue()), e.getKey() + " missing from:\n" + made.out());
		}
		assertFalse(made.err().contains("warning"), made.err());
	}

	@Test
	void theSameSeedGivesTheSameFilesExceptTimestamps() throws IOException {
		Map<String, String> first = normalisedTree(demo), second = normalisedTree(again);
		assertEquals(first.keySet(), second.keySet());
		List<String> differing = new ArrayList<>();
		first.forEach((path, content) -> {
			if (!content.equals(second.get(path))) {
				differing.add(path);
			}
		});
		assertEquals(List.of(), differing);
		assertTrue(first.size() > 80, "a demo of " + first.size() + " files");
	}

	@Test
	void itRefusesAFolderThatIsNotEmptyAndLeavesNoPartialFolderBehind() throws IOException {
		Map<String, String> before = TreeFingerprint.of(demo);
		InProcessCli refused = InProcessCli.run("make_demo_store", "--out", demo.toString());
		assertEquals(1, refused.code());
		assertTrue(refused.err().contains("exists and is not an empty folder"), refused.err());
		assertEquals(before, TreeFingerprint.of(demo));
		try (Stream<Path> siblings = Files.list(tmp)) {
			assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().contains(".making-")).toList());
		}
	}

	/** Relative path → content, with the run ids' and metas' unix seconds (the only timestamps) replaced. */
	private static Map<String, String> normalisedTree(Path root) throws IOException {
		Pattern runId = Pattern.compile("_\\d{9,}_seed");
		Pattern unix = Pattern.compile("\"(created_at_unix|last_run_at_unix)\": \\d+");
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				String rel = runId.matcher(root.relativize(p).toString()).replaceAll("_T_seed");
				if (rel.startsWith(".locks")) {
					continue; // lock files: taking a lock is not content
				}
				String name = p.getFileName().toString();
				String content;
				if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".csv")) {
					content = unix.matcher(runId.matcher(Files.readString(p, StandardCharsets.UTF_8)).replaceAll("_T_seed"))
							.replaceAll("\"$1\": T");
				} else if (name.endsWith(".png")) {
					content = curveBelowTitle(p); // the title is the run id, with its unix seconds
				} else {
					content = TreeFingerprint.sha256(p);
				}
				files.put(rel, content);
			}
		}
		return files;
	}

	/** The size of the curve image and a hash of its pixels below the title line (baseline 24 px, 14 pt). */
	private static String curveBelowTitle(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		int top = 32;
		int[] pixels = image.getRGB(0, top, image.getWidth(), image.getHeight() - top, null, 0, image.getWidth());
		return image.getWidth() + "x" + image.getHeight() + ":" + Arrays.hashCode(pixels);
	}

	private static JsonNode json(Path p) throws IOException {
		return PythonJsonReader.parse(Files.readAllBytes(p), p); // the store's reader: events may hold Infinity, as Python writes it
	}

	private static List<Path> runs(String session) throws IOException {
		try (Stream<Path> runs = Files.list(demo.resolve("sessions").resolve(session).resolve("runs"))) {
			return runs.sorted().toList();
		}
	}

	private static Path onlyRun(String session) throws IOException {
		List<Path> runs = runs(session);
		assertEquals(1, runs.size(), session + " runs: " + runs);
		return runs.get(0);
	}

	/** The mean of each MSE column of a per_step.csv. */
	private record PerStep(double base, double sessionStart, double adaptive) {

		static PerStep read(Path csv) throws IOException {
			List<String> lines = Files.readAllLines(csv);
			assertEquals("t,base_mse,session_no_update_mse,adaptive_mse,did_update,update_ok", lines.get(0));
			double b = 0, s = 0, a = 0;
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.split(",");
				b += Double.parseDouble(f[1]);
				s += Double.parseDouble(f[2]);
				a += Double.parseDouble(f[3]);
			}
			int n = lines.size() - 1;
			return new PerStep(b / n, s / n, a / n);
		}
	}
}
