package ttt.workbench.ui.editors.overview;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.session.RunHistoryRow;
import ttt.workbench.store.model.Run;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.selection.SelectionCommands;

/**
 * The Run History: every run of the session, newest first, with its summary and learning figures. Selecting a row
 * focuses the run in the whole editor; a focus set elsewhere (the update timeline, a live run landing) is shown by
 * selecting and bolding its row.
 */
final class RunHistorySection extends SectionPart {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private final TableViewer viewer;
	private Run focused;
	private boolean updating;

	RunHistorySection(FormToolkit toolkit, Composite parent, Font bold, Consumer<Run> onSelect) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		Section section = getSection();
		section.setText("Run history");
		section.setDescription("Every run of this session, newest first. Select one to show it on every page.");
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite body = toolkit.createComposite(section);
		body.setLayout(new GridLayout(1, false));
		section.setClient(body);
		viewer = new TableViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = WidgetIds.name(viewer.getTable(), "overview.runs");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.heightHint = 150;
		gd.widthHint = 600;
		table.setLayoutData(gd);
		toolkit.adapt(table, false, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Run", 205, SWT.LEFT, r -> r.id(), "run_id = <session>_<unix seconds>_seed<seed>", bold);
		column("Created", 178, SWT.LEFT, r -> r.createdAtUnix() == null ? "—" : WHEN.format(Instant.ofEpochSecond(r.createdAtUnix().longValue())),
				"When the run started (from its id)", bold);
		column("Steps", 55, SWT.RIGHT, r -> Integer.toString(r.steps()), "Steps of the run", bold);
		column("Seed", 50, SWT.RIGHT, r -> Long.toString(r.seed()), "The run's random seed", bold);
		column("Commits", 70, SWT.RIGHT, r -> r.committed() + " / " + r.attempted(), "Committed / attempted updates", bold);
		column("Rollbacks", 75, SWT.RIGHT, r -> Integer.toString(r.rolledBack()), "Updates rolled back", bold);
		column("Persistent", 82, SWT.RIGHT, r -> r.figures() == null ? "—" : Numbers.percent(r.figures().persistent().percent()),
				"(base − session_start) / base, final-100 MSE", bold);
		column("Online", 72, SWT.RIGHT, r -> r.figures() == null ? "—" : Numbers.percent(r.figures().online().percent()),
				"(session_start − adaptive) / session_start, final-100 MSE", bold);
		column("Total", 72, SWT.RIGHT, r -> r.figures() == null ? "—" : Numbers.percent(r.figures().total().percent()),
				"(base − adaptive) / base, final-100 MSE", bold);
		viewer.addSelectionChangedListener(e -> {
			IStructuredSelection sel = (IStructuredSelection) e.getSelection();
			if (!updating && sel.size() == 1 && sel.getFirstElement() instanceof RunHistoryRow row) {
				onSelect.accept(row.run());
			}
		});
		// several runs selected (Shift/Ctrl+click): overlay them in the Compare view
		Menu menu = new Menu(table);
		MenuItem compare = new MenuItem(menu, SWT.PUSH);
		compare.setText("&Compare Selected Runs");
		compare.addListener(SWT.Selection, e -> compareSelected());
		menu.addListener(SWT.Show, e -> compare.setEnabled(viewer.getStructuredSelection().size() >= 2));
		table.setMenu(menu);
		table.setToolTipText("Select a run to show it on every page; select several and right-click to compare them");
	}

	/** Opens the Compare view on the selected runs (at least two). */
	void compareSelected() {
		List<Run> runs = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection()) {
			runs.add(((RunHistoryRow) o).run());
		}
		if (runs.size() < 2) {
			return;
		}
		SelectionCommands.execute(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), SelectionCommands.COMPARE,
				new StructuredSelection(runs));
	}

	private void column(String title, int width, int align, Function<RunHistoryRow, String> text, String tooltip, Font bold) {
		TableViewerColumn c = new TableViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setToolTipText(tooltip);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RunHistoryRow) element);
			}

			@Override
			public Font getFont(Object element) {
				return ((RunHistoryRow) element).run() == focused ? bold : null;
			}
		});
	}

	void show(List<RunHistoryRow> rows, Run focus) {
		updating = true;
		try {
			viewer.setInput(rows);
			getSection().setText("Run history (" + rows.size() + (rows.size() == 1 ? " run)" : " runs)"));
			focus(focus);
		} finally {
			updating = false;
		}
	}

	/** Marks {@code run} as focused: selects and bolds its row without re-announcing it. */
	void focus(Run run) {
		focused = run;
		boolean was = updating;
		updating = true;
		try {
			@SuppressWarnings("unchecked")
			List<RunHistoryRow> rows = (List<RunHistoryRow>) viewer.getInput();
			RunHistoryRow row = rows == null ? null : rows.stream().filter(r -> r.run() == run).findFirst().orElse(null);
			viewer.setSelection(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row), true);
			viewer.refresh();
		} finally {
			updating = was;
		}
	}

	TableViewer viewer() {
		return viewer;
	}
}
