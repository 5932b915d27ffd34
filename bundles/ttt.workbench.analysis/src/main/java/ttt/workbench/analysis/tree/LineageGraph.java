package ttt.workbench.analysis.tree;

import java.util.List;
import java.util.Map;

import ttt.workbench.store.model.Session;

/**
 * The Session Tree's nodes as bare ids and parent indices, in the order they are laid out: the base, then every
 * session (oldest first) under its parent or its sweep group, each group just before its first session. Nothing per
 * node but an id and a reference, so a store of 100,000 sessions can be folded before any label or look is made; the
 * one place the nodes are grouped and ordered ({@link TreeContent#build} and {@link StoreLineage#nodes} both read it).
 *
 * @param ids     node ids, in layout order
 * @param parents each node's parent index (-1: the base)
 * @param nodes   what each node is: the {@link Session}, the {@link SweepGroups.Group}, or null for the base
 * @param index   each id's node index
 */
record LineageGraph(String[] ids, int[] parents, Object[] nodes, Map<String, Integer> index) {

	static LineageGraph of(List<Session> sorted, Map<String, SweepGroups.Group> groups) {
		int n = 1 + sorted.size() + groups.size();
		String[] ids = new String[n];
		String[] parentIds = new String[n];
		Object[] nodes = new Object[n];
		ids[0] = StoreLineage.BASE_ID;
		Map<Session, SweepGroups.Group> groupOf = new java.util.IdentityHashMap<>();
		groups.values().forEach(g -> g.members().forEach(m -> groupOf.put(m, g)));
		java.util.Set<String> placed = new java.util.HashSet<>();
		int i = 1;
		for (Session s : sorted) {
			SweepGroups.Group group = groupOf.get(s);
			String parent = s.getParent() == null ? StoreLineage.BASE_ID : s.getParent().getId();
			if (group != null) {
				if (placed.add(group.id())) {
					ids[i] = group.id();
					parentIds[i] = group.attachId();
					nodes[i++] = group;
				}
				parent = group.id();
			}
			ids[i] = s.getId();
			parentIds[i] = parent;
			nodes[i++] = s;
		}
		Map<String, Integer> index = Collapsing.index(ids);
		return new LineageGraph(ids, Collapsing.parents(index, parentIds), nodes, index);
	}

	boolean contains(String id) {
		return index.containsKey(id);
	}

	int size() {
		return ids.length;
	}

	Object node(int i) {
		return nodes[i];
	}
}
