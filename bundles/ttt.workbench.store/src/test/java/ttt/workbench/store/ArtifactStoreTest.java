package ttt.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;
import ttt.workbench.test.support.Fixtures;

/** Opening real stores, rewriting every file byte for byte, and keeping index.json a faithful cache. */
class ArtifactStoreTest {

	@TempDir
	Path tmp;

	private Path copyOfTorch291() throws Exception {
		return Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
	}

	@Test
	void torch291FixtureOpensCleanWithItsTree() throws Exception {
		Path root = copyOfTorch291();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Store model = store.model();
			assertEquals(List.of(), model.getProblems().stream().map(p -> p.getPath() + ": " + p.getMessage()).toList());
			Session s1 = model.findSession("s1");
			Session s1b = model.findSession("s1b");
			assertSame(s1, s1b.getParent());
			assertEquals(List.of(s1b), s1.getChildren());
			assertEquals(1, s1b.getDepth());
			assertEquals(List.of(s1), model.getRootSessions());
			assertEquals(1, s1.getRuns().size());
			Run run = s1.getRuns().get(0);
			assertEquals("s1_1768677462_seed2", run.getId());
			assertEquals(96, run.getSteps());
			assertEquals(2, run.getSeed());
			// the reference's jsonl has no run_id: its three events are attributed to the only run by order
			assertEquals(3, s1.getEvents().size());
			assertEquals(3, run.getEvents().size());
			assertEquals(List.of(UpdateStatus.COMMIT, UpdateStatus.ROLLBACK_GRAD_NORM, UpdateStatus.ROLLBACK_GRAD_NORM),
					run.getEvents().stream().map(UpdateEvent::getStatus).toList());
			assertNull(s1b.getMetrics().getRunId(), "s1b has not run: its metrics only say 'session created'");
			assertEquals("session created", s1b.getMetrics().getNotes());
		}
	}

	@Test
	void rewritingEveryJsonFileOfTheFixtureReproducesItsBytes() throws Exception {
		Path root = copyOfTorch291();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			for (Session s : store.model().getSessions()) {
				Path meta = store.layout().sessionMeta(s.getId());
				byte[] before = Files.readAllBytes(meta);
				store.writer().writeSessionMeta(s);
				assertArrayEquals(before, Files.readAllBytes(meta), meta.toString());
				Path metrics = store.layout().sessionMetrics(s.getId());
				before = Files.readAllBytes(metrics);
				store.writer().writeSessionMetrics(s.getId(), s.getMetrics());
				assertArrayEquals(before, Files.readAllBytes(metrics), metrics.toString());
			}
			Run run = store.model().findSession("s1").getRuns().get(0);
			Path events = store.layout().runDir("s1", run.getId()).resolve(StoreLayout.RUN_EVENTS);
			StringBuilder array = new StringBuilder();
			com.fasterxml.jackson.databind.node.ArrayNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
			for (UpdateEvent e : run.getEvents()) {
				node.add(UpdateEventCodec.write(e, false));
			}
			array.append(PythonJsonWriter.pretty(node));
			assertEquals(Files.readString(events), array.toString());
		}
	}

	@Test
	void missingIndexIsRebuiltExactlyAsTheReferenceWroteIt() throws Exception {
		Path root = copyOfTorch291();
		Path index = root.resolve("sessions/index.json");
		byte[] original = Files.readAllBytes(index);
		Files.delete(index);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertArrayEquals(original, Files.readAllBytes(index));
		}
	}

	@Test
	void staleIndexIsRebuiltAndACurrentOneIsLeftAlone() throws Exception {
		Path root = copyOfTorch291();
		Path index = root.resolve("sessions/index.json");
		byte[] original = Files.readAllBytes(index);
		String stale = new String(original, StandardCharsets.UTF_8).replace("\"mu\": 0.12", "\"mu\": 0.2");
		Files.writeString(index, stale);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertArrayEquals(original, Files.readAllBytes(index));
			assertTrue(store.repairIndexIfStale().isEmpty(), "a rebuilt index is current");
		}
		long modified = Files.getLastModifiedTime(index).toMillis();
		Thread.sleep(20);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertEquals(modified, Files.getLastModifiedTime(index).toMillis(), "a current index must not be rewritten");
		}
	}

	@Test
	void unknownTopLevelKeysSurviveARewrite() throws Exception {
		Path root = copyOfTorch291();
		Path meta = root.resolve("sessions/s1b/meta.json");
		String withExtra = Files.readString(meta).replaceFirst("\\{", "{\n  \"zz_lab_notebook\": {\"page\": 12, \"tags\": [\"μ\", 2.5]},");
		Files.writeString(meta, withExtra);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s1b = store.model().findSession("s1b");
			s1b.setForkNote("tried a higher lr");
			store.writer().writeSessionMeta(s1b);
		}
		var json = PythonJsonReader.parse(Files.readAllBytes(meta), meta);
		assertEquals(12, json.get("zz_lab_notebook").get("page").intValue());
		assertEquals("μ", json.get("zz_lab_notebook").get("tags").get(0).textValue());
		assertEquals("tried a higher lr", json.get(SessionMetaCodec.FORK_NOTE_KEY).textValue());
		assertEquals(6, json.get("model_cfg").size(), "never a key added inside model_cfg");
		assertEquals(11, json.get("plasticity_cfg").size(), "never a key added inside plasticity_cfg");
	}

	@Test
	void anUnknownKeyInsidePlasticityCfgIsAProblemNotACrash() throws Exception {
		Path root = copyOfTorch291();
		Path meta = root.resolve("sessions/s1b/meta.json");
		Files.writeString(meta, Files.readString(meta).replace("\"lr\": 0.005,", "\"lr\": 0.005,\n    \"warmup\": 3,"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			assertNull(store.model().findSession("s1b"));
			assertTrue(store.model().getProblems().stream().anyMatch(p -> p.getPath().equals("sessions/s1b/meta.json")
					&& p.getMessage().contains("unknown key 'plasticity_cfg.warmup'")), "problems: " + store.model().getProblems());
			assertFalse(store.model().findSession("s1") == null, "the rest of the store still opens");
		}
	}

	@Test
	void runMetricsWrittenForEveryRunEqualTheSessionsLatest() throws Exception {
		Path root = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("case1"));
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s = store.model().findSession("case1");
			assertTrue(s.getRuns().isEmpty());
			assertEquals("session created", s.getMetrics().getNotes());
			assertEquals("{\n  \"notes\": \"session created\"\n}", PythonJsonWriter.pretty(MetricsCodec.write(s.getMetrics())));
		}
	}
}
