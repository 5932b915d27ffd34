package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.pt.PlasticState;

/** An interrupted run commit: readers see it completed, and rolling it forward makes the files say so, once. */
class RunJournalTest {

	@TempDir
	Path tmp;

	private static final String RUN = "s1b_1768680000_seed9";

	/** s1b "ran": its complete run folder landed, then the writer died after half an append. */
	private Path interruptedCommit() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		StoreLayout layout = new StoreLayout(root);
		Path source = layout.runDir("s1", "s1_1768677462_seed2");
		Path run = layout.runDir("s1b", RUN);
		Files.createDirectories(run);
		for (String f : List.of("per_step.csv", "update_events.json")) {
			Files.copy(source.resolve(f), run.resolve(f));
		}
		Files.writeString(run.resolve("metrics.json"),
				Files.readString(layout.sessionMetrics("s1")).replace("s1_1768677462_seed2", RUN));
		Files.copy(layout.plasticState("s1"), run.resolve("plastic_state.pt")); // different from s1b's? equal bytes: use s1's optim
		Files.copy(layout.optimState("s1"), run.resolve("optim_state.pt"));
		Files.delete(layout.plasticState("s1b"));
		Files.copy(layout.plasticState("s1"), layout.plasticState("s1b"));
		RunJournal.begin(root, "s1b", RUN, 1768680001L);
		Files.writeString(layout.eventsLog("s1b"), "{\"grad_norm\": 5.3, \"post_lo", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		return root;
	}

	@Test
	void readersSeeTheSessionAfterTheRunWithoutATornLine() throws Exception {
		Path root = interruptedCommit();
		Store store = StoreReader.read(root);
		assertTrue(store.getProblems().stream().allMatch(p -> p.getSeverity() == ProblemSeverity.INFO), store.getProblems().toString());
		Session s1b = store.findSession("s1b");
		assertEquals(RUN, s1b.getMetrics().getRunId());
		assertEquals(1768680001.0, s1b.getLastRunAtUnix());
		assertEquals(3, s1b.findRun(RUN).getEvents().size(), "the run's events come from its folder, not the torn log");
	}

	@Test
	void rollingForwardCompletesTheFilesAndIsIdempotent() throws Exception {
		Path root = interruptedCommit();
		StoreLayout layout = new StoreLayout(root);
		assertTrue(RunJournal.recover(root, "s1b"));
		assertFalse(RunJournal.recover(root, "s1b"), "nothing left to do the second time");
		List<String> log = Files.readAllLines(layout.eventsLog("s1b"));
		assertEquals(3, log.size(), "exactly the run's three events, the torn half-line gone");
		assertTrue(log.stream().allMatch(l -> l.contains("\"run_id\": \"" + RUN + "\"")));
		assertEquals(PlasticState.read(layout.runDir("s1b", RUN).resolve("plastic_state.pt")), PlasticState.read(layout.plasticState("s1b")));
		Store store = StoreReader.read(root);
		assertEquals(List.of(), store.getProblems().stream().map(p -> p.getMessage()).toList());
		assertEquals(RUN, store.findSession("s1b").getMetrics().getRunId());
		assertEquals(1768680001.0, store.findSession("s1b").getLastRunAtUnix());
	}

	@Test
	void anIntentWhoseRunNeverLandedIsDropped() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		byte[] meta = Files.readAllBytes(new StoreLayout(root).sessionMeta("s1b"));
		RunJournal.begin(root, "s1b", "s1b_1768680000_seed1", 1768680001L);
		assertEquals(List.of(), StoreReader.read(root).getProblems(), "before the commit point nothing happened");
		assertTrue(RunJournal.recover(root, "s1b"));
		assertEquals(List.of(), RunJournal.pendingSessions(root));
		assertTrue(java.util.Arrays.equals(meta, Files.readAllBytes(new StoreLayout(root).sessionMeta("s1b"))), "the session is untouched");
	}
}
