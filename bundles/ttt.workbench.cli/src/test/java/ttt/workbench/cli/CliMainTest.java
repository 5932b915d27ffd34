package ttt.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.signature.Signatures;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TreeFingerprint;

/** The command line as a user meets it: exit codes, messages, and a store left alone when something is wrong. */
class CliMainTest {

	@TempDir
	Path tmp;

	private static InProcessCli run(String... args) {
		return InProcessCli.run(args);
	}

	private Path store() throws IOException {
		return Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
	}

	private static Map<String, String> fingerprint(Path root) throws IOException {
		return TreeFingerprint.of(root);
	}

	@Test
	void usageErrorsExitWithTwoAndSayWhatIsWrongAsArgparseDoes() {
		InProcessCli bad = run("run_session", "--session_id", "x", "--steps", "many");
		assertEquals(2, bad.code());
		assertTrue(bad.err().contains("ttt: error: argument --steps: invalid int value: 'many'"), bad.err());
		InProcessCli unknownFlag = run("list_sessions", "--colour", "red");
		assertEquals(2, unknownFlag.code());
		assertTrue(unknownFlag.err().contains("unrecognized arguments: --colour red"), unknownFlag.err());
		InProcessCli missing = run("fork_session", "--parent_session_id", "a");
		assertEquals(2, missing.code());
		assertTrue(missing.err().contains("the following arguments are required: --child_session_id"), missing.err());
		InProcessCli noCommand = run();
		assertEquals(2, noCommand.code());
		InProcessCli badChoice = run("new_session", "--session_id", "a", "--env_mode", "quadratic");
		assertTrue(badChoice.err().contains("invalid choice: 'quadratic'"), badChoice.err());
	}

	@Test
	void failuresExitWithOneNameTheProblemAndLeaveTheStoreAlone() throws Exception {
		Path root = store();
		Map<String, String> before = fingerprint(root);
		InProcessCli unknown = run("--artifacts_root", root.toString(), "run_session", "--session_id", "nobody");
		assertEquals(1, unknown.code());
		assertTrue(unknown.err().contains("unknown session \"nobody\""), unknown.err());
		InProcessCli exists = run("--artifacts_root", root.toString(), "fork_session", "--parent_session_id", "case1",
				"--child_session_id", "case1");
		assertEquals(1, exists.code());
		assertTrue(exists.err().contains("already exists"), exists.err());
		Path badActions = tmp.resolve("actions.csv");
		Files.writeString(badActions, "ax,ay\n0.1,0.2\n0.3\n");
		InProcessCli actions = run("--artifacts_root", root.toString(), "run_session", "--session_id", "case1", "--actions_csv",
				badActions.toString());
		assertEquals(1, actions.code());
		assertTrue(actions.err().contains("actions.csv") && actions.err().contains("line 3"), actions.err());
		InProcessCli noStore = run("--artifacts_root", tmp.resolve("nowhere").toString(), "show_session", "--session_id", "case1");
		assertEquals(1, noStore.code());
		assertTrue(noStore.err().contains("no artifact store at"), noStore.err());
		assertEquals(before, fingerprint(root));
	}

	@Test
	void aReplayedRunPrintsItsSummaryAndListSessionsShowsTheTree() throws Exception {
		Path root = store();
		InProcessCli ran = run("--no_progress", "--artifacts_root", root.toString(), "run_session", "--session_id", "case1",
				"--actions_csv", Fixtures.case1().resolve("actions.csv").toString(), "--backend", "jvm");
		assertEquals(0, ran.code(), ran.err());
		assertTrue(ran.err().contains("600 steps, 18 updates (2 committed, 16 rolled back)"), "the summary is on stderr: " + ran.err());
		assertTrue(ran.out().startsWith("[run] session=case1 run_id=case1_"), "stdout is the reference's: " + ran.out());
		InProcessCli fork = run("--artifacts_root", root.toString(), "fork_session", "--parent_session_id", "case1", "--child_session_id",
				"case1-b", "--reset_optimizer", "1");
		assertEquals(0, fork.code(), fork.err());
		InProcessCli list = run("--artifacts_root", root.toString(), "list_sessions", "--format", "table");
		assertEquals(0, list.code(), list.err());
		String[] lines = list.out().split("\n");
		assertTrue(lines[1].startsWith("case1 "), list.out());
		assertTrue(lines[2].startsWith("  case1-b "), "the fork is indented under its parent: " + list.out());
		InProcessCli show = run("--artifacts_root", root.toString(), "show_session", "--session_id", "case1", "--format", "table");
		assertTrue(show.out().contains("\"updates_committed\": 2"), show.out());
		assertTrue(show.out().contains("children: case1-b"), show.out());
	}
}
