package ttt.workbench.ui.views.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
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
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.analysis.session.CurveComparison;
import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.jobs.PerStepLoader;
import ttt.workbench.ui.selection.SelectionCommands;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/**
 * Compare: several sessions side by side. Above, the adaptive MSE curve of each one's newest run, overlaid (each
 * in its own colour and line style, named in the legend); below, their settings and metrics in a table with one
 * column per session, where "Show only differing rows" hides what they share. Curves are read off the UI thread.
 * Other parts feed it through the Compare command ({@link CompareHandler}) with the sessions or runs as selection.
 */
public class CompareView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.compare";
	/** Widget data keys (tests find the widgets by them). */
	public static final String CHART_KEY = "ttt.compare.chart";
	public static final String TABLE_KEY = "ttt.compare.table";
	public static final String ONLY_DIFFERING_KEY = "ttt.compare.onlyDiffering";
	public static final String HEADER_KEY = "ttt.compare.header";
	public static final String BREADCRUMB_KEY = "ttt.compare.breadcrumb";

	private LineageBreadcrumb breadcrumb;
	private Label header;
	private CompareChart chart;
	private CompareTable table;
	/** What is shown; replaced by every comparison, so curve reads of an older one are dropped when they land. */
	private CurveComparison shown = CurveComparison.EMPTY;
	private final ISelectionListener selectionListener = this::workbenchSelectionChanged;
	/** Another store opened: what was compared belongs to the old one. */
	private final Consumer<ArtifactStore> storeListener = store -> {
		Session last = shown.lastSession();
		if (last != null && !last.getStore().getRootPath().equals(store.model().getRootPath())) {
			show(CurveComparison.EMPTY);
		}
	};

	/** Remembered between starts (the view's memento): "Show only differing rows". */
	private static final String ONLY_DIFFERING = "onlyDiffering";
	private boolean onlyDifferingRemembered;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		Boolean only = memento == null ? null : memento.getBoolean(ONLY_DIFFERING);
		onlyDifferingRemembered = only != null && only;
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (table != null && !table.control().isDisposed()) {
			memento.putBoolean(ONLY_DIFFERING, table.onlyDiffering());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		breadcrumb = new LineageBreadcrumb(root, SWT.NONE);
		breadcrumb.setData(BREADCRUMB_KEY, Boolean.TRUE);
		breadcrumb.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		breadcrumb.addNavigationListener(session -> SelectionCommands.showInTree(getSite().getPage(), session));
		header = new Label(root, SWT.WRAP);
		header.setData(HEADER_KEY, Boolean.TRUE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart = new CompareChart(sash, () -> shown);
		table = new CompareTable(sash, () -> shown);
		sash.setWeights(2, 1); // the curves first: the table scrolls, a squeezed plot is a flat line

		getSite().getPage().addPostSelectionListener(selectionListener);
		show(CurveComparison.EMPTY);
		if (onlyDifferingRemembered) {
			table.setOnlyDiffering(true);
		}
		ActiveStore.get().addListener(storeListener);
	}

	/**
	 * Compares what {@code selection} holds: runs (each on its own) if it holds any, else the newest runs of its
	 * sessions. Called by {@link CompareHandler}.
	 */
	void compare(IStructuredSelection selection) {
		List<Run> runs = new ArrayList<>();
		List<Session> sessions = new ArrayList<>();
		for (Object o : selection) {
			if (o instanceof Run r) {
				runs.add(r);
			} else if (o instanceof Session s) {
				sessions.add(s);
			}
		}
		show(runs.isEmpty() ? CurveComparison.ofSessions(sessions) : CurveComparison.ofRuns(runs));
	}

	private void show(CurveComparison next) {
		shown = next;
		breadcrumb.setSession(next.lastSession());
		table.show(next);
		chart.show(next);
		header.setText(next.header());
		header.getParent().layout(true, true);
		for (SessionFacts f : next.toLoad()) {
			loadCurve(next, f);
		}
	}

	/** Reads the run's per_step.csv in a job; draws it if this comparison is still the one shown. */
	private void loadCurve(CurveComparison comparison, SessionFacts f) {
		String runId = f.newestRun().getId();
		Path root = Path.of(f.session().getStore().getRootPath());
		PerStepLoader.load(chart.control(), root, f.session().getId(), runId, curve -> {
			if (comparison == shown) {
				comparison.addCurve(f.id(), curve);
				chart.show(comparison);
			}
		}, e -> {
			if (comparison == shown) {
				header.setText(header.getText() + "  Cannot read the curve of " + runId + ": " + e.getMessage());
			}
		});
	}

	private void workbenchSelectionChanged(IWorkbenchPart part, ISelection sel) {
		if (part != this && sel instanceof IStructuredSelection s && s.getFirstElement() instanceof Session session) {
			breadcrumb.setSession(session);
		}
	}

	@Override
	public void setFocus() {
		table.control().setFocus();
	}

	@Override
	public void dispose() {
		ActiveStore.get().removeListener(storeListener);
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
