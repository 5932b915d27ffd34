package ttt.workbench.analysis.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.analysis.layout.TreeNodeSpec;

/**
 * Turns a store into the nodes the Session Tree lays out: a virtual base node, every session under its parent (roots
 * and orphans under the base), each labelled with what a researcher scans for: id, μ and friction model, update
 * outcomes and runs.
 */
public final class StoreLineage {

	public static final String BASE_ID = "\u0000base"; // cannot clash with a session id: ids never contain control characters
	static final double GROUP_WIDTH = 190;
	static final double GROUP_HEIGHT = 44;
	/** Siblings left to right: oldest first, ties by id (a sweep group stands where its first session would). */
	static final Comparator<Session> LAYOUT_ORDER = Comparator.comparingDouble(Session::getCreatedAtUnix).thenComparing(Session::getId);

	private StoreLineage() {
	}

	/**
	 * Every node of the store, unfolded and labelled (benchmarks and tests: the Session Tree itself folds first and
	 * labels only what stays on screen, {@link TreeContent#build}).
	 */
	public static List<TreeNodeSpec> nodes(Store store) {
		return nodes(store, java.util.Map.of());
	}

	/** @param cues an extra label line per session id (the colour mode's value in words); missing ids get none */
	static List<TreeNodeSpec> nodes(Store store, java.util.Map<String, String> cues) {
		return nodes(store, cues, name -> null);
	}

	/**
	 * @param sweeps what is known of each sweep by name (size, failures, running), or null: a sweep's sessions hang under
	 *        a group node of their sweep ({@link SweepGroups}), inserted just before its first session
	 */
	static List<TreeNodeSpec> nodes(Store store, java.util.Map<String, String> cues,
			java.util.function.Function<String, ttt.workbench.analysis.live.SweepStatus> sweeps) {
		List<Session> sessions = new ArrayList<>(store.getSessions());
		sessions.sort(LAYOUT_ORDER);
		LineageGraph graph = LineageGraph.of(sessions, SweepGroups.of(sessions, BASE_ID));
		List<TreeNodeSpec> nodes = new ArrayList<>(graph.size());
		for (int i = 0; i < graph.size(); i++) {
			nodes.add(spec(store, graph, i, s -> cues.get(s.getId()), sweeps));
		}
		return nodes;
	}

	/** Node {@code i} of {@code graph}: the base, a sweep group, or a session with its {@code cue} line (null: none). */
	static TreeNodeSpec spec(Store store, LineageGraph graph, int i, java.util.function.Function<Session, String> cue,
			java.util.function.Function<String, ttt.workbench.analysis.live.SweepStatus> sweeps) {
		Object node = graph.node(i);
		if (node instanceof Session s) {
			return spec(s, graph.parents()[i] < 0 ? null : graph.ids()[graph.parents()[i]], cue.apply(s));
		}
		if (node instanceof SweepGroups.Group g) {
			return spec(g, sweeps);
		}
		return baseSpec(store);
	}

	/** The virtual base node: the model's sizes, or that the base is missing. */
	static TreeNodeSpec baseSpec(Store store) {
		String baseLabel = store.getBase() == null ? "base (missing)"
				: "base\nu" + store.getBase().getModelConfig().getUDim() + " · n" + store.getBase().getModelConfig().getNState();
		return new TreeNodeSpec(BASE_ID, null, baseLabel, 130, 46);
	}

	/** A sweep group's node, labelled with what is known of its sweep. */
	static TreeNodeSpec spec(SweepGroups.Group g, java.util.function.Function<String, ttt.workbench.analysis.live.SweepStatus> sweeps) {
		return new TreeNodeSpec(g.id(), g.attachId(), SweepGroups.label(g, sweeps.apply(g.name())), GROUP_WIDTH, GROUP_HEIGHT);
	}

	/** A session's node under {@code parentId}, with the colour mode's {@code cue} as its last line (null: none). */
	static TreeNodeSpec spec(Session s, String parentId, String cue) {
		return new TreeNodeSpec(s.getId(), parentId, cue == null ? label(s) : label(s) + "\n" + cue, 160, cue == null ? 58 : 74);
	}

	/** Everything a researcher may want on hover, one fact a line. */
	static String tooltip(Session s) {
		StringBuilder t = new StringBuilder(s.getId());
		t.append("\nparent: ").append(s.getParentId() == null ? "base" : s.getParentId() + (s.isOrphan() ? " (missing)" : ""));
		t.append("\nroot: ").append(s.getRootId()).append(" · depth ").append(s.getDepth());
		t.append("\nhidden μ: ").append(s.getMu()).append(" · ").append(s.getEnvMode().getLiteral());
		t.append("\ncreated: ").append(java.time.Instant.ofEpochSecond((long) s.getCreatedAtUnix()));
		t.append("\nlast run: ").append(s.getLastRunAtUnix() == null ? "never"
				: java.time.Instant.ofEpochSecond(s.getLastRunAtUnix().longValue()).toString());
		if (!SessionLoader.isLoaded(s)) {
			return t.append("\nruns, updates and settings: loading…").toString();
		}
		long commits = s.getEvents().stream().filter(UpdateEvent::isCommitted).count();
		t.append("\nruns: ").append(s.getRuns().size()).append(" · updates ").append(s.getEvents().size()).append(" (")
				.append(commits).append(" committed, ").append(s.getEvents().size() - commits).append(" rolled back)");
		var p = s.getPlasticityConfig();
		t.append("\nMuon: ").append(s.getOptimizerVariant() == null ? "from torch version" : s.getOptimizerVariant())
				.append(", lr ").append(p.getLr()).append(", momentum ").append(p.getMomentum()).append(", ns_steps ").append(p.getNsSteps());
		t.append("\nupdates every ").append(p.getChunk()).append(" steps on ").append(p.getBufferLen())
				.append(" transitions; rollback tol ").append(p.getRollbackTol());
		if (s.getForkNote() != null) {
			t.append("\nnote: ").append(s.getForkNote());
		}
		return t.toString();
	}

	static String label(Session s) {
		if (!SessionLoader.isLoaded(s)) { // a summary from the index: the counts come with its details (requested when on screen)
			return s.getId() + (s.isOrphan() ? " (orphan)" : "") + "\nμ " + String.format("%.3f", s.getMu()) + " · "
					+ s.getEnvMode().getLiteral() + "\n…";
		}
		long commits = s.getEvents().stream().filter(UpdateEvent::isCommitted).count();
		long rollbacks = s.getEvents().size() - commits;
		String runs = s.getRuns().size() == 1 ? "1 run" : s.getRuns().size() + " runs";
		return s.getId() + (s.isOrphan() ? " (orphan)" : "") + "\nμ " + String.format("%.3f", s.getMu()) + " · "
				+ s.getEnvMode().getLiteral() + "\n" + commits + " ✓  " + rollbacks + " ↺  · " + runs;
	}
}
