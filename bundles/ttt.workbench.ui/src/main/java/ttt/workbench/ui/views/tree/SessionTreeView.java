package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.TreeContent;
import ttt.workbench.analysis.tree.StoreLineage;
import ttt.workbench.analysis.tree.ColorMode;
import ttt.workbench.analysis.tree.SampleLineage;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.analysis.layout.TreeLayoutEngine;
import ttt.workbench.analysis.live.LiveRun;
import ttt.workbench.analysis.live.LiveRuns;
import ttt.workbench.analysis.live.SweepStates;
import ttt.workbench.analysis.live.SweepStatus;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.preferences.WorkbenchPreferences;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.ui.store.ActiveStore;

/**
 * The Session Tree, home of the workbench: the open store's lineage under a gold base node, coloured by lineage depth,
 * recency or improvement (with a legend, and the value written on each node), collapsible, zoomable, searchable by id;
 * under it the MSE curves of the selected session's newest run ({@link MseStrip}). Selecting a node publishes the
 * {@link Session} to the workbench; Enter or a double-click opens it; dragging a node onto empty space forks it
 * ({@link TreeGestures}). It follows the store live, and draws a store opened from its index from the summaries,
 * loading the details of the sessions on screen only ({@link VisibleLoads}). Other parts reveal a session in it with
 * the {@code revealSession} command ({@link RevealSessionHandler}). This class only wires the pieces together.
 */
public class SessionTreeView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.sessionTree";

	private Composite root;
	private Label header;
	private TreeCanvas canvas;
	private MseStrip strip;
	private TreeFind find;
	private TreeActions actions;
	private TreeGestures gestures;
	private ArtifactStore shown;
	private TreeContent content;
	private SweepManifests manifests;
	private VisibleLoads loads;
	private ColorMode colorMode = ColorMode.DEPTH;
	/** The state remembered from the last session of the workbench, until the store it belongs to is shown (or null). */
	private TreeViewState remembered;
	private final SessionSelectionProvider selectionProvider = new SessionSelectionProvider();
	private final Consumer<ArtifactStore> storeListener = this::show;
	private final Consumer<LiveRun> liveListener = run -> strip.liveRunChanged(run);
	/** Sweep sizes and states changed (a Run Sweep job, or a manifest read): the group labels follow. */
	private final Runnable sweepListener = this::sweepsChanged;
	/** One refresh for a burst of notifications (a merge of a run sets dozens of attributes). */
	private final ModelRefresh modelRefresh = new ModelRefresh(this::refreshFromModel).onChange(n -> {
		TreeContent c = content;
		if (c != null) {
			c.modelChanged(n); // details that arrive update their nodes in place, without a new layout
		}
	});
	/** The folding threshold the shown store was opened with. */
	private int foldedAbove;
	/** Sessions picked in an Experiment editor: the tree selects the first (it shows one selection). */
	private final ISelectionListener experimentListener = (part, sel) -> {
		if (part.getSite().getId().equals("ttt.workbench.ui.editors.experiment") && sel instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof Session first && !first.getId().equals(canvas.getSelectedId())) {
			reveal(first.getId());
		}
	};

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		remembered = TreeViewState.read(memento);
		if (remembered != null) {
			colorMode = remembered.colorMode();
		}
	}

	/** Colour mode and legend always; zoom, scroll and fold with the store they belong to. */
	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		state().save(memento);
	}

	/** What {@link #saveState} writes. */
	TreeViewState state() {
		boolean legend = canvas == null || canvas.isLegendVisible();
		if (shown == null || content == null) {
			// nothing of a store is shown: keep what was remembered for it (it may still be opening)
			TreeViewState r = remembered;
			return r == null ? new TreeViewState(colorMode, legend, null, 1, 0, 0, java.util.Set.of())
					: new TreeViewState(colorMode, legend, r.store(), r.zoom(), r.scrollX(), r.scrollY(), r.collapsed());
		}
		var scroll = canvas.getScroll();
		return new TreeViewState(colorMode, legend, shown.root().toString(), canvas.getZoom(), scroll.x, scroll.y,
				content.collapsedIds());
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
		header.setData(TreeWidgetIds.KEY, TreeWidgetIds.HEADER);

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new TreeCanvas(sash);
		canvas.setData(TreeWidgetIds.KEY, TreeWidgetIds.CANVAS);
		find = new TreeFind(top, canvas, getViewSite().getActionBars().getStatusLineManager(), () -> content, this::reveal);
		gestures = new TreeGestures(getSite(), getViewSite().getActionBars().getStatusLineManager(), () -> shown);
		canvas.setTooltips(id -> content == null ? "Example lineage: open a store to see real sessions" : content.tooltip(id));
		canvas.addSelectionListener(this::selected);
		canvas.addOpenListener(id -> gestures.open(id));
		canvas.addToggleListener(this::toggle);
		canvas.addForkDropListener(gestures::forkDropped);
		canvas.addRefusedDropListener(gestures::dropRefused);
		canvas.addViewportListener(this::loadVisible);
		strip = new MseStrip(sash, this::selectedSession);
		StripHeight.keepReadable(sash);
		getSite().setSelectionProvider(selectionProvider);

		actions = new TreeActions(actionHost());
		actions.fill(getViewSite(), colorMode);
		if (remembered != null) {
			actions.showLegend(remembered.legend());
		}
		var contextMenu = actions.contextMenu();
		canvas.setMenu(contextMenu.createContextMenu(canvas));
		getSite().registerContextMenu(contextMenu, selectionProvider);
		// F2 (Edit Note) and other keys bound in this context apply while the tree is the active part
		getSite().getService(IContextService.class).activateContext("ttt.workbench.ui.contexts.sessionTree");
		new UndoRedoActionGroup(getSite(), PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), true)
				.fillActionBars(getViewSite().getActionBars());
		showExample();
		ActiveStore.get().addListener(storeListener);
		getSite().getPage().addSelectionListener(experimentListener);
		LiveRuns.get().addListener(liveListener);
		SweepStates.get().addListener(sweepListener);
		WorkbenchPreferences.onChange(canvas, this::collapseThresholdChanged);
	}

	/** A new folding threshold refolds the store as if it had just been opened with it. */
	private void collapseThresholdChanged() {
		if (shown != null && content != null && WorkbenchPreferences.collapseThreshold() != foldedAbove) {
			foldedAbove = WorkbenchPreferences.collapseThreshold();
			content = new TreeContent(shown.model(), shown.root().toString(), this::sweepStatus, foldedAbove);
			content.setColorMode(colorMode);
			refreshFromModel();
			canvas.fit();
		}
	}

	private void showExample() {
		header.setText("Example lineage: no artifact store is open (File > Open Store..., or start with -store DIR).");
		canvas.setTree(new TreeLayoutEngine(32).layout(SampleLineage.nodes()), SampleLineage.BASE_ID);
		strip.showExample();
	}

	/** Shows {@code store} (on the UI thread). */
	private void show(ArtifactStore store) {
		shown = store;
		foldedAbove = WorkbenchPreferences.collapseThreshold();
		content = new TreeContent(store.model(), store.root().toString(), this::sweepStatus, foldedAbove);
		content.setColorMode(colorMode);
		manifests = new SweepManifests(root, store.root());
		loads = new VisibleLoads(store, root.getDisplay(), id -> content == null ? null : content.shownSession(id));
		strip.setStore(store.root(), store.model());
		modelRefresh.observe(store.model());
		TreeViewState r = remembered;
		boolean same = r != null && r.store() != null && r.store().equals(store.root().toString());
		if (same) {
			content.setCollapsed(r.collapsed());
		}
		refreshFromModel();
		// the selection still names an object of the store shown before: publish this store's session of that id, or none
		selected(canvas.getSelectedId());
		canvas.fit();
		if (same) {
			remembered = null; // applied once: another store opened later starts fitted
			restoreViewport(r, 100);
		}
	}

	/** Zoom and scroll as remembered, once the canvas has its size (the view may be opening with the workbench). */
	private void restoreViewport(TreeViewState r, int triesLeft) {
		if (canvas.isDisposed()) {
			return;
		}
		if (canvas.getSize().x == 0 || canvas.getSize().y == 0) {
			if (triesLeft > 0) { // a view behind another tab gets its size when shown; fitted is fine then
				canvas.getDisplay().timerExec(50, () -> restoreViewport(r, triesLeft - 1));
			}
			return;
		}
		canvas.setZoom(r.zoom());
		canvas.scrollTo(r.scrollX(), r.scrollY());
	}

	private void sweepsChanged() {
		TreeContent c = content;
		if (c != null) {
			c.layoutChanged(); // a group's label says its sweep's size and state
		}
		modelRefresh.schedule();
	}

	private void refreshFromModel() {
		if (content == null || root == null || root.isDisposed()) {
			return;
		}
		TreeContent.Shown view = content.refresh(System.currentTimeMillis() / 1000.0);
		content.groups().values().forEach(g -> manifests.ask(g.name()));
		header.setText(view.header());
		header.setToolTipText(view.header());
		canvas.setTree(view.tree(), StoreLineage.BASE_ID, view.looks(), view.legend());
		strip.showCurvesOfSelection();
		root.layout(true, true);
	}

	/**
	 * The details of the sessions on screen (a store opened from its index has summaries): their counts are written on
	 * the nodes, so only when labels are drawn, or when the colours need metrics.
	 */
	private void loadVisible() {
		if (loads != null && (canvas.getZoom() >= TreeCanvas.LABEL_ZOOM || colorMode == ColorMode.IMPROVEMENT)) {
			loads.request(canvas.visibleIds());
		}
	}

	private SweepStatus sweepStatus(String name) {
		return shown == null ? null : SweepStates.get().of(shown.root(), name).orElse(null);
	}

	// ------------------------------------------------------------------ what the actions do

	/** The toolbar's and menus' view of this part (kept out of the part's public API). */
	private TreeActions.Host actionHost() {
		return new TreeActions.Host() {
			@Override
			public TreeCanvas canvas() {
				return canvas;
			}

			@Override
			public TreeContent content() {
				return content;
			}

			@Override
			public void setColorMode(ColorMode mode) {
				SessionTreeView.this.setColorMode(mode);
			}

			@Override
			public void toggle(String id) {
				SessionTreeView.this.toggle(id);
			}

			@Override
			public void collapseAll() {
				fold(TreeContent::collapseAll);
			}

			@Override
			public void expandAll() {
				fold(TreeContent::expandAll);
			}

			@Override
			public void open(String id) {
				gestures.open(id);
			}

			@Override
			public void focusFind() {
				find.focus();
			}
		};
	}

	private void setColorMode(ColorMode mode) {
		colorMode = mode;
		actions.showColorMode(mode);
		if (content != null) {
			content.setColorMode(mode);
		}
		refreshFromModel();
	}

	private void toggle(String id) {
		if (content != null) {
			content.toggle(id);
			refreshFromModel();
		}
		canvas.setSelectedId(id);
		canvas.reveal(id);
	}

	private void fold(Consumer<TreeContent> how) {
		if (content != null) {
			how.accept(content);
			refreshFromModel();
		}
	}

	// ------------------------------------------------------------------ selection

	/**
	 * Selects {@code sessionId} (ring, and the workbench selection), expanding collapsed ancestors, and brings it into
	 * view, so its path from the base is on screen (the revealSession command, the find field, an Experiment's pick).
	 */
	void reveal(String sessionId) {
		Session s = content == null ? null : content.model().findSession(sessionId);
		if (s == null) {
			return;
		}
		if (content.expandTo(s)) {
			refreshFromModel();
		}
		canvas.setSelectedId(sessionId);
		canvas.reveal(sessionId);
	}

	/**
	 * The tree's selection, published to the workbench as the selected Session, or the store's Base for the base node
	 * (its details in the Properties view; session commands are enabled on Sessions only). Nothing for a sweep group: a
	 * group is a way to fold a sweep away, not a session; its summary goes to the status line.
	 */
	private void selected(String id) {
		Session s = content == null || id == null ? null : content.model().findSession(id);
		Object base = content != null && StoreLineage.BASE_ID.equals(id) ? content.model().getBase() : null;
		Object published = s != null ? s : base;
		selectionProvider.setSelection(published == null ? StructuredSelection.EMPTY : new StructuredSelection(published));
		String group = content == null ? null : content.groupSummary(id);
		if (group != null) {
			getViewSite().getActionBars().getStatusLineManager().setMessage(group);
		}
		if (s != null && loads != null) {
			loads.request(java.util.List.of(s.getId())); // its runs decide what the strip shows
		}
		strip.showCurvesOfSelection();
		if (s != null) {
			LiveRuns.get().of(s.getId()).ifPresent(strip::liveRunChanged);
		}
	}

	private Session selectedSession() {
		return ((IStructuredSelection) selectionProvider.getSelection()).getFirstElement() instanceof Session s ? s : null;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
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
