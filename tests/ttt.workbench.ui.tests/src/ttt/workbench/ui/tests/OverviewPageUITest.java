package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.live.LiveRun;
import ttt.workbench.analysis.live.LiveRuns;
import ttt.workbench.analysis.session.RunHistoryRow;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.charts.ChartGeometry;
import ttt.workbench.ui.charts.MseChart;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.overview.MseChartSection;
import ttt.workbench.ui.editors.overview.OverviewPage;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.export.GcDrawing;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.compare.CompareView;

/**
 * The Overview page of the session editor on a real store: the reference's case-1 session before its run, run twice by
 * the engine (the reference's 600 actions replayed, then a 300-step run with another seed, which starts from the weights
 * the first run committed). Cards, chart, toggles, run history, live fill-in and exports are checked against values
 * computed here from the run folders' files.
 */
public class OverviewPageUITest {

	@TempDir
	Path tmp;

	private SessionEditor editor;

	@AfterEach
	public void close() {
		if (editor != null) {
			editor.getSite().getPage().closeEditor(editor, false);
		}
	}

	/** A run folder read by hand: per_step.csv columns and the statuses/losses of update_events.json. */
	record Files1(double[][] cols, int[] did, int[] ok, List<String> statuses, List<Integer> eventSteps) {
		int steps() {
			return cols[0].length;
		}

		static Files1 read(Path runDir) throws Exception {
			List<String> lines = Files.readAllLines(runDir.resolve("per_step.csv"));
			int n = lines.size() - 1;
			double[][] c = new double[4][n];
			int[] d = new int[n];
			int[] o = new int[n];
			for (int i = 0; i < n; i++) {
				String[] f = lines.get(i + 1).split(",");
				for (int k = 0; k < 4; k++) {
					c[k][i] = Double.parseDouble(f[k]);
				}
				d[i] = Integer.parseInt(f[4].trim());
				o[i] = Integer.parseInt(f[5].trim());
			}
			String events = Files.readString(runDir.resolve("update_events.json"));
			List<String> statuses = new ArrayList<>();
			Matcher m = Pattern.compile("\"status\": ?\"([a-z_]+)\"").matcher(events);
			while (m.find()) {
				statuses.add(m.group(1));
			}
			List<Integer> steps = new ArrayList<>();
			Matcher t = Pattern.compile("\"t\": ?(\\d+)").matcher(events);
			while (t.find()) {
				steps.add(Integer.parseInt(t.group(1)));
			}
			return new Files1(c, d, o, statuses, steps);
		}

		double last100(int col) {
			double s = 0;
			int from = Math.max(0, steps() - 100);
			for (int i = from; i < steps(); i++) {
				s += cols[col][i];
			}
			return s / (steps() - from);
		}
	}

	@Test
	public void overviewShowsTheFocusedRunAndFollowsTheRunHistory() throws Exception {
		Path fixture = Path.of(System.getProperty("ttt.fixtures.dir")).resolve("reference-run-case1");
		Path root = UiTestSupport.copyFixtureStore("reference-run-case1/store_before", tmp.resolve("store"));
		String first;
		String second;
		try (ArtifactStore store = ArtifactStore.open(root)) {
			first = RunSession.run(store, new RunSession.Request("case1", 600, 1, fixture.resolve("actions.csv"), null, null, null,
					null, null, "jvm"), RunListener.NONE, () -> false).runId();
			second = RunSession.run(store, new RunSession.Request("case1", 300, 7, null, null, null, null, null, null, "jvm"),
					RunListener.NONE, () -> false).runId();
		}
		Path runs = root.resolve("sessions/case1/runs");
		Files1 older = Files1.read(runs.resolve(first));
		Files1 newer = Files1.read(runs.resolve(second));

		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		shell.setBounds(display.getPrimaryMonitor().getBounds()); // Xvfb's whole screen (1600 × 1000)
		Job job = ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> job.getResult() != null && ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 60);
		Session session = ActiveStore.get().store().model().findSession("case1");
		editor = SessionEditors.open(page, session);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		OverviewPage overviewPage = (OverviewPage) editor.findPage(OverviewPage.ID);
		assertNotNull(overviewPage, "the Overview is a page of the session editor");
		assertEquals(overviewPage, editor.getActivePageInstance(), "and its first page");
		Overview overview = new Overview(overviewPage);
		// on a loaded machine the curves' load may start after a fixed settle ends: wait for them, then look
		UiTestSupport.waitFor(display, () -> overview.chart().chart().getSeriesSet().getSeries(MseChart.SESSION_START) != null, 60);
		Screenshots.settle(display, 800);
		Screenshots.ofShell(shell, "overview-page-newest-run");

		// the newest run is in focus: cards from its per_step.csv and events
		Run newest = editor.focus().run();
		assertEquals(second, newest.getId());
		assertEquals(Numbers.compact(newer.last100(1)), overview.cardValue("base"));
		assertEquals(Numbers.compact(newer.last100(2)), overview.cardValue("sessionStart"));
		assertEquals(Numbers.compact(newer.last100(3)), overview.cardValue("adaptive"));
		double total = (newer.last100(1) - newer.last100(3)) / newer.last100(1) * 100;
		assertEquals(Numbers.percent(total), overview.cardValue("improvement"));
		assertEquals(Numbers.percent(total), overview.cardValue("total"));
		assertEquals(Numbers.percent((newer.last100(1) - newer.last100(2)) / newer.last100(1) * 100), overview.cardValue("persistent"));
		assertEquals(Numbers.percent((newer.last100(2) - newer.last100(3)) / newer.last100(2) * 100), overview.cardValue("online"));
		assertNotEquals("+0.0 %", overview.cardValue("persistent"), "the second run starts from weights the first run committed");
		long commits = newer.statuses().stream().filter("commit"::equals).count();
		assertEquals(commits + " / " + newer.statuses().size(), overview.cardValue("updates"));
		assertEquals("0.12", overview.cardValue("mu"));
		assertTrue(overview.cardTooltip("persistent").contains("persistent = base − session_start on final-100 MSE"),
				overview.cardTooltip("persistent"));
		assertTrue(overview.cardTooltip("improvement").contains("(base − adaptive) / base × 100"));
		assertEquals(session.getModelSignature(), overview.identityValue("Model signature"));

		// chart: three curves of the run's length, one marker per update event
		MseChart chart = overview.chart();
		assertSeries(chart, newer);
		assertEquals(newer.steps(), chart.chart().getSeriesSet().getSeries(MseChart.ADAPTIVE).getXSeries().length);
		int markers = chart.chart().getSeriesSet().getSeries(MseChart.COMMITS).getXSeries().length
				+ chart.chart().getSeriesSet().getSeries(MseChart.ROLLBACKS).getXSeries().length;
		assertEquals(newer.statuses().size(), markers, "one marker per update attempt");
		assertEquals(commits, chart.chart().getSeriesSet().getSeries(MseChart.COMMITS).getXSeries().length);
		PaletteAssertions.assertMseColours(chart.chart());

		// run history: newest first; selecting the older run moves the focus and the chart
		@SuppressWarnings("unchecked")
		List<RunHistoryRow> rows = overview.rows();
		assertEquals(List.of(second, first), rows.stream().map(RunHistoryRow::id).toList());
		overview.selectRow(1);
		assertEquals(first, editor.focus().run().getId(), "the run history sets the editor's run focus");
		UiTestSupport.loadsDone(display); // the older run's curves are read on a job
		assertSeries(chart, older);
		assertTrue(chart.chart().getTitle().getText().startsWith(first + "  ·  600 steps"), chart.chart().getTitle().getText());
		assertEquals(Numbers.compact(older.last100(3)), overview.cardValue("adaptive"));
		assertEquals("+0.0 %", overview.cardValue("persistent"), "the first run of a fresh session has nothing persistent");
		markers = chart.chart().getSeriesSet().getSeries(MseChart.COMMITS).getXSeries().length
				+ chart.chart().getSeriesSet().getSeries(MseChart.ROLLBACKS).getXSeries().length;
		assertEquals(older.statuses().size(), markers);
		assertEquals(18, markers, "the reference's case 1 has 18 update attempts");
		int t31 = older.eventSteps().get(0);
		assertTrue(chart.tooltip(t31).contains("t=31 commit: pre 0.00618 → post 0.00198"), chart.tooltip(t31));
		assertTrue(chart.tooltip(t31).contains("adaptive " + Numbers.compact(older.cols()[3][31])), chart.tooltip(t31));

		Screenshots.settle(display, 600);
		File shot = Screenshots.ofShell(shell, "overview-page");
		assertTrue(shot.length() > 20_000);
		var form = overview.page.getManagedForm().getForm();
		form.setOrigin(0, form.getContent().getSize().y);
		Screenshots.settle(display, 400);
		Screenshots.ofShell(shell, "overview-page-scrolled-down");
		form.setOrigin(0, 0);

		// exports of the older run, all steps visible; offered on the plot's context menu
		Menu menu = chart.chart().getPlotArea().getControl().getMenu();
		assertNotNull(menu, "right-click on the plot offers the exports");
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
		assertTrue(items.containsAll(List.of("Export as &PNG...", "Export as &SVG...", "Export Data as &CSV...")), items.toString());
		Path svgFile = tmp.resolve("chart.svg");
		Path csvFile = tmp.resolve("chart.csv");
		Path pngFile = tmp.resolve("chart.png");
		Exports.svg(chart.export(), svgFile);
		Exports.csv(chart.export().data(), csvFile);
		Exports.png(chart.chart(), pngFile);
		byte[] png = Files.readAllBytes(pngFile);
		assertTrue(png.length > 5_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG file");
		assertSvgMapsBack(svgFile, chart, older);
		saveVectorRendering(chart, "overview-chart-vector");
		List<String> csv = Files.readAllLines(csvFile);
		assertEquals("t,base_mse,session_no_update_mse,adaptive_mse,did_update,update_ok", csv.get(0));
		assertEquals(older.steps() + 1, csv.size());
		for (int i = 0; i < older.steps(); i++) {
			String[] f = csv.get(i + 1).split(",");
			assertEquals(i, Integer.parseInt(f[0]));
			for (int k = 1; k < 4; k++) {
				assertEquals(older.cols()[k][i], Double.parseDouble(f[k]), 0, "row " + i + " column " + k);
			}
			assertEquals(older.did()[i], Integer.parseInt(f[4]));
			assertEquals(older.ok()[i], Integer.parseInt(f[5]));
		}

		// log scale toggle
		assertFalse(chart.chart().getAxisSet().getYAxis(0).isLogScaleEnabled());
		click(overview.logToggle());
		assertTrue(chart.chart().getAxisSet().getYAxis(0).isLogScaleEnabled(), "Log scale makes the MSE axis logarithmic");
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "overview-page-log");
		Exports.svg(chart.export(), tmp.resolve("log.svg"));
		saveVectorRendering(chart, "overview-chart-vector-log");
		assertSvgMapsBack(tmp.resolve("log.svg"), chart, older);
		click(overview.logToggle());
		assertFalse(chart.chart().getAxisSet().getYAxis(0).isLogScaleEnabled());

		// smoothing: the adaptive series becomes the trailing mean over the window
		double[] raw = chart.shownValues(MseChart.ADAPTIVE).clone();
		assertArrayEquals(older.cols()[3], raw, 0);
		click(overview.smoothToggle());
		int w = overview.smoothWindow().getSelection();
		assertEquals(25, w);
		double[] smooth = chart.shownValues(MseChart.ADAPTIVE);
		assertEquals(raw.length, smooth.length);
		for (int i : new int[] { 0, 24, 100, 599 }) {
			double s = 0;
			int from = Math.max(0, i - w + 1);
			for (int j = from; j <= i; j++) {
				s += raw[j];
			}
			assertEquals(s / (i - from + 1), smooth[i], 1e-12, "smoothed adaptive at " + i);
		}
		assertNotEquals(raw[100], smooth[100]);
		click(overview.smoothToggle());
		assertArrayEquals(raw, chart.shownValues(MseChart.ADAPTIVE), 0);

		// zoom survives a live run filling in, and the live run shows baselines complete, adaptive growing
		chart.zoom().zoomTo(new Range(100, 200), null);
		float[] b = new float[older.steps()];
		float[] s0 = new float[older.steps()];
		float[] a = new float[older.steps()];
		for (int i = 0; i < b.length; i++) {
			b[i] = (float) older.cols()[1][i];
			s0[i] = (float) older.cols()[2][i];
			a[i] = (float) older.cols()[3][i];
		}
		LiveRuns.get().publish(new LiveRun("case1", b.length, b, s0, a, 150, new int[] { 31, 63 }, new boolean[] { true, false },
				LiveRun.State.ADAPTIVE));
		assertEquals(150, chart.shownValues(MseChart.ADAPTIVE).length, "the adaptive curve so far");
		assertEquals(older.steps(), chart.shownValues(MseChart.BASE).length, "the baselines complete");
		assertEquals(2, chart.chart().getSeriesSet().getSeries(MseChart.COMMITS).getXSeries().length
				+ chart.chart().getSeriesSet().getSeries(MseChart.ROLLBACKS).getXSeries().length);
		Range x = chart.chart().getAxisSet().getXAxis(0).getRange();
		assertEquals(100, x.lower, 1e-9, "the user's zoom is kept while the run fills in");
		assertEquals(200, x.upper, 1e-9);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "overview-page-live");
		LiveRuns.get().publish(new LiveRun("case1", b.length, b, s0, a, 150, new int[0], new boolean[0], LiveRun.State.ABANDONED));
		assertEquals(older.steps(), chart.shownValues(MseChart.ADAPTIVE).length, "back to the focused run");

		// another program adds a run on disk: the page refreshes in place, keeping the focused run and the zoom
		Path hidden = runs.resolve(".incoming");
		Files.createDirectories(hidden);
		for (String f : new String[] { "per_step.csv", "update_events.json" }) {
			Files.copy(runs.resolve(second).resolve(f), hidden.resolve(f));
		}
		Files.move(hidden, runs.resolve("case1_1999999999_seed9"));
		UiTestSupport.waitFor(display, () -> overview.rows().size() == 3, 30);
		assertEquals(first, editor.focus().run().getId(), "the focus stays on the run the user chose");
		assertEquals(first, overview.selectedRow().id());
		assertEquals(100, chart.chart().getAxisSet().getXAxis(0).getRange().lower, 1e-9, "the zoom stays");
		assertEquals(200, chart.chart().getAxisSet().getXAxis(0).getRange().upper, 1e-9);
		assertSeries(chart, older);

		// the focus set elsewhere is followed by the run history and the chart
		editor.focus().set(newest);
		assertSeries(chart, newer);
		assertEquals(second, overview.selectedRow().id());
		chart.zoom().reset();
		assertEquals(0, chart.chart().getAxisSet().getXAxis(0).getRange().lower, 1e-9);

		// two runs selected in the run history: Compare overlays their adaptive curves, one column per run
		var shown = editor.session();
		overview.compareRuns(List.of(shown.findRun(first), shown.findRun(second)));
		assertNotNull(window.getActivePage().findView(ttt.workbench.ui.views.compare.CompareView.ID), "the Compare view is open");
		org.eclipse.swtchart.Chart compare = ExperimentEditorUITest.byKey(shell, ttt.workbench.ui.views.compare.CompareView.CHART_KEY,
				org.eclipse.swtchart.Chart.class);
		org.eclipse.swt.widgets.Label compareHeader = ExperimentEditorUITest.byKey(shell,
				ttt.workbench.ui.views.compare.CompareView.HEADER_KEY, org.eclipse.swt.widgets.Label.class);
		UiTestSupport.waitFor(display, () -> compare.getSeriesSet().getSeries().length == 2, 30);
		assertEquals(600, compare.getSeriesSet().getSeries(first).getYSeries().length);
		assertEquals(300, compare.getSeriesSet().getSeries(second).getYSeries().length);
		assertArrayEquals(older.cols()[3], compare.getSeriesSet().getSeries(first).getYSeries(), 1e-12,
				"the first run's adaptive curve, as stored");
		assertTrue(compareHeader.getText().startsWith("Comparing the runs ") && compareHeader.getText().contains(first)
				&& compareHeader.getText().contains(second), compareHeader.getText());
	}

	/** The export's paint routine drawn with a GC into an image, for a person to compare with the chart on screen. */
	private static void saveVectorRendering(MseChart chart, String name) {
		Point size = chart.export().control().getSize();
		Image image = new Image(chart.chart().getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			chart.export().paint(new GcDrawing(gc), size.x, size.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(new File(Screenshots.dir(), name + ".png").getAbsolutePath(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The Overview's widgets, found by their names, and what the test does with them. */
	private record Overview(OverviewPage page) {

		private Composite root() {
			return (Composite) page.getPartControl();
		}

		/** Card texts by name (base, sessionStart, adaptive, improvement, updates, mu, age, persistent, online, total). */
		String cardValue(String name) {
			return WidgetsById.find(root(), "overview.card." + name + ".value", Label.class).getText();
		}

		String cardTooltip(String name) {
			return WidgetsById.find(root(), "overview.card." + name, Composite.class).getToolTipText();
		}

		String identityValue(String key) {
			return WidgetsById.find(root(), "overview.identity." + key, Text.class).getText();
		}

		/** The chart of the page's MSE section (a part of the page's managed form). */
		MseChart chart() {
			return Stream.of(page.getManagedForm().getParts()).filter(MseChartSection.class::isInstance)
					.map(p -> ((MseChartSection) p).chart()).findFirst().orElseThrow();
		}

		Button logToggle() {
			return WidgetsById.find(root(), "overview.log", Button.class);
		}

		Button smoothToggle() {
			return WidgetsById.find(root(), "overview.smooth", Button.class);
		}

		Spinner smoothWindow() {
			return WidgetsById.find(root(), "overview.smoothWindow", Spinner.class);
		}

		Table runTable() {
			return WidgetsById.find(root(), "overview.runs", Table.class);
		}

		/** The Run History's rows in table order (a viewer keeps each row's element in its item's data). */
		List<RunHistoryRow> rows() {
			return Stream.of(runTable().getItems()).map(item -> (RunHistoryRow) item.getData()).toList();
		}

		RunHistoryRow selectedRow() {
			return (RunHistoryRow) runTable().getSelection()[0].getData();
		}

		/** Selects rows as a click (or Ctrl+click) does, through the table's selection event. */
		void selectRow(int... indices) {
			runTable().setSelection(indices);
			runTable().notifyListeners(SWT.Selection, new Event());
		}

		/** Selects these runs in the Run History and chooses Compare Selected Runs in its context menu. */
		void compareRuns(List<Run> runs) {
			List<RunHistoryRow> rows = rows();
			selectRow(runs.stream().mapToInt(r -> rows.stream().map(RunHistoryRow::run).toList().indexOf(r)).toArray());
			Menu menu = runTable().getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			MenuItem compare = Stream.of(menu.getItems()).filter(i -> i.getText().equals("&Compare Selected Runs")).findFirst().orElseThrow();
			assertTrue(compare.isEnabled(), "Compare is offered for two runs");
			compare.notifyListeners(SWT.Selection, new Event());
		}
	}

	private static void click(Button check) {
		check.setSelection(!check.getSelection());
		check.notifyListeners(SWT.Selection, new Event());
	}

	private static void assertSeries(MseChart chart, Files1 run) {
		Map<String, Integer> column = new HashMap<>(Map.of(MseChart.BASE, 1, MseChart.SESSION_START, 2, MseChart.ADAPTIVE, 3));
		for (var e : column.entrySet()) {
			ISeries<?> s = chart.chart().getSeriesSet().getSeries(e.getKey());
			assertNotNull(s, e.getKey());
			assertEquals(run.steps(), s.getYSeries().length, e.getKey() + " has one value per step");
			assertArrayEquals(run.cols()[e.getValue()], s.getYSeries(), 0, e.getKey());
		}
	}

	/** One polyline per curve, one point per visible step, whose pixels map back to the values. */
	private static void assertSvgMapsBack(Path svg, MseChart chart, Files1 run) throws Exception {
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		Element root = doc.getDocumentElement();
		int w = Integer.parseInt(root.getAttribute("width"));
		int h = Integer.parseInt(root.getAttribute("height"));
		ChartGeometry g = chart.export().geometry(w, h);
		NodeList polylines = doc.getElementsByTagName("polyline");
		assertEquals(3, polylines.getLength(), "one polyline per curve");
		Map<String, Integer> byColour = Map.of("#808080", 1, "#285ac8", 2, "#1e963c", 3);
		for (int p = 0; p < polylines.getLength(); p++) {
			Element line = (Element) polylines.item(p);
			Integer col = byColour.get(line.getAttribute("stroke").toLowerCase());
			assertNotNull(col, "a curve's colour: " + line.getAttribute("stroke"));
			String[] points = line.getAttribute("points").trim().split(" ");
			assertEquals(run.steps(), points.length, "every step is visible");
			double yPixel = Math.abs(g.dataY(g.top()) - g.dataY(g.top() + 1));
			for (int i = 0; i < points.length; i += 37) {
				String[] xy = points[i].split(",");
				assertEquals(i, g.dataX(Integer.parseInt(xy[0])), (g.xUpper() - g.xLower()) / g.width(), "x of point " + i);
				double v = run.cols()[col][i];
				double back = g.dataY(Integer.parseInt(xy[1]));
				if (g.yLog()) {
					assertEquals(Math.log10(v), Math.log10(back), Math.abs(Math.log10(g.dataY(g.top())) - Math.log10(g.dataY(g.top() + 1))),
							"log y of point " + i);
				} else {
					assertEquals(v, back, yPixel, "y of point " + i);
				}
			}
		}
	}
}
