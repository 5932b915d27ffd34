package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.session.Smoothing;
import ttt.workbench.analysis.style.ChartPalette;
import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.MseChart;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.overview.MseChartSection;
import ttt.workbench.ui.editors.overview.OverviewPage;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.preferences.PreferenceInitializer;
import ttt.workbench.ui.preferences.WorkbenchPreferences;
import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/**
 * Window ▸ Preferences ▸ TTT Workbench changes what open parts show, at once: the palette recolours the Overview and
 * Compare charts, EMA smoothing replots the Overview with TensorBoard's values, the folding threshold refolds the
 * Session Tree; and the page validates, explains and restores its defaults.
 */
public class PreferencesUITest {

	@TempDir
	Path tmp;

	private SessionEditor editor;
	private OverviewPage overviewPage;

	@AfterEach
	public void restore() {
		if (editor != null) {
			editor.getSite().getPage().closeEditor(editor, false);
		}
		PreferenceReset.all();
	}

	private record Opened(IWorkbenchWindow window, Shell shell, Display display, ArtifactStore store, Path root) {
	}

	private Opened openStore() throws Exception {
		Path root = SessionsFixture.create(tmp.resolve("store"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 900);
		Display display = shell.getDisplay();
		return new Opened(window, shell, display, SessionsFixture.open(root, display), root);
	}

	private MseChart overviewChart(Opened o, String sessionId) throws Exception {
		IWorkbenchPage page = o.window().getActivePage();
		editor = SessionEditors.open(page, o.store().model().findSession(sessionId));
		overviewPage = (OverviewPage) editor.findPage(OverviewPage.ID);
		MseChart chart = Stream.of(overviewPage.getManagedForm().getParts()).filter(MseChartSection.class::isInstance)
				.map(p -> ((MseChartSection) p).chart()).findFirst().orElseThrow();
		UiTestSupport.waitFor(o.display(), () -> chart.chart().getSeriesSet().getSeries(MseChart.ADAPTIVE) != null, 30);
		return chart;
	}

	private static RGB line(Chart chart, String id) {
		return ((ILineSeries<?>) chart.getSeriesSet().getSeries(id)).getLineColor().getRGB();
	}

	@Test
	public void thePaletteRecoloursTheOverviewAndCompareChartsAtOnce() throws Exception {
		Opened o = openStore();
		MseChart overview = overviewChart(o, "s1");
		assertEquals(ChartTheme.rgb(ChartPalette.WORKBENCH.rgb(SeriesColor.ADAPTIVE)), line(overview.chart(), MseChart.ADAPTIVE),
				"the default palette is the workbench's own");
		Session s1 = o.store().model().findSession("s1");
		Session s1b = o.store().model().findSession("s1b");
		CompareViewUITest.compare(o.window(), List.of(s1, s1b));
		Chart compare = ExperimentEditorUITest.byKey(o.shell(), CompareView.CHART_KEY, Chart.class);
		UiTestSupport.waitFor(o.display(), () -> compare.getSeriesSet().getSeries().length == 2, 30);
		assertEquals(ChartTheme.rgb(ChartPalette.WORKBENCH.item(0)), line(compare, "s1"));

		WorkbenchPreferences.store().setValue(WorkbenchPreferences.PALETTE, ChartPalette.HIGH_CONTRAST.name());
		Screenshots.settle(o.display(), 500);

		ChartPalette hc = ChartPalette.HIGH_CONTRAST;
		assertEquals(ChartTheme.rgb(hc.rgb(SeriesColor.BASE)), line(overview.chart(), MseChart.BASE), "Overview: base");
		assertEquals(ChartTheme.rgb(hc.rgb(SeriesColor.SESSION_START)), line(overview.chart(), MseChart.SESSION_START), "session start");
		assertEquals(ChartTheme.rgb(hc.rgb(SeriesColor.ADAPTIVE)), line(overview.chart(), MseChart.ADAPTIVE), "adaptive");
		ILineSeries<?> commits = (ILineSeries<?>) overview.chart().getSeriesSet().getSeries(MseChart.COMMITS);
		assertEquals(ChartTheme.rgb(hc.rgb(SeriesColor.COMMIT)), commits.getSymbolColor().getRGB(), "commit markers");
		ISeries<?>[] compared = compare.getSeriesSet().getSeries();
		assertEquals(ChartTheme.rgb(hc.item(0)), ((ILineSeries<?>) compared[0]).getLineColor().getRGB(), "Compare: first item");
		assertEquals(ChartTheme.rgb(hc.item(1)), ((ILineSeries<?>) compared[1]).getLineColor().getRGB(), "Compare: second item");
		Screenshots.ofShell(o.shell(), "prefs-palette-high-contrast");

		WorkbenchPreferences.store().setValue(WorkbenchPreferences.PALETTE, ChartPalette.COLOR_BLIND_SAFE.name());
		Screenshots.settle(o.display(), 500);
		ChartPalette cb = ChartPalette.COLOR_BLIND_SAFE;
		assertEquals(ChartTheme.rgb(cb.rgb(SeriesColor.ADAPTIVE)), line(overview.chart(), MseChart.ADAPTIVE));
		assertEquals(ChartTheme.rgb(cb.rgb(SeriesColor.BASE)), line(overview.chart(), MseChart.BASE));
		assertEquals(ChartTheme.rgb(cb.item(1)), line(compare, "s1b"));
		Screenshots.ofShell(o.shell(), "prefs-palette-colour-blind-safe");
	}

	@Test
	public void emaSmoothingPlotsTensorBoardsValuesAndFollowsTheWeight() throws Exception {
		Opened o = openStore();
		MseChart chart = overviewChart(o, "s1");
		List<String> lines = Files.readAllLines(o.root().resolve("sessions/s1/runs/" + SessionsFixture.S1_RUN + "/per_step.csv"));
		double[] raw = lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[3])).toArray();
		assertArrayEquals(raw, chart.shownValues(MseChart.ADAPTIVE), 1e-9, "unsmoothed by default, as before the preferences");

		WorkbenchPreferences.store().setValue(WorkbenchPreferences.SMOOTHING, Smoothing.Kind.EMA.name());
		WorkbenchPreferences.store().setValue(WorkbenchPreferences.EMA_WEIGHT, 0.9);
		Screenshots.settle(o.display(), 300);
		Button smooth = WidgetsById.find(overviewPage.getManagedForm().getForm(), "overview.smooth", Button.class);
		smooth.setSelection(true);
		smooth.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(o.display(), 300);
		assertArrayEquals(Smoothing.debiasedEma(raw, 0.9), chart.shownValues(MseChart.ADAPTIVE), 1e-12, "EMA α = 0.9");
		assertNotEquals(raw[50], chart.shownValues(MseChart.ADAPTIVE)[50]);
		Label unit = WidgetsById.find(overviewPage.getManagedForm().getForm(), "overview.smoothUnit", Label.class);
		UiTestSupport.waitFor(o.display(), () -> "EMA α = 0.9".equals(unit.getText()), 5);
		assertEquals("EMA α = 0.9", unit.getText(), "the head says which smoothing is on (preference: " + WorkbenchPreferences.smoothing() + ")");
		IWorkbenchPage page = o.window().getActivePage();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.settle(o.display(), 500);
		Screenshots.ofShell(o.shell(), "prefs-smoothing-ema");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

		WorkbenchPreferences.store().setValue(WorkbenchPreferences.EMA_WEIGHT, 0.5);
		double[] half = Smoothing.debiasedEma(raw, 0.5);
		// parts follow preferences through asyncExec: wait for the replot rather than guess how long it takes
		UiTestSupport.waitFor(o.display(), () -> java.util.Arrays.equals(half, chart.shownValues(MseChart.ADAPTIVE)), 10);
		assertArrayEquals(Smoothing.debiasedEma(raw, 0.5), chart.shownValues(MseChart.ADAPTIVE), 1e-12, "a new α replots at once");
	}

	@Test
	public void theFoldingThresholdRefoldsTheSessionTree() throws Exception {
		Opened o = openStore();
		TreeCanvas canvas = TreeParts.canvas(o.window());
		assertNotNull(canvas);
		UiTestSupport.waitFor(o.display(), () -> canvas.getTree() != null && canvas.getTree().boxes().size() == 5, 30);
		assertEquals(5, canvas.getTree().boxes().size(), "4 sessions and the base: a small store opens unfolded");

		WorkbenchPreferences.store().setValue(WorkbenchPreferences.COLLAPSE_THRESHOLD, 3);
		UiTestSupport.waitFor(o.display(), () -> canvas.getTree().boxes().size() == 3, 10);
		assertEquals(3, canvas.getTree().boxes().size(), "more than 3 sessions: the base and the two roots, folded");
		Screenshots.settle(o.display(), 500); // the canvas repaints on the next paint event
		Screenshots.ofShell(o.shell(), "prefs-collapse-threshold-3");

		WorkbenchPreferences.store().setValue(WorkbenchPreferences.COLLAPSE_THRESHOLD, 4);
		UiTestSupport.waitFor(o.display(), () -> canvas.getTree().boxes().size() == 5, 10);
		assertEquals(5, canvas.getTree().boxes().size(), "4 sessions are not more than 4: unfolded again");
	}

	@Test
	public void thePageValidatesExplainsAndRestoresDefaults() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Display display = window.getShell().getDisplay();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), "ttt.workbench.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.getShell().setSize(1000, 720); // as a user drags it open: the whole page in the screenshot
			dialog.getShell().layout(true, true);
			Screenshots.settle(display, 300);
			Screenshots.ofShell(dialog.getShell(), "prefs-page");
			PreferencePage page = (PreferencePage) dialog.getSelectedPage();
			assertEquals("TTT Workbench", dialog.getTreeViewer().getTree().getSelection()[0].getText());
			for (String key : new String[] { WorkbenchPreferences.RUN_STEPS, WorkbenchPreferences.SEED, WorkbenchPreferences.COLLAPSE_THRESHOLD,
					WorkbenchPreferences.EMA_WEIGHT, WorkbenchPreferences.REFRESH_MILLIS, WorkbenchPreferences.SMOOTHING_WINDOW }) {
				Text field = WidgetsById.find(dialog.getShell(), key, Text.class);
				assertNotNull(field.getToolTipText(), key + " explains itself");
			}
			assertEquals(Integer.toString(PreferenceInitializer.DEFAULT_RUN_STEPS),
					WidgetsById.find(dialog.getShell(), WorkbenchPreferences.RUN_STEPS, Text.class).getText(), "today's 600 steps");

			Text ema = WidgetsById.find(dialog.getShell(), WorkbenchPreferences.EMA_WEIGHT, Text.class);
			Text windowField = WidgetsById.find(dialog.getShell(), WorkbenchPreferences.SMOOTHING_WINDOW, Text.class);
			assertFalse(ema.isEnabled(), "α means nothing for the default trailing window");
			Button emaRadio = buttonLabelled(dialog.getShell(), Smoothing.Kind.EMA.label());
			emaRadio.setSelection(true);
			emaRadio.notifyListeners(SWT.Selection, new Event());
			Screenshots.settle(display, 50);
			assertTrue(ema.isEnabled(), "choosing EMA enables its weight");
			assertFalse(windowField.isEnabled(), "and greys out the window");
			type(ema, "1");
			assertFalse(page.isValid(), "α = 1 would freeze the curve");
			assertTrue(page.getErrorMessage().startsWith("EMA weight must be at least 0 and below 1"), page.getErrorMessage());
			type(ema, "0.8");
			assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));

			Text seed = WidgetsById.find(dialog.getShell(), WorkbenchPreferences.SEED, Text.class);
			type(seed, "12x");
			assertFalse(page.isValid());
			assertEquals("The default seed must be a whole number, not '12x'", page.getErrorMessage());
			type(seed, "99999999999");
			assertTrue(page.isValid(), "seeds are longs");

			Text steps = WidgetsById.find(dialog.getShell(), WorkbenchPreferences.RUN_STEPS, Text.class);
			type(steps, "0");
			assertFalse(page.isValid());
			assertTrue(page.getErrorMessage().startsWith("Default run length must be a whole number"), page.getErrorMessage());
			type(steps, "1200");
			assertTrue(page.performOk());
			assertEquals(1200, WorkbenchPreferences.runSteps());
			assertEquals(99999999999L, WorkbenchPreferences.seed());
			assertEquals(0.8, WorkbenchPreferences.store().getDouble(WorkbenchPreferences.EMA_WEIGHT), 0);
			assertEquals(Smoothing.Kind.EMA, WorkbenchPreferences.smoothing().kind());

			Button restore = buttonLabelled(dialog.getShell(), "Restore &Defaults");
			restore.notifyListeners(SWT.Selection, new Event());
			Screenshots.settle(display, 50);
			assertEquals("600", steps.getText(), "Restore Defaults puts today's values back");
			assertEquals("1337", seed.getText());
			assertFalse(ema.isEnabled(), "the default smoothing is the trailing window again");
			assertTrue(page.performOk());
			assertEquals(600, WorkbenchPreferences.runSteps());
		} finally {
			dialog.close();
		}
	}

	@Test
	public void theChartFontsAndColoursAreThemeElements() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Display display = window.getShell().getDisplay();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(),
				"ttt.workbench.ui.preferences.chartFontsAndColours", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Screenshots.settle(display, 300);
			List<String> items = new java.util.ArrayList<>();
			collectTreeItems(dialog.getShell(), items);
			assertTrue(items.contains("TTT Workbench charts"), "the chart category is listed: " + items);
			Screenshots.ofShell(dialog.getShell(), "prefs-chart-fonts-and-colours");
		} finally {
			dialog.close();
		}
		assertNotNull(org.eclipse.jface.resource.JFaceResources.getColorRegistry().getRGB(ChartTheme.INK), "the theme element is registered");
		assertEquals(ChartTheme.inkRgb(), ChartTheme.ink().getRGB());
	}

	private static void collectTreeItems(org.eclipse.swt.widgets.Composite root, List<String> out) {
		for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Tree tree) {
				for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
					out.add(item.getText());
				}
			} else if (c instanceof org.eclipse.swt.widgets.Composite k) {
				collectTreeItems(k, out);
			}
		}
	}

	private static Button buttonLabelled(org.eclipse.swt.widgets.Composite root, String label) {
		for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText())) {
				return b;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite k) {
				Button found = buttonLabelled(k, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Types as a user does: the text, a key release (the field editor validates on key strokes) and leaving the field. */
	private static void type(Text field, String text) {
		field.setFocus();
		field.setText(text);
		Event key = new Event();
		key.character = text.isEmpty() ? 0 : text.charAt(text.length() - 1);
		field.notifyListeners(SWT.KeyUp, key);
		field.notifyListeners(SWT.FocusOut, new Event());
		Screenshots.settle(field.getDisplay(), 50);
	}
}
