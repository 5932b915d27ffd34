package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/** The Compare view on s1 (96-step run) and its fork s1b (64-step run): two curves, a table that hides equal rows. */
public class CompareViewUITest {

	@TempDir
	Path tmp;

	@Test
	public void overlaysNewestRunsAndHidesEqualRows() throws Exception {
		Path root = SessionsFixture.create(tmp.resolve("store"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 900);
		Display display = shell.getDisplay();
		ArtifactStore store = SessionsFixture.open(root, display);
		Session s1 = store.model().findSession("s1");
		Session s1b = store.model().findSession("s1b");
		Session s1c = store.model().findSession("s1c");

		compare(window, List.of(s1, s1b, s1c)); // as "Compare Selected" runs the Compare command
		CompareView view = (CompareView) page.findView(CompareView.ID);
		Chart chart = ExperimentEditorUITest.byKey(shell, CompareView.CHART_KEY, Chart.class);
		Label header = ExperimentEditorUITest.byKey(shell, CompareView.HEADER_KEY, Label.class);
		Button onlyDiffering = ExperimentEditorUITest.byKey(shell, CompareView.ONLY_DIFFERING_KEY, Button.class);
		UiTestSupport.waitFor(display, () -> chart.getSeriesSet().getSeries().length == 2, 30);
		ISeries<?>[] series = chart.getSeriesSet().getSeries();
		assertEquals("s1", series[0].getId());
		assertEquals(96, series[0].getXSeries().length, "s1's run has 96 steps");
		assertEquals("s1b", series[1].getId());
		assertEquals(64, series[1].getXSeries().length, "s1b's run has 64 steps");
		List<String> perStep = Files.readAllLines(root.resolve("sessions/s1/runs/" + SessionsFixture.S1_RUN + "/per_step.csv"));
		assertEquals(Double.parseDouble(perStep.get(1).split(",")[3]), series[0].getYSeries()[0], 1e-9, "adaptive_mse of step 0");
		ILineSeries<?> a = (ILineSeries<?>) series[0];
		ILineSeries<?> b = (ILineSeries<?>) series[1];
		assertNotEquals(a.getLineColor().getRGB(), b.getLineColor().getRGB(), "distinct colours");
		assertNotEquals(a.getLineStyle(), b.getLineStyle(), "and distinct line styles: colour is never the only cue");
		assertTrue(chart.getLegend().isVisible());
		assertTrue(header.getText().contains("No curve for s1c: never run"), header.getText());

		// the metrics table: one column per session; equal rows go when asked
		Table table = ExperimentEditorUITest.byKey(shell, CompareView.TABLE_KEY, Table.class);
		assertEquals(4, table.getColumnCount());
		assertEquals("s1b", table.getColumn(2).getText());
		int all = table.getItemCount();
		assertTrue(rowNames(table).contains("lr"));
		assertEquals(List.of("0.00500000", "0.00500000", "0.00500000"), values(table, "lr"));
		assertEquals(List.of("— (base)", "s1", "s1b"), values(table, "parent"));
		onlyDiffering.setSelection(true);
		onlyDiffering.notifyListeners(SWT.Selection, new Event());
		assertTrue(table.getItemCount() < all, table.getItemCount() + " of " + all);
		assertTrue(!rowNames(table).contains("lr"), "lr is the same everywhere: hidden");
		assertTrue(rowNames(table).contains("parent"));
		assertTrue(rowNames(table).contains("runs"));
		for (int i = 0; i < table.getItemCount(); i++) {
			List<String> v = values(table, i);
			assertTrue(v.stream().distinct().count() > 1, "a shown row differs: " + v);
		}
		assertEquals(table.getItemCount(), ((Exportable) table.getData(Exports.EXPORTABLE_KEY)).data().rowCount());

		// exports: the curves' numbers and a vector picture with both polylines
		Exportable chartExport = (Exportable) chart.getData(Exports.EXPORTABLE_KEY);
		CsvTable csv = chartExport.data();
		assertEquals(96, csv.rowCount());
		assertTrue(csv.toCsv().startsWith("t,s1 adaptive_mse,s1b adaptive_mse\r\n"), csv.toCsv().substring(0, 60));
		String svg = Exports.svg(chartExport);
		assertEquals(2, svg.split("<polyline", -1).length - 1, "one polyline per curve");

		Screenshots.settle(display, 800);
		File shot = Screenshots.ofShell(shell, "compare-view");
		assertTrue(shot.length() > 10_000);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED); // as a double-click on its tab
		Screenshots.settle(display, 800);
		Screenshots.ofShell(shell, "compare-view-maximized");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		onlyDiffering.setSelection(false);
		onlyDiffering.notifyListeners(SWT.Selection, new Event());
		compare(window, List.of(s1b.getParent(), s1b)); // "Compare with Parent"
		UiTestSupport.waitFor(display, () -> chart.getSeriesSet().getSeries().length == 2
				&& chart.getSeriesSet().getSeries()[0].getId().equals("s1"), 30);
		assertEquals("base → s1 → s1b",
				ExperimentEditorUITest.byKey(shell, CompareView.BREADCRUMB_KEY, LineageBreadcrumb.class).getShownText());
		Screenshots.settle(display, 500);
		Screenshots.ofShell(shell, "compare-with-parent");
	}

	/** Runs the Compare command on {@code elements} (sessions or runs), as the Sessions table and the Run History do. */
	static void compare(IWorkbenchWindow window, List<?> elements) throws Exception {
		IHandlerService handlers = window.getService(IHandlerService.class);
		ICommandService commands = window.getService(ICommandService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(elements));
		handlers.executeCommandInContext(
				ParameterizedCommand.generateCommand(commands.getCommand("ttt.workbench.ui.commands.compare"), null), null, context);
	}

	private static List<String> rowNames(Table table) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			out.add(table.getItem(i).getText(0).substring(2).strip());
		}
		return out;
	}

	private static List<String> values(Table table, String name) {
		return values(table, rowNames(table).indexOf(name));
	}

	private static List<String> values(Table table, int row) {
		List<String> out = new ArrayList<>();
		for (int c = 1; c < table.getColumnCount(); c++) {
			out.add(table.getItem(row).getText(c));
		}
		return out;
	}
}
