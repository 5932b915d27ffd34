package ttt.workbench.ui.views.tree;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.io.StoreFiles;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.ui.layout.TreeLayoutEngine;
import ttt.workbench.ui.live.LiveRun;
import ttt.workbench.ui.live.LiveRuns;
import ttt.workbench.ui.store.ActiveStore;

/**
 * Session Tree view (first version): the open store's lineage laid out by ELK and painted on a canvas (base node in
 * gold, every session under its parent), above the three MSE curves of the store's latest run. It follows the store
 * live: runs and forks made by the command line or the Python reference appear as they land on disk. Without a
 * store it shows an example lineage and says so.
 */
public class SessionTreeView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.sessionTree";

	private Composite root;
	private Label header;
	private ScrolledComposite scroller;
	private TreeCanvas treeCanvas;
	private Chart chart;
	private ArtifactStore shown;
	private final SessionSelectionProvider selectionProvider = new SessionSelectionProvider();
	/** One refresh for a burst of notifications (a merge of a run sets dozens of attributes). */
	private boolean refreshPending;
	private final Consumer<ArtifactStore> storeListener = this::show;
	/** The session whose run in progress the chart shows, or null (then it shows the latest finished run). */
	private String liveShown;
	/** The baseline array of the live run drawn (snapshots of one run share it) and the x values of its steps. */
	private float[] liveBaselinesDrawn;
	private double[] liveX;
	private final Consumer<LiveRun> liveListener = this::liveRunChanged;
	private final EContentAdapter modelListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (!n.isTouch() && root != null && !root.isDisposed() && !refreshPending) {
				refreshPending = true; // notifications arrive on the UI thread: the model changes only there
				root.getDisplay().asyncExec(SessionTreeView.this::refreshFromModel);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));

		header = new Label(root, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		scroller = new ScrolledComposite(sash, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		treeCanvas = new TreeCanvas(scroller);
		treeCanvas.setTooltips(this::tooltipFor);
		treeCanvas.addSelectionListener(this::selected);
		getSite().setSelectionProvider(selectionProvider);
		scroller.setContent(treeCanvas);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);

		chart = new Chart(sash, SWT.NONE);
		chart.getAxisSet().getXAxis(0).getTitle().setText("step t");
		chart.getAxisSet().getYAxis(0).getTitle().setText("MSE");
		sash.setWeights(3, 2);

		showExample();
		ActiveStore.get().addListener(storeListener);
		LiveRuns.get().addListener(liveListener);
	}

	private void showExample() {
		header.setText("Example lineage: no artifact store is open yet (start with -store DIR, or run ./workbench).");
		setTree(new TreeLayoutEngine(32).layout(SampleLineage.nodes()), SampleLineage.BASE_ID);
		setCurves("Example: per-step MSE of base, session start and adaptive", ExampleCurves.table());
	}

	/** Shows {@code store} (on the UI thread). */
	public void show(ArtifactStore store) {
		if (shown != null) {
			shown.model().eAdapters().remove(modelListener);
		}
		shown = store;
		store.model().eAdapters().add(modelListener);
		refreshFromModel();
	}

	private void refreshFromModel() {
		refreshPending = false;
		if (shown == null || root.isDisposed()) {
			return;
		}
		Store model = shown.model();
		int problems = model.getProblems().size();
		header.setText(shown.root() + " — " + model.getSessions().size() + " sessions"
				+ (problems == 0 ? "" : ", " + problems + " problem" + (problems == 1 ? "" : "s") + " (see the Error Log)"));
		setTree(new TreeLayoutEngine(32).layout(StoreLineage.nodes(model)), StoreLineage.BASE_ID);
		model.getSessions().stream().flatMap(s -> s.getRuns().stream())
				.max(Comparator.comparing((Run r) -> r.getCreatedAtUnix() == null ? 0 : r.getCreatedAtUnix()))
				.ifPresent(this::loadCurves);
		root.layout(true, true);
	}

	private String tooltipFor(String id) {
		if (shown == null) {
			return "Example lineage: open a store to see real sessions";
		}
		if (StoreLineage.BASE_ID.equals(id)) {
			var base = shown.model().getBase();
			return base == null ? "no base model" : "base model\nsignature " + base.getModelSignature() + "\ncheckpoint "
					+ base.getBaseCkptHash() + "\ntorch " + base.getTorchVersion();
		}
		Session s = shown.model().findSession(id);
		return s == null ? null : StoreLineage.tooltip(s);
	}

	/** The tree's selection, published to the workbench as the selected Session (nothing for the base). */
	private void selected(String id) {
		Session s = shown == null || id == null ? null : shown.model().findSession(id);
		selectionProvider.setSelection(s == null ? StructuredSelection.EMPTY : new StructuredSelection(s));
		if (s != null) {
			LiveRuns.get().of(s.getId()).ifPresent(this::liveRunChanged);
		}
	}

	/**
	 * The chart follows a run in progress: the selected session's if it has one, else the newest one started. When
	 * it ends, the chart goes back to the latest finished run (which, after FINISHED, is that run).
	 */
	private void liveRunChanged(LiveRun run) {
		if (chart.isDisposed()) {
			return;
		}
		Session selected = getSelectedSession();
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
			refreshFromModel();
			return;
		}
		liveShown = run.sessionId();
		drawLive(run);
	}

	private void drawLive(LiveRun run) {
		if (run.state() == LiveRun.State.ADAPTIVE && run.baseMse() == liveBaselinesDrawn && liveX != null) {
			// same run, baselines drawn already (its snapshots share them): only the adaptive curve grows
			var adaptive = chart.getSeriesSet().getSeries("adaptive");
			if (adaptive != null) {
				chart.getTitle().setText("Running " + run.sessionId() + ": adaptive step " + run.length() + " of " + run.steps());
				adaptive.setXSeries(java.util.Arrays.copyOf(liveX, run.length()));
				adaptive.setYSeries(widen(run.adaptiveMse(), run.length()));
				chart.getAxisSet().adjustRange();
				chart.redraw();
				return;
			}
		}
		liveBaselinesDrawn = run.state() == LiveRun.State.ADAPTIVE ? run.baseMse() : null;
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		if (run.state() == LiveRun.State.BASELINES) {
			chart.getTitle().setText("Running " + run.sessionId() + ": base and session-start passes (" + run.steps() + " steps)...");
		} else {
			chart.getTitle().setText("Running " + run.sessionId() + ": adaptive step " + run.length() + " of " + run.steps());
			double[] t = new double[run.steps()];
			for (int i = 0; i < t.length; i++) {
				t[i] = i;
			}
			liveX = t;
			addLine("base", t, widen(run.baseMse(), t.length), new Color(128, 128, 128), LineStyle.DASH, 1);
			addLine("session_start", t, widen(run.sessionNoUpdateMse(), t.length), new Color(40, 90, 200), LineStyle.DASH, 2);
			addLine("adaptive", java.util.Arrays.copyOf(t, run.length()), widen(run.adaptiveMse(), run.length()), new Color(30, 150, 60),
					LineStyle.SOLID, 3);
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private static double[] widen(float[] values, int n) {
		double[] d = new double[n];
		for (int i = 0; i < n; i++) {
			d[i] = values[i];
		}
		return d;
	}

	/** The session selected in the tree, or null. */
	public Session getSelectedSession() {
		var sel = (org.eclipse.jface.viewers.IStructuredSelection) selectionProvider.getSelection();
		return (Session) sel.getFirstElement();
	}

	private void setTree(ttt.workbench.ui.layout.LaidOutTree tree, String baseId) {
		treeCanvas.setTree(tree, baseId);
		scroller.setMinSize(treeCanvas.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** Reads the run's per_step.csv in a job (never on the UI thread) and draws it when done. */
	private void loadCurves(Run run) {
		Path storeRoot = shown.root(); // read here: the job runs off the UI thread, where `shown` may change
		Path file = new StoreLayout(storeRoot).runDir(run.getSession().getId(), run.getId()).resolve(StoreLayout.RUN_PER_STEP);
		Job.create("Loading curves of " + run.getId(), monitor -> {
			try {
				PerStepTable table = PerStepCsv.parse(StoreFiles.read(storeRoot, file), file);
				root.getDisplay().asyncExec(() -> {
					if (!root.isDisposed() && liveShown == null) { // a run in progress keeps the chart until it ends
						setCurves("Latest run: " + run.getId(), table);
					}
				});
				return Status.OK_STATUS;
			} catch (IOException e) {
				return new Status(IStatus.WARNING, "ttt.workbench.ui", "Cannot show the curves of " + run.getId() + ": " + e.getMessage(), e);
			}
		}).schedule();
	}

	private void setCurves(String title, PerStepTable table) {
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		chart.getTitle().setText(title);
		double[] t = new double[table.steps()];
		for (int i = 0; i < t.length; i++) {
			t[i] = table.t()[i];
		}
		addLine("base", t, table.baseMse(), new Color(128, 128, 128), LineStyle.DASH, 1);
		if (table.sessionNoUpdateMse() != null) {
			addLine("session_start", t, table.sessionNoUpdateMse(), new Color(40, 90, 200), LineStyle.DASH, 2);
		}
		addLine("adaptive", t, table.adaptiveMse(), new Color(30, 150, 60), LineStyle.SOLID, 3);
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private void addLine(String name, double[] x, double[] y, Color color, LineStyle style, int width) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
		series.setXSeries(x);
		series.setYSeries(y);
		series.setLineColor(color);
		series.setLineStyle(style);
		series.setLineWidth(width);
		series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
	}

	public TreeCanvas getTreeCanvas() {
		return treeCanvas;
	}

	public Chart getChart() {
		return chart;
	}

	@Override
	public void setFocus() {
		treeCanvas.setFocus();
	}

	@Override
	public void dispose() {
		ActiveStore.get().removeListener(storeListener);
		LiveRuns.get().removeListener(liveListener);
		if (shown != null) {
			shown.model().eAdapters().remove(modelListener);
		}
		super.dispose();
	}
}
