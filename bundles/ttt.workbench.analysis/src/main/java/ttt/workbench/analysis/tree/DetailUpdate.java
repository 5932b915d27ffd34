package ttt.workbench.analysis.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.analysis.layout.TreeNodeSpec;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * The Session Tree after details arrived for some sessions, without building it again: the boxes stay where they are
 * (a node's size does not depend on its counts), the changed nodes on screen get their labels and looks anew, and in
 * the improvement mode, whose scale is the largest improvement in the store, every node on screen is coloured again;
 * so is every node on screen in the recency mode, whose "ran … ago" cues and colours depend on the time of the refresh
 * (relabelling only the changed nodes would leave the others with the last build's time).
 * At 100,000 sessions a build is a pass over every session; this is a pass over the nodes that changed.
 */
final class DetailUpdate {

	private DetailUpdate() {
	}

	/**
	 * @param last     what was drawn
	 * @param shown    the sessions {@code last} shows, by id
	 * @param changed  sessions whose details changed (shown or not)
	 * @return the updated tree, or null when a node would change its size (then build anew)
	 */
	static TreeContent.Shown apply(TreeContent.Shown last, Map<String, Session> shown, Store model, Set<Session> changed,
			ColorMode mode, double nowUnix) {
		// a new largest improvement recolours every node; a new "now" changes every recency cue and colour
		boolean redoAll = mode == ColorMode.IMPROVEMENT || mode == ColorMode.RECENCY;
		List<Session> redo = new ArrayList<>();
		if (redoAll) {
			redo.addAll(shown.values());
		} else {
			for (Session s : changed) {
				if (shown.get(s.getId()) == s) {
					redo.add(s);
				}
			}
		}
		if (redo.isEmpty()) {
			return last;
		}
		NodeColoring.Result coloring = NodeColoring.color(model.getSessions(), redo, mode, nowUnix);
		Map<String, NodeLook> looks = new HashMap<>(last.looks());
		Map<String, Session> relabel = new HashMap<>();
		for (Session s : redo) {
			NodeLook before = looks.get(s.getId());
			NodeLook look = coloring.looks().get(s.getId());
			looks.put(s.getId(), before == null ? look : look.withHidden(before.hiddenDescendants()));
			relabel.put(s.getId(), s);
		}
		List<LaidOutTree.Box> boxes = new ArrayList<>(last.tree().boxes().size());
		for (LaidOutTree.Box b : last.tree().boxes()) {
			Session s = relabel.get(b.node().id());
			if (s == null) {
				boxes.add(b);
				continue;
			}
			TreeNodeSpec spec = StoreLineage.spec(s, b.node().parentId(), coloring.cues().get(s.getId()));
			if (spec.width() != b.node().width() || spec.height() != b.node().height()) {
				return null;
			}
			boxes.add(new LaidOutTree.Box(spec, b.x(), b.y(), b.width(), b.height()));
		}
		return new TreeContent.Shown(new LaidOutTree(boxes, last.tree().edges(), last.tree().width(), last.tree().height()), looks,
				coloring.legend(), last.header());
	}
}
