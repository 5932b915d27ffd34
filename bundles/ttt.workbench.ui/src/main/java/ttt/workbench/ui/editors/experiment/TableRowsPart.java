package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import ttt.workbench.analysis.experiment.Configuration;
import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.ExperimentTable;
import ttt.workbench.analysis.experiment.ExperimentTable.Row;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.ui.editors.experiment.ExperimentContext.Change;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

/** The configurations' or the points' rows. */
final class TableRowsPart extends ExperimentPage.Part implements Exportable {

	/** The page whose table (filtered, brushed, best by) this part shows. */
	private final TablePage page;

	private final boolean configurations;
	private TableViewer viewer;
	private List<Row> rows = List.of();
	private String sortKey;
	private boolean ascending = true;
	private boolean selecting;
	private Color bestBackground;

	TableRowsPart(TablePage page, ExperimentContext editor, Composite parent, FormToolkit tk, boolean configurations) {
		super(editor, parent, tk, configurations ? "Configurations (mean ± std over seeds)" : "Points",
				configurations ? "One row per configuration: the figures' mean ± sample std over its shown seeds, and n. ★ marks the best."
						: "One row per point (session). ★ marks the best. Select rows to select the sessions everywhere; Enter opens them.",
				true);
		this.page = page;
		this.configurations = configurations; // set after createClient ran (from the super constructor)
		viewer.getTable().setData(configurations ? TablePage.CONFIGURATIONS_KEY : TablePage.POINTS_KEY, Boolean.TRUE);
	}

	@Override
	protected void createClient(Composite client, FormToolkit tk) {
		GridLayoutFactory.fillDefaults().applyTo(client);
		bestBackground = new Color(255, 243, 196);
		client.addListener(SWT.Dispose, e -> bestBackground.dispose());
		viewer = new TableViewer(client, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table t = viewer.getTable();
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(t);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			}
		});
		viewer.setInput(this);
		t.addListener(SWT.Selection, e -> publish());
		viewer.addOpenListener(e -> editor.openSelected());
		Exports.addContextMenu(this);
	}

	/** Columns follow the experiment's parameters; they are made again when those change. */
	private void columns(ExperimentTable et) {
		Table t = viewer.getTable();
		List<String> keys = new ArrayList<>();
		for (TableColumn c : t.getColumns()) {
			keys.add((String) c.getData());
		}
		List<String> wanted = ordered(et).stream().map(ExperimentTable.Column::key).toList();
		if (keys.equals(wanted)) {
			return;
		}
		t.setRedraw(false);
		try {
			for (TableColumn c : t.getColumns()) {
				c.dispose();
			}
			for (ExperimentTable.Column c : ordered(et)) {
				column(c);
			}
		} finally {
			t.setRedraw(true);
		}
	}

	/**
	 * The shown columns: identity and parameters first, then the figures that answer "does it learn online, does it
	 * roll back" before the others.
	 */
	private List<ExperimentTable.Column> ordered(ExperimentTable et) {
		List<ExperimentTable.Column> out = new ArrayList<>();
		for (ExperimentTable.Column c : et.columns()) {
			if (shows(c) && (c.dimension() == null || c.dimension().figure() == null)) {
				out.add(c);
			}
		}
		for (Figure f : TablePage.FIGURE_ORDER) {
			int i = et.column(f.key());
			if (i >= 0) {
				out.add(et.columns().get(i));
			}
		}
		return out;
	}

	private boolean shows(ExperimentTable.Column c) {
		return configurations ? !c.key().equals("point") && !c.key().equals("session_id") && !c.key().equals("seed")
				: !c.key().equals("n");
	}

	private void column(ExperimentTable.Column c) {
		boolean figure = c.dimension() != null && c.dimension().figure() != null;
		TableViewerColumn vc = new TableViewerColumn(viewer, figure || c.key().equals("n") || c.key().equals("point") ? SWT.RIGHT : SWT.LEFT);
		TableColumn tc = vc.getColumn();
		tc.setData(c.key());
		tc.setText(c.key());
		tc.setToolTipText((c.dimension() == null ? c.label() : c.dimension().label()) + "\nClick to sort; click again to reverse");
		tc.setWidth(c.key().equals("session_id") ? 110 : figure ? (configurations ? 142 : 84) : c.key().equals("n") ? 36 : 70);
		tc.setMoveable(true);
		String key = c.key();
		vc.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Row r = (Row) element;
				ExperimentTable table = page.table(false);
				int i = table.column(key);
				String text = i < 0 ? "" : figure ? TablePage.figureText(r, c.dimension().figure(), r.values()[i]) : table.text(r, i);
				boolean first = viewer.getTable().getColumn(0).getData() == key;
				return first && r.best() ? "★ " + text : text;
			}

			@Override
			public Color getBackground(Object element) {
				return ((Row) element).best() ? bestBackground : null;
			}
		});
		tc.addListener(SWT.Selection, e -> {
			ascending = key.equals(sortKey) ? !ascending : true;
			sortKey = key;
			viewer.getTable().setSortColumn(tc);
			viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
			show(page.table(false));
		});
	}

	@Override
	protected void changed(Change change) {
		ExperimentTable et = page.table(change != Change.SELECTION);
		if (et == null) {
			return;
		}
		if (change != Change.SELECTION) {
			columns(et);
			show(et);
		} else {
			selectPicked();
		}
	}

	private void show(ExperimentTable et) {
		List<Row> source = configurations ? et.configurations() : et.points();
		rows = sortKey == null || et.column(sortKey) < 0 ? source : et.sort(source, sortKey, ascending);
		Table t = viewer.getTable();
		t.setRedraw(false);
		try {
			viewer.setItemCount(rows.size());
			t.clearAll();
			selectPicked();
		} finally {
			t.setRedraw(true);
		}
		getSection().setText((configurations ? "Configurations (mean ± std over seeds): " : "Points: ") + rows.size());
		getSection().layout();
	}

	/** Rows of the picked members (configurations: those whose shown members are all picked). */
	private void selectPicked() {
		BitSet picked = editor.state().picked();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			if (configurations ? allPicked(r, picked) : picked.get(r.index())) {
				indexes.add(i);
			}
		}
		selecting = true;
		try {
			viewer.getTable().setSelection(indexes.stream().mapToInt(Integer::intValue).toArray());
		} finally {
			selecting = false;
		}
	}

	private boolean allPicked(Row r, BitSet picked) {
		Configuration c = editor.experiment().configurations().get(r.index());
		boolean any = false;
		for (int m : c.members()) {
			if (editor.state().isVisible(m)) {
				if (!picked.get(m)) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	private void publish() {
		if (selecting || editor.experiment() == null) {
			return;
		}
		BitSet members = new BitSet();
		for (int i : viewer.getTable().getSelectionIndices()) {
			if (i < rows.size()) {
				Row r = rows.get(i);
				if (configurations) {
					for (int m : editor.experiment().configurations().get(r.index()).members()) {
						if (editor.state().isVisible(m)) {
							members.set(m);
						}
					}
				} else {
					members.set(r.index());
				}
			}
		}
		editor.select(members);
	}

	/** The rows in table order, as strings (for tests and Copy). */
	List<Row> rows() {
		return rows;
	}

	// ---- export: the table's rows (both kinds) as the provider writes them

	@Override
	public Control control() {
		return viewer.getTable();
	}

	@Override
	public String suggestedName() {
		Experiment e = editor.experiment();
		return (e == null ? "experiment" : e.name()) + "_table";
	}

	@Override
	public boolean hasVector() {
		return false;
	}

	@Override
	public void paint(Drawing drawing, int width, int height) {
	}

	@Override
	public CsvTable data() {
		ExperimentTable et = page.table(false);
		return et == null ? new CsvTable(List.of("row")) : CsvTable.parse(et.csv());
	}
}
