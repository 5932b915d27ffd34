package ttt.workbench.analysis.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ttt.workbench.analysis.layout.TreeNodeSpec;

/** {@link Collapsing#fold} on a list of node specs, for tests that fold what {@link StoreLineage#nodes} made. */
final class FoldedSpecs {

	/** The nodes to lay out (parents before children, as given) and the hidden count of each collapsed node shown. */
	record Visible(List<TreeNodeSpec> nodes, Map<String, Integer> hiddenCounts) {
	}

	private FoldedSpecs() {
	}

	static Visible fold(List<TreeNodeSpec> nodes, Set<String> collapsed) {
		String[] ids = new String[nodes.size()];
		String[] parentIds = new String[nodes.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = nodes.get(i).id();
			parentIds[i] = nodes.get(i).parentId();
		}
		Collapsing.Folded folded = Collapsing.fold(ids, Collapsing.parents(Collapsing.index(ids), parentIds), collapsed);
		List<TreeNodeSpec> shown = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			if (!folded.hidden()[i]) {
				shown.add(nodes.get(i));
			}
		}
		return new Visible(shown, folded.hiddenCounts());
	}
}
