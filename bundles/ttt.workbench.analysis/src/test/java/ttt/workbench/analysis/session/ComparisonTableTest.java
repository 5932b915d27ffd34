package ttt.workbench.analysis.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;

/** The compare table on s1 and its fork s1b: same settings, different parents and runs. */
class ComparisonTableTest {

	@TempDir
	Path tmp;

	@Test
	void rowsSayWhatDiffers() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(Fixtures.torch291(tmp))) {
			List<SessionFacts> items = List.of(SessionFacts.of(store.model().findSession("s1")),
					SessionFacts.of(store.model().findSession("s1b")));
			List<ComparisonTable.Row> rows = ComparisonTable.rows(items);
			Map<String, ComparisonTable.Row> byName = rows.stream().collect(Collectors.toMap(ComparisonTable.Row::name, Function.identity()));
			assertEquals(List.of("— (base)", "s1"), byName.get("parent").values());
			assertTrue(byName.get("parent").differs());
			assertEquals(List.of("0.00500000", "0.00500000"), byName.get("lr").values(), "both meta.json say lr 0.005");
			assertFalse(byName.get("lr").differs());
			assertFalse(byName.get("hidden μ").differs());
			assertEquals(List.of("1", "0"), byName.get("runs").values());
			assertEquals(List.of("344.241", "—"), byName.get("adaptive MSE (mean)").values());
			assertEquals(List.of("1 / 3", "0 / 0"), byName.get("commits / attempts").values());

			List<ComparisonTable.Row> differing = ComparisonTable.filter(rows, true);
			assertTrue(differing.size() < rows.size());
			assertTrue(differing.stream().allMatch(ComparisonTable.Row::differs));
			assertTrue(differing.stream().noneMatch(r -> r.name().equals("lr")));
			assertTrue(differing.stream().anyMatch(r -> r.name().equals("parent")));
			assertEquals(rows, ComparisonTable.filter(rows, false));
		}
	}
}
