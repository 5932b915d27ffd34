package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.architecture.ArchitecturePage;
import ttt.workbench.ui.editors.environment.EnvironmentPage;
import ttt.workbench.ui.editors.overview.OverviewPage;
import ttt.workbench.ui.editors.transactions.TransactionsPage;
import ttt.workbench.ui.editors.weights.WeightsPage;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/**
 * One chart look: every SWTChart chart the session editor's pages, the Compare view and the Session Tree's strip show
 * wears the theme (no SWTChart default blue title, title and axis titles in the theme's ink and fonts, legends beside
 * or below the plot, never over it), and the tree's colour legend covers no node. Saves a screenshot per page.
 */
public class ChartThemeUITest {

	/** SWTChart's default title colour (SWT.COLOR_BLUE). */
	private static final RGB SWTCHART_BLUE = new RGB(0, 0, 255);

	@TempDir
	Path tmp;

	private SessionEditor editor;

	@AfterEach
	public void close() {
		if (editor != null) {
			editor.getSite().getPage().closeEditor(editor, false);
		}
		PreferenceReset.all();
	}

	@Test
	public void everyOpenChartWearsTheThemeAndNoLegendCoversData() throws Exception {
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

		CompareViewUITest.compare(window, List.of(s1, s1b));
		Chart compare = ExperimentEditorUITest.byKey(shell, CompareView.CHART_KEY, Chart.class);
		UiTestSupport.waitFor(display, () -> compare.getSeriesSet().getSeries().length == 2, 30);
		Screenshots.settle(display, 800);
		Screenshots.ofShell(shell, "theme-compare-and-tree-strip");
		List<Chart> seen = new ArrayList<>();
		for (Shell s : display.getShells()) {
			collect(s, seen); // Compare and the tree strip, in the default layout a user first sees them in
		}
		seen.removeIf(c -> !c.isVisible());
		assertThemed(seen);

		editor = SessionEditors.open(page, s1);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED); // each page's charts at a readable size
		Map<String, Integer> chartsPerPage = new LinkedHashMap<>();
		for (String id : new String[] { OverviewPage.ID, EnvironmentPage.ID, WeightsPage.ID, TransactionsPage.ID, ArchitecturePage.ID }) {
			editor.setActivePage(id);
			Screenshots.settle(display, 1200);
			String name = id.substring(id.lastIndexOf('.') + 1);
			Screenshots.ofShell(shell, "theme-" + name);
			List<Chart> charts = new ArrayList<>();
			for (Shell s : display.getShells()) {
				collect(s, charts);
			}
			List<Chart> fresh = new ArrayList<>();
			for (Chart c : charts) {
				if (!seen.contains(c) && c.isVisible()) {
					seen.add(c);
					fresh.add(c);
				}
			}
			assertThemed(fresh); // while the page shows them, laid out
			chartsPerPage.put(name, fresh.size());
		}
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		page.closeEditor(editor, false);
		editor = null;
		Screenshots.settle(display, 500);
		assertTrue(seen.contains(compare), "the Compare chart is among the charts walked");
		assertNotNull(TreeParts.chart(window), "and the Session Tree's MSE strip");
		assertTrue(seen.contains(TreeParts.chart(window)), "the tree strip is walked too");
		assertTrue(chartsPerPage.get("overview") >= 1 && chartsPerPage.get("environment") >= 1 && chartsPerPage.get("weights") >= 1
				&& chartsPerPage.get("transactions") >= 1, "charts on every chart-bearing page: " + chartsPerPage);

		TreeCanvas tree = TreeParts.canvas(window);
		tree.fit();
		Screenshots.settle(display, 300);
		Rectangle legend = tree.legendBounds();
		assertNotNull(legend, "the tree shows its colour legend by default");
		for (int x = legend.x; x < legend.x + legend.width; x += 3) {
			for (int y = legend.y; y < legend.y + legend.height; y += 3) {
				final int px = x;
				final int py = y;
				assertTrue(tree.nodeAt(px, py).isEmpty(), "a node lies under the legend at " + new Point(px, py));
			}
		}
		Screenshots.ofShell(shell, "theme-tree-legend");
	}

	/** Theme colours and fonts on title, axes and grid; a visible legend lies beside or below the plot, never over it. */
	private static void assertThemed(List<Chart> charts) {
		RGB ink = ChartTheme.ink().getRGB();
		for (Chart c : charts) {
			String what = c.getTitle().getText() + " (" + c.getParent().getClass().getSimpleName() + ")";
			assertNotEquals(SWTCHART_BLUE, c.getTitle().getForeground().getRGB(), "SWTChart's default blue title: " + what);
			assertEquals(ink, c.getTitle().getForeground().getRGB(), "title ink: " + what);
			assertEquals(ChartTheme.titleFont(), c.getTitle().getFont(), "title font: " + what);
			for (IAxis axis : c.getAxisSet().getAxes()) {
				assertEquals(ink, axis.getTitle().getForeground().getRGB(), "axis title ink: " + what);
				assertEquals(ChartTheme.axisTitleFont(), axis.getTitle().getFont(), "axis title font: " + what);
				assertEquals(ChartTheme.grid().getRGB(), axis.getGrid().getForeground().getRGB(), "grid: " + what);
			}
			if (c.getLegend().isVisible() && c.getLegend() instanceof Control legend) {
				Rectangle plot = c.getPlotArea().getControl().getBounds();
				assertFalse(legend.getBounds().intersects(plot), "the legend is beside or below the plot, not over it: " + what + " legend "
						+ legend.getBounds() + " plot " + plot);
			}
		}
	}

	private static void collect(Composite parent, List<Chart> out) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Chart chart) {
				out.add(chart);
			} else if (c instanceof Composite k) {
				collect(k, out);
			}
		}
	}
}
