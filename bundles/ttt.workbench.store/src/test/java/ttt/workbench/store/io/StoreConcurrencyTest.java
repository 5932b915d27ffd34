package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.model.Session;

/** Two real processes writing one store at once lose nothing, and the loser of a race gets a clear message. */
class StoreConcurrencyTest {

	@TempDir
	Path tmp;

	private static Process start(Path root, String... children) throws IOException {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), ForkingWriterMain.class.getName(), root.toString(), "s1"));
		cmd.addAll(List.of(children));
		return new ProcessBuilder(cmd).redirectErrorStream(true).start();
	}

	private static List<String> finish(Process p) throws Exception {
		assertTrue(p.waitFor(2, TimeUnit.MINUTES), "writer process hung");
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), out);
		return out.lines().filter(l -> l.startsWith("created") || l.startsWith("refused")).toList();
	}

	@Test
	void twoProcessesForkingDifferentChildrenLoseNothing() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Process a = start(root, "a1", "a2", "a3", "a4", "a5");
		Process b = start(root, "b1", "b2", "b3", "b4", "b5");
		List<String> outA = finish(a);
		List<String> outB = finish(b);
		assertEquals(5, outA.stream().filter(l -> l.startsWith("created")).count(), outA.toString());
		assertEquals(5, outB.stream().filter(l -> l.startsWith("created")).count(), outB.toString());
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertEquals(List.of(), store.model().getProblems());
			assertEquals(12, store.model().getSessions().size());
			Session s1 = store.model().findSession("s1");
			assertEquals(11, s1.getChildren().size(), "s1b and the ten new forks");
			var index = IndexCodec.read(ttt.workbench.store.json.PythonJsonReader.parse(
					java.nio.file.Files.readAllBytes(store.layout().index()), store.layout().index()), store.layout().index());
			assertEquals(12, index.size(), "every fork is in index.json: no lost update");
		}
	}

	@Test
	void twoProcessesForkingTheSameChildIdLetExactlyOneWin() throws Exception {
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Process a = start(root, "twin");
		Process b = start(root, "twin");
		List<String> all = new ArrayList<>(finish(a));
		all.addAll(finish(b));
		assertEquals(1, all.stream().filter(l -> l.equals("created twin")).count(), all.toString());
		String refusal = all.stream().filter(l -> l.startsWith("refused twin")).findFirst().orElseThrow();
		assertTrue(refusal.contains("already exists"), refusal);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertEquals(List.of(), store.model().getProblems());
			assertEquals(3, store.model().getSessions().size());
		}
	}
}
