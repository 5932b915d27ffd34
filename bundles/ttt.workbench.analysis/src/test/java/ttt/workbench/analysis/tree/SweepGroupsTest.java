package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.analysis.layout.TreeLayoutEngine;
import ttt.workbench.analysis.layout.TreeNodeSpec;
import ttt.workbench.analysis.live.SweepStatus;

/**
 * Sweeps in the Session Tree: a sweep's sessions hang under one group node where the sweep starts (the base for
 * {@code from: base}, the forked session otherwise), forks of a sweep's session stay under that session, and the
 * group folds like any subtree with its +N badge.
 */
class SweepGroupsTest {

	private final TestSessions made = new TestSessions();
	private final Store store = made.store;

	private Session session(String id, Session parent, ObjectNode sweepKey) {
		return made.session(id, parent, sweepKey);
	}

	private static ObjectNode key(String name, int point, String from, double mu, String env, long seed) {
		ObjectNode k = JsonNodeFactory.instance.objectNode();
		k.put("name", name);
		k.put("point", point);
		ObjectNode p = k.putObject("parameters");
		p.put("mu", mu);
		p.put("env_mode", env);
		p.put("seed", seed);
		k.put("from", from);
		k.putArray("runs").add(48);
		return k;
	}

	/** case1 (root) · grid-0000..0003 from base · fk-0000..0001 forking case1 · grid-0001-x a plain fork of grid-0001. */
	private void build() {
		Session case1 = session("case1", null, null);
		int n = 0;
		for (double mu : new double[] { 0.05, 0.2 }) {
			for (long seed : new long[] { 1, 2 }) {
				session(String.format("grid-%04d", n), null, key("grid", n, "base", mu, "linear", seed));
				n++;
			}
		}
		session("fk-0000", case1, key("fk", 0, "case1", 0.1, "linear", 1));
		session("fk-0001", case1, key("fk", 1, "case1", 0.1, "nonlinear", 1));
		session("grid-0001-x", store.findSession("grid-0001"), null);
	}

	private Map<String, TreeNodeSpec> nodes(Function<String, SweepStatus> statuses) {
		return StoreLineage.nodes(store, Map.of(), statuses).stream().collect(Collectors.toMap(TreeNodeSpec::id, n -> n));
	}

	@Test
	void aSweepsSessionsHangUnderItsGroupWhereTheSweepStarts() {
		build();
		Map<String, TreeNodeSpec> nodes = nodes(name -> null);
		String grid = SweepGroups.groupId("grid", StoreLineage.BASE_ID);
		String fk = SweepGroups.groupId("fk", "case1");
		assertEquals(StoreLineage.BASE_ID, nodes.get(grid).parentId(), "from: base hangs under the base");
		assertEquals("case1", nodes.get(fk).parentId(), "from: case1 hangs under case1");
		for (String id : List.of("grid-0000", "grid-0001", "grid-0002", "grid-0003")) {
			assertEquals(grid, nodes.get(id).parentId(), id);
		}
		assertEquals(fk, nodes.get("fk-0000").parentId());
		assertEquals(fk, nodes.get("fk-0001").parentId());
		assertEquals("grid-0001", nodes.get("grid-0001-x").parentId(), "a fork of a sweep's session stays under that session");
		assertEquals(StoreLineage.BASE_ID, nodes.get("case1").parentId());
		assertEquals(1 + 1 + 4 + 2 + 1 + 2, nodes.size(), "base, case1, 7 sessions of sweeps and a fork, two groups");
		assertEquals("sweep grid\n4 sessions", nodes.get(grid).label(), "size unknown: the sessions are counted");
		assertTrue(SweepGroups.isGroup(grid) && !SweepGroups.isGroup("grid-0000") && !SweepGroups.isGroup(StoreLineage.BASE_ID));
	}

	@Test
	void theGroupSaysDoneOfTotalAndTheState() {
		build();
		assertEquals("sweep grid · 4/8\nrunning… · 1 failed",
				nodes(name -> new SweepStatus(8, 1, true, null)).get(SweepGroups.groupId("grid", StoreLineage.BASE_ID)).label());
		assertEquals("sweep grid · 4/4\ncomplete",
				nodes(name -> new SweepStatus(4, 0, false, null)).get(SweepGroups.groupId("grid", StoreLineage.BASE_ID)).label());
		assertEquals("sweep grid · 4/10\n6 not done",
				nodes(name -> new SweepStatus(10, 0, false, null)).get(SweepGroups.groupId("grid", StoreLineage.BASE_ID)).label());
	}

	@Test
	void theTooltipSummarisesTheSpecFromTheSweepKeys() {
		build();
		SweepGroups.Group g = SweepGroups.of(store.getSessions(), StoreLineage.BASE_ID).get(SweepGroups.groupId("grid", StoreLineage.BASE_ID));
		String tip = SweepGroups.tooltip(g, new SweepStatus(8, 0, false, null));
		assertTrue(tip.startsWith("sweep grid\nfrom: base\nruns: [48]\nin the 4 sessions made so far:\nmu: 0.05, 0.2\nenv_mode = linear\nseeds: 1, 2\n"), tip);
		assertTrue(tip.contains("sessions: 4 of 8 points done"), tip);
		assertTrue(tip.contains("Run Sweep... with the same spec finishes the rest"), tip);
	}

	@Test
	void aGroupFoldsLikeASubtreeWithItsBadge() {
		build();
		List<TreeNodeSpec> all = StoreLineage.nodes(store, Map.of(), name -> null);
		String grid = SweepGroups.groupId("grid", StoreLineage.BASE_ID);
		FoldedSpecs.Visible v = FoldedSpecs.fold(all, Set.of(grid));
		assertEquals(Map.of(grid, 5), v.hiddenCounts(), "four points and the fork of one");
		Set<String> shown = v.nodes().stream().map(TreeNodeSpec::id).collect(Collectors.toSet());
		assertTrue(shown.contains(grid));
		assertFalse(shown.contains("grid-0000"));
		assertFalse(shown.contains("grid-0001-x"));
		assertTrue(shown.contains("fk-0000"));
	}

	@Test
	void theLayoutPutsTheGroupBetweenItsStartAndItsSessions() {
		build();
		LaidOutTree tree = new TreeLayoutEngine(32).layout(StoreLineage.nodes(store, Map.of(), name -> null));
		String fk = SweepGroups.groupId("fk", "case1");
		double case1 = tree.box("case1").orElseThrow().y();
		double group = tree.box(fk).orElseThrow().y();
		double member = tree.box("fk-0000").orElseThrow().y();
		assertTrue(case1 < group && group < member, case1 + " < " + group + " < " + member);
		assertTrue(tree.edges().stream().anyMatch(e -> e.parentId().equals(fk) && e.childId().equals("fk-0001")));
	}

	@Test
	void sessionsWithoutAUsableSweepKeyAreNotGrouped() {
		ObjectNode bad = JsonNodeFactory.instance.objectNode();
		bad.put("name", 7); // not a name
		session("odd", null, bad);
		session("plain", null, null);
		assertEquals(Map.of(), SweepGroups.of(store.getSessions(), StoreLineage.BASE_ID));
		assertEquals(StoreLineage.BASE_ID, nodes(name -> null).get("odd").parentId());
	}
}
