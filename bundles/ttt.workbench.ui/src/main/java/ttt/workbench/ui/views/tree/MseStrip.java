package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.ExampleCurves;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.analysis.live.LiveRun;
import ttt.workbench.analysis.live.LiveRuns;
import ttt.workbench.analysis.session.OverviewCurves;
import ttt.workbench.analysis.session.UpdateMark;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.ui.charts.MseChart;
import ttt.workbench.ui.jobs.PerStepLoader;

/**
 * The strip under the tree: the shared {@link MseChart} with the three MSE curves of the selected session's newest run
 * (or the store's newest run when nothing is selected), read off the UI thread; while a run is in progress it follows
 * that run live (the selected session's if it has one, else the newest started) and goes back to the stored run when
 * it ends.
 */
final class MseStrip {

	private static final int LIVE_REDRAW_MS = 200;
	/** More steps than this are drawn decimated: a strip a few hundred pixels wide cannot show more. */
	static final int MAX_POINTS = 4_000;

	private final MseChart chart;
	private final Supplier<Session> selection;
	private Path storeRoot;
	private Store model;
	/** The run whose curves the chart shows (or is reading), or null. */
	private String curvesShownFor;
	/** The session whose run in progress the chart shows, or null (then it shows the latest finished run). */
	private String liveShown;
	/** The newest snapshot of the live run not drawn yet (a redraw is scheduled), or null. */
	private LiveRun pendingLive;

	/** @param selection the session selected in the tree (null: none) */
	MseStrip(Composite parent, Supplier<Session> selection) {
		this.chart = new MseChart(parent);
		this.selection = selection;
		chart.setExportName("session-tree-run");
		chart.setBandKeyVisible(false); // a strip: the plot gets the height; the Overview page explains the bands
		chart.control().setData(TreeWidgetIds.KEY, TreeWidgetIds.CHART);
		chart.chart().setData(TreeWidgetIds.KEY, TreeWidgetIds.CHART_PLOT);
	}

	Control control() {
		return chart.control();
	}

	/** Shows made-up curves, labelled as an example, while no store is open. */
	void showExample() {
		chart.show(curvesOf("Example: per-step MSE of base, session start and adaptive", ExampleCurves.table()));
	}

	/** A store became active: forget what was drawn for the previous one. */
	void setStore(Path root, Store model) {
		this.storeRoot = root;
		this.model = model;
		curvesShownFor = null;
	}

	/**
	 * The newest run of {@code sessions} (the first of equals), or null. A plain loop: the tree asks at every refresh,
	 * and a stream per session of a 100,000-session store (most of them summaries without runs) cost tens of ms.
	 */
	private static Run newestRun(List<Session> sessions) {
		Run newest = null;
		double newestAt = 0;
		for (Session s : sessions) {
			for (Run r : s.getRuns()) {
				double at = r.getCreatedAtUnix() == null ? 0 : r.getCreatedAtUnix();
				if (newest == null || at > newestAt) {
					newest = r;
					newestAt = at;
				}
			}
		}
		return newest;
	}

	/** The selected session's newest run, or the store's newest run when nothing is selected. */
	void showCurvesOfSelection() {
		if (model == null || liveShown != null) {
			return; // a run in progress keeps the chart until it ends
		}
		Session selected = selection.get();
		Run newest = newestRun(selected != null ? List.of(selected) : model.getSessions());
		if (newest == null) {
			if (selected != null) {
				curvesShownFor = null;
				chart.clear(selected.getId() + " has not run yet: Session > Run Session... starts a run");
			}
			return;
		}
		if (!newest.getId().equals(curvesShownFor)) {
			curvesShownFor = newest.getId();
			load(newest, selected == null);
		}
	}

	/**
	 * Reads the run's per_step.csv in a job (never on the UI thread) and draws it when done. With nothing selected the
	 * title says whose run it is and how to see another session's.
	 */
	private void load(Run run, boolean storesNewest) {
		String title = (storesNewest ? "No session selected, the store's latest: " : "") + run.getSession().getId()
				+ " · newest run " + run.getId();
		PerStepLoader.load(chart.control(), storeRoot, run.getSession().getId(), run.getId(), table -> {
			if (run.getId().equals(curvesShownFor) && liveShown == null) { // a live run keeps the chart until it ends
				chart.show(decimated(curvesOf(title, table)));
			}
		}, e -> {
			// logged by the loader; the chart keeps what it showed
		});
	}

	/**
	 * The chart follows a run in progress: the selected session's if it has one, else the newest one started. When
	 * it ends, the chart goes back to the latest finished run (which, after FINISHED, is that run).
	 */
	void liveRunChanged(LiveRun run) {
		if (chart.control().isDisposed()) {
			return;
		}
		Session selected = selection.get();
		String follow = selected != null && LiveRuns.get().of(selected.getId()).isPresent() ? selected.getId() : null;
		if (follow == null) {
			boolean currentGoesOn = liveShown != null && LiveRuns.get().of(liveShown).isPresent();
			follow = !currentGoesOn || run.state() == LiveRun.State.BASELINES ? run.sessionId() : liveShown;
		}
		if (!follow.equals(run.sessionId())) {
			return;
		}
		if (run.state() == LiveRun.State.FINISHED || run.state() == LiveRun.State.ABANDONED) {
			liveShown = null;
			pendingLive = null;
			curvesShownFor = null; // the chart showed the live run: draw the newest stored run again
			showCurvesOfSelection();
			return;
		}
		liveShown = run.sessionId();
		if (run.state() == LiveRun.State.BASELINES) {
			pendingLive = null;
			chart.clear("Running " + run.sessionId() + ": base and session-start passes (" + run.steps() + " steps)...");
			return;
		}
		// the chart redraws every curve of the run (up to hundreds of thousands of steps): at most a few times a second,
		// with the newest snapshot, so the UI thread keeps up with a fast run
		boolean scheduled = pendingLive != null;
		pendingLive = run;
		if (!scheduled) {
			chart.control().getDisplay().timerExec(LIVE_REDRAW_MS, this::drawPendingLive);
		}
	}

	private void drawPendingLive() {
		LiveRun run = pendingLive;
		pendingLive = null;
		if (run != null && !chart.control().isDisposed() && run.sessionId().equals(liveShown)) {
			chart.show(decimated(OverviewCurves.ofLive("Running " + run.sessionId() + ": adaptive step " + run.length() + " of " + run.steps(),
					run)));
		}
	}

	/**
	 * At most about {@link #MAX_POINTS} steps of {@code c}: every k-th step plus every step with an update attempt (its
	 * marker sits on the adaptive curve). The adaptive curve of a live run keeps its own, shorter length.
	 */
	static OverviewCurves decimated(OverviewCurves c) {
		int n = c.steps();
		if (n <= MAX_POINTS) {
			return c;
		}
		int stride = (n + MAX_POINTS - 1) / MAX_POINTS;
		java.util.BitSet keep = new java.util.BitSet(n);
		for (int i = 0; i < n; i += stride) {
			keep.set(i);
		}
		keep.set(n - 1);
		for (UpdateMark m : c.marks()) {
			int i = c.indexNear(m.t());
			if (i >= 0) {
				keep.set(i);
			}
		}
		int adaptiveLength = c.adaptive().length;
		if (adaptiveLength > 0) {
			keep.set(adaptiveLength - 1); // the live run's newest step
		}
		int[] at = keep.stream().toArray();
		int shortAdaptive = (int) java.util.Arrays.stream(at).filter(i -> i < adaptiveLength).count();
		double[] t = new double[at.length];
		double[] base = c.base() == null ? null : new double[at.length];
		double[] start = c.sessionStart() == null ? null : new double[at.length];
		double[] adaptive = new double[shortAdaptive];
		boolean[] did = new boolean[at.length];
		boolean[] ok = new boolean[at.length];
		for (int k = 0; k < at.length; k++) {
			int i = at[k];
			t[k] = c.t()[i];
			if (base != null) {
				base[k] = i < c.base().length ? c.base()[i] : Double.NaN;
			}
			if (start != null) {
				start[k] = i < c.sessionStart().length ? c.sessionStart()[i] : Double.NaN;
			}
			if (k < shortAdaptive) {
				adaptive[k] = c.adaptive()[i];
			}
			did[k] = c.didUpdate() != null && i < c.didUpdate().length && c.didUpdate()[i];
			ok[k] = c.updateOk() != null && i < c.updateOk().length && c.updateOk()[i];
		}
		return new OverviewCurves(c.title(), t, base, start, adaptive, did, ok, c.marks(), c.live());
	}

	/** A run's per_step.csv as the chart draws it (update marks from its flags: the strip shows no losses). */
	static OverviewCurves curvesOf(String title, PerStepTable table) {
		int n = table.steps();
		double[] t = new double[n];
		List<UpdateMark> marks = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			t[i] = table.t()[i];
			if (table.didUpdate()[i]) {
				boolean ok = table.updateOk()[i];
				marks.add(new UpdateMark(table.t()[i], ok, ok ? "commit" : "rollback", null, null));
			}
		}
		return new OverviewCurves(title, t, table.baseMse(), table.sessionNoUpdateMse(), table.adaptiveMse(), table.didUpdate(),
				table.updateOk(), List.copyOf(marks), false);
	}
}
