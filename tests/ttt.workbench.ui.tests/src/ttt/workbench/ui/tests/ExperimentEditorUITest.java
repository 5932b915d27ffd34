package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.SweepListener;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.report.SweepReport;
import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.experiment.ExperimentEditor;
import ttt.workbench.ui.editors.experiment.ExperimentEditorInput;
import ttt.workbench.ui.editors.experiment.GroupedCurvesPage;
import ttt.workbench.ui.editors.experiment.LineageEffectPage;
import ttt.workbench.ui.editors.experiment.ParallelCoordinatesCanvas;
import ttt.workbench.ui.editors.experiment.ParallelCoordinatesPage;
import ttt.workbench.ui.editors.experiment.ScatterPage;
import ttt.workbench.ui.editors.experiment.TablePage;
import ttt.workbench.ui.experiments.ExperimentsView;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.perspectives.AnalysisPerspective;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * The Experiment editor on a real 60-point sweep (μ 5 × lr 4 × 3 seeds, 128-step runs, made with the sweep engine on
 * a copy of the reference-run-case1 store): the Experiments view lists it, the editor opens from it with Enter and
 * follows the sweep live (48 points, then 12 more land while it is open), the table's numbers agree with the sweep
 * report (an independent aggregation), filtering, brushing with real mouse drags, selection both ways, Enter opens
 * the session editor, CSV export; screenshots of every page.
 */
public class ExperimentEditorUITest {

	static final String SPEC = """
			name: mulr
			mu: [0.05, 0.1, 0.2, 0.4%s]
			lr: [0.0001, 0.001, 0.01, 0.1]
			seeds: [1, 2, 3]
			runs: [128]
			chunk: 16
			""";

	@TempDir
	Path tmp;

	@Test
	public void sweepEditorFiltersBrushesSelectsAndExports() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("reference-run-case1/store_before", tmp.resolve("store"));
		SweepOutcome first = sweep(root, "");
		assertEquals(48, first.done(), "the first 48 points: " + first);

		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(AnalysisPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		page.closeAllEditors(false);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1600, 1000);
		Display display = shell.getDisplay();
		ArtifactStore store = SessionsFixture.open(root, display);
		SessionsViewDriver sessions = new SessionsViewDriver(
				(SessionTableView) page.showView(SessionTableView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
		SessionTreeView tree = (SessionTreeView) page.showView(SessionTreeView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		ExperimentsView experiments = (ExperimentsView) page.showView(ExperimentsView.ID);
		Table sweeps = byKey(shell, ExperimentsView.TABLE_KEY, Table.class);
		UiTestSupport.waitFor(display, () -> sweeps.getItemCount() == 1 && sweeps.getItem(0).getText(1).startsWith("48 /"), 30);
		assertEquals("mulr", sweeps.getItem(0).getText(0));
		assertEquals("48 / 48", sweeps.getItem(0).getText(1));
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "experiments-view");

		// Enter on the sweep's row opens its editor (the Open Experiment command)
		page.activate(experiments);
		click(display, sweeps, sweeps.getItem(0).getBounds(0));
		Widgets.key(display, SWT.CR, '\r');
		UiTestSupport.waitFor(display, () -> page.getActiveEditor() instanceof ExperimentEditor e && e.experiment() != null, 30);
		ExperimentEditor editor = (ExperimentEditor) page.getActiveEditor();
		assertEquals(48, editor.experiment().size());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);

		// the sweep goes on while the editor is open (mu 0.8 appended): the editor follows the store
		AtomicReference<Object> second = new AtomicReference<>();
		Thread worker = new Thread(() -> {
			try {
				second.set(sweep(root, ", 0.8"));
			} catch (Exception e) {
				second.set(e);
			}
		});
		worker.start();
		UiTestSupport.waitFor(display, () -> second.get() != null && editor.experiment().size() == 60, 180);
		assertTrue(second.get() instanceof SweepOutcome o && o.done() == 12, "the 12 new points: " + second.get());
		Experiment e = editor.experiment();
		assertEquals(20, e.configurations().size());
		assertEquals(List.of("mu", "lr"), e.parameters().stream().map(d -> d.key()).toList());

		// Table: 60 point rows and 20 configuration rows, numbers as the sweep report has them
		editor.setActivePage(TablePage.ID);
		Screenshots.settle(display, 300);
		Table points = byKey(shell, TablePage.POINTS_KEY, Table.class);
		Table configs = byKey(shell, TablePage.CONFIGURATIONS_KEY, Table.class);
		UiTestSupport.waitFor(display, () -> points.getItemCount() == 60 && configs.getItemCount() == 20, 30);
		SweepReport report = SweepReport.of(store, "mulr");
		assertEquals(20, report.configurations().size());
		int online = column(configs, "online");
		int muCol = column(configs, "mu");
		int lrCol = column(configs, "lr");
		int nCol = column(configs, "n");
		int checked = 0;
		for (int i = 0; i < configs.getItemCount(); i++) {
			String mu = configs.getItem(i).getText(muCol).replace("★ ", "");
			String lr = configs.getItem(i).getText(lrCol);
			for (SweepReport.ConfigRow r : report.configurations()) {
				if (close(r.parameters().get("mu"), mu) && close(r.parameters().get("lr"), lr)) {
					assertEquals(String.valueOf(r.n()), configs.getItem(i).getText(nCol));
					SweepReport.Stat s = r.figures().get("online");
					String[] cell = configs.getItem(i).getText(online).replace("★ ", "").split(" ± ");
					// the cell shows 3 significant digits (the CSV every digit, checked below)
					assertEquals(s.mean(), Double.parseDouble(cell[0]), 6e-3 * Math.abs(s.mean()) + 1e-12, "online mean of " + mu + "/" + lr);
					assertEquals(s.std(), Double.parseDouble(cell[1]), 6e-3 * Math.abs(s.std()) + 1e-12, "online std of " + mu + "/" + lr);
					checked++;
				}
			}
		}
		assertEquals(20, checked, "every configuration row matched one of the report's");
		assertTrue(starred(configs) >= 1, "the best configuration is marked");
		Screenshots.ofShell(shell, "experiment-table");

		// filter: rows shrink; a bad filter says why and leaves the rows alone
		Text filter = byKey(shell, TablePage.FILTER_KEY, Text.class);
		Label error = byKey(shell, TablePage.ERROR_KEY, Label.class);
		filter.setText("mu>0.1 lr<1e-3");
		Screenshots.settle(display, 200);
		assertEquals(9, points.getItemCount(), "μ 0.2, 0.4, 0.8 × lr 1e-4 × 3 seeds");
		assertEquals(3, configs.getItemCount());
		assertEquals("", error.getText());
		filter.setText("mu>0.1 lrx<1e-3");
		Screenshots.settle(display, 200);
		assertTrue(error.getText().contains("lrx"), "the error names the token: " + error.getText());
		assertEquals(9, points.getItemCount(), "the previous filter still applies");
		Screenshots.ofShell(shell, "experiment-table-filter-error");
		filter.setText("");
		Screenshots.settle(display, 200);
		assertEquals(60, points.getItemCount());

		// parallel coordinates: a real drag along the μ axis brushes μ ≥ 0.4 → 24 members on every page
		editor.setActivePage(ParallelCoordinatesPage.ID);
		Screenshots.settle(display, 500);
		ParallelCoordinatesCanvas canvas = byKey(shell, ParallelCoordinatesPage.CANVAS_KEY, ParallelCoordinatesCanvas.class);
		Point corner = canvas.toDisplay(canvas.getSize().x - 5, 5);
		Widgets.post(display, SWT.MouseMove, corner.x, corner.y, 0); // no hover tooltip over the screenshot
		Screenshots.settle(display, 200);
		Screenshots.ofShell(shell, "experiment-parallel");
		int muAxis = 0;
		Point from = canvas.toDisplay(canvas.axisX(muAxis), canvas.fractionY(1.0) - 2);
		Point to = canvas.toDisplay(canvas.axisX(muAxis), canvas.fractionY(0.3));
		Widgets.drag(display, from, to, null);
		Screenshots.settle(display, 300);

		Point away = canvas.toDisplay(canvas.getSize().x - 5, 5);
		Widgets.post(display, SWT.MouseMove, away.x, away.y, 0); // no hover tooltip over the screenshot
		BitSet visible = editor.state().visible();
		assertEquals(24, visible.cardinality(), "μ 0.4 and 0.8 × 4 lr × 3 seeds");
		for (int m = visible.nextSetBit(0); m >= 0; m = visible.nextSetBit(m + 1)) {
			assertTrue(((Number) e.members().get(m).parameters().get("mu")).doubleValue() >= 0.4);
		}
		Screenshots.ofShell(shell, "experiment-parallel-brushed");
		editor.setActivePage(ScatterPage.ID);
		Screenshots.settle(display, 500);
		Chart scatter = byKey(shell, ScatterPage.CHART_KEY, Chart.class);
		assertEquals(24, scatter.getSeriesSet().getSeries(ScatterPage.MEMBERS).getYSeries().length, "the scatter shows the brushed members");
		Screenshots.ofShell(shell, "experiment-scatter-brushed");
		editor.setActivePage(GroupedCurvesPage.ID);
		Label curvesStatus = byKey(shell, GroupedCurvesPage.STATUS_KEY, Label.class);
		UiTestSupport.waitFor(display, () -> curvesStatus.getText().startsWith("8 configurations"), 60);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "experiment-curves-brushed");
		editor.setActivePage(TablePage.ID);
		Screenshots.settle(display, 300);
		assertEquals(24, points.getItemCount(), "the table shows the brushed members");
		assertEquals(8, configs.getItemCount());

		// selecting a point row selects its session in the Sessions view and the Session Tree
		page.activate(editor);
		click(display, points, points.getItem(0).getBounds(1));
		Screenshots.settle(display, 300);
		String id = points.getItem(0).getText(column(points, "session_id"));
		Session chosen = store.model().findSession(id);
		assertNotNull(chosen, id);
		IStructuredSelection published = (IStructuredSelection) page.getSelection();
		assertEquals(List.of(chosen), published.toList());
		assertEquals(List.of(chosen), sessions.selected());
		assertEquals(id, TreeParts.canvas(PlatformUI.getWorkbench().getWorkbenchWindows()[0]).getSelectedId());
		// a configuration row selects all its shown seeds: the Sessions view follows with all three
		click(display, configs, configs.getItem(0).getBounds(0));
		Screenshots.settle(display, 300);
		assertEquals(3, ((IStructuredSelection) page.getSelection()).size());
		assertEquals(3, sessions.selected().size());
		Screenshots.ofShell(shell, "experiment-table-selected");

		// selecting a session elsewhere highlights it here
		Session other = store.model().findSession(e.members().get(visible.nextSetBit(0)).sessionId());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		page.activate(sessions.view);
		sessions.select(other);
		Screenshots.settle(display, 300);
		assertTrue(editor.state().picked().get(e.member(other.getId()).index()), "the editor highlights " + other.getId());

		// export: the Table page's CSV has both kinds of rows with the provider's numbers
		page.activate(editor);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.settle(display, 200);
		Exportable tableExport = (Exportable) points.getData(Exports.EXPORTABLE_KEY);
		Path csvFile = tmp.resolve("table.csv");
		Exports.csv(tableExport.data(), csvFile);
		List<String> lines = Files.readAllLines(csvFile);
		assertTrue(lines.get(0).startsWith("row,point,session_id,mu,lr,seed,n,persistent,persistent_std,online,online_std"), lines.get(0));
		assertEquals(1 + 24 + 8, lines.size(), "24 brushed points and their 8 configurations");
		CsvTable parsed = CsvTable.parse(Files.readString(csvFile));
		assertEquals(33 - 1, parsed.rowCount());

		// every page once more for the screenshots, without the brush
		editor.clearBrushes();
		for (String p : List.of(ParallelCoordinatesPage.ID, ScatterPage.ID, GroupedCurvesPage.ID, LineageEffectPage.ID, TablePage.ID)) {
			editor.setActivePage(p);
			Screenshots.settle(display, 600);
			if (p.equals(GroupedCurvesPage.ID)) {
				Label status = byKey(shell, GroupedCurvesPage.STATUS_KEY, Label.class);
				UiTestSupport.waitFor(display, () -> status.getText().startsWith("20 configurations"), 60);
				Screenshots.settle(display, 300);
				Chart curves = byKey(shell, GroupedCurvesPage.CHART_KEY, Chart.class);
				Exportable ex = (Exportable) curves.getData(Exports.EXPORTABLE_KEY);
				String svg = Exports.svg(ex);
				assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
			}
			Screenshots.ofShell(shell, "experiment-" + p.substring(p.lastIndexOf('.') + 1));
		}

		// Enter on a selected row opens the session editor through the open-session command
		editor.setActivePage(TablePage.ID);
		Screenshots.settle(display, 300);
		points.setTopIndex(0); // the table scrolled to the picked rows
		Screenshots.settle(display, 200);
		click(display, points, points.getItem(2).getBounds(1));
		Screenshots.settle(display, 200);
		assertEquals(1, points.getSelectionCount());
		String third = points.getItem(points.getSelectionIndex()).getText(column(points, "session_id")); // GTK may still be scrolling
		assertEquals(List.of(store.model().findSession(third)), ((IStructuredSelection) page.getSelection()).toList());
		Screenshots.ofShell(shell, "experiment-before-enter");
		Widgets.key(display, SWT.CR, '\r');
		UiTestSupport.waitFor(display, () -> page.getActiveEditor() instanceof SessionEditor, 30);
		assertEquals(third, ((SessionEditor) page.getActiveEditor()).getSessionInput().sessionId());
		page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_RESTORED);
		page.closeAllEditors(false);
		worker.join();

		// a sweep that forks the best point: the Lineage effect page compares each child with its parent
		SweepOutcome forks = Sweeps.run(root, SpecReader.parse("""
				name: forks
				from: mulr-0005
				rollback_tol: [0.1, 0.5]
				seeds: [1, 2]
				runs: [64]
				""", "forks.yaml"), new LocalSweepEngine(2), SweepListener.NONE, () -> false);
		assertEquals(4, forks.done(), forks.toString());
		UiTestSupport.waitFor(display, () -> store.model().findSession("forks-0003") != null, 60);
		ExperimentEditor forked = (ExperimentEditor) page.openEditor(ExperimentEditorInput.ofSweep(root, "forks"), ExperimentEditor.ID);
		page.setPartState(page.getReference(forked), IWorkbenchPage.STATE_MAXIMIZED);
		UiTestSupport.waitFor(display, () -> forked.experiment() != null && forked.experiment().size() == 4, 30);
		forked.setActivePage(LineageEffectPage.ID);
		Screenshots.settle(display, 600);
		Label message = byKey(shell, LineageEffectPage.MESSAGE_KEY, Label.class);
		assertTrue(message.getText().startsWith("4 forks shown"), message.getText());
		Screenshots.ofShell(shell, "experiment-lineage-forks");
		page.setPartState(page.getReference(forked), IWorkbenchPage.STATE_RESTORED);

		// Compare as Experiment: three sessions picked in the Sessions view, one editor grouping them by their settings
		page.activate(sessions.view);
		sessions.select(List.of(store.model().findSession("mulr-0000"), store.model().findSession("mulr-0004"),
				store.model().findSession("mulr-0020")));
		Screenshots.settle(display, 200);
		page.getWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("ttt.workbench.ui.commands.compareAsExperiment", null);
		UiTestSupport.waitFor(display, () -> page.getActiveEditor() instanceof ExperimentEditor x && x != forked && x.experiment() != null, 30);
		ExperimentEditor compared = (ExperimentEditor) page.getActiveEditor();
		assertEquals(List.of("mulr-0000", "mulr-0004", "mulr-0020"),
				compared.experiment().members().stream().map(m -> m.sessionId()).toList());
		assertEquals(List.of("mu", "lr"), compared.experiment().parameters().stream().map(d -> d.key()).toList(),
				"the settings that differ among them");

		// the editor input is persistable: saved and recreated by its factory
		XMLMemento memento = XMLMemento.createWriteRoot("input");
		ExperimentEditorInput input = compared.getExperimentInput();
		input.saveState(memento);
		assertEquals(input, new ExperimentEditorInput.Factory().createElement(memento));
		page.closeAllEditors(false);
	}

	static SweepOutcome sweep(Path root, String moreMu) throws Exception {
		return Sweeps.run(root, SpecReader.parse(SPEC.formatted(moreMu), "mulr.yaml"), new LocalSweepEngine(2), SweepListener.NONE, () -> false);
	}

	private static boolean close(Object value, String text) {
		double v = ((Number) value).doubleValue();
		double t = Double.parseDouble(text);
		return Math.abs(v - t) <= 1e-9 * Math.max(1, Math.abs(v));
	}

	private static int starred(Table table) {
		int n = 0;
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).startsWith("★")) {
				n++;
			}
		}
		return n;
	}

	static int column(Table table, String key) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (key.equals(columns[i].getText())) {
				return i;
			}
		}
		throw new AssertionError("no column " + key);
	}

	/** A real click in the middle of {@code bounds} (relative to {@code control}). */
	static void click(Display display, Control control, Rectangle bounds) {
		Point p = control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		Widgets.post(display, SWT.MouseMove, p.x, p.y, 0);
		Widgets.post(display, SWT.MouseDown, p.x, p.y, 1);
		Widgets.post(display, SWT.MouseUp, p.x, p.y, 1);
	}

	/** The visible control under {@code root} whose widget data has {@code key}. */
	static <T extends Control> T byKey(Composite root, String key, Class<T> type) {
		List<Control> found = new ArrayList<>();
		collect(root, key, found);
		for (Control c : found) {
			if (type.isInstance(c) && c.isVisible()) {
				return type.cast(c);
			}
		}
		throw new AssertionError("no visible " + type.getSimpleName() + " with data " + key + " (" + found.size() + " hidden)");
	}

	private static void collect(Composite parent, String key, List<Control> found) {
		for (Control c : parent.getChildren()) {
			if (c.getData(key) != null) {
				found.add(c);
			}
			if (c instanceof Composite composite) {
				collect(composite, key, found);
			}
		}
	}
}
