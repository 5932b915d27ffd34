package ttt.workbench.ui.editors;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.Form;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.architecture.ArchitecturePage;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.editors.environment.EnvironmentPage;
import ttt.workbench.ui.editors.overview.OverviewPage;
import ttt.workbench.ui.editors.transactions.TransactionsPage;
import ttt.workbench.ui.editors.weights.WeightsPage;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/**
 * The session editor: one forms page per aspect of a session (overview, transactions, weights, environment,
 * architecture). It resolves its {@link SessionEditorInput} against the active store, keeps a {@link RunFocus} all
 * pages share, and tells pages to refresh (once per burst) when the store's model changes: runs landing on disk, live
 * runs of the workbench's own jobs. Read-only: nothing to save.
 */
public class SessionEditor extends FormEditor implements SessionContext {

	public static final String ID = "ttt.workbench.ui.editors.session";

	private final RunFocus focus = new RunFocus();
	private final SessionSelectionProvider selection = new SessionSelectionProvider();
	private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();
	private ArtifactStore store;
	/** The model changes on the UI thread only: a merge's many notifications become one {@link #fireRefresh}. */
	private final ModelRefresh modelRefresh = new ModelRefresh(this::fireRefresh);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof SessionEditorInput)) {
			throw new PartInitException("The session editor opens sessions of an artifact store, not " + input.getName());
		}
		super.init(site, input);
		setPartName(getSessionInput().sessionId());
		setTitleToolTip(getSessionInput().getToolTipText());
		// the editor's selection is the run in focus (the session while it has none): the Properties view shows it
		site.setSelectionProvider(selection);
		focus.addListener(f -> publishFocus());
		ArtifactStore active = ActiveStore.get().store();
		if (active != null && active.root().equals(getSessionInput().storeRoot())) {
			attach(active); // a session missing from it (deleted since a restored editor was saved) shows a message
		}
		// else: reopened at a start (the input was saved with the workbench) before its store is open: "Loading…" until
		// it is; another store opening instead closes this editor (storeListener). The listener is called at once with
		// the store open now, which is not news: only stores opened from now on count.
		initialising = true;
		try {
			ActiveStore.get().addListener(storeListener);
		} finally {
			initialising = false;
		}
	}

	private boolean initialising;

	/** This editor's store is open: follow its model; the pages are built (or the message shown) by the caller. */
	private void attach(ArtifactStore opened) {
		store = opened;
		modelRefresh.observe(store.model());
		Session s = session();
		if (s != null) {
			focus.set(newestRun(s));
			publishFocus();
			// a summary (large stores): its runs and metrics arrive as model changes, which refresh the pages
			ttt.workbench.ui.jobs.ModelLoader.loadDetails(store, s, getSite().getShell().getDisplay());
		}
	}

	/** Where "Loading…" or "no such session" is shown until (or instead of) the pages; null once the pages exist. */
	private org.eclipse.swt.widgets.Label waiting;
	private org.eclipse.swt.widgets.Composite partParent;

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		if (store != null && session() != null) {
			super.createPartControl(parent);
			return;
		}
		partParent = parent;
		org.eclipse.swt.layout.FillLayout margins = new org.eclipse.swt.layout.FillLayout();
		margins.marginWidth = 12;
		margins.marginHeight = 12;
		parent.setLayout(margins);
		waiting = new org.eclipse.swt.widgets.Label(parent, SWT.WRAP);
		waiting.setData(WAITING_KEY, Boolean.TRUE);
		waiting.setText(store == null ? loadingText() : missingText());
	}

	/** Data key of the label shown while the store opens, or when the session is gone (tests find it). */
	public static final String WAITING_KEY = "ttt.sessionEditor.waiting";

	private String loadingText() {
		return "Loading " + sessionId() + "…\n\nOpening the artifact store " + getSessionInput().storeRoot()
				+ ". If it does not open, use File > Open Recent to open it, or close this editor.";
	}

	private String missingText() {
		return "The session " + sessionId() + " is no longer in the artifact store " + getSessionInput().storeRoot()
				+ ".\n\nIt was deleted (or moved to the store's .trash folder) since this editor was last open. Close this editor;"
				+ " Edit > Undo in the Session Tree restores a session deleted in this workbench run.";
	}

	/** The message shown instead of the pages (null once the pages are shown). */
	public String waitingMessage() {
		return waiting == null || waiting.isDisposed() ? null : waiting.getText();
	}

	/** The store opened after this editor was restored: build the pages, or say that the session is gone. */
	private void storeArrived(ArtifactStore opened) {
		attach(opened);
		if (waiting == null || waiting.isDisposed()) {
			return; // the part is not shown yet: createPartControl builds the pages
		}
		if (session() == null) {
			waiting.setText(missingText());
			return;
		}
		waiting.dispose();
		waiting = null;
		partParent.setLayout(new org.eclipse.swt.layout.FillLayout()); // as the workbench gives a part, without the margins
		super.createPartControl(partParent);
		partParent.layout(true, true);
	}

	@Override
	public void setFocus() {
		if (waiting != null && !waiting.isDisposed()) {
			waiting.setFocus();
		} else if (getContainer() != null) {
			super.setFocus();
		}
	}

	/** The lineage breadcrumb in the head of each page that has no own (the Overview carries it in its body). */
	private final Map<FormPage, LineageBreadcrumb> breadcrumbs = new HashMap<>();

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex); // creates the page's content on its first activation
		installBreadcrumb(newPageIndex);
	}

	private void installBreadcrumb(int index) {
		if (index < 0 || index >= pages.size() || !(pages.get(index) instanceof FormPage page)
				|| page instanceof OverviewPage || breadcrumbs.containsKey(page)
				|| page.getManagedForm() == null) {
			return;
		}
		Form form = page.getManagedForm().getForm().getForm();
		var crumb = new LineageBreadcrumb(form.getHead(), SWT.NONE);
		crumb.setBackground(null); // the form head paints its own gradient
		crumb.setSession(session());
		crumb.addNavigationListener(this::navigate);
		form.setHeadClient(crumb);
		breadcrumbs.put(page, crumb);
	}

	/** The breadcrumb shown in the head of {@code page} (null before its first activation, and for the Overview). */
	public LineageBreadcrumb breadcrumbOf(FormPage page) {
		return breadcrumbs.get(page);
	}

	/**
	 * A store became active: this editor's, which a restored editor was waiting for; or another one, and this editor
	 * shows a session of the one that was closed (or of one that is not open), so it closes.
	 */
	private final Consumer<ArtifactStore> storeListener = opened -> {
		if (initialising) {
			return;
		}
		if (store == null && opened.root().equals(getSessionInput().storeRoot())) {
			storeArrived(opened);
		} else if ((store == null || !opened.root().equals(store.root())) && getSite() != null) {
			getSite().getShell().getDisplay().asyncExec(() -> {
				if (getSite() != null && getSite().getPage() != null) {
					getSite().getPage().closeEditor(this, false);
				}
			});
		}
	};

	@Override
	protected void addPages() {
		// the tabs, in order; a page that fails to build is logged and left out, the others still open
		addPageSafely("Overview", () -> new OverviewPage(this, this));
		addPageSafely("Transactions", () -> new TransactionsPage(this, this));
		addPageSafely("Weights", () -> new WeightsPage(this, this));
		addPageSafely("Environment", () -> new EnvironmentPage(this, this));
		addPageSafely("Architecture", () -> new ArchitecturePage(this, this));
	}

	private void addPageSafely(String name, Supplier<FormPage> page) {
		try {
			addPage(page.get());
		} catch (PartInitException | RuntimeException e) {
			ILog.of(SessionEditor.class).error("The " + name + " page of " + getPartName() + " could not be added", e);
		}
	}

	public SessionEditorInput getSessionInput() {
		return (SessionEditorInput) getEditorInput();
	}

	@Override
	public ArtifactStore store() {
		return store;
	}

	@Override
	public String sessionId() {
		return getSessionInput().sessionId();
	}

	@Override
	public Session session() {
		return store == null ? null : store.model().findSession(getSessionInput().sessionId());
	}

	@Override
	public RunFocus focus() {
		return focus;
	}

	@Override
	public void addRefreshListener(Runnable listener) {
		refreshListeners.add(listener);
	}

	@Override
	public void removeRefreshListener(Runnable listener) {
		refreshListeners.remove(listener);
	}

	@Override
	public void navigate(Session target) {
		SessionEditors.navigate(getSite().getPage(), target);
	}

	private void fireRefresh() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		Session s = session();
		if (s != null && (focus.run() == null || focus.run().getSession() != s)) {
			// no run yet, or the store was re-read and the focused run object replaced: follow by id
			Run same = focus.run() == null ? null : s.findRun(focus.run().getId());
			focus.set(same != null ? same : newestRun(s), same != null ? focus.get().step() : -1);
		}
		breadcrumbs.values().forEach(b -> {
			if (!b.isDisposed()) {
				b.setSession(s); // a parent that appears on disk lengthens the lineage
			}
		});
		refreshListeners.forEach(Runnable::run);
	}

	private void publishFocus() {
		Object shown = focus.run() != null ? focus.run() : session();
		selection.setSelection(shown == null ? StructuredSelection.EMPTY : new StructuredSelection(shown));
	}

	static Run newestRun(Session s) {
		return s.getRuns().stream()
				.max(Comparator.comparingDouble((Run r) -> r.getCreatedAtUnix() == null ? 0 : r.getCreatedAtUnix())
						.thenComparing(Run::getId))
				.orElse(null);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dispose() {
		ActiveStore.get().removeListener(storeListener);
		modelRefresh.dispose();
		super.dispose();
	}
}
