package ttt.workbench.ui.views.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.jobs.PerStepLoader;
import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.analysis.layout.TreeLayoutEngine;
import ttt.workbench.analysis.layout.TreeNodeSpec;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.analysis.live.LiveRun;
import ttt.workbench.analysis.live.LiveRuns;
import ttt.workbench.analysis.live.SweepStates;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.charts.MseChart;

/**
 * The Session Tree, home of the workbench: the open store's lineage laid out by ELK under a gold base node, coloured
 * by lineage depth, recency or improvement (with a legend, and the value written on each node), collapsible, zoomable,
 * searchable by id; above the three MSE curves of the selected session's newest run. Selecting a node publishes the
 * {@link Session} to the workbench; Enter or a double-click opens it; dragging a node onto empty space forks it. It
 * follows the store live: runs and forks made by the command line or the Python reference appear as they land.
 */
public class SessionTreeView extends ViewPart implements IShowInTarget {

	public static final String ID = "ttt.workbench.ui.views.sessionTree";
	/** The fork command (plugin.xml); drag-to-fork runs it on the dragged session. */
	public static final String FORK_COMMAND = "ttt.workbench.ui.commands.forkSession";
	/** The new-session command; dragging the base node onto empty space runs it (a root is a fork of the base). */
	public static final String NEW_SESSION_COMMAND = "ttt.workbench.ui.commands.newSession";
	/** Above this many sessions a store opens with its roots collapsed (Expand All, or + on a root, opens them). */
	public static final int LARGE_STORE = 400;

	private Composite root;
	private Label header;
	private Text findField;
	private TreeCanvas treeCanvas;
	private Chart chart;
	private ArtifactStore shown;
	private ColorMode colorMode = ColorMode.DEPTH;
	private final Set<String> collapsed = new HashSet<>();
	private final List<IAction> colorActions = new ArrayList<>();
	private Combo colorCombo;
	private String findText = "";
	private int findIndex = -1;
	private String curvesShownFor; // run id whose curves the chart shows
	private final SessionSelectionProvider selectionProvider = new SessionSelectionProvider();
	private final Consumer<ArtifactStore> storeListener = this::show;
	/** The session whose run in progress the chart shows, or null (then it shows the latest finished run). */
	private String liveShown;
	/** The baseline array of the live run drawn (snapshots of one run share it) and the x values of its steps. */
	private float[] liveBaselinesDrawn;
	private double[] liveX;
	private final Consumer<LiveRun> liveListener = this::liveRunChanged;
	/** Sweep sizes and states changed (a Run Sweep job, or a manifest read): the group labels follow. */
	private final Runnable sweepListener = this::scheduleRefresh;
	/** Sweep groups whose folding was decided (once, when their size became known). */
	private final Set<String> knownGroups = new HashSet<>();
	/** Sweeps whose manifest was asked for (once per store). */
	private final Set<String> manifestsAsked = new HashSet<>();
	/** The sweep groups laid out, by node id. */
	private Map<String, SweepGroups.Group> groups = Map.of();
	/** One refresh for a burst of notifications (a merge of a run sets dozens of attributes). */
	private final ModelRefresh modelRefresh = new ModelRefresh(this::refreshFromModel);

	/**
	 * Sessions picked in an Experiment editor: the tree selects the first (it shows one selection) and brings it into
	 * view; the editor keeps the others.
	 */
	private final org.eclipse.ui.ISelectionListener experimentListener = (part, sel) -> {
		if (part.getSite().getId().equals("ttt.workbench.ui.editors.experiment") && sel instanceof org.eclipse.jface.viewers.IStructuredSelection s
				&& s.getFirstElement() instanceof Session first && !first.getId().equals(treeCanvas.getSelectedId())) {
			selectSession(first.getId());
		}
	};

	/** One refresh on the UI thread for a burst of changes. */
	private void scheduleRefresh() {
		modelRefresh.schedule();
	}

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		root.setLayout(layout);

		Composite top = new Composite(root, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout topLayout = new GridLayout(2, false);
		topLayout.marginHeight = 2;
		top.setLayout(topLayout);
		header = new Label(top, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		findField = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		findField.setMessage("Find session id (Ctrl+F)");
		findField.setToolTipText("Type part of a session id and press Enter; Enter again goes to the next match");
		GridData findData = new GridData(SWT.END, SWT.CENTER, false, false);
		findData.widthHint = 220;
		findField.setLayoutData(findData);
		findField.addListener(SWT.DefaultSelection, e -> findNext(findField.getText()));
		findField.addListener(SWT.Modify, e -> findField.setBackground(null));

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		treeCanvas = new TreeCanvas(sash);
		treeCanvas.setTooltips(this::tooltipFor);
		treeCanvas.addSelectionListener(this::selected);
		treeCanvas.addOpenListener(this::open);
		treeCanvas.addToggleListener(this::toggle);
		treeCanvas.addForkDropListener(this::forkDropped);
		treeCanvas.addRefusedDropListener(this::dropRefused);
		treeCanvas.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
				findField.setFocus();
				findField.selectAll();
			}
		});
		getSite().setSelectionProvider(selectionProvider);

		chart = new Chart(sash, SWT.NONE);
		chart.getAxisSet().getXAxis(0).getTitle().setText("step t");
		chart.getAxisSet().getYAxis(0).getTitle().setText("MSE");
		sash.setWeights(3, 1);

		createActions();
		createContextMenu();
		// F2 (Edit Note) and other keys bound in this context apply while the tree is the active part
		getSite().getService(org.eclipse.ui.contexts.IContextService.class).activateContext("ttt.workbench.ui.contexts.sessionTree");
		new org.eclipse.ui.operations.UndoRedoActionGroup(getSite(),
				org.eclipse.ui.PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), true)
				.fillActionBars(getViewSite().getActionBars());
		showExample();
		ActiveStore.get().addListener(storeListener);
		getSite().getPage().addSelectionListener(experimentListener);
		LiveRuns.get().addListener(liveListener);
		SweepStates.get().addListener(sweepListener);
	}

	// ------------------------------------------------------------------ actions and menus

	private void createActions() {
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		toolbar.add(new ControlContribution("ttt.workbench.ui.sessionTree.colorMode") {
			@Override
			protected Control createControl(Composite parent) {
				colorCombo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
				for (ColorMode m : ColorMode.values()) {
					colorCombo.add("Colour: " + m.label());
				}
				colorCombo.select(colorMode.ordinal());
				colorCombo.setToolTipText("What the node colours show (the value is also written on each node)");
				colorCombo.addListener(SWT.Selection, e -> setColorMode(ColorMode.values()[colorCombo.getSelectionIndex()]));
				return colorCombo;
			}
		});
		toolbar.add(new Separator("fork"));
		toolbar.add(action("Zoom In", "Zoom in (Ctrl++ or Ctrl+wheel)", () -> treeCanvas.zoomBy(1.25), "+"));
		toolbar.add(action("Zoom Out", "Zoom out (Ctrl+- or Ctrl+wheel)", () -> treeCanvas.zoomBy(0.8), "−"));
		toolbar.add(action("Fit", "Show the whole tree (Ctrl+0)", treeCanvas::fit, "Fit"));
		toolbar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager colorMenu = new MenuManager("&Colour By");
		for (ColorMode m : ColorMode.values()) {
			IAction a = new Action(m.label(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						setColorMode(m);
					}
				}
			};
			a.setChecked(m == colorMode);
			colorActions.add(a);
			colorMenu.add(a);
		}
		menu.add(colorMenu);
		IAction legendAction = new Action("Show &Legend", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				treeCanvas.setLegendVisible(isChecked());
			}
		};
		legendAction.setChecked(true);
		legendAction.setToolTipText("Show what the node colours mean (hide it when it covers nodes)");
		menu.add(legendAction);
		menu.add(new Separator());
		menu.add(action("Collapse All", "Collapse every root session's subtree", this::collapseAll, null));
		menu.add(action("Expand All", "Expand every collapsed subtree", this::expandAll, null));
		menu.add(new Separator());
		menu.add(action("Zoom 100 %", "Actual size", () -> treeCanvas.setZoom(1), null));
		menu.add(action("Fit", "Show the whole tree", treeCanvas::fit, null));
		menu.add(action("Find Session...", "Focus the find field (Ctrl+F)", () -> findField.setFocus(), null));
	}

	private static IAction action(String text, String tooltip, Runnable run, String toolbarText) {
		IAction a = new Action(toolbarText != null ? toolbarText : text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tooltip);
		a.setDescription(text);
		return a;
	}

	/** Commands contributed to {@code popup:ttt.workbench.ui.views.sessionTree} (plugin.xml) join these. */
	private void createContextMenu() {
		MenuManager manager = new MenuManager("#SessionTreePopup");
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(m -> {
			String id = treeCanvas.getSelectedId();
			m.add(new Separator("fork"));
			m.add(new Separator("open"));
			if (id != null && !id.equals(treeCanvas.getBaseId()) && !SweepGroups.isGroup(id)) {
				m.appendToGroup("open", action("&Open", "Open the session editor (Enter)", () -> open(id), null));
			}
			m.add(new Separator("tree"));
			if (id != null && !id.equals(StoreLineage.BASE_ID)) {
				boolean isCollapsed = collapsed.contains(id);
				m.appendToGroup("tree", action(isCollapsed ? (SweepGroups.isGroup(id) ? "E&xpand Sweep" : "E&xpand Subtree")
						: (SweepGroups.isGroup(id) ? "Co&llapse Sweep" : "Co&llapse Subtree"),
						isCollapsed ? "Show the sessions under this one (+)" : "Hide the sessions under this one (−)", () -> toggle(id), null));
			}
			m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		treeCanvas.setMenu(manager.createContextMenu(treeCanvas));
		getSite().registerContextMenu(manager, selectionProvider);
	}

	// ------------------------------------------------------------------ content

	private void showExample() {
		header.setText("Example lineage: no artifact store is open (File > Open Store..., or start with -store DIR).");
		treeCanvas.setTree(new TreeLayoutEngine(32).layout(SampleLineage.nodes()), SampleLineage.BASE_ID);
		setCurves("Example: per-step MSE of base, session start and adaptive", ExampleCurves.table());
	}

	/** Shows {@code store} (on the UI thread). */
	public void show(ArtifactStore store) {
		shown = store;
		collapsed.clear();
		knownGroups.clear();
		manifestsAsked.clear();
		curvesShownFor = null;
		modelRefresh.observe(store.model());
		if (store.model().getSessions().size() > LARGE_STORE) {
			// thousands of nodes side by side are unreadable at any zoom: start from the roots, each with its +N badge
			store.model().getSessions().stream().filter(s -> s.getParent() == null && !s.getChildren().isEmpty())
					.forEach(s -> collapsed.add(s.getId()));
		}
		refreshFromModel();
		treeCanvas.fit();
	}

	private void refreshFromModel() {
		if (shown == null || root == null || root.isDisposed()) {
			return;
		}
		Store model = shown.model();
		int problems = model.getProblems().size();
		List<Session> sessions = new ArrayList<>(model.getSessions());
		NodeColoring.Result coloring = NodeColoring.color(sessions, colorMode, System.currentTimeMillis() / 1000.0);
		List<TreeNodeSpec> all = StoreLineage.nodes(model, coloring.cues(), this::sweepStatus);
		groups = SweepGroups.of(sortedForGroups(sessions), StoreLineage.BASE_ID);
		for (SweepGroups.Group g : groups.values()) {
			// a sweep of hundreds of points opens collapsed behind its +N badge, decided once its size is known (a
			// running sweep's first session shows up after the job has said how many points it has); the user's
			// choice is kept after that
			var status = sweepStatus(g.name());
			int size = Math.max(g.members().size(), status == null ? 0 : status.total());
			if ((status != null || size > SweepGroups.OPEN_LIMIT) && knownGroups.add(g.id()) && size > SweepGroups.OPEN_LIMIT) {
				collapsed.add(g.id());
			}
			askManifest(g.name());
		}
		collapsed.removeIf(id -> SweepGroups.isGroup(id) ? !groups.containsKey(id) : model.findSession(id) == null);
		long sweeps = groups.values().stream().map(SweepGroups.Group::name).distinct().count();
		header.setText(shown.root() + " — " + model.getSessions().size() + " sessions"
				+ (sweeps == 0 ? "" : " (" + sweeps + (sweeps == 1 ? " sweep)" : " sweeps)"))
				+ (collapsed.isEmpty() ? "" : ", " + collapsed.size() + " collapsed")
				+ (problems == 0 ? "" : ", " + problems + " problem" + (problems == 1 ? "" : "s") + " (see the Error Log)"));
		header.setToolTipText(header.getText());
		Collapsing.Visible visible = Collapsing.apply(all, collapsed);
		LaidOutTree tree = new TreeLayoutEngine(32).layout(visible.nodes());
		Map<String, NodeLook> looks = new HashMap<>(coloring.looks());
		groups.keySet().forEach(id -> looks.put(id, SWEEP_LOOK));
		visible.hiddenCounts().forEach((id, n) -> looks.computeIfPresent(id, (k, look) -> look.withHidden(n)));
		treeCanvas.setTree(tree, StoreLineage.BASE_ID, looks, coloring.legend());
		showCurvesOfSelection();
		root.layout(true, true);
	}

	/** The look of a sweep group: violet, thick border (its text says "sweep" too: colour is never the only cue). */
	private static final NodeLook SWEEP_LOOK = new NodeLook(new Shade(234, 228, 248), new Shade(105, 80, 160), 2, false, 0);

	/** The sessions in the order {@link StoreLineage#nodes} lays them out, so that group members keep that order. */
	private static List<Session> sortedForGroups(List<Session> sessions) {
		List<Session> sorted = new ArrayList<>(sessions);
		sorted.sort(Comparator.comparingDouble(Session::getCreatedAtUnix).thenComparing(Session::getId));
		return sorted;
	}

	private ttt.workbench.analysis.live.SweepStatus sweepStatus(String name) {
		return shown == null ? null : SweepStates.get().of(shown.root(), name).orElse(null);
	}

	/**
	 * The size of a sweep not run by this workbench comes from its manifest ({@code sweeps/<name>/manifest.json}), read
	 * once in a job; a Run Sweep job of this workbench publishes its own, which the manifest never overrides.
	 */
	private void askManifest(String name) {
		if (shown == null || !manifestsAsked.add(name) || sweepStatus(name) != null) {
			return;
		}
		java.nio.file.Path storeRoot = shown.root();
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Reading sweep " + name, monitor -> {
			java.nio.file.Path file = ttt.workbench.sweep.Manifest.file(storeRoot, name);
			try {
				if (java.nio.file.Files.isRegularFile(file)) {
					var json = ttt.workbench.store.json.PythonJsonReader.parse(java.nio.file.Files.readAllBytes(file), file);
					int total = json.path("total").asInt(-1);
					int failed = 0;
					for (var p : json.path("points")) {
						failed += "failed".equals(p.path("state").asText()) ? 1 : 0;
					}
					int f = failed;
					if (total > 0 && !root.isDisposed()) {
						root.getDisplay().asyncExec(() -> {
							if (SweepStates.get().of(storeRoot, name).isEmpty()) {
								SweepStates.get().put(storeRoot, name, new ttt.workbench.analysis.live.SweepStatus(total, f, false, null));
							}
						});
					}
				}
			} catch (java.io.IOException | RuntimeException e) {
				// the manifest is a cache: without it the group shows its sessions without the total
			}
			return org.eclipse.core.runtime.Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void setColorMode(ColorMode mode) {
		colorMode = mode;
		colorActions.forEach(a -> a.setChecked(a.getText().equals(mode.label())));
		if (colorCombo != null && !colorCombo.isDisposed()) {
			colorCombo.select(mode.ordinal());
		}
		refreshFromModel();
	}

	public ColorMode getColorMode() {
		return colorMode;
	}

	/** Switches the colour mode (as the toolbar's drop-down does). */
	public void colorBy(ColorMode mode) {
		setColorMode(mode);
	}

	// ------------------------------------------------------------------ collapse, find, lineage

	private void toggle(String id) {
		if (!collapsed.remove(id)) {
			collapsed.add(id);
		}
		refreshFromModel();
		treeCanvas.setSelectedId(id);
		treeCanvas.reveal(id);
	}

	public boolean isCollapsed(String id) {
		return collapsed.contains(id);
	}

	private void collapseAll() {
		if (shown != null) {
			shown.model().getSessions().stream().filter(s -> s.getParent() == null && !s.getChildren().isEmpty())
					.forEach(s -> collapsed.add(s.getId()));
			refreshFromModel();
		}
	}

	/** Opens every collapsed subtree (the view menu's Expand All). */
	public void expandAll() {
		collapsed.clear();
		refreshFromModel();
	}

	/** Selects the next session whose id contains {@code text} (case-insensitive), expanding what hides it. */
	private void findNext(String text) {
		if (shown == null || text.isBlank()) {
			return;
		}
		String needle = text.trim().toLowerCase(Locale.ROOT);
		List<String> matches = shown.model().getSessions().stream().map(Session::getId)
				.filter(id -> id.toLowerCase(Locale.ROOT).contains(needle)).sorted(Comparator.comparing((String id) -> !id.equals(text.trim()))
						.thenComparing(Comparator.naturalOrder()))
				.toList();
		if (matches.isEmpty()) {
			findField.setBackground(root.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage("No session id contains \"" + text.trim() + "\"");
			return;
		}
		findIndex = needle.equals(findText) ? (findIndex + 1) % matches.size() : 0;
		findText = needle;
		String id = matches.get(findIndex);
		selectSession(id);
		treeCanvas.setHighlightId(id);
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		getViewSite().getActionBars().getStatusLineManager()
				.setMessage("Match " + (findIndex + 1) + " of " + matches.size() + ": " + id + " (Enter for the next)");
	}

	/**
	 * Selects {@code sessionId} (ring, and the workbench selection) and brings it into view, so its path from the base is
	 * on screen; other views call it ("View Full Lineage", breadcrumb links).
	 */
	public void reveal(String sessionId) {
		selectSession(sessionId);
	}

	/** "Show In" from other parts (Compare's and the Sessions table's breadcrumbs, new and forked sessions): reveals the session. */
	@Override
	public boolean show(ShowInContext context) {
		if (context.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s
				&& s.getFirstElement() instanceof Session session) {
			reveal(session.getId());
			return true;
		}
		return false;
	}

	/** Selects the session in the tree, expanding collapsed ancestors and scrolling it into view. */
	public void selectSession(String id) {
		if (shown == null) {
			return;
		}
		Session s = shown.model().findSession(id);
		if (s == null) {
			return;
		}
		boolean expanded = false;
		for (Session a = s.getParent(); a != null; a = a.getParent()) {
			expanded |= collapsed.remove(a.getId());
		}
		for (SweepGroups.Group g : groups.values()) { // a sweep group folded over the session or one of its ancestors
			for (Session a = s; a != null; a = a.getParent()) {
				if (g.members().contains(a)) {
					expanded |= collapsed.remove(g.id());
				}
			}
		}
		if (expanded) {
			refreshFromModel();
		}
		treeCanvas.setSelectedId(id);
		treeCanvas.reveal(id);
	}

	// ------------------------------------------------------------------ selection, open, fork

	private String tooltipFor(String id) {
		if (shown == null) {
			return "Example lineage: open a store to see real sessions";
		}
		if (SweepGroups.isGroup(id)) {
			SweepGroups.Group g = groups.get(id);
			return g == null ? null : SweepGroups.tooltip(g, sweepStatus(g.name()));
		}
		if (StoreLineage.BASE_ID.equals(id)) {
			var base = shown.model().getBase();
			return base == null ? "no base model" : "base model\nsignature " + base.getModelSignature() + "\ncheckpoint "
					+ base.getBaseCkptHash() + "\ntorch " + base.getTorchVersion() + "\n\nDrag onto empty space to start a new root session";
		}
		Session s = shown.model().findSession(id);
		return s == null ? null
				: StoreLineage.tooltip(s) + "\n\nEnter: open · drag onto empty space: fork · right-click: more";
	}

	/**
	 * The tree's selection, published to the workbench as the selected Session (nothing for the base, and nothing for a
	 * sweep group: a group is a way to fold a sweep away, not a session; its summary goes to the status line).
	 */
	private void selected(String id) {
		Session s = shown == null || id == null ? null : shown.model().findSession(id);
		selectionProvider.setSelection(s == null ? StructuredSelection.EMPTY : new StructuredSelection(s));
		SweepGroups.Group group = id == null ? null : groups.get(id);
		if (group != null) {
			getViewSite().getActionBars().getStatusLineManager().setMessage(SweepGroups.label(group, sweepStatus(group.name())).replace('\n', ' ')
					+ " (− / + folds it; select a session of it to see it in the other views)");
		}
		showCurvesOfSelection();
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
			curvesShownFor = null; // the chart shows the live run: draw the newest stored run again
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
			addLine("base", t, widen(run.baseMse(), t.length), new Color(MseChart.BASE_RGB), LineStyle.DASH, 1);
			addLine("session_start", t, widen(run.sessionNoUpdateMse(), t.length), new Color(MseChart.SESSION_START_RGB), LineStyle.DASH, 2);
			addLine("adaptive", java.util.Arrays.copyOf(t, run.length()), widen(run.adaptiveMse(), run.length()), new Color(MseChart.ADAPTIVE_RGB),
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

	private void open(String id) {
		Session s = shown == null ? null : shown.model().findSession(id);
		if (s == null) {
			return;
		}
		try {
			SessionEditors.open(getSite().getPage(), s);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Cannot open session " + id, e);
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage("Cannot open " + id + ": " + e.getMessage());
		}
	}

	/** A node dropped on empty space: the fork command on it (the press already selected it), or New Session for the base. */
	private void forkDropped(String id) {
		if (SweepGroups.isGroup(id)) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage("A sweep group is not a session: drag one of its sessions to fork it");
			return;
		}
		String command = StoreLineage.BASE_ID.equals(id) ? NEW_SESSION_COMMAND : FORK_COMMAND;
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(command, null);
		} catch (NotDefinedException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage("Starting a root session by drag is not available");
		} catch (Exception e) {
			ILog.of(getClass()).error("Fork by drag of " + id + " failed", e);
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage("Cannot fork " + id + ": " + e.getMessage());
		}
	}

	private void dropRefused(String dragged, String target) {
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage("Cannot drop " + readable(dragged) + " onto "
				+ readable(target) + ": a session has one parent. Drop it on empty space to fork it.");
	}

	private static String readable(String id) {
		if (SweepGroups.isGroup(id)) {
			return "the sweep group";
		}
		return StoreLineage.BASE_ID.equals(id) ? "the base" : id;
	}

	// ------------------------------------------------------------------ curves of the selection

	/** The selected session's newest run, or the store's newest run when nothing is selected. */
	private void showCurvesOfSelection() {
		if (shown == null || liveShown != null) {
			return; // a run in progress keeps the chart until it ends
		}
		Session selected = getSelectedSession();
		var runs = selected != null ? selected.getRuns().stream() : shown.model().getSessions().stream().flatMap(s -> s.getRuns().stream());
		Run newest = runs.max(Comparator.comparing((Run r) -> r.getCreatedAtUnix() == null ? 0 : r.getCreatedAtUnix())).orElse(null);
		if (newest == null) {
			if (selected != null) {
				clearCurves(selected.getId() + " has not run yet: Session > Run Session... starts a run");
			}
			return;
		}
		if (!newest.getId().equals(curvesShownFor)) {
			curvesShownFor = newest.getId();
			loadCurves(newest);
		}
	}

	/** Reads the run's per_step.csv in a job (never on the UI thread) and draws it when done. */
	private void loadCurves(Run run) {
		String title = run.getSession().getId() + " · newest run " + run.getId();
		PerStepLoader.load(root, shown.root(), run.getSession().getId(), run.getId(), table -> {
			if (run.getId().equals(curvesShownFor) && liveShown == null) { // a live run keeps the chart until it ends
				setCurves(title, table);
			}
		}, e -> {
			// logged by the loader; the chart keeps what it showed
		});
	}

	private void clearCurves(String title) {
		curvesShownFor = null;
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		chart.getTitle().setText(title);
		chart.redraw();
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
		addLine("base", t, table.baseMse(), new Color(MseChart.BASE_RGB), LineStyle.DASH, 1);
		if (table.sessionNoUpdateMse() != null) {
			addLine("session_start", t, table.sessionNoUpdateMse(), new Color(MseChart.SESSION_START_RGB), LineStyle.DASH, 2);
		}
		addLine("adaptive", t, table.adaptiveMse(), new Color(MseChart.ADAPTIVE_RGB), LineStyle.SOLID, 3);
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

	// ------------------------------------------------------------------ accessors for tests and other views

	public TreeCanvas getTreeCanvas() {
		return treeCanvas;
	}

	public Chart getChart() {
		return chart;
	}

	public Text getFindField() {
		return findField;
	}

	/** The node of sweep {@code name}'s group (for tests and other views), or null when the tree has none. */
	public String sweepGroupNode(String name) {
		return groups.values().stream().filter(g -> g.name().equals(name)).map(SweepGroups.Group::id).findFirst().orElse(null);
	}

	/** The ids of the sessions under a sweep group node, in tree order (empty for any other node). */
	public List<String> sweepMembers(String groupNode) {
		SweepGroups.Group g = groups.get(groupNode);
		return g == null ? List.of() : g.members().stream().map(Session::getId).toList();
	}

	/** The parent node of {@code id} as laid out (a sweep group for a sweep's sessions), or null when not on screen. */
	public String parentNodeOf(String id) {
		return treeCanvas.getTree().box(id).map(b -> b.node().parentId()).orElse(null);
	}

	/** The text of a node as laid out, or null when it is not on screen (hidden in a collapsed subtree). */
	public String labelOf(String id) {
		return treeCanvas.getTree().box(id).map(b -> b.node().label()).orElse(null);
	}

	/** Collapses or expands a node's subtree (as its − / + pill does). */
	public void toggleCollapsed(String id) {
		toggle(id);
	}

	/** The node specs currently laid out (for tests: the visible nodes after collapsing). */
	List<TreeNodeSpec> visibleNodes() {
		return treeCanvas.getTree().boxes().stream().map(LaidOutTree.Box::node).toList();
	}

	@Override
	public void setFocus() {
		treeCanvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(experimentListener);
		ActiveStore.get().removeListener(storeListener);
		LiveRuns.get().removeListener(liveListener);
		SweepStates.get().removeListener(sweepListener);
		modelRefresh.dispose();
		super.dispose();
	}
}
