package ttt.workbench.ui.views.table;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/**
 * Sessions: every session of the open store in a sortable, filterable virtual table ({@link SessionTable}: a store of
 * 100,000 sessions costs only the rows on screen, whose details are read as they are painted), with the lineage
 * breadcrumb of the selected session above it. Follows the store live, the Session Tree's selection and sessions
 * picked in an Experiment editor; publishes its own selection (Session objects) to the workbench. Double-click or
 * Enter opens the session editor; the other actions are in {@link SessionTableActions}.
 */
public class SessionTableView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.sessionTable";
	/** Data keys of the view's widgets (tests find them by these keys). */
	public static final String TABLE_KEY = SessionTable.TABLE_KEY;
	public static final String FILTER_KEY = "ttt.sessions.filter";
	public static final String COUNT_KEY = "ttt.sessions.count";
	public static final String BREADCRUMB_KEY = "ttt.sessions.breadcrumb";
	static final String EXPERIMENT_EDITOR_ID = "ttt.workbench.ui.editors.experiment";

	private LineageBreadcrumb breadcrumb;
	private Text filterText;
	private Label countLabel;
	private SessionTable table;
	private SessionTableActions actions;
	private final SessionSelectionProvider selection = new SessionSelectionProvider();
	/** Sort, columns and filter remembered from the last session of the workbench (null on first use). */
	private TableViewState remembered;

	private final Consumer<ArtifactStore> storeListener = this::show;
	/** One rebuild for a burst: a merged run sets dozens of attributes, a batch of details many sessions. */
	private final ModelRefresh modelRefresh = new ModelRefresh(() -> {
		if (table != null && !table.table().isDisposed()) {
			table.rebuild();
		}
	});
	private final ISelectionListener treeListener = this::treeSelectionChanged;
	/** Sessions picked in an Experiment editor (rows, lines, dots): all of them are selected here. */
	private final ISelectionListener experimentListener = (part, sel) -> {
		if (part.getSite().getId().equals(EXPERIMENT_EDITOR_ID) && sel instanceof IStructuredSelection s) {
			List<Session> sessions = s.stream().filter(Session.class::isInstance).map(Session.class::cast).toList();
			if (!sessions.isEmpty() && !table.selected().equals(sessions)) {
				selectAll(sessions);
			}
		}
	};

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		remembered = TableViewState.read(memento);
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (table != null && !table.table().isDisposed()) {
			table.state(filterText.getText()).save(memento);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(3, false));

		breadcrumb = new LineageBreadcrumb(root, SWT.NONE);
		breadcrumb.setData(BREADCRUMB_KEY, Boolean.TRUE);
		breadcrumb.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		breadcrumb.addNavigationListener(s -> actions.revealInTree(s));

		createFilter(root);
		countLabel = new Label(root, SWT.NONE);
		countLabel.setData(COUNT_KEY, Boolean.TRUE);
		countLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

		table = new SessionTable(root, this::rowsChanged);
		table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		table.forEachViewer(v -> v.getTable().addListener(SWT.Selection, e -> publishSelection()));
		getSite().setSelectionProvider(selection);
		actions = new SessionTableActions(getViewSite(), table, this::select);
		actions.contribute(selection);

		getSite().getPage().addSelectionListener(SessionTreeView.ID, treeListener);
		getSite().getPage().addSelectionListener(experimentListener);
		if (remembered != null) {
			table.applyColumns(remembered);
			table.sortBy(remembered.sortColumn(), remembered.ascending());
			filterText.setText(remembered.filter());
		}
		table.rebuild();
		ActiveStore.get().addListener(storeListener);
	}

	private void createFilter(Composite root) {
		filterText = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setData(FILTER_KEY, Boolean.TRUE);
		filterText.setMessage("Filter by id, parent, root, env_mode or note");
		filterText.setToolTipText("Every word must occur in the session id, parent, root, env_mode or fork note (Esc clears)");
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(e -> table.setFilter(filterText.getText()));
		filterText.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				filterText.setText("");
			} else if (e.keyCode == SWT.ARROW_DOWN) {
				table.table().setFocus();
			}
		});
		Button clear = new Button(root, SWT.PUSH);
		clear.setText("Clear");
		clear.setToolTipText("Show every session");
		clear.addListener(SWT.Selection, e -> filterText.setText(""));
	}

	/** Shows {@code store} (on the UI thread) and follows its model. */
	private void show(ArtifactStore store) {
		table.show(store);
		modelRefresh.observe(store.model());
		table.rebuild();
	}

	private void rowsChanged() {
		int shown = table.rows().size();
		int all = table.total();
		countLabel.setText(table.shown() == null ? "No store open"
				: shown == all ? all + " sessions" : shown + " of " + all + " sessions");
		countLabel.getParent().layout(new Control[] { countLabel });
		publishSelection();
	}

	private void publishSelection() {
		List<Session> sessions = table.selected();
		breadcrumb.setSession(sessions.isEmpty() ? null : sessions.getFirst());
		actions.update(sessions);
		IStructuredSelection next = sessions.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(sessions);
		if (!next.equals(selection.getSelection())) {
			selection.setSelection(next);
		}
	}

	/** Selects {@code session}'s row and scrolls to it (clearing a filter that hides it). */
	private void select(Session session) {
		if (session == null || !table.contains(session)) {
			return;
		}
		selectAll(List.of(session));
	}

	/** Selects the rows of {@code sessions} (clearing a filter that hides one of them), without changing the tree. */
	private void selectAll(List<Session> sessions) {
		if (sessions.stream().anyMatch(table::hidden)) {
			filterText.setText(""); // the filter hid one: show every session rather than select less
		}
		table.select(sessions);
		table.table().showSelection();
		publishSelection();
	}

	private void treeSelectionChanged(IWorkbenchPart part, ISelection sel) {
		if (sel instanceof IStructuredSelection s && s.getFirstElement() instanceof Session session) {
			// the tree shows one session: when it echoes one of several selected here (an experiment's pick), keep them all
			if (!table.selected().contains(session)) {
				select(session);
			}
		}
	}

	@Override
	public void setFocus() {
		table.table().setFocus();
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
