package ttt.workbench.store.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.model.Session;

/** Links parents and children through references, refusing cycles and reporting orphans. */
final class TreeLinker {
	private TreeLinker() {
	}

	/**
	 * Each parent id is looked up once (the ids of 100,000 sessions are long strings: three look-ups per session were
	 * most of an open), then cycles, links and roots are followed by index.
	 */
	static void link(Map<String, Session> byId, Problems problems, StoreLayout layout) {
		int n = byId.size();
		String[] ids = byId.keySet().toArray(new String[n]);
		Session[] sessions = byId.values().toArray(new Session[n]);
		Map<String, Integer> index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			index.put(ids[i], i);
		}
		int[] parent = new int[n]; // -1: none given, -2: given but not in the store
		for (int i = 0; i < n; i++) {
			String parentId = sessions[i].getParentId();
			parent[i] = parentId == null ? -1 : index.getOrDefault(parentId, -2);
		}
		boolean[] inCycle = findCycles(ids, parent, problems, layout);
		int[] linked = new int[n];
		for (int i = 0; i < n; i++) {
			linked[i] = -1;
			Session s = sessions[i];
			if (parent[i] == -1 || inCycle[i]) {
				continue;
			}
			if (parent[i] == -2) {
				problems.warning(layout.sessionMeta(s.getId()), "parent session \"" + s.getParentId()
						+ "\" is not in the store; the session is shown as an orphan");
				continue;
			}
			s.setParent(sessions[parent[i]]);
			linked[i] = parent[i];
		}
		int[] root = roots(linked);
		for (int i = 0; i < n; i++) {
			Session s = sessions[i];
			if (!inCycle[i] && !s.isOrphan()) {
				String expectedRoot = sessions[root[i]].getId();
				if (s.getParent() != null && !expectedRoot.equals(s.getRootId())) {
					problems.warning(layout.sessionMeta(s.getId()), "root_session_id is \"" + s.getRootId()
							+ "\" but following the parents leads to \"" + expectedRoot + "\"");
				} else if (s.getParent() == null && s.getParentId() == null && !s.getId().equals(s.getRootId())) {
					problems.warning(layout.sessionMeta(s.getId()), "a session made from the base must be its own root,"
							+ " but root_session_id is \"" + s.getRootId() + "\"");
				}
			}
		}
	}

	/** The root of each node of an acyclic parent array (-1: a root), each path walked once. */
	private static int[] roots(int[] parent) {
		int n = parent.length;
		int[] root = new int[n];
		java.util.Arrays.fill(root, -1);
		int[] path = new int[n];
		for (int i = 0; i < n; i++) {
			int len = 0;
			int v = i;
			while (root[v] < 0 && parent[v] >= 0) {
				path[len++] = v;
				v = parent[v];
			}
			int r = root[v] >= 0 ? root[v] : v;
			root[v] = r;
			while (len > 0) {
				root[path[--len]] = r;
			}
		}
		return root;
	}

	private static boolean[] findCycles(String[] ids, int[] parent, Problems problems, StoreLayout layout) {
		int n = ids.length;
		boolean[] cyclic = new boolean[n];
		byte[] state = new byte[n]; // 1 = on the current path, 2 = done
		int[] path = new int[n];
		for (int start = 0; start < n; start++) {
			int len = 0;
			int current = start;
			while (current >= 0 && state[current] == 0) {
				state[current] = 1;
				path[len++] = current;
				current = parent[current];
			}
			if (current >= 0 && state[current] == 1) {
				int from = 0;
				while (path[from] != current) {
					from++;
				}
				List<String> cycle = new ArrayList<>();
				for (int k = from; k < len; k++) {
					cycle.add(ids[path[k]]);
					cyclic[path[k]] = true;
				}
				for (String id : cycle) {
					problems.error(layout.sessionMeta(id), "parent links form a cycle (" + String.join(" → ", cycle) + " → "
							+ ids[current] + "); the session is shown without a parent");
				}
			}
			for (int k = 0; k < len; k++) {
				state[path[k]] = 2;
			}
		}
		return cyclic;
	}
}
