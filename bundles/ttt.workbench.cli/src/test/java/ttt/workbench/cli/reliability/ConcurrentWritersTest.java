package ttt.workbench.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.cli.CliMain;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.test.support.Fixtures;

/**
 * Two programs writing one store at once (the workbench's jobs and a command line; here two command-line
 * processes): nothing is lost, and when both want the same thing the loser is told why.
 */
class ConcurrentWritersTest {

	@TempDir
	Path tmp;

	private record Outcome(int code, String output) {
	}

	private Path store() throws Exception {
		Path root = CrashConsistencyTest.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("store"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			NewSession.run(store, new NewSession.Request("other", 0.2, EnvMode.LINEAR, 3, StoreFactory.eINSTANCE.createPlasticityConfig(), null));
		}
		return root;
	}

	private static Process start(Path root, String... args) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CliMain.class.getName(), "--no_progress", "--artifacts_root", root.toString()));
		cmd.addAll(List.of(args));
		return new ProcessBuilder(cmd).redirectErrorStream(true).start();
	}

	private static Outcome finish(Process p) throws Exception {
		assertTrue(p.waitFor(3, TimeUnit.MINUTES), "a writer hung");
		return new Outcome(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void runsOnDifferentSessionsProceedInParallelAndLoseNothing() throws Exception {
		Path root = store();
		Process a = start(root, "run_session", "--session_id", "case1", "--steps", "800", "--seed", "1");
		Process b = start(root, "run_session", "--session_id", "other", "--steps", "800", "--seed", "2");
		Outcome oa = finish(a);
		Outcome ob = finish(b);
		assertEquals(0, oa.code(), oa.output());
		assertEquals(0, ob.code(), ob.output());
		StoreCheck.Report report = StoreCheck.check(root);
		assertTrue(report.clean(), report.problems().toString());
		assertEquals(1, report.store().findSession("case1").getRuns().size());
		assertEquals(1, report.store().findSession("other").getRuns().size());
		assertTrue(report.store().getSessions().stream().allMatch(s -> s.getLastRunAtUnix() != null), "both runs reached their metas");
	}

	@Test
	void aForkDuringARunOfItsParentGetsTheWeightsFromBeforeOrAfterNeverAMix() throws Exception {
		Path root = store();
		StoreLayout layout = new StoreLayout(root);
		PlasticState before = PlasticState.read(layout.plasticState("case1"));
		Process run = start(root, "run_session", "--session_id", "case1", "--steps", "3000", "--seed", "4");
		Thread.sleep(400);
		Process fork = start(root, "fork_session", "--parent_session_id", "case1", "--child_session_id", "mid-run");
		Outcome or = finish(run);
		Outcome of = finish(fork);
		assertEquals(0, or.code(), or.output());
		assertEquals(0, of.code(), of.output());
		PlasticState after = PlasticState.read(layout.plasticState("case1"));
		PlasticState child = PlasticState.read(layout.plasticState("mid-run"));
		assertTrue(child.equals(before) || child.equals(after), "the child holds the parent's weights from before or after its run");
		assertTrue(StoreCheck.check(root).clean());
	}

	@Test
	void twoForksWithTheSameChildIdLetOneWinAndTellTheOtherWhy() throws Exception {
		Path root = store();
		Process a = start(root, "fork_session", "--parent_session_id", "case1", "--child_session_id", "twin");
		Process b = start(root, "fork_session", "--parent_session_id", "other", "--child_session_id", "twin");
		List<Outcome> outcomes = List.of(finish(a), finish(b));
		assertEquals(1, outcomes.stream().filter(o -> o.code() == 0).count(), outcomes.toString());
		Outcome loser = outcomes.stream().filter(o -> o.code() != 0).findFirst().orElseThrow();
		assertEquals(1, loser.code());
		assertTrue(loser.output().contains("a session with id \"twin\" already exists"), loser.output());
		assertTrue(StoreCheck.check(root).clean());
		assertTrue(Files.isRegularFile(root.resolve("sessions/twin/meta.json")));
	}
}
