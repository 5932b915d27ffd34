package ttt.workbench.analysis.tree;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StorePackage;

/**
 * What changed in the store since the Session Tree was last built, sorted by what it takes to show it. Details that
 * arrive for a session (its runs, metrics, events, settings: what a summary lacks) change only that node's label and,
 * in the improvement mode, the colours; they never move a node. Anything else — a session added or removed, a parent,
 * a creation or run time, an orphan, a sweep key, a problem, the base — may change the layout and needs a whole build.
 * Fed with the model's notifications (on the thread that changes the model); read and cleared by {@link TreeContent}.
 */
final class TreeChanges {

	/** Session features that decide where a node stands, how it is grouped, or a scale its colour is read on. */
	private static final Set<EStructuralFeature> LAYOUT = Set.of(StorePackage.Literals.SESSION__ID,
			StorePackage.Literals.SESSION__CREATED_AT_UNIX, StorePackage.Literals.SESSION__LAST_RUN_AT_UNIX,
			StorePackage.Literals.SESSION__PARENT_ID, StorePackage.Literals.SESSION__ROOT_ID, StorePackage.Literals.SESSION__PARENT,
			StorePackage.Literals.SESSION__CHILDREN, StorePackage.Literals.SESSION__ROOT, StorePackage.Literals.SESSION__DEPTH,
			StorePackage.Literals.SESSION__ORPHAN, StorePackage.Literals.SESSION__STORE);

	private final Set<Session> details = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean layout = true; // nothing built yet

	/** Sorts one notification of the model in. */
	synchronized void record(Notification n) {
		if (n.isTouch() || layout) {
			return;
		}
		Object notifier = n.getNotifier();
		if (notifier instanceof Session s && n.getFeature() instanceof EStructuralFeature f) {
			if (LAYOUT.contains(f) || f == StorePackage.Literals.SESSION__EXTRA_JSON && (hasSweep(n.getOldValue()) || hasSweep(n.getNewValue()))) {
				layout = true;
			} else {
				details.add(s);
			}
			return;
		}
		// a change inside a session (a run, its metrics, an event): that session's details
		Session owner = notifier instanceof EObject o ? sessionOf(o) : null;
		if (owner != null) {
			details.add(owner);
		} else {
			layout = true; // the store itself: sessions, problems, the base
		}
	}

	/** Something may have moved: the next refresh builds the tree anew. */
	synchronized void layoutChanged() {
		layout = true;
	}

	/**
	 * The sessions whose details changed, and forgets them; null, forgetting nothing, when something may have moved
	 * (then the caller builds, and the build's {@link #take} clears it). One call, so a change that may move nodes and
	 * arrives while the tree is being refreshed is never cleared by a take that did not see it.
	 */
	synchronized Set<Session> takeDetailsOrNull() {
		return layout ? null : take();
	}

	/** The sessions whose details changed, and forgets them and any change that may have moved nodes (a build's take). */
	synchronized Set<Session> take() {
		Set<Session> taken = Collections.newSetFromMap(new IdentityHashMap<>());
		taken.addAll(details);
		details.clear();
		layout = false;
		return taken;
	}

	private static Session sessionOf(EObject o) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			if (e instanceof Session s) {
				return s;
			}
		}
		return null;
	}

	private static boolean hasSweep(Object json) {
		return json instanceof JsonNode node && node.has("sweep");
	}
}
