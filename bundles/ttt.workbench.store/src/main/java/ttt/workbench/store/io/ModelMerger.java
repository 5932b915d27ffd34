package ttt.workbench.store.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StorePackage;
import ttt.workbench.store.model.UpdateEvent;

/**
 * Brings a live {@link Store} (the one the UI observes) up to date with a freshly read one, changing only what
 * differs: sessions and runs are matched by id and keep their identity (so selections and open editors stay), an
 * attribute is set only when its value changed (generated setters notify even for equal values), and lazily loaded
 * parts stay loaded unless their run changed. Runs on the thread that owns the model.
 */
public final class ModelMerger {

	private static final StorePackage P = StorePackage.eINSTANCE;

	private ModelMerger() {
	}

	public static void merge(Store live, Store fresh) {
		StoreActivity.report(StoreActivity.Kind.MERGE, live.getRootPath() == null ? null : Path.of(live.getRootPath()));
		mergeAttributes(live, fresh);
		if (fresh.getBase() == null) {
			live.setBase(null);
		} else if (live.getBase() == null) {
			live.setBase(fresh.getBase());
		} else {
			mergeAttributes(live.getBase(), fresh.getBase());
			mergeContained(live.getBase(), fresh.getBase(), P.getBase_ModelConfig());
		}
		mergeSessions(live, fresh);
		if (!EcoreUtil.equals(live.getProblems(), fresh.getProblems())) {
			live.getProblems().clear();
			live.getProblems().addAll(new ArrayList<>(fresh.getProblems()));
		}
	}

	/**
	 * Merges one session as read by {@link StoreReader#readOneSession} (null: it is gone) into {@code live}, leaving every
	 * other session as it is: for a writer that changed only that session, so that what others changed meanwhile and
	 * a watcher already merged is not rolled back to an older read. Its parent is linked by {@code parentId}.
	 */
	public static void mergeSession(Store live, String sessionId, Session fresh) {
		StoreActivity.report(StoreActivity.Kind.MERGE, live.getRootPath() == null ? null : Path.of(live.getRootPath()));
		Session existing = live.findSession(sessionId);
		if (fresh == null) {
			if (existing != null) {
				existing.setParent(null);
				for (Session child : new ArrayList<>(existing.getChildren())) {
					child.setParent(null); // an orphan now, as a full read would show it
				}
				live.getSessions().remove(existing);
			}
			return;
		}
		Session target = existing;
		if (target == null) {
			live.getSessions().add(fresh);
			target = fresh;
		} else {
			mergeSession(existing, fresh);
		}
		Session parent = target.getParentId() == null ? null : live.findSession(target.getParentId());
		if (target.getParent() != parent && parent != target) {
			target.setParent(parent);
		}
		if (existing == null) {
			for (Session orphan : new ArrayList<>(live.getSessions())) { // forks of a session that comes back
				if (sessionId.equals(orphan.getParentId()) && orphan.getParent() == null && orphan != target) {
					orphan.setParent(target);
				}
			}
		}
	}

	private static void mergeSessions(Store live, Store fresh) {
		Map<String, Session> liveById = new HashMap<>();
		for (Session s : live.getSessions()) {
			liveById.put(s.getId(), s);
		}
		Map<String, Session> freshById = new HashMap<>();
		for (Session s : fresh.getSessions()) {
			freshById.put(s.getId(), s);
		}
		// removed sessions first, so that nothing keeps pointing at them. Detached by hand rather than with
		// EcoreUtil.delete, whose cross-referencer also walks the derived Store.rootSessions list and fails on it
		// when a root session goes; parent and children are the only references between sessions.
		for (Session s : new ArrayList<>(live.getSessions())) {
			if (!freshById.containsKey(s.getId())) {
				s.setParent(null);
				for (Session child : new ArrayList<>(s.getChildren())) {
					child.setParent(null); // re-linked below to the parent the fresh read gives it
				}
				live.getSessions().remove(s);
			}
		}
		List<Session> added = new ArrayList<>();
		for (Session f : fresh.getSessions()) {
			Session l = liveById.get(f.getId());
			if (l == null) {
				added.add(f);
			} else {
				mergeSession(l, f);
			}
		}
		// parents of new sessions are resolved against the live tree after adding them all
		Map<Session, String> parentOfAdded = new HashMap<>();
		for (Session f : added) {
			parentOfAdded.put(f, f.getParent() == null ? null : f.getParent().getId());
			f.setParent(null);
		}
		live.getSessions().addAll(added);
		Map<String, Session> all = new HashMap<>();
		for (Session s : live.getSessions()) {
			all.put(s.getId(), s);
		}
		for (Session s : live.getSessions()) {
			Session freshSession = freshById.get(s.getId());
			String parentId = parentOfAdded.containsKey(s) ? parentOfAdded.get(s)
					: (freshSession.getParent() == null ? null : freshSession.getParent().getId());
			Session parent = parentId == null ? null : all.get(parentId);
			if (s.getParent() != parent) {
				s.setParent(parent);
			}
		}
	}

	/**
	 * The features a summary from {@code index.json} carries ({@link Session#getDetailsState()} NOT_LOADED): a fresh
	 * summary updates only these, and never empties details the live session has loaded.
	 */
	static final List<EAttribute> SUMMARY = List.of(P.getSession_Id(), P.getSession_ParentId(), P.getSession_RootId(),
			P.getSession_CreatedAtUnix(), P.getSession_LastRunAtUnix(), P.getSession_EnvMode(), P.getSession_Mu(),
			P.getSession_ModelSignature());

	/** Brings {@code live} up to {@code fresh}; a fresh session with details makes the live one LOADED too. */
	static void mergeSession(Session live, Session fresh) {
		if (fresh.getDetailsState() == LoadState.NOT_LOADED) {
			for (EAttribute a : SUMMARY) {
				if (!Objects.equals(live.eGet(a), fresh.eGet(a))) {
					live.eSet(a, fresh.eGet(a));
				}
			}
			return;
		}
		mergeAttributes(live, fresh);
		mergeContained(live, fresh, P.getSession_ModelConfig());
		mergeContained(live, fresh, P.getSession_PlasticityConfig());
		mergeContained(live, fresh, P.getSession_Metrics());
		mergeRuns(live, fresh);
		if (!sameEvents(live.getEvents(), fresh.getEvents())) {
			live.getEvents().clear();
			List<UpdateEvent> events = new ArrayList<>(fresh.getEvents());
			List<Run> runsOfEvents = events.stream().map(UpdateEvent::getRun).toList();
			live.getEvents().addAll(events);
			for (int i = 0; i < events.size(); i++) {
				Run freshRun = runsOfEvents.get(i);
				events.get(i).setRun(freshRun == null ? null : live.findRun(freshRun.getId()));
			}
		}
		if (live.getWeightsState() == LoadState.LOADED && !Objects.equals(live.getLastRunAtUnix(), fresh.getLastRunAtUnix())) {
			live.getWeights().clear(); // a new run changed the weights: reload on next use
			live.setWeightsState(LoadState.NOT_LOADED);
		}
		if (live.getDetailsState() != fresh.getDetailsState()) {
			live.setDetailsState(fresh.getDetailsState());
		}
	}

	private static void mergeRuns(Session live, Session fresh) {
		Map<String, Run> freshById = new HashMap<>();
		for (Run r : fresh.getRuns()) {
			freshById.put(r.getId(), r);
		}
		for (Run r : new ArrayList<>(live.getRuns())) {
			if (!freshById.containsKey(r.getId())) {
				EcoreUtil.delete(r);
			}
		}
		for (Run f : new ArrayList<>(fresh.getRuns())) {
			Run l = live.findRun(f.getId());
			if (l == null) {
				live.getRuns().add(live.getRuns().size(), f);
			} else {
				boolean changed = !EcoreUtil.equals(l.getMetrics(), f.getMetrics());
				mergeAttributes(l, f);
				mergeContained(l, f, P.getRun_Metrics());
				if (changed) {
					l.setPerStepState(LoadState.NOT_LOADED);
					l.setTrajectoryState(LoadState.NOT_LOADED);
					l.setWeightsState(LoadState.NOT_LOADED);
				}
			}
		}
	}

	private static boolean sameEvents(EList<UpdateEvent> a, EList<UpdateEvent> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			UpdateEvent x = a.get(i);
			UpdateEvent y = b.get(i);
			if (x.getT() != y.getT() || x.getStatus() != y.getStatus() || !Objects.equals(x.getRunId(), y.getRunId())
					|| Double.compare(x.getPreLoss(), y.getPreLoss()) != 0 || !Objects.equals(x.getPostLoss(), y.getPostLoss())
					|| !Objects.equals(x.getRun() == null ? null : x.getRun().getId(), y.getRun() == null ? null : y.getRun().getId())) {
				return false;
			}
		}
		return true;
	}

	private static void mergeContained(EObject live, EObject fresh, EReference ref) {
		EObject l = (EObject) live.eGet(ref);
		EObject f = (EObject) fresh.eGet(ref);
		if (f == null) {
			if (l != null) {
				live.eSet(ref, null);
			}
		} else if (l == null) {
			live.eSet(ref, EcoreUtil.copy(f));
		} else {
			mergeAttributes(l, f);
		}
	}

	private static void mergeAttributes(EObject live, EObject fresh) {
		for (EAttribute a : live.eClass().getEAllAttributes()) {
			if (a.isDerived() || !a.isChangeable() || a.isMany() || isLoadState(a)) {
				continue;
			}
			// deepEquals compares the primitive arrays by content and takes NaN as equal to NaN (Double.equals)
			Object value = fresh.eGet(a);
			if (!Objects.deepEquals(live.eGet(a), value)) {
				live.eSet(a, value);
			}
		}
	}

	private static boolean isLoadState(EAttribute a) {
		return a.getEAttributeType() == P.getLoadState();
	}

}
