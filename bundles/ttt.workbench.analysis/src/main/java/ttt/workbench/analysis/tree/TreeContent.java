package ttt.workbench.analysis.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.analysis.layout.TreeLayoutEngine;
import ttt.workbench.analysis.layout.TreeNodeSpec;
import ttt.workbench.analysis.live.SweepStatus;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * What the Session Tree shows of a store, without widgets: the colour mode, which subtrees and sweeps are folded, and
 * from those the laid-out tree with each node's look, the legend and the header line. Works on summaries (sessions
 * opened from the index): lineage, labels and layout need no session details.
 */
public final class TreeContent {

	/** Above this many sessions a store opens with its roots collapsed (Expand All, or + on a root, opens them). */
	public static final int LARGE_STORE = 400;
	/** The look of a sweep group: violet, thick border (its text says "sweep" too: colour is never the only cue). */
	private static final NodeLook SWEEP_LOOK = new NodeLook(new Shade(234, 228, 248), new Shade(105, 80, 160), 2, false, 0);

	/** What to draw: the layout, each node's look, the legend, and the header's text. */
	public record Shown(LaidOutTree tree, Map<String, NodeLook> looks, Legend legend, String header) {
	}

	private final Store model;
	private final String storeName;
	private final Function<String, SweepStatus> sweeps;
	private ColorMode colorMode = ColorMode.DEPTH;
	private final Set<String> collapsed = new HashSet<>();
	/** Sweep groups whose folding was decided (once, when their size became known). */
	private final Set<String> knownGroups = new HashSet<>();
	/** The sweep groups laid out, by node id. */
	private Map<String, SweepGroups.Group> groups = Map.of();
	/** What changed in the model since the last build: details only, or something that may move nodes. */
	private final TreeChanges changes = new TreeChanges();
	/** The last build or update, and the sessions it shows by id (null: build anew). */
	private Shown last;
	private Map<String, Session> lastSessions = Map.of();

	/** @param sweeps what is known of a sweep by name (size, failures, running), or null */
	public TreeContent(Store model, String storeName, Function<String, SweepStatus> sweeps) {
		this(model, storeName, sweeps, LARGE_STORE);
	}

	/**
	 * @param sweeps            what is known of a sweep by name (size, failures, running), or null
	 * @param collapseThreshold above this many sessions the store opens folded (the preference; default
	 *                          {@link #LARGE_STORE})
	 */
	public TreeContent(Store model, String storeName, Function<String, SweepStatus> sweeps, int collapseThreshold) {
		this.model = model;
		this.storeName = storeName;
		this.sweeps = sweeps;
		if (model.getSessions().size() > collapseThreshold) {
			// thousands of nodes side by side are unreadable at any zoom: start from the roots, each with its +N badge
			collapseAll();
		}
	}

	public Store model() {
		return model;
	}

	ColorMode colorMode() {
		return colorMode;
	}

	public void setColorMode(ColorMode mode) {
		if (mode != colorMode) { // the cues change the nodes' heights: lay out anew, but only then
			colorMode = mode;
			changes.layoutChanged();
		}
	}

	/** Tells this of a change to the model (any thread that changes it; touches are ignored). */
	public void modelChanged(Notification n) {
		changes.record(n);
	}

	/** Something outside the model that the tree shows changed (a sweep's size or state): the next refresh builds. */
	public void layoutChanged() {
		changes.layoutChanged();
	}

	/**
	 * What to draw now: when only sessions' details arrived since the last build (their runs, metrics, events), the
	 * last layout with those nodes' labels and looks made again; otherwise a {@link #build}. Either gives what a
	 * build would ({@code TreeDetailUpdateTest}).
	 */
	public Shown refresh(double nowUnix) {
		Set<Session> changed = last == null ? null : changes.takeDetailsOrNull();
		if (changed != null) {
			Shown updated = DetailUpdate.apply(last, lastSessions, model, changed, colorMode, nowUnix);
			if (updated != null) {
				last = updated;
				return updated;
			}
		}
		return build(nowUnix);
	}

	/** The session drawn as node {@code id} in the last picture made, or null (a sweep group, the base, not shown). */
	public Session shownSession(String id) {
		return lastSessions.get(id);
	}

	public Map<String, SweepGroups.Group> groups() {
		return groups;
	}

	/** Lays the store out as it is now; {@code nowUnix} anchors the recency colours. */
	public Shown build(double nowUnix) {
		changes.take(); // what changed until now is in this build
		List<Session> sessions = new ArrayList<>(model.getSessions());
		sessions.sort(StoreLineage.LAYOUT_ORDER);
		groups = SweepGroups.of(sessions, StoreLineage.BASE_ID);
		for (SweepGroups.Group g : groups.values()) {
			// a sweep of hundreds of points opens collapsed behind its +N badge, decided once its size is known (a
			// running sweep's first session shows up after the job has said how many points it has); the user's
			// choice is kept after that
			SweepStatus status = sweeps.apply(g.name());
			int size = Math.max(g.members().size(), status == null ? 0 : status.total());
			if ((status != null || size > SweepGroups.OPEN_LIMIT) && knownGroups.add(g.id()) && size > SweepGroups.OPEN_LIMIT) {
				collapsed.add(g.id());
			}
		}
		// fold on bare ids first; labels, cues and looks only for what stays on screen (a folded store of 100,000
		// sessions shows a handful of nodes: making 100,000 labels and looks was most of a rebuild)
		LineageGraph graph = LineageGraph.of(sessions, groups);
		// folds of sessions and sweeps that are gone are forgotten (the graph's ids, not findSession: a linear scan per
		// folded id was a tenth of a rebuild at 100,000 sessions)
		collapsed.removeIf(id -> StoreLineage.BASE_ID.equals(id) || !graph.contains(id));
		Collapsing.Folded folded = Collapsing.fold(graph.ids(), graph.parents(), collapsed);
		Map<String, Session> shownSessions = new HashMap<>();
		for (int i = 0; i < graph.size(); i++) {
			if (!folded.hidden()[i] && graph.node(i) instanceof Session s) {
				shownSessions.put(s.getId(), s);
			}
		}
		NodeColoring.Result coloring = NodeColoring.color(sessions, shownSessions.values(), colorMode, nowUnix);
		List<TreeNodeSpec> visible = new ArrayList<>();
		Map<String, NodeLook> looks = new HashMap<>();
		for (int i = 0; i < graph.size(); i++) {
			if (folded.hidden()[i]) {
				continue;
			}
			visible.add(StoreLineage.spec(model, graph, i, s -> coloring.cues().get(s.getId()), sweeps));
			Object node = graph.node(i);
			if (node instanceof Session s) {
				looks.put(s.getId(), coloring.looks().get(s.getId()));
			} else if (node instanceof SweepGroups.Group g) {
				looks.put(g.id(), SWEEP_LOOK);
			}
		}
		LaidOutTree tree = new TreeLayoutEngine(32).layout(visible);
		folded.hiddenCounts().forEach((id, n) -> looks.computeIfPresent(id, (k, look) -> look.withHidden(n)));
		last = new Shown(tree, looks, coloring.legend(), header());
		lastSessions = shownSessions;
		return last;
	}

	private String header() {
		int problems = model.getProblems().size();
		long sweepCount = groups.values().stream().map(SweepGroups.Group::name).distinct().count();
		return storeName + " — " + model.getSessions().size() + " sessions"
				+ (sweepCount == 0 ? "" : " (" + sweepCount + (sweepCount == 1 ? " sweep)" : " sweeps)"))
				+ (collapsed.isEmpty() ? "" : ", " + collapsed.size() + " collapsed")
				+ (problems == 0 ? "" : ", " + problems + " problem" + (problems == 1 ? "" : "s") + " (see the Error Log)");
	}

	public boolean isCollapsed(String id) {
		return collapsed.contains(id);
	}

	public void toggle(String id) {
		changes.layoutChanged();
		if (!collapsed.remove(id)) {
			collapsed.add(id);
		}
	}

	/** The collapsed nodes (sessions and sweep groups), for remembering the fold between starts. */
	public java.util.Set<String> collapsedIds() {
		return java.util.Set.copyOf(collapsed);
	}

	/**
	 * Folds exactly {@code ids} (the remembered fold of this store, replacing the large-store default): ids no longer in
	 * the store are dropped at the next build; a sweep group among them counts as decided.
	 */
	public void setCollapsed(java.util.Collection<String> ids) {
		changes.layoutChanged();
		collapsed.clear();
		collapsed.addAll(ids);
		knownGroups.addAll(ids.stream().filter(SweepGroups::isGroup).toList());
	}

	/** Folds every root session that has forks. */
	public void collapseAll() {
		changes.layoutChanged();
		model.getSessions().stream().filter(s -> s.getParent() == null && !s.getChildren().isEmpty()).forEach(s -> collapsed.add(s.getId()));
	}

	public void expandAll() {
		changes.layoutChanged();
		collapsed.clear();
	}

	/**
	 * Unfolds what hides {@code s}: its collapsed ancestors and a sweep group over it or an ancestor. True if any; only
	 * then is the tree built anew (every find and every pick in an Experiment reveals a session, mostly one on screen).
	 */
	public boolean expandTo(Session s) {
		boolean expanded = false;
		for (Session a = s.getParent(); a != null; a = a.getParent()) {
			expanded |= collapsed.remove(a.getId());
		}
		for (SweepGroups.Group g : groups.values()) {
			for (Session a = s; a != null; a = a.getParent()) {
				if (g.members().contains(a)) {
					expanded |= collapsed.remove(g.id());
				}
			}
		}
		if (expanded) {
			changes.layoutChanged();
		}
		return expanded;
	}

	/** Session ids containing {@code text} (case-insensitive), the exact match first, then in order. */
	public List<String> matches(String text) {
		String needle = text.trim().toLowerCase(Locale.ROOT);
		return model.getSessions().stream().map(Session::getId).filter(id -> id.toLowerCase(Locale.ROOT).contains(needle))
				.sorted(Comparator.comparing((String id) -> !id.equals(text.trim())).thenComparing(Comparator.naturalOrder())).toList();
	}

	/** The text shown when the pointer rests on a node. */
	public String tooltip(String id) {
		if (SweepGroups.isGroup(id)) {
			SweepGroups.Group g = groups.get(id);
			return g == null ? null : SweepGroups.tooltip(g, sweeps.apply(g.name()));
		}
		if (StoreLineage.BASE_ID.equals(id)) {
			var base = model.getBase();
			return base == null ? "no base model" : "base model\nsignature " + base.getModelSignature() + "\ncheckpoint "
					+ base.getBaseCkptHash() + "\ntorch " + base.getTorchVersion() + "\n\nDrag onto empty space to start a new root session";
		}
		Session s = model.findSession(id);
		return s == null ? null : StoreLineage.tooltip(s) + "\n\nEnter: open · drag onto empty space: fork · right-click: more";
	}

	/** What the status line says of a selected sweep group (null for any other node). */
	public String groupSummary(String id) {
		SweepGroups.Group group = id == null ? null : groups.get(id);
		return group == null ? null : SweepGroups.label(group, sweeps.apply(group.name())).replace('\n', ' ')
				+ " (− / + folds it; select a session of it to see it in the other views)";
	}
}
