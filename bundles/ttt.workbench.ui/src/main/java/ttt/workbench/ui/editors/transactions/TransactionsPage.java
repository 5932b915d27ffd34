package ttt.workbench.ui.editors.transactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.updates.Gates;
import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.analysis.updates.StatusFilter;
import ttt.workbench.analysis.updates.StepFilter;
import ttt.workbench.analysis.updates.UpdateColumn;
import ttt.workbench.analysis.updates.UpdateCsv;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.analysis.updates.UpdateVerdicts;
import ttt.workbench.analysis.updates.Verdict;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.views.timeline.MarkerIcons;
import ttt.workbench.analysis.format.Numbers;

/**
 * Update transactions (SPEC §5.3): the update events of the focused run (or of every run of the session) in a
 * sortable, filterable table; a panel that says in plain words why the selected update was committed or rolled back,
 * judged with the engine's rule ({@link UpdateVerdicts}); the breakdown of outcomes; grad_norm, loss and max‖h‖ over t
 * with their thresholds. Selecting a row focuses the editor on that step; a focus set elsewhere selects its row.
 */
public class TransactionsPage extends FormPage {

	public static final String ID = "ttt.workbench.ui.editors.transactions";

	private final SessionContext editor;
	private final Consumer<RunFocus.Focus> focusListener = f -> showFocus();
	private final Runnable refreshListener = this::reload;
	private MarkerIcons icons;
	private TableViewer viewer;
	private Combo statusCombo;
	private Text stepText;
	private Button allRuns;
	private Label summary;
	private Text detail;
	private BreakdownChart breakdown;
	private SeriesChart lossChart;
	private SeriesChart gradChart;
	private SeriesChart maxHChart;
	private List<UpdateRow> scopeRows = List.of();
	private List<UpdateRow> shownRows = List.of();
	private UpdateColumn sortColumn = UpdateColumn.T;
	private boolean ascending = true;
	private boolean selecting;

	public TransactionsPage(FormEditor formEditor, SessionContext editor) {
		super(formEditor, ID, "Transactions");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managed) {
		ScrolledForm form = managed.getForm();
		FormToolkit tk = managed.getToolkit();
		form.setText("Update transactions");
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
		icons = new MarkerIcons(body.getDisplay());

		Composite bar = tk.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		tk.createLabel(bar, "&Show:");
		statusCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (StatusFilter f : StatusFilter.values()) {
			statusCombo.add(f.label());
		}
		statusCombo.select(0);
		statusCombo.setToolTipText("Show all updates, only committed ones, or the rollbacks (of one reason)");
		statusCombo.addListener(SWT.Selection, e -> applyFilters());
		tk.createLabel(bar, "&t:");
		stepText = tk.createText(bar, "", SWT.BORDER | SWT.SEARCH);
		stepText.setMessage("e.g. 95, 64-128, >100");
		stepText.setToolTipText("Filter by step t: a number, a range 64-128, a comparison >100 or <=50; several separated by commas");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(stepText);
		stepText.addListener(SWT.Modify, e -> applyFilters());
		allRuns = tk.createButton(bar, "&All runs of the session", SWT.CHECK);
		allRuns.setToolTipText("Show the updates of every run of this session instead of the focused run only");
		allRuns.addListener(SWT.Selection, e -> reload());
		summary = tk.createLabel(bar, "");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		SashForm vertical = new SashForm(body, SWT.VERTICAL);
		// a small preferred size: the form then fills the editor instead of growing with the rows and scrolling
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 400).applyTo(vertical);
		createTable(vertical);
		SashForm lower = new SashForm(vertical, SWT.HORIZONTAL);
		detail = new Text(lower, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		detail.setToolTipText("Why the selected update was committed or rolled back, under this session's thresholds");
		Composite charts = tk.createComposite(lower);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(4, 4).applyTo(charts);
		breakdown = new BreakdownChart(charts, () -> name("outcomes"));
		lossChart = new SeriesChart(charts, () -> name("loss"));
		gradChart = new SeriesChart(charts, () -> name("grad_norm"));
		maxHChart = new SeriesChart(charts, () -> name("max_h"));
		for (Control c : List.of(breakdown.control(), lossChart.control(), gradChart.control(), maxHChart.control())) {
			GridDataFactory.fillDefaults().grab(true, true).hint(200, 160).applyTo(c);
		}
		lower.setWeights(30, 70);
		vertical.setWeights(40, 60);

		editor.focus().addListener(focusListener);
		editor.addRefreshListener(refreshListener);
		reload();
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		for (UpdateColumn c : UpdateColumn.values()) {
			TableViewerColumn vc = new TableViewerColumn(viewer, SWT.RIGHT);
			TableColumn tc = vc.getColumn();
			tc.setText(c.header());
			tc.setToolTipText(c.tooltip() + " (click to sort)");
			tc.setAlignment(c == UpdateColumn.STATUS || c == UpdateColumn.RUN ? SWT.LEFT : SWT.RIGHT);
			tc.setWidth(switch (c) {
			case T -> 60;
			case STATUS -> 210;
			case DELTA -> 140;
			case RUN -> 220;
			default -> 95;
			});
			tc.setData(c);
			vc.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return c.text((UpdateRow) element);
				}

				@Override
				public Image getImage(Object element) {
					return c == UpdateColumn.STATUS ? icons.get(((UpdateRow) element).reason()) : null;
				}

				@Override
				public String getToolTipText(Object element) {
					return UpdateVerdicts.explain((UpdateRow) element, gates()).headline();
				}
			});
			tc.addListener(SWT.Selection, e -> sortBy(c));
		}
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
		viewer.addSelectionChangedListener(e -> {
			UpdateRow row = (UpdateRow) ((IStructuredSelection) e.getSelection()).getFirstElement();
			showDetail(row);
			if (row != null && !selecting) {
				Run run = runOf(row);
				if (run != null) {
					editor.focus().set(run, row.t());
				}
			}
		});
		Exports.addContextMenu(new TableExport());
	}

	/** Sorts by {@code c}; a second click on the same column reverses the order. */
	public void sortBy(UpdateColumn c) {
		ascending = c == sortColumn ? !ascending : true;
		sortColumn = c;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(c.ordinal()));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		applyFilters();
	}

	private void reload() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		Session s = editor.session();
		Run run = editor.focus().run();
		scopeRows = s == null ? List.of() : allRuns.getSelection() ? SessionUpdates.ofSession(s) : SessionUpdates.ofRun(run);
		Gates g = gates();
		String scope = scopeLabel();
		breakdown.show(SessionUpdates.breakdown(scopeRows), scope);
		lossChart.show(TransactionCharts.loss(scopeRows, g));
		gradChart.show(TransactionCharts.gradNorm(scopeRows, g));
		maxHChart.show(TransactionCharts.maxH(scopeRows, g));
		applyFilters();
	}

	private void applyFilters() {
		StatusFilter status = StatusFilter.values()[Math.max(0, statusCombo.getSelectionIndex())];
		StepFilter steps = StepFilter.parse(stepText.getText());
		Comparator<UpdateRow> order = ascending ? sortColumn.ascending() : sortColumn.descending();
		shownRows = SessionUpdates.filter(scopeRows, status, steps, order);
		UpdateRow selected = (UpdateRow) viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(shownRows);
		Map<RollbackReason, Integer> counts = SessionUpdates.breakdown(scopeRows);
		int rolledBack = scopeRows.size() - counts.getOrDefault(RollbackReason.COMMITTED, 0);
		String text = shownRows.size() + " of " + scopeRows.size() + " updates shown (" + scopeLabel() + "): "
				+ counts.getOrDefault(RollbackReason.COMMITTED, 0) + " committed, " + rolledBack + " rolled back";
		if (!steps.valid()) {
			text = steps.error();
		}
		summary.setText(text);
		summary.getParent().layout();
		if (scopeRows.isEmpty()) {
			detail.setText(emptyMessage());
		} else if (selected != null && shownRows.contains(selected)) {
			select(selected);
		} else {
			showFocus();
		}
	}

	private String emptyMessage() {
		Session s = editor.session();
		if (s == null) {
			return "The session was deleted from the store.";
		}
		if (s.getRuns().isEmpty()) {
			return "Session " + s.getId() + " has no runs yet: run it to see its update transactions.";
		}
		Run run = editor.focus().run();
		return allRuns.getSelection() ? "No run of session " + s.getId() + " attempted an update."
				: "Run " + (run == null ? "?" : run.getId()) + " attempted no update (runs update every "
						+ (s.getPlasticityConfig() == null ? "chunk" : s.getPlasticityConfig().getChunk())
						+ " steps once the buffer is full). Tick \"All runs of the session\" to see the other runs.";
	}

	/** Selects the row of the focused step, if shown; else explains the first selected or nothing. */
	private void showFocus() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		RunFocus.Focus f = editor.focus().get();
		if (!allRuns.getSelection() && (scopeRows.isEmpty() || f.run() == null
				|| !f.run().getId().equals(scopeRows.get(0).runId()))) {
			// another run came into focus: this page follows it
			List<UpdateRow> next = SessionUpdates.ofRun(f.run());
			if (!next.equals(scopeRows)) {
				reload();
				return;
			}
		}
		UpdateRow match = shownRows.stream()
				.filter(r -> f.run() != null && f.run().getId().equals(r.runId()) && r.t() == f.step()).findFirst().orElse(null);
		if (match != null) {
			select(match);
		} else if (viewer.getStructuredSelection().isEmpty()) {
			detail.setText(shownRows.isEmpty() ? "No update matches the filter."
					: "Select an update to see why it was committed or rolled back.");
		}
	}

	private void select(UpdateRow row) {
		selecting = true;
		try {
			viewer.setSelection(new StructuredSelection(row), true);
			showDetail(row);
		} finally {
			selecting = false;
		}
	}

	private void showDetail(UpdateRow row) {
		if (row == null) {
			return;
		}
		Gates g = gates();
		Verdict v = UpdateVerdicts.explain(row, g);
		String head = "Update at t = " + row.t() + " of run " + (row.runId() == null ? "(unattributed)" : row.runId()) + "\n\n";
		String gatesText = "\nThresholds of session " + editor.sessionId() + ": rollback_tol "
				+ Numbers.fmt(g.rollbackTol()) + ", grad_norm_max "
				+ Numbers.fmt(g.gradNormMax()) + ", state_norm_max "
				+ Numbers.fmt(g.stateNormMax()) + ".";
		detail.setText(head + v.text() + gatesText);
	}

	private Gates gates() {
		Session s = editor.session();
		return Gates.of(s == null ? null : s.getPlasticityConfig());
	}

	private Run runOf(UpdateRow row) {
		Session s = editor.session();
		return s == null || row.runId() == null ? null : s.findRun(row.runId());
	}

	private String scopeLabel() {
		if (allRuns.getSelection()) {
			return "all " + (editor.session() == null ? 0 : editor.session().getRuns().size()) + " runs";
		}
		Run run = editor.focus().run();
		return run == null ? "no run" : "run " + run.getId();
	}

	private String name(String what) {
		return editor.sessionId() + "_transactions_" + what;
	}

	// --- for tests and other pages ---

	public TableViewer viewer() {
		return viewer;
	}

	public Combo statusCombo() {
		return statusCombo;
	}

	public Text stepText() {
		return stepText;
	}

	public Button allRunsButton() {
		return allRuns;
	}

	public Text detail() {
		return detail;
	}

	/** The rows the table shows, in table order. */
	public List<UpdateRow> shownRows() {
		return new ArrayList<>(shownRows);
	}

	public org.eclipse.swtchart.Chart breakdownChart() {
		return breakdown.chart();
	}

	public List<org.eclipse.swtchart.Chart> seriesCharts() {
		return List.of(lossChart.chart(), gradChart.chart(), maxHChart.chart());
	}

	/** The four charts as their context menus export them: breakdown, loss, grad_norm, max‖h‖. */
	public List<Exportable> chartExports() {
		return List.of(breakdown, lossChart, gradChart, maxHChart);
	}

	/** The table's rows as CSV (what Export Data as CSV writes). */
	public CsvTable tableData() {
		return UpdateCsv.of(shownRows, gates());
	}

	/** Selecting a filter programmatically, as the combo does. */
	public void setStatusFilter(StatusFilter f) {
		statusCombo.select(f.ordinal());
		applyFilters();
	}

	@Override
	public void dispose() {
		editor.focus().removeListener(focusListener);
		editor.removeRefreshListener(refreshListener);
		if (icons != null) {
			icons.dispose();
		}
		super.dispose();
	}

	/** The table: CSV of the shown rows with verdicts; PNG capture; no vector rendering. */
	private final class TableExport implements Exportable {
		@Override
		public Control control() {
			return viewer.getTable();
		}

		@Override
		public String suggestedName() {
			return name("table");
		}

		@Override
		public boolean hasVector() {
			return false;
		}

		@Override
		public void paint(Drawing drawing, int width, int height) {
			// a table has no vector rendering
		}

		@Override
		public CsvTable data() {
			return tableData();
		}
	}
}
