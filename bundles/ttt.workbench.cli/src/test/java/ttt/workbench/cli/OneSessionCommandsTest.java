package ttt.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.io.IndexMaintenance;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * {@code show_session}, {@code run_session} and {@code fork_session} open the store from its index and read only the
 * sessions they name: another session's damaged file is not read, so nothing is said about it (a full open would
 * warn), and what they print is what they printed after a full open.
 */
class OneSessionCommandsTest {

	@TempDir
	Path tmp;

	@Test
	void commandsOnOneSessionDoNotReadTheOthers() throws Exception {
		Path root = SyntheticStore.generate(tmp.resolve("store"), 300, 9).root();
		StoreLayout layout = new StoreLayout(root);
		Store full = StoreReader.read(root);
		String target = full.getSessions().stream().filter(s -> s.getParentId() != null).map(Session::getId).sorted().skip(50)
				.findFirst().orElseThrow();
		String other = full.getSessions().stream().filter(s -> s.getParentId() != null).map(Session::getId).sorted().skip(60)
				.findFirst().orElseThrow();
		// the other session's metrics are damaged, in place (the index stays current): a full open would warn about it
		Files.writeString(layout.sessionMetrics(other), "{ not json");
		Files.setLastModifiedTime(layout.sessionMetrics(other), Files.getLastModifiedTime(layout.index()));

		InProcessCli show = InProcessCli.run("--artifacts_root", root.toString(), "show_session", "--session_id", target);
		assertEquals(0, show.code(), show.err());
		assertEquals(PythonJsonWriter.pretty(SessionMetaCodec.write(full.findSession(target))) + "\n", show.out(),
				"the meta as printed after a full open");
		assertEquals("", show.err(), "nothing read of the other sessions, nothing to warn about");

		InProcessCli run = InProcessCli.run("--no_progress", "--artifacts_root", root.toString(), "run_session", "--session_id", target,
				"--steps", "30", "--seed", "4", "--backend", "jvm");
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("[run] session=" + target + " run_id=" + target + "_"), run.out());
		assertFalse(run.err().contains(other), "the damaged session was not read: " + run.err());

		InProcessCli fork = InProcessCli.run("--artifacts_root", root.toString(), "fork_session", "--parent_session_id", target,
				"--child_session_id", "child-of-target");
		assertEquals(0, fork.code(), fork.err());
		Session parent = StoreReader.read(root).findSession(target);
		assertEquals("[session] created: child-of-target\n[session] parent: " + target + "\n[session] root: " + parent.getRootId()
				+ "\n[session] mu: " + ttt.workbench.store.json.PythonFloats.fixed(parent.getMu(), 6) + " env_mode: "
				+ parent.getEnvMode().getLiteral() + "\n", fork.out());
		assertFalse(fork.err().contains(other), "the damaged session was not read: " + fork.err());

		// the store is as procedures on a full read leave it: the index is the one a full rebuild writes
		byte[] index = Files.readAllBytes(layout.index());
		IndexMaintenance.rebuild(StoreReader.read(root));
		assertEquals(new String(Files.readAllBytes(layout.index())), new String(index));

		InProcessCli unknown = InProcessCli.run("--artifacts_root", root.toString(), "show_session", "--session_id", "nobody");
		assertEquals(1, unknown.code());
		assertTrue(unknown.err().contains("unknown session \"nobody\""), unknown.err());
	}
}
