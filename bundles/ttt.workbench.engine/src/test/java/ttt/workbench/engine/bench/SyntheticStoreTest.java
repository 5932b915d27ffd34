package ttt.workbench.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Session;

class SyntheticStoreTest {

	@TempDir
	Path dir;

	@Test
	void generatedStoreIsCleanAndItsIndexMatchesTheMetas() throws Exception {
		Path root = dir.resolve("store");
		SyntheticStore.Result r = SyntheticStore.generate(root, 400, 7);
		assertEquals(400, r.sessions());

		StoreCheck.Report report = StoreCheck.check(root);
		assertTrue(report.clean(), () -> "problems: " + report.problems().stream().map(p -> p.getPath() + ": " + p.getMessage())
				.collect(Collectors.joining("\n")));
		assertEquals(400, report.store().getSessions().size());

		// index.json lists exactly the sessions, each with the summary of its meta
		StoreLayout layout = new StoreLayout(root);
		Map<String, JsonNode> index = IndexCodec.read(PythonJsonReader.parse(Files.readString(layout.index()), layout.index()), layout.index());
		assertEquals(400, index.size());
		for (Session s : report.store().getSessions()) {
			assertEquals(PythonJsonWriter.compact(IndexCodec.summary(s)), PythonJsonWriter.compact(index.get(s.getId())), s.getId());
		}

		// a forest: six roots, forks at most 12 deep, varied fan-outs, and some sessions with runs and update events
		long roots = report.store().getSessions().stream().filter(s -> s.getParent() == null).count();
		assertEquals(SyntheticStore.ROOTS, roots);
		int deepest = report.store().getSessions().stream().mapToInt(Session::getDepth).max().orElseThrow();
		assertEquals(r.maxDepth(), deepest);
		assertTrue(deepest >= 6 && deepest <= SyntheticStore.MAX_DEPTH, "depth " + deepest);
		Map<Integer, Long> fanOuts = report.store().getSessions().stream()
				.collect(Collectors.groupingBy(s -> s.getChildren().size(), TreeMap::new, Collectors.counting()));
		assertTrue(fanOuts.size() >= 5, "fan-outs " + fanOuts);
		assertEquals(4, report.store().getSessions().stream().mapToInt(s -> s.getRuns().size()).sum());
		assertTrue(report.store().getSessions().stream().anyMatch(s -> !s.getEvents().isEmpty()));
	}

	@Test
	void theSameSeedGivesTheSameTree() throws Exception {
		Map<String, String> a = parents(SyntheticStore.generate(dir.resolve("a"), 60, 3).root());
		Map<String, String> b = parents(SyntheticStore.generate(dir.resolve("b"), 60, 3).root());
		Map<String, String> c = parents(SyntheticStore.generate(dir.resolve("c"), 60, 4).root());
		assertEquals(a, b);
		assertTrue(!a.equals(c), "another seed, another tree");
	}

	private static Map<String, String> parents(Path root) throws Exception {
		StoreLayout layout = new StoreLayout(root);
		Map<String, String> parents = new HashMap<>();
		IndexCodec.read(PythonJsonReader.parse(Files.readString(layout.index()), layout.index()), layout.index())
				.forEach((id, e) -> parents.put(id, e.get("parent_session_id").asText()));
		return parents;
	}
}
