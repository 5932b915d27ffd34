package ttt.workbench.ui.editors.transactions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.analysis.updates.StatusFilter;
import ttt.workbench.analysis.updates.StepFilter;
import ttt.workbench.analysis.updates.UpdateColumn;
import ttt.workbench.analysis.updates.UpdateCsv;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.analysis.updates.UpdateVerdicts;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.charts.MarkerIcons;

/**
 * The update events in scope in a sortable table, with filters by outcome and by step, the choice of scope (the
 * focused run or every run of the session) and a summary of what is shown.
 */
final class UpdatesSection extends SectionPart {

	/** What the page does with the section's events. */
	interface Listener {
		/** A row was selected; {@code byUser}: not by {@link UpdatesSection#select}. */
		void selected(UpdateRow row, boolean byUser);

		/** The filters or the order changed: the page re-selects the focused step. */
		void filtered();

		/** "All runs of the session" was ticked or cleared. */
		void scopeChanged();
	}

	private final Listener listener;
	private final MarkerIcons icons;
	private final TableViewer viewer;
	private final Combo statusCombo;
	private final Text stepText;
	private final Button allRuns;
	private final Label summary;
	private TransactionsInput input = new TransactionsInput(List.of(), "", null, "");
	private List<UpdateRow> shownRows = List.of();
	private UpdateColumn sortColumn = UpdateColumn.T;
	private boolean ascending = true;
	private boolean selecting;

	/** {@code name}: the export file name of the table. */
	UpdatesSection(Composite parent, FormToolkit tk, Listener listener, Function<String, String> name) {
		super(parent, tk, ExpandableComposite.NO_TITLE);
		this.listener = listener;
		Composite body = tk.createComposite(getSection());
		getSection().setClient(body);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(body);
		icons = new MarkerIcons(body.getDisplay());
		body.addDisposeListener(e -> icons.dispose());

		Composite bar = tk.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		tk.createLabel(bar, "&Show:");
		statusCombo = WidgetIds.name(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), "transactions.status");
		for (StatusFilter f : StatusFilter.values()) {
			statusCombo.add(f.label());
		}
		statusCombo.select(0);
		statusCombo.setToolTipText("Show all updates, only committed ones, or the rollbacks (of one reason)");
		statusCombo.addListener(SWT.Selection, e -> applyFilters());
		tk.createLabel(bar, "&t:");
		stepText = WidgetIds.name(tk.createText(bar, "", SWT.BORDER | SWT.SEARCH), "transactions.steps");
		stepText.setMessage("e.g. 95, 64-128, >100");
		stepText.setToolTipText("Filter by step t: a number, a range 64-128, a comparison >100 or <=50; several separated by commas");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(stepText);
		stepText.addListener(SWT.Modify, e -> applyFilters());
		allRuns = WidgetIds.name(tk.createButton(bar, "&All runs of the session", SWT.CHECK), "transactions.allRuns");
		allRuns.setToolTipText("Show the updates of every run of this session instead of the focused run only");
		allRuns.addListener(SWT.Selection, e -> listener.scopeChanged());
		summary = tk.createLabel(bar, "");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		viewer = new TableViewer(body, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = WidgetIds.name(viewer.getTable(), "transactions.table");
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 100).applyTo(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		for (UpdateColumn c : UpdateColumn.values()) {
			column(c);
		}
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
		viewer.addSelectionChangedListener(e -> {
			UpdateRow row = (UpdateRow) ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (row != null) {
				listener.selected(row, !selecting);
			}
		});
		UpdatesExport.install(table, () -> name.apply("table"), () -> UpdateCsv.of(shownRows, input.gates()));
	}

	private void column(UpdateColumn c) {
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
				return UpdateVerdicts.explain((UpdateRow) element, input.gates()).headline();
			}
		});
		tc.addListener(SWT.Selection, e -> sortBy(c));
	}

	/** Sorts by {@code c}; a second click on the same column reverses the order. */
	private void sortBy(UpdateColumn c) {
		ascending = c == sortColumn ? !ascending : true;
		sortColumn = c;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(c.ordinal()));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		applyFilters();
	}

	/** Whether every run of the session is in scope (else the focused run only). */
	boolean allRuns() {
		return allRuns.getSelection();
	}

	@Override
	public boolean setFormInput(Object in) {
		if (in instanceof TransactionsInput transactions) {
			input = transactions;
			applyFilters();
			return true;
		}
		return false;
	}

	private void applyFilters() {
		StatusFilter status = StatusFilter.values()[Math.max(0, statusCombo.getSelectionIndex())];
		StepFilter steps = StepFilter.parse(stepText.getText());
		Comparator<UpdateRow> order = ascending ? sortColumn.ascending() : sortColumn.descending();
		List<UpdateRow> scope = input.rows();
		shownRows = SessionUpdates.filter(scope, status, steps, order);
		UpdateRow selected = (UpdateRow) viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(shownRows);
		Map<RollbackReason, Integer> counts = SessionUpdates.breakdown(scope);
		int committed = counts.getOrDefault(RollbackReason.COMMITTED, 0);
		summary.setText(!steps.valid() ? steps.error()
				: shownRows.size() + " of " + scope.size() + " updates shown (" + input.scopeLabel() + "): " + committed + " committed, "
						+ (scope.size() - committed) + " rolled back");
		summary.getParent().layout();
		if (!scope.isEmpty() && selected != null && shownRows.contains(selected)) {
			select(selected);
		} else {
			listener.filtered();
		}
	}

	/** The first shown row of run {@code runId} at step {@code t}, selected (false: none shown). */
	boolean select(String runId, int t) {
		UpdateRow match = shownRows.stream().filter(r -> runId != null && runId.equals(r.runId()) && r.t() == t).findFirst().orElse(null);
		if (match != null) {
			select(match);
		}
		return match != null;
	}

	private void select(UpdateRow row) {
		selecting = true;
		try {
			viewer.setSelection(new StructuredSelection(row), true);
			listener.selected(row, false);
		} finally {
			selecting = false;
		}
	}

	boolean hasSelection() {
		return !viewer.getStructuredSelection().isEmpty();
	}

	boolean showsRows() {
		return !shownRows.isEmpty();
	}
}
