package ttt.workbench.ui.editors.experiment;

import java.util.BitSet;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.ExperimentTable;
import ttt.workbench.analysis.experiment.ExperimentTable.Row;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.ui.charts.CompactNumberFormat;
import ttt.workbench.ui.editors.experiment.ExperimentContext.Change;

/**
 * Table: the filter (e.g. {@code mu>0.1 lr<1e-3}, its error shown under it), the configurations aggregated over seeds
 * (mean ± std, n) and the points, both sortable by any column (click a header; again to reverse), virtual, best rows
 * marked ★. Selecting rows selects the sessions (a configuration row: all its shown seeds); Enter opens them.
 */
public final class TablePage extends ExperimentPage {

	public static final String ID = "ttt.workbench.ui.editors.experiment.table";
	public static final String FILTER_KEY = "ttt.experiment.table.filter";
	public static final String ERROR_KEY = "ttt.experiment.table.filterError";
	public static final String CONFIGURATIONS_KEY = "ttt.experiment.table.configurations";
	public static final String POINTS_KEY = "ttt.experiment.table.points";

	/** The order of the figure columns: online learning, commits and rollbacks first. */
	static final List<Figure> FIGURE_ORDER = List.of(Figure.ONLINE, Figure.COMMIT_RATE, Figure.ROLLBACKS, Figure.TOTAL, Figure.PERSISTENT,
			Figure.ADAPTIVE_LAST100, Figure.SESSION_START_LAST100, Figure.BASE_LAST100, Figure.COMMITS, Figure.ROLLBACKS_LOSS_REGRESSION,
			Figure.ROLLBACKS_GRAD_NORM, Figure.ROLLBACKS_STATE_NORM, Figure.ROLLBACKS_NON_FINITE);
	private static final CompactNumberFormat FORMAT = new CompactNumberFormat();

	/** A figure cell: 3–4 significant digits (the CSV export keeps every digit); configurations as mean ± std. */
	static String figureText(Row r, Figure f, double value) {
		if (r.kind() == ExperimentTable.RowKind.CONFIGURATION) {
			var s = r.stat(f);
			return s.n() == 0 ? "" : Double.isNaN(s.std()) ? FORMAT.format(s.mean()) : FORMAT.format(s.mean()) + " ± " + FORMAT.format(s.std());
		}
		return Double.isNaN(value) ? "" : FORMAT.format(value);
	}

	/** The table all parts show, rebuilt when the experiment, the filter, the brushes or "best by" change. */
	private ExperimentTable table;
	private Figure bestBy = Figure.ONLINE;

	TablePage(FormEditor formEditor, ExperimentContext editor) {
		super(formEditor, editor, ID, "Table");
	}

	@Override
	protected String title() {
		return "Table";
	}

	@Override
	protected void createParts(IManagedForm managed, Composite body) {
		FormToolkit tk = managed.getToolkit();
		managed.addPart(new FilterPart(editor, body, tk));
		managed.addPart(new TableRowsPart(this, editor, body, tk, true));
		managed.addPart(new TableRowsPart(this, editor, body, tk, false));
	}

	ExperimentTable table(boolean rebuild) {
		Experiment e = editor.experiment();
		if (e == null) {
			return null;
		}
		if (rebuild || table == null || table.experiment() != e) {
			table = ExperimentTable.of(e, editor.state().visible(), bestBy);
		}
		return table;
	}

	/** The filter field, its error, "best by" and the counts. */
	final class FilterPart extends ExperimentPage.Part {

		private Text filter;
		private Label error;
		private Combo best;
		private Label counts;

		FilterPart(ExperimentContext editor, Composite parent, FormToolkit tk) {
			super(editor, parent, tk, "Filter", null, false);
		}

		@Override
		protected void createClient(Composite client, FormToolkit tk) {
			GridLayoutFactory.fillDefaults().numColumns(4).applyTo(client);
			filter = tk.createText(client, "", SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
			filter.setData(FILTER_KEY, Boolean.TRUE);
			filter.setMessage("e.g. mu>0.1 lr<1e-3 env_mode=nonlinear online>0");
			filter.setToolTipText("Clauses that must all hold: a parameter, seed or figure key, an operator (> >= < <= = !=) and a value;"
					+ "\nseparated by spaces, commas or 'and'. Figures: persistent, online, total, base_last100, session_start_last100,"
					+ "\nadaptive_last100, commit_rate, commits, rollbacks, rollbacks_loss_regression, … Esc clears.");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
			filter.addListener(SWT.Modify, e -> apply());
			filter.addListener(SWT.KeyDown, e -> {
				if (e.keyCode == SWT.ESC) {
					filter.setText("");
				}
			});
			tk.createLabel(client, "&Best by:");
			best = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
			best.setToolTipText("The figure whose best rows are marked ★ (learning and commits: highest; MSEs and rollbacks: lowest)");
			for (Figure f : Figure.values()) {
				best.add(f.label());
			}
			best.select(bestBy.ordinal());
			best.addListener(SWT.Selection, e -> {
				bestBy = Figure.values()[best.getSelectionIndex()];
				table(true);
				editor.fire(Change.FILTER);
			});
			counts = tk.createLabel(client, "");
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(counts);
			error = tk.createLabel(client, "", SWT.WRAP);
			error.setData(ERROR_KEY, Boolean.TRUE);
			error.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_RED));
			GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(error);
		}

		private void apply() {
			if (editor.state() == null) {
				return;
			}
			String message = editor.setFilter(filter.getText());
			error.setText(message == null ? "" : "✕ " + message + " — the previous filter still applies");
			error.getParent().layout(new Control[] { error });
		}

		@Override
		protected void changed(Change change) {
			Experiment e = editor.experiment();
			if (e == null) {
				counts.setText(editor.loadError() == null ? "Loading…" : "Cannot load: " + editor.loadError());
				return;
			}
			if (change == Change.EXPERIMENT && editor.state().filterError() != null) {
				error.setText("✕ the filter no longer applies: " + editor.state().filterError());
			}
			BitSet visible = editor.state().visible();
			counts.setText(visible.cardinality() + " of " + e.size() + " points shown, " + e.done() + " of " + e.total() + " done"
					+ (e.failed() > 0 ? ", " + e.failed() + " failed" : ""));
			counts.getParent().layout(new Control[] { counts });
		}
	}
}
