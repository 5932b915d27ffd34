package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.ui.preferences.WorkbenchPreferences;
import ttt.workbench.ui.help.EditorAreaHint;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.application.WindowAdvisor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.perspectives.AnalysisPerspective;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * The first screen a researcher sees, in both default perspectives at 1280×800 and 1920×1080: every chart on screen
 * is tall enough to read, no empty stack (the empty editor area included) is on screen, Compare comes up by itself
 * when two sessions are selected together, and a window without saved state opens maximized. Screenshots
 * {@code first-screen-<perspective>-<size>.png} show each.
 */
public class FirstScreenUITest {

	/** Height of a chart widget (title, axes, legend and plot) below which its curves are a flat line. */
	static final int READABLE_CHART_AT_1280x800 = 150;
	static final int READABLE_CHART_AT_1920x1080 = 220;
	/** The plot itself, between the axes. */
	static final int READABLE_PLOT = 80;

	@TempDir
	Path tmp;

	@Test
	public void bothPerspectivesReadWellAtBothSizes() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		for (String perspective : List.of(LineagePerspective.ID, AnalysisPerspective.ID)) {
			IWorkbenchPage page = firstUse(window, perspective);
			for (int[] size : new int[][] { { 1280, 800 }, { 1920, 1080 } }) {
				shell.setBounds(0, 0, size[0], size[1]);
				UiTestSupport.loadsDone(display);
				TreeParts.reveal(window, "s1"); // a researcher's first click: the strip shows s1's curves
				UiTestSupport.waitFor(display, () -> TreeParts.chart(window).getTitle().getText().startsWith("s1 · newest run"), 30);
				UiTestSupport.loadsDone(display);
				String where = perspective.substring(perspective.lastIndexOf('.') + 1) + "-" + size[0] + "x" + size[1];

				Screenshots.ofShell(shell, "first-screen-" + where);
				// no editor is open: the editor area holds the getting-started hint (on by default), never a blank rectangle
				assertTrue(page.isEditorAreaVisible() && hintOnScreen(shell), where + ": the empty editor area shows the hint");
				assertNoEmptyStackOnScreen(window, where);
				List<Chart> charts = chartsOnScreen(shell);
				assertFalse(charts.isEmpty(), where + ": the Session Tree's MSE strip is on screen");
				assertChartsReadable(charts, size[0] == 1280 ? READABLE_CHART_AT_1280x800 : READABLE_CHART_AT_1920x1080, where);
				assertTrue(TreeParts.chart(window).getSeriesSet().getSeries().length >= 3, where + ": s1's three curves are drawn");
				assertTrue(TreeParts.canvas(window).getSize().y >= (size[0] == 1280 ? 220 : 380),
						where + ": the tree itself keeps room: " + TreeParts.canvas(window).getSize());
				if (perspective.equals(LineagePerspective.ID)) {
					var table = (SessionTableView) page.findView(SessionTableView.ID);
					assertTrue(page.isPartVisible(table), where + ": the Sessions table is on the first screen");
					assertTrue(new SessionsViewDriver(table).table().getSize().y >= 200, where + ": the table shows rows");
				}
			}
		}
		assertNotNull(store);
	}

	@Test
	public void compareComesUpWhenTwoSessionsAreSelectedTogether() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		IWorkbenchPage page = firstUse(window, LineagePerspective.ID);
		shell.setBounds(0, 0, 1280, 800);
		UiTestSupport.loadsDone(display);
		assertEquals(null, page.findView(CompareView.ID), "nothing to compare yet: no Compare view");

		SessionsViewDriver sessions = new SessionsViewDriver((SessionTableView) page.findView(SessionTableView.ID));
		page.activate(sessions.view);
		sessions.select(store.model().findSession("s1"));
		Screenshots.settle(display, 800); // a single selection is nothing to compare
		assertEquals(null, page.findView(CompareView.ID), "one session selected: still no Compare view");

		Session s1 = store.model().findSession("s1");
		Session s1b = store.model().findSession("s1b");
		sessions.select(List.of(s1, s1b)); // Ctrl+click a second row
		UiTestSupport.waitFor(display, () -> page.findView(CompareView.ID) != null, 10);
		CompareView compare = (CompareView) page.findView(CompareView.ID);
		Chart chart = ExperimentEditorUITest.byKey(shell, CompareView.CHART_KEY, Chart.class);
		UiTestSupport.waitFor(display, () -> chart.getSeriesSet().getSeries().length == 2, 30);
		UiTestSupport.loadsDone(display);
		assertTrue(page.isPartVisible(compare), "Compare is on screen");
		assertTrue(page.isPartVisible(sessions.view), "next to the table the user selects in, not in front of it");
		assertEquals(sessions.view, page.getActivePart(), "the table keeps the focus");
		assertEquals(List.of("s1", "s1b"), java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(s -> s.getId()).toList());
		Screenshots.ofShell(shell, "first-screen-lineage-compare-1280x800");
		assertNoEmptyStackOnScreen(window, "lineage with Compare");
		assertChartsReadable(chartsOnScreen(shell), READABLE_CHART_AT_1280x800, "lineage with Compare at 1280x800");
		page.hideView(compare);
	}

	@Test
	public void theEditorAreaShowsWhileAnEditorIsOpen() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		IWorkbenchPage page = firstUse(window, LineagePerspective.ID);
		shell.setBounds(0, 0, 1280, 800);
		UiTestSupport.loadsDone(display);
		assertTrue(page.isEditorAreaVisible() && hintOnScreen(shell), "by default the empty area shows the getting-started hint");

		hideHint(shell); // the user clicks "Hide this hint": the empty area goes and the views get its room
		UiTestSupport.waitFor(display, () -> !page.isEditorAreaVisible(), 10);
		assertFalse(WorkbenchPreferences.editorAreaHint(), "the choice is kept as a preference");
		assertNoEmptyStackOnScreen(window, "lineage with the hint hidden");
		Screenshots.ofShell(shell, "first-screen-lineage-hint-hidden-1280x800");
		try {

		IEditorPart editor = SessionEditors.open(page, store.model().findSession("s1"));
		UiTestSupport.waitFor(display, page::isEditorAreaVisible, 10);
		UiTestSupport.loadsDone(display);
		assertTrue(page.isPartVisible(editor), "the session editor is on screen");
		assertTrue(page.isPartVisible(page.findView(SessionTableView.ID)), "the table stays, under the editor");
		assertNoEmptyStackOnScreen(window, "lineage with an editor");
		Screenshots.ofShell(shell, "first-screen-lineage-editor-1280x800");

		page.closeEditor(editor, false);
		UiTestSupport.waitFor(display, () -> !page.isEditorAreaVisible(), 10);
		assertNoEmptyStackOnScreen(window, "lineage after the last editor closed");
		} finally {
			WorkbenchPreferences.store().setToDefault(WorkbenchPreferences.EDITOR_AREA_HINT);
		}
		UiTestSupport.waitFor(display, () -> page.isEditorAreaVisible() && hintOnScreen(shell), 10); // the preference brings it back
	}

	/** Clicks the hint's "Hide this hint" link as the user does. */
	private static void hideHint(Shell shell) {
		Link hint = hintIn(shell);
		assertNotNull(hint, "the editor area's hint");
		assertTrue(hint.getText().contains("Hide this hint"), hint.getText());
		Event click = new Event();
		click.text = "hide";
		hint.notifyListeners(SWT.Selection, click);
	}

	@Test
	public void aWindowWithoutSavedStateOpensMaximized() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Shell first = workbench.getWorkbenchWindows()[0].getShell();
		// the harness starts on an empty workspace: the first window had no saved state
		assertEquals(Boolean.TRUE, first.getData(WindowAdvisor.OPENED_MAXIMIZED), "the first start opened maximized");

		IWorkbenchWindow second = workbench.openWorkbenchWindow(LineagePerspective.ID, null);
		try {
			Shell shell = second.getShell();
			Screenshots.settle(shell.getDisplay(), 300);
			assertEquals(Boolean.TRUE, shell.getData(WindowAdvisor.OPENED_MAXIMIZED));
			Rectangle screen = shell.getMonitor().getClientArea();
			assertTrue(shell.getMaximized() || shell.getBounds().equals(screen),
					"maximized (or, without a window manager, the whole screen): " + shell.getBounds() + " on " + screen);
		} finally {
			second.close();
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	/** {@code perspective} as on first use: its factory's layout, no editors. */
	static IWorkbenchPage firstUse(IWorkbenchWindow window, String perspective) throws Exception {
		PlatformUI.getWorkbench().showPerspective(perspective, window);
		IWorkbenchPage page = window.getActivePage();
		page.closeAllEditors(false);
		page.resetPerspective();
		Screenshots.settle(window.getShell().getDisplay(), 300);
		assertNotNull(page.findView(SessionTreeView.ID));
		return page;
	}

	/** Every chart widget the user can see (in a visible part, not behind another tab). */
	static List<Chart> chartsOnScreen(Composite root) {
		List<Chart> out = new ArrayList<>();
		collect(root, out);
		return out;
	}

	private static void collect(Control c, List<Chart> out) {
		if (!c.isVisible()) {
			return;
		}
		if (c instanceof Chart chart) {
			out.add(chart);
			return;
		}
		if (c instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, out);
			}
		}
	}

	static void assertChartsReadable(List<Chart> charts, int minHeight, String where) {
		for (Chart chart : charts) {
			String name = chart.getTitle().getText();
			assertTrue(chart.getSize().y >= minHeight,
					where + ": chart \"" + name + "\" is " + chart.getSize().y + " px high, needs " + minHeight);
			int plot = chart.getPlotArea().getSize().y;
			assertTrue(plot >= READABLE_PLOT, where + ": the plot of \"" + name + "\" is " + plot + " px high");
		}
	}

	/**
	 * Walks the window's model: a part stack that is on screen must show a part. (Placeholders of views never opened,
	 * like Compare before there is something to compare, leave their stack unrendered.)
	 */
	static void assertNoEmptyStackOnScreen(IWorkbenchWindow window, String where) {
		MWindow model = window.getService(MWindow.class);
		EModelService models = window.getService(EModelService.class);
		List<MPartStack> stacks = new ArrayList<>(models.findElements(model, null, MPartStack.class, null,
				EModelService.IN_ACTIVE_PERSPECTIVE | EModelService.IN_SHARED_AREA));
		for (MPartStack stack : stacks) {
			if (!(stack.getWidget() instanceof Control control) || control.isDisposed() || !control.isVisible()
					|| !stack.isToBeRendered() || !stack.isVisible()) {
				continue;
			}
			boolean showsPart = stack.getChildren().stream().anyMatch(FirstScreenUITest::shown)
					|| control instanceof Composite c && hintOnScreen(c); // the empty editor area with its getting-started hint
			assertTrue(showsPart, where + ": the stack " + stack.getElementId() + " is on screen ("
					+ control.getBounds() + ") but shows no part");
		}
	}

	private static Link hintIn(Composite root) {
		for (Control child : root.getChildren()) {
			if (child instanceof Link l && EditorAreaHint.WIDGET_ID.equals(l.getData(ttt.workbench.ui.editors.context.WidgetIds.KEY))) {
				return l;
			}
			Link inner = child instanceof Composite c ? hintIn(c) : null;
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	/** The getting-started hint of the empty editor area is on screen inside {@code root}. */
	static boolean hintOnScreen(Composite root) {
		for (Control child : root.getChildren()) {
			if (child.isVisible() && EditorAreaHint.WIDGET_ID.equals(child.getData(ttt.workbench.ui.editors.context.WidgetIds.KEY))) {
				return true;
			}
			if (child instanceof Composite c && child.isVisible() && hintOnScreen(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean shown(MUIElement e) {
		if (!e.isToBeRendered() || !e.isVisible()) {
			return false;
		}
		return !(e instanceof MPlaceholder p) || p.getRef() != null && p.getRef().isToBeRendered();
	}
}
