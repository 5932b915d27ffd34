package ttt.workbench.ui.experiments;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.analysis.experiment.Dimension;
import ttt.workbench.analysis.experiment.ExperimentLoader;
import ttt.workbench.analysis.experiment.ExperimentLoader.SweepSummary;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.ui.store.ActiveStore;

/**
 * Experiments: the sweeps of the open store — name, points done / planned (and failed), the best online learning of a
 * point and its session, what the points fork. Follows the store live (a sweep running in any program shows its count
 * grow). Enter or double-click runs "Open Experiment"; the selection is the chosen {@link SweepEntry}s.
 */
public class ExperimentsView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.experiments";
	static final String OPEN_COMMAND = "ttt.workbench.ui.commands.openExperiment";
	/** Widget data key of the table (tests find it by this). */
	public static final String TABLE_KEY = "ttt.experiments.table";

	private TableViewer viewer;
	private Label status;
	private final SessionSelectionProvider selection = new SessionSelectionProvider();
	private ArtifactStore shown;

	private final Consumer<ArtifactStore> storeListener = this::show;
	/** A sweep landing 20 points a second is a few refreshes a second. */
	private final ModelRefresh modelRefresh = new ModelRefresh(this::refresh).settling(250);

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		viewer = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setData(TABLE_KEY, Boolean.TRUE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setToolTipText("The store's sweeps; Enter or double-click opens the Experiment editor");
		column("Sweep", "The sweep's name (sweeps/<name>/)", 160, SWT.LEFT, SweepSummary::name);
		column("Done", "Points done of points planned (failed ones in brackets)", 110, SWT.RIGHT,
				s -> s.done() + " / " + s.total() + (s.failed() > 0 ? " (" + s.failed() + " failed)" : ""));
		column("Best online", "The best online learning of a point (session-start MSE − adaptive MSE of its last run; higher is better)",
				110, SWT.RIGHT, s -> Double.isNaN(s.best()) ? "—" : Dimension.number(s.best()));
		column("Best session", "The point with the best online learning", 130, SWT.LEFT, s -> s.bestSessionId() == null ? "" : s.bestSessionId());
		column("From", "What every point starts from: the base or the session each point forks", 100, SWT.LEFT,
				s -> s.from() == null ? "base" : s.from());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> selection.setSelection(entries(e.getStructuredSelection())));
		viewer.addOpenListener(e -> open());
		status = new Label(root, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		getSite().setSelectionProvider(selection);
		MenuManager menu = new MenuManager();
		menu.add(new Separator("additions"));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, selection);
		ActiveStore.get().addListener(storeListener);
		if (shown == null) {
			status.setText("No store open (File ▸ Open Store…)");
		}
	}

	private void column(String title, String tooltip, int width, int align, Function<SweepSummary, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setToolTipText(tooltip);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SweepSummary) element);
			}
		});
	}

	private IStructuredSelection entries(IStructuredSelection rows) {
		if (shown == null || rows.isEmpty()) {
			return StructuredSelection.EMPTY;
		}
		Path root = shown.root();
		return new StructuredSelection(rows.stream().map(r -> new SweepEntry(root, ((SweepSummary) r).name())).toList());
	}

	private void show(ArtifactStore store) {
		shown = store;
		modelRefresh.observe(store.model());
		refresh();
	}

	/** Re-reads the sweeps (the model is in memory; a manifest per sweep is read from disk: a few small files). */
	private void refresh() {
		if (viewer == null || viewer.getTable().isDisposed() || shown == null) {
			return;
		}
		List<SweepSummary> sweeps;
		try {
			sweeps = ExperimentLoader.sweeps(shown.model(), Figure.ONLINE);
		} catch (RuntimeException e) {
			ILog.of(getClass()).warn("Cannot list the sweeps of " + shown.root() + ": " + e);
			return;
		}
		IStructuredSelection before = viewer.getStructuredSelection();
		List<String> names = before.stream().map(o -> ((SweepSummary) o).name()).toList();
		viewer.setInput(sweeps);
		viewer.setSelection(new StructuredSelection(sweeps.stream().filter(s -> names.contains(s.name())).toList()));
		status.setText(sweeps.isEmpty() ? "No sweeps in " + shown.root() + " (ttt sweep --spec …)"
				: sweeps.size() + (sweeps.size() == 1 ? " sweep" : " sweeps") + " in " + shown.root().getFileName());
	}

	private void open() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(OPEN_COMMAND, null);
		} catch (Exception e) {
			ILog.of(getClass()).warn("Open Experiment: " + e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		ActiveStore.get().removeListener(storeListener);
		modelRefresh.dispose();
		super.dispose();
	}
}
