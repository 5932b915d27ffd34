package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.analysis.layout.TreeLayoutEngine;
import ttt.workbench.analysis.layout.TreeNodeSpec;
import ttt.workbench.analysis.live.SweepStatus;
import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.test.support.Fixtures;

/**
 * {@link TreeContent#build} folds on bare ids and makes labels, cues and looks only for the nodes left on screen (a
 * folded store of 100,000 sessions shows a handful). What it shows must be exactly what the whole pipeline gives: every
 * session labelled, coloured and laid out, then folded ({@link StoreLineage#nodes}, {@link NodeColoring}, and a plain
 * fold of the node list written apart from the code under test, {@link ReferenceFold}) — the same boxes, edges, looks with their hidden counts, legend and header, in every colour mode and
 * fold, on the reference's store, on generated stores (summaries, partly and fully loaded) and on a store with sweeps.
 */
class TreeContentFoldFirstTest {

	private static final double NOW = 2e9;

	@TempDir
	Path tmp;

	/** What the Session Tree showed before folding came first: every node made, then folded. */
	private static TreeContent.Shown everyNodeThenFold(Store model, ColorMode mode, Set<String> collapsed,
			Function<String, SweepStatus> sweeps) {
		List<Session> sessions = new ArrayList<>(model.getSessions());
		NodeColoring.Result coloring = NodeColoring.color(sessions, mode, NOW);
		List<TreeNodeSpec> all = StoreLineage.nodes(model, coloring.cues(), sweeps);
		FoldedSpecs.Visible visible = ReferenceFold.fold(all, collapsed);
		LaidOutTree tree = new TreeLayoutEngine(32).layout(visible.nodes());
		Map<String, NodeLook> looks = new HashMap<>(coloring.looks());
		all.stream().map(TreeNodeSpec::id).filter(SweepGroups::isGroup)
				.forEach(id -> looks.put(id, new NodeLook(new Shade(234, 228, 248), new Shade(105, 80, 160), 2, false, 0)));
		visible.hiddenCounts().forEach((id, n) -> looks.computeIfPresent(id, (k, look) -> look.withHidden(n)));
		return new TreeContent.Shown(tree, looks, coloring.legend(), null);
	}

	/** Builds {@code content} as it is folded now, and checks it against the whole pipeline on the same fold. */
	private static TreeContent.Shown assertSameAsEveryNode(TreeContent content, Function<String, SweepStatus> sweeps, String what) {
		TreeContent.Shown shown = content.build(NOW);
		TreeContent.Shown expected = everyNodeThenFold(content.model(), content.colorMode(), content.collapsedIds(), sweeps);
		ShownAssert.same(expected, shown, what + " (" + content.colorMode() + ", " + content.collapsedIds().size() + " folded)");
		return shown;
	}

	/** Every colour mode, folded as opened, everything open, one inner subtree folded, and folded again. */
	private static void everyModeAndFold(Store model, Function<String, SweepStatus> sweeps, String what) {
		for (ColorMode mode : ColorMode.values()) {
			TreeContent content = new TreeContent(model, "store", sweeps, 4);
			content.setColorMode(mode);
			TreeContent.Shown opened = assertSameAsEveryNode(content, sweeps, what + " as opened");
			String header = opened.header();
			content.expandAll();
			assertSameAsEveryNode(content, sweeps, what + " expanded");
			// an inner session with forks, and one of its ancestors: a fold inside a fold
			Session inner = model.getSessions().stream().filter(s -> s.getParent() != null && !s.getChildren().isEmpty())
					.reduce((a, b) -> b.getDepth() > a.getDepth() ? b : a).orElse(null);
			if (inner != null) {
				content.toggle(inner.getId());
				assertSameAsEveryNode(content, sweeps, what + " one subtree folded");
				content.toggle(inner.getParent().getId());
				assertSameAsEveryNode(content, sweeps, what + " nested folds");
			}
			content.collapseAll();
			assertEquals(header.replaceAll(", \\d+ collapsed", ""), content.build(NOW).header().replaceAll(", \\d+ collapsed", ""),
					what + ": the header names the store, its sessions and sweeps");
			assertSameAsEveryNode(content, sweeps, what + " folded again");
		}
	}

	@Test
	void theReferenceStoreShowsWhatEveryNodeGave() throws Exception {
		try (ArtifactStore store = ArtifactStore.open(Fixtures.torch291(tmp))) {
			everyModeAndFold(store.model(), name -> null, "torch291");
		}
	}

	@Test
	void generatedStoresShowWhatEveryNodeGaveAsSummariesAndLoaded() throws Exception {
		SyntheticStore.Result generated = SyntheticStore.generate(tmp.resolve("store"), 700, 7);
		try (ArtifactStore store = ArtifactStore.openSummaries(generated.root())) {
			List<Session> sessions = List.copyOf(store.model().getSessions());
			everyModeAndFold(store.model(), name -> null, "700 summaries");
			store.sessionLoader().ensureLoaded(sessions.subList(0, 50));
			everyModeAndFold(store.model(), name -> null, "700 sessions, 50 loaded");
		}
		try (ArtifactStore store = ArtifactStore.open(generated.root())) {
			everyModeAndFold(store.model(), name -> null, "700 read in full");
		}
	}

	@Test
	void sweepGroupsFoldAndCountAsWhenEveryNodeWasMade() {
		TestSessions made = new TestSessions();
		Store model = made.store;
		Session case1 = made.session("case1", null, null);
		for (int p = 0; p < 30; p++) { // a sweep from the base, larger than the open limit
			Session point = made.session(String.format("grid-%04d", p), null, sweepKey("grid", p, "base"));
			if (p % 7 == 0) {
				made.session(point.getId() + "-x", point, null);
			}
		}
		for (int p = 0; p < 3; p++) { // a small sweep forking case1, one point still to come
			made.session(String.format("fk-%04d", p), case1, sweepKey("fk", p, "case1"));
		}
		made.session("case1-b", case1, null);
		Function<String, SweepStatus> sweeps = name -> name.equals("fk") ? new SweepStatus(4, 0, false, null) : null;
		everyModeAndFold(model, sweeps, "sweeps");
		TreeContent content = new TreeContent(model, "store", sweeps, 4);
		TreeContent.Shown shown = content.build(NOW);
		String grid = SweepGroups.groupId("grid", StoreLineage.BASE_ID);
		content.expandAll();
		content.toggle(grid);
		shown = assertSameAsEveryNode(content, sweeps, "the sweep folded");
		assertEquals(30 + 5, shown.looks().get(grid).hiddenDescendants(), "30 points and the forks of five of them");
		assertTrue(shown.tree().box("grid-0000").isEmpty());
	}

	private static ObjectNode sweepKey(String name, int point, String from) {
		ObjectNode k = JsonNodeFactory.instance.objectNode();
		k.put("name", name);
		k.put("point", point);
		k.putObject("parameters").put("mu", 0.05 * (point + 1)).put("seed", point);
		k.put("from", from);
		k.putArray("runs").add(48);
		return k;
	}
}
