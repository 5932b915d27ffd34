package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.SweepGroups;
import ttt.workbench.analysis.tree.StoreLineage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
	 * The session drawn as a node id (the tree's last picture knows them: looking 100,000 sessions up by id, or making a
	 * map of them, for the handful on screen was a tenth of showing a large store).
	 */
	private final Function<String, Session> shown;

	VisibleLoads(ArtifactStore store, Display display, Function<String, Session> shown) {
		this.store = store;
		this.display = display;
		this.shown = shown;
	}

	/** Requests the details of the sessions among {@code nodeIds} that are summaries (groups and the base are skipped). */
	void request(List<String> nodeIds) {
		List<Session> summaries = new ArrayList<>();
		for (String id : nodeIds) {
			Session s = SweepGroups.isGroup(id) || StoreLineage.BASE_ID.equals(id) ? null : shown.apply(id);
			if (s != null && s.eContainer() == store.model() && !SessionLoader.isLoaded(s)) {
				summaries.add(s);
			}
		}
		if (!summaries.isEmpty()) {
			store.sessionLoader().requestLoad(summaries, display::asyncExec);
		}
	}
}
