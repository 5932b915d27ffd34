package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.SweepGroups;
import ttt.workbench.analysis.tree.StoreLineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;

/**
 * A store opened from its index holds summaries; a node's counts, colour by improvement and tooltip need the session's
 * details. This asks the store to load the details of the sessions on screen only (read off the UI thread, applied on
 * it: the model's notifications then redraw the tree), never of the whole store.
 */
final class VisibleLoads {

	private final ArtifactStore store;
	private final Display display;

	/**
	 * The sessions by id, made when a look-up misses (the model's findSession scans 100,000 sessions per id; this is
	 * asked for every node on screen at every scroll). An entry counts only while its session is still in the model
	 * under that id, so sessions that come or go are found as findSession finds them.
	 */
	private Map<String, Session> byId = Map.of();

	VisibleLoads(ArtifactStore store, Display display) {
		this.store = store;
		this.display = display;
	}

	/** Requests the details of the sessions among {@code nodeIds} that are summaries (groups and the base are skipped). */
	void request(List<String> nodeIds) {
		List<Session> summaries = new ArrayList<>();
		for (String id : nodeIds) {
			Session s = SweepGroups.isGroup(id) || StoreLineage.BASE_ID.equals(id) ? null : find(id);
			if (s != null && !SessionLoader.isLoaded(s)) {
				summaries.add(s);
			}
		}
		if (!summaries.isEmpty()) {
			store.sessionLoader().requestLoad(summaries, display::asyncExec);
		}
	}

	private Session find(String id) {
		Session s = byId.get(id);
		if (s != null && s.eContainer() == store.model() && id.equals(s.getId())) {
			return s;
		}
		Map<String, Session> fresh = new HashMap<>(store.model().getSessions().size() * 2);
		for (Session each : store.model().getSessions()) {
			fresh.putIfAbsent(each.getId(), each); // the first of an id, as findSession's scan
		}
		byId = fresh;
		return fresh.get(id);
	}
}
