package ttt.workbench.analysis.tree;

import java.util.List;

import ttt.workbench.analysis.layout.TreeNodeSpec;

/**
 * The lineage the Session Tree shows while no store is open: a base with roots and forks two levels deep, so the
 * layout and painting chain is visible. Labelled as an example on screen; replaced by the store's sessions once the
 * store model exists.
 */
public final class SampleLineage {

	public static final String BASE_ID = "base";

	private SampleLineage() {
	}

	public static List<TreeNodeSpec> nodes() {
		return List.of(
				new TreeNodeSpec(BASE_ID, null, "base", 120, 44),
				node("friction-lo", BASE_ID), node("friction-hi", BASE_ID), node("nonlinear", BASE_ID),
				node("lo-fork-a", "friction-lo"), node("lo-fork-b", "friction-lo"),
				node("lo-fork-a2", "lo-fork-a"), node("nl-fork", "nonlinear"));
	}

	private static TreeNodeSpec node(String id, String parent) {
		return new TreeNodeSpec(id, parent, id, 104, 34);
	}
}
