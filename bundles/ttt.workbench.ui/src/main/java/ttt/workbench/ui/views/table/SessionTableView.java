package ttt.workbench.ui.views.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/**
 * Sessions: every session of the open store in a sortable, filterable table (virtual, so ten thousand sessions cost
 * only the rows on screen), with the lineage breadcrumb of the selected session above it. Follows the store live and
 * the Session Tree's selection; publishes its own selection (Session objects) to the workbench. Double-click or
 * Enter opens the session editor; fork, compare, lineage, export and copy are in the context menu and toolbar.
 */
public class SessionTableView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.sessionTable";
	/** Defined by the lead's fork dialog; the Fork action is disabled while it is not. */
	public static final String FORK_COMMAND = "ttt.workbench.ui.commands.forkSession";

	private LineageBreadcrumb breadcrumb;
	private Text filterText;
	private Label countLabel;
	private TableViewer viewer;
	private final SessionSelectionProvider selection = new SessionSelectionProvider();

	private ArtifactStore shown;
	private final Map<Session, SessionFacts> facts = new IdentityHashMap<>();
	private List<SessionFacts> all = List.of();
	/** The rows in table order: filtered, then sorted. */
	private List<SessionFacts> rows = List.of();
	private SessionFilter filter = SessionFilter.of("");
	private SessionColumn sortColumn = SessionColumn.CREATED;
	private boolean ascending = true;

	private final Consumer<ArtifactStore> storeListener = this::show;
	/** One refresh for a burst: a merged run sets dozens of attributes. */
	private final ModelRefresh modelRefresh = new ModelRefresh(this::refreshFromModel);
	private final ISelectionListener treeListener = this::treeSelectionChanged;
	/** Sessions picked in an Experiment editor (rows, lines, dots): all of them are selected here. */
	private final ISelectionListener experimentListener = (part, sel) -> {
		if (part.getSite().getId().equals(EXPERIMENT_EDITOR_ID) && sel instanceof IStructuredSelection s) {
			List<Session> sessions = s.stream().filter(Session.class::isInstance).map(Session.class::cast).toList();
			if (!sessions.isEmpty() && !selectedSessions().equals(sessions)) {
				selectAll(sessions);
			}
		}
	};
	static final String EXPERIMENT_EDITOR_ID = "ttt.workbench.ui.editors.experiment";

	private Action forkAction;
	private Action compareParentAction;
	private Action compareSelectedAction;
	private Action lineageAction;
	private Action openAction;
	private Action exportAction;
	private Action copyAction;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(3, false));

		breadcrumb = new LineageBreadcrumb(root, SWT.NONE);
		breadcrumb.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		breadcrumb.addNavigationListener(this::revealInTree);

		filterText = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter by id, parent, root, env_mode or note");
		filterText.setToolTipText("Every word must occur in the session id, parent, root, env_mode or fork note (Esc clears)");
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(e -> setFilter(filterText.getText()));
		filterText.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				filterText.setText("");
			} else if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getTable().setFocus();
			}
		});
		Button clear = new Button(root, SWT.PUSH);
		clear.setText("Clear");
		clear.setToolTipText("Show every session");
		clear.addListener(SWT.Selection, e -> filterText.setText(""));
		countLabel = new Label(root, SWT.NONE);
		countLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

		viewer = new TableViewer(root, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		Table table = viewer.getTable();
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (SessionColumn c : SessionColumn.values()) {
			addColumn(c);
		}
		viewer.setContentProvider(new LazyRows());
		viewer.setInput(this); // the lazy provider reads `rows`; the input only has to be non-null
		table.addListener(SWT.Selection, e -> publishSelection());
		viewer.addOpenListener(e -> openSelected());
		table.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copyRows(); // Ctrl+C as in any table
			}
		});
		getSite().setSelectionProvider(selection);

		createActions();
		contributeActions();
		getSite().getPage().addSelectionListener(SessionTreeView.ID, treeListener);
		getSite().getPage().addSelectionListener(experimentListener);
		updateSortIndicator();
		refreshFromModel();
		ActiveStore.get().addListener(storeListener);
	}

	private void addColumn(SessionColumn c) {
		TableViewerColumn vc = new TableViewerColumn(viewer, c.numeric() ? SWT.RIGHT : SWT.LEFT);
		TableColumn tc = vc.getColumn();
		tc.setText(c.header());
		tc.setToolTipText(c.tooltip() + "\nClick to sort; click again to reverse");
		tc.setWidth(c.width());
		tc.setMoveable(true);
		tc.setData(c);
		vc.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return c.text((SessionFacts) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return null;
			}
		});
		tc.addListener(SWT.Selection, e -> sortBy(c));
	}

	/** Lazily hands the table the row at an index when it is about to be painted. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		}
	}

	/** Shows {@code store} (on the UI thread) and follows its model. */
	public void show(ArtifactStore store) {
		shown = store;
		modelRefresh.observe(store.model());
		refreshFromModel();
	}

	private void refreshFromModel() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		facts.clear();
		List<SessionFacts> fresh = new ArrayList<>();
		if (shown != null) {
			for (Session s : shown.model().getSessions()) {
				SessionFacts f = SessionFacts.of(s);
				facts.put(s, f);
				fresh.add(f);
			}
		}
		all = fresh;
		applyFilterAndSort();
	}

	private void setFilter(String query) {
		filter = SessionFilter.of(query);
		applyFilterAndSort();
	}

	/** Clicking the sorted column again reverses it; another column sorts ascending. */
	public void sortBy(SessionColumn column) {
		ascending = column == sortColumn ? !ascending : true;
		sortColumn = column;
		updateSortIndicator();
		applyFilterAndSort();
	}

	/** Sorts by {@code column} in the given direction. */
	public void sortBy(SessionColumn column, boolean ascending) {
		this.sortColumn = column;
		this.ascending = ascending;
		updateSortIndicator();
		applyFilterAndSort();
	}

	private void updateSortIndicator() {
		Table table = viewer.getTable();
		for (TableColumn tc : table.getColumns()) {
			if (tc.getData() == sortColumn) {
				table.setSortColumn(tc);
			}
		}
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
	}

	private void applyFilterAndSort() {
		List<Session> selected = selectedSessions();
		Comparator<SessionFacts> order = sortColumn.comparator(ascending);
		rows = all.stream().filter(filter::matches).sorted(order).toList();
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			viewer.setItemCount(rows.size());
			table.clearAll(); // rows are handed out again, lazily, as they are painted
			selectRows(selected);
		} finally {
			table.setRedraw(true);
		}
		countLabel.setText(rows.size() == all.size() ? all.size() + " sessions" : rows.size() + " of " + all.size() + " sessions");
		if (shown == null) {
			countLabel.setText("No store open");
		}
		countLabel.getParent().layout(new org.eclipse.swt.widgets.Control[] { countLabel });
		publishSelection();
	}

	private void selectRows(List<Session> sessions) {
		List<Integer> indexes = new ArrayList<>();
		for (Session s : sessions) {
			SessionFacts f = facts.get(s);
			int i = f == null ? -1 : rows.indexOf(f);
			if (i >= 0) {
				indexes.add(i);
			}
		}
		viewer.getTable().setSelection(indexes.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The sessions of the selected rows, in table order. */
	public List<Session> selectedSessions() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return List.of();
		}
		int[] indexes = viewer.getTable().getSelectionIndices();
		Arrays.sort(indexes);
		List<Session> out = new ArrayList<>();
		for (int i : indexes) {
			if (i < rows.size()) {
				out.add(rows.get(i).session());
			}
		}
		return out;
	}

	private void publishSelection() {
		List<Session> sessions = selectedSessions();
		breadcrumb.setSession(sessions.isEmpty() ? null : sessions.getFirst());
		updateActions(sessions);
		IStructuredSelection next = sessions.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(sessions);
		if (!next.equals(selection.getSelection())) {
			selection.setSelection(next);
		}
	}

	/** Selects {@code session}'s row and scrolls to it (clearing a filter that hides it). */
	public void select(Session session) {
		if (session == null || !facts.containsKey(session)) {
			return;
		}
		if (!rows.contains(facts.get(session))) {
			filterText.setText(""); // the filter hid it: show every session rather than select nothing
		}
		selectRows(List.of(session));
		viewer.getTable().showSelection();
		publishSelection();
	}

	/** Selects the rows of {@code sessions} (clearing a filter that hides one of them), without changing the tree. */
	public void selectAll(List<Session> sessions) {
		if (sessions.stream().anyMatch(x -> facts.containsKey(x) && !rows.contains(facts.get(x)))) {
			filterText.setText("");
		}
		selectRows(sessions);
		viewer.getTable().showSelection();
		publishSelection();
	}

	private void treeSelectionChanged(IWorkbenchPart part, ISelection sel) {
		if (sel instanceof IStructuredSelection s && s.getFirstElement() instanceof Session session) {
			// the tree shows one session: when it echoes one of several selected here (an experiment's pick), keep them all
			if (!selectedSessions().contains(session)) {
				select(session);
			}
		}
	}

	// ---- actions

	private void createActions() {
		forkAction = action("&Fork...", "Fork the selected session into a new child session (as in the Session Tree)", this::fork);
		compareParentAction = action("Compare with &Parent", "Compare the selected session with its parent, side by side",
				() -> compare(List.of(selectedSessions().getFirst().getParent(), selectedSessions().getFirst())));
		compareSelectedAction = action("Compare &Selected", "Compare the selected sessions (curves and settings)",
				() -> compare(selectedSessions()));
		lineageAction = action("View Full &Lineage", "Select the session in the Session Tree, where its path from the base is drawn",
				() -> revealInTree(selectedSessions().getFirst()));
		openAction = action("&Open", "Open the session editor (double-click or Enter)", this::openSelected);
		exportAction = action("Export as &CSV...", "Save the rows shown (filtered, in this order) as CSV", this::exportCsv);
		copyAction = action("&Copy\tCtrl+C", "Copy the selected rows (or all rows shown) as tab-separated text", this::copyRows);
		updateActions(List.of());
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tooltip);
		return a;
	}

	private void contributeActions() {
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		for (IAction a : new IAction[] { forkAction, compareParentAction, compareSelectedAction, lineageAction, exportAction }) {
			toolbar.add(a);
		}
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, selection);
	}

	private void fillContextMenu(IMenuManager m) {
		m.add(openAction);
		m.add(forkAction);
		m.add(new Separator());
		m.add(compareParentAction);
		m.add(compareSelectedAction);
		m.add(lineageAction);
		m.add(new Separator());
		m.add(copyAction);
		m.add(exportAction);
		m.add(new Separator("additions"));
	}

	private void updateActions(List<Session> sessions) {
		if (forkAction == null) {
			return;
		}
		boolean one = sessions.size() == 1;
		forkAction.setEnabled(one && forkCommand() != null);
		compareParentAction.setEnabled(one && sessions.getFirst().getParent() != null);
		compareSelectedAction.setEnabled(sessions.size() >= 2);
		lineageAction.setEnabled(one);
		openAction.setEnabled(!sessions.isEmpty());
		exportAction.setEnabled(!rows.isEmpty());
		copyAction.setEnabled(!rows.isEmpty());
	}

	private Command forkCommand() {
		ICommandService commands = getSite().getService(ICommandService.class);
		Command c = commands == null ? null : commands.getCommand(FORK_COMMAND);
		return c != null && c.isDefined() ? c : null;
	}

	private void fork() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(FORK_COMMAND, null);
		} catch (Exception e) {
			ILog.of(getClass()).error("Fork failed", e);
			MessageDialog.openError(getSite().getShell(), "Fork", "Could not fork: " + e.getMessage());
		}
	}

	private void compare(List<Session> sessions) {
		try {
			CompareView view = (CompareView) getSite().getPage().showView(CompareView.ID);
			view.compare(sessions);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Cannot open the Compare view", e);
		}
	}

	/** Selects {@code session} in the Session Tree (opening it if needed), which draws the path from the base. */
	private void revealInTree(Session session) {
		select(session);
		ttt.workbench.ui.selection.RevealSession.inTree(getSite(), session.getId(), true);
	}

	private void openSelected() {
		for (Session s : selectedSessions()) {
			try {
				SessionEditors.open(getSite().getPage(), s);
			} catch (PartInitException e) {
				ILog.of(getClass()).error("Cannot open session " + s.getId(), e);
				MessageDialog.openError(getSite().getShell(), "Open Session", "Could not open " + s.getId() + ": " + e.getMessage());
			}
		}
	}

	/** The rows shown (filtered, in table order) with every column. */
	public CsvTable csv(List<SessionFacts> which) {
		CsvTable csv = new CsvTable(Arrays.stream(SessionColumn.values()).map(SessionColumn::header).toList());
		for (SessionFacts f : which) {
			csv.row(Arrays.stream(SessionColumn.values()).map(c -> c.text(f)).toList());
		}
		return csv;
	}

	private void exportCsv() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("sessions.csv");
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			csv(rows).write(Path.of(chosen));
		} catch (Exception e) {
			ILog.of(getClass()).error("Export to " + chosen + " failed", e);
			MessageDialog.openError(getSite().getShell(), "Export failed", "Could not write " + chosen + ":\n" + e.getMessage());
		}
	}

	private void copyRows() {
		List<Session> sel = selectedSessions();
		List<SessionFacts> which = sel.isEmpty() ? rows : sel.stream().map(facts::get).toList();
		Exports.copy(viewer.getTable(), csv(which).toTsv());
	}

	// ---- for tests and other views

	public TableViewer getViewer() {
		return viewer;
	}

	public Text getFilterText() {
		return filterText;
	}

	public Label getCountLabel() {
		return countLabel;
	}

	public LineageBreadcrumb getBreadcrumb() {
		return breadcrumb;
	}

	/** The rows in table order. */
	public List<SessionFacts> rows() {
		return rows;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(SessionTreeView.ID, treeListener);
		getSite().getPage().removeSelectionListener(experimentListener);
		ActiveStore.get().removeListener(storeListener);
		modelRefresh.dispose();
		super.dispose();
	}
}
