package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.updates.StatusFilter;
import ttt.workbench.analysis.updates.UpdateColumn;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.test.support.stores.MixedUpdatesStore;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.transactions.TransactionsPage;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.store.ActiveStore;

/** The Transactions page of the session editor on a real store with every kind of update outcome. */
public class TransactionsPageUITest {

	@TempDir
	Path tmp;

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().closeAllEditors(false);
	}

	@Test
	public void tableSortFilterDetailChartsAndCsv() throws Exception {
		Path root = MixedUpdatesStore.create(tmp.resolve("store"));
		List<String> lines = Files.readAllLines(root.resolve("sessions/mixed/update_events.jsonl"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 950);
		shell.forceActive();
		Display display = shell.getDisplay();
		ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize())
				&& ActiveStore.get().store().model().findSession("mixed") != null, 30);
		Session session = ActiveStore.get().store().model().findSession("mixed");
		IWorkbenchPage page = window.getActivePage();
		SessionEditor editor = SessionEditors.open(page, session);
		editor.setActivePage(TransactionsPage.ID);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		TransactionsPage tx = (TransactionsPage) editor.findPage(TransactionsPage.ID);
		assertNotNull(tx);
		Composite txRoot = (Composite) tx.getPartControl();
		Table table = WidgetsById.find(txRoot, "transactions.table", Table.class);
		Combo statusCombo = WidgetsById.find(txRoot, "transactions.status", Combo.class);
		Screenshots.settle(display, 500);
		// the page's head carries the lineage breadcrumb, base → … → the session
		StringBuilder lineage = new StringBuilder(session.getId());
		for (Session a = session.getParent(); a != null; a = a.getParent()) {
			lineage.insert(0, a.getId() + " → ");
		}
		assertEquals("base → " + lineage, editor.breadcrumbOf(tx).getShownText());

		// the focused run is the newest; its rows are the jsonl lines carrying its id
		Run run = editor.focus().run();
		List<String> runLines = lines.stream().filter(l -> l.contains("\"run_id\": \"" + run.getId() + "\"")).toList();
		assertEquals(12, runLines.size(), "96 steps, an update every 8");
		assertEquals(runLines.size(), table.getItemCount());

		// sort by grad_norm: a click on its header (the column's selection event)
		table.getColumn(UpdateColumn.GRAD_NORM.ordinal()).notifyListeners(SWT.Selection, new Event());
		assertSame(table.getColumn(UpdateColumn.GRAD_NORM.ordinal()), table.getSortColumn());
		assertEquals(SWT.UP, table.getSortDirection());
		double[] grads = column(table, UpdateColumn.GRAD_NORM);
		double[] expected = runLines.stream().mapToDouble(l -> number(l, "grad_norm")).sorted().toArray();
		assertEquals(expected.length, grads.length);
		for (int i = 0; i < grads.length; i++) {
			assertEquals(expected[i], grads[i], Math.abs(expected[i]) * 1e-3, "row " + i + " in grad_norm order");
		}
		table.getColumn(UpdateColumn.GRAD_NORM.ordinal()).notifyListeners(SWT.Selection, new Event());
		assertEquals(SWT.DOWN, table.getSortDirection(), "a second click reverses");
		double[] down = column(table, UpdateColumn.GRAD_NORM);
		assertTrue(down[0] >= down[down.length - 1]);

		// filter: rolled back only
		statusCombo.select(StatusFilter.ROLLED_BACK.ordinal());
		statusCombo.notifyListeners(SWT.Selection, new Event());
		long rollbacks = runLines.stream().filter(l -> l.contains("\"status\": \"rollback")).count();
		assertEquals(rollbacks, table.getItemCount());
		for (TableItem item : table.getItems()) {
			assertTrue(item.getText(UpdateColumn.STATUS.ordinal()).startsWith("rolled back"), item.getText(1));
			assertNotNull(item.getImage(UpdateColumn.STATUS.ordinal()), "status has a shape icon besides its text");
		}

		// the detail of a rollback names its reason and its numbers; selecting focuses the editor on that step
		UpdateRow rollback = shownRows(table).get(0);
		Rectangle cell = table.getItem(0).getBounds(0);
		click(display, table.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2));
		Screenshots.settle(display, 300);
		assertEquals(0, table.getSelectionIndex(), "the click selected the first row (cell " + cell + ", table at "
				+ table.toDisplay(0, 0) + ", cursor " + display.getCursorLocation() + ")");
		UiTestSupport.waitFor(display, () -> editor.focus().get().step() == rollback.t(), 10);
		assertEquals(run, editor.focus().run());
		String detail = WidgetsById.find(txRoot, "transactions.verdict", Text.class).getText();
		switch (rollback.reason()) {
		case GRAD_NORM -> assertTrue(detail.contains("grad_norm " + Numbers.fmt(rollback.gradNorm()) + " exceeded grad_norm_max 60"), detail);
		case LOSS_REGRESSION -> assertTrue(detail.contains("post_loss " + Numbers.fmt(rollback.postLoss())
				+ " exceeded pre_loss × 0.99 = " + Numbers.fmt(rollback.preLoss() * 0.99)), detail);
		case STATE_NORM -> assertTrue(detail.contains("post max‖h‖ " + Numbers.fmt(rollback.postMaxH()) + " exceeded state_norm_max 3"), detail);
		default -> throw new AssertionError("not a rollback: " + rollback);
		}
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "transactions-page-rolled-back");

		// the focus set elsewhere (another page, the timeline) selects the row of that step
		statusCombo.select(StatusFilter.ALL.ordinal());
		statusCombo.notifyListeners(SWT.Selection, new Event());
		UpdateRow other = shownRows(table).get(table.getItemCount() - 1);
		editor.focus().set(run, other.t());
		Screenshots.settle(display, 100);
		assertEquals(other, table.getSelection()[0].getData(), "the selected row is the focused step's");
		assertEquals(1, table.getSelectionCount());

		// breakdown bars add up to the run's events
		double sum = 0;
		for (ISeries<?> s : WidgetsById.find(txRoot, "transactions.breakdown", Chart.class).getSeriesSet().getSeries()) {
			sum += Arrays.stream(s.getYSeries()).sum();
		}
		assertEquals(runLines.size(), sum, 0);

		// the charts export: SVG drawn through Drawing (one ellipse per committed point, polygons for the other
		// shapes), CSV of the numbers behind them
		List<Exportable> exports = Stream.of("transactions.breakdown", "transactions.loss", "transactions.gradNorm", "transactions.maxH")
				.map(id -> (Exportable) WidgetsById.find(txRoot, id, Chart.class).getData(Exports.EXPORTABLE_KEY)).toList();
		String barsCsv = exports.get(0).data().toCsv();
		assertEquals(runLines.size(), Arrays.stream(barsCsv.split("\r\n")).skip(1)
				.mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1))).sum(), barsCsv);
		String gradSvg = Exports.svg(exports.get(2));
		assertTrue(gradSvg.startsWith("<?xml") && gradSvg.contains("grad_norm_max 60"), "threshold named in the SVG");
		long squares = runLines.stream().filter(l -> l.contains("\"status\": \"rollback_grad_norm\"")).count();
		assertTrue(gradSvg.split("<rect ", -1).length - 1 >= squares, "a square per grad_norm rollback");
		assertTrue(exports.get(1).data().rowCount() > runLines.size(), "loss CSV has pre_loss, limit and post_loss series");

		// all runs of the session
		Button allRuns = WidgetsById.find(txRoot, "transactions.allRuns", Button.class);
		allRuns.setSelection(true);
		allRuns.notifyListeners(SWT.Selection, new Event());
		assertEquals(lines.size(), table.getItemCount());
		double all = 0;
		for (ISeries<?> s : WidgetsById.find(txRoot, "transactions.breakdown", Chart.class).getSeriesSet().getSeries()) {
			all += Arrays.stream(s.getYSeries()).sum();
		}
		assertEquals(lines.size(), all, 0);

		// CSV export: one line per shown row, in table order, with the log's numbers
		Path csv = tmp.resolve("tx.csv");
		Exports.csv(((Exportable) table.getData(Exports.EXPORTABLE_KEY)).data(), csv);
		List<String> csvLines = Files.readAllLines(csv);
		assertEquals(table.getItemCount() + 1, csvLines.size());
		for (int i = 0; i < table.getItemCount(); i++) {
			String[] f = csvLines.get(i + 1).split(",");
			assertEquals(table.getItem(i).getText(UpdateColumn.RUN.ordinal()), f[0]);
			assertEquals(table.getItem(i).getText(UpdateColumn.T.ordinal()), f[1]);
		}
		String firstLine = lines.get(0);
		assertTrue(csvLines.stream().anyMatch(l -> l.contains("," + number(firstLine, "pre_loss") + ",")),
				"full-precision numbers of the log");
		table.setSelection(3); // as a click would, through the table's selection event
		table.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "transactions-page-all-runs");
	}

	/** The rows the table shows, in table order (a viewer keeps each row's element in its item's data). */
	private static List<UpdateRow> shownRows(Table table) {
		return Stream.of(table.getItems()).map(item -> (UpdateRow) item.getData()).toList();
	}

	private static double[] column(Table table, UpdateColumn c) {
		List<Double> v = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			v.add(Double.parseDouble(item.getText(c.ordinal())));
		}
		return v.stream().mapToDouble(Double::doubleValue).toArray();
	}

	static double number(String line, String key) {
		var m = Pattern.compile("\"" + key + "\": ([-0-9.eE+]+)").matcher(line);
		assertTrue(m.find(), key + " in " + line);
		return Double.parseDouble(m.group(1));
	}

	static void click(Display display, Point p) {
		for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
			Event e = new Event();
			e.type = type;
			e.x = p.x;
			e.y = p.y;
			e.button = type == SWT.MouseMove ? 0 : 1;
			display.post(e);
			Screenshots.settle(display, 120);
		}
	}
}
