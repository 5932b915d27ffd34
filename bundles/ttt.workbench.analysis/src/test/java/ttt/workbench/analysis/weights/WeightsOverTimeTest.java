package ttt.workbench.analysis.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateStatus;
import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.stores.MixedUpdatesStore;

/**
 * {@link WeightsOverTime} against an independent reading of the session's files: plain Jackson over
 * {@code update_events.jsonl} (runs in the order the log appends them) and the row count of each run's
 * {@code per_step.csv}.
 */
class WeightsOverTimeTest {

	@TempDir
	static Path tmp;
	static Path root;

	@BeforeAll
	static void makeStore() throws Exception {
		root = MixedUpdatesStore.create(tmp.resolve("mixed"));
	}

	@Test
	void everyUpdateOfEveryRunWithTheNormsItsEventRecords() throws Exception {
		ObjectMapper json = new ObjectMapper();
		List<JsonNode> lines = new ArrayList<>();
		for (String l : Files.readAllLines(root.resolve("sessions/mixed/update_events.jsonl"))) {
			if (!l.isBlank()) {
				lines.add(json.readTree(l));
			}
		}
		Map<String, Long> offsets = new LinkedHashMap<>();
		long offset = 0;
		for (JsonNode l : lines) {
			String run = l.get("run_id").asText();
			if (!offsets.containsKey(run)) {
				offsets.put(run, offset);
				offset += Files.readAllLines(root.resolve("sessions/mixed/runs/" + run + "/per_step.csv")).size() - 1;
			}
		}
		double[] x = new double[lines.size()];
		double[] total = new double[lines.size()];
		double[] wu = new double[lines.size()];
		double[] maxAbs = new double[lines.size()];
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			JsonNode l = lines.get(i);
			JsonNode n = l.get("weight_fro_norms");
			x[i] = offsets.get(l.get("run_id").asText()) + l.get("t").asLong();
			total[i] = Math.sqrt(sq(n.get("W_u")) + sq(n.get("B")) + sq(n.get("W_o")));
			wu[i] = n.get("W_u").asDouble();
			JsonNode m = l.get("weight_max_abs");
			maxAbs[i] = Math.max(m.get("W_u").asDouble(), Math.max(m.get("B").asDouble(), m.get("W_o").asDouble()));
			statuses.add(l.get("status").asText());
		}

		try (ArtifactStore store = ArtifactStore.open(root)) {
			Session s = store.model().findSession(MixedUpdatesStore.SESSION);
			WeightsOverTime w = WeightsOverTime.of(s);
			assertEquals(3, w.runs().size(), "three runs");
			assertEquals(List.copyOf(offsets.keySet()), w.runs().stream().map(WeightsOverTime.RunSpan::runId).toList());
			assertEquals(List.copyOf(offsets.values()), w.runs().stream().map(WeightsOverTime.RunSpan::startX).toList(),
					"each run starts where the ones before it end");
			assertEquals(0, w.withoutNorms());
			assertArrayEquals(x, w.x());
			assertArrayEquals(total, w.froTotal(), 1e-12);
			assertArrayEquals(wu, w.fro(0));
			assertArrayEquals(maxAbs, w.maxAbs());
			assertEquals(statuses, w.points().stream().map(p -> p.status().getLiteral()).toList());
			assertTrue(w.hasMaxAbs());
			for (UpdateStatus kind : List.of(UpdateStatus.COMMIT, UpdateStatus.ROLLBACK_GRAD_NORM, UpdateStatus.ROLLBACK_LOSS_REGRESSION,
					UpdateStatus.ROLLBACK_STATE_NORM)) {
				assertFalse(w.withStatus(kind).isEmpty(), "the mixed session has " + kind.getLiteral());
			}
			WeightsOverTime.Point p = w.nearest(x[x.length - 1] + 0.4);
			assertEquals(lines.size() - 1, p.index());
			String hover = WeightsOverTime.describe(p);
			assertTrue(hover.contains("run " + p.runId()) && hover.contains("step " + p.t()) && hover.contains("max |w|"), hover);
		}
	}

	@Test
	void eventsTheReferenceWroteCarryNoNormsAndAreCounted() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("fixture")))) {
			WeightsOverTime w = WeightsOverTime.of(store.model().findSession("s1"));
			assertTrue(w.isEmpty());
			assertEquals(3, w.withoutNorms(), "the fixture run's three events");
			assertEquals(1, w.runs().size());
		}
	}

	private static double sq(JsonNode v) {
		return v.asDouble() * v.asDouble();
	}
}
