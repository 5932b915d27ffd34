package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.analysis.tree.ColorMode;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditorInput;
import ttt.workbench.ui.fork.ForkDialog;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;
import ttt.workbench.ui.views.tree.TreeWidgetIds;

/**
 * State survives a workbench restart, tested with the mechanisms a restart uses (the harness cannot restart its own
 * workbench): a view's {@code saveState} written as the XML the workbench stores in its model, and the view
 * re-created from it; an editor input saved through {@link IPersistableElement}, re-made by its registered factory and
 * opened, also before its store is open and after its session was deleted.
 */
public class RememberedStateUITest {

	/** Key under which the workbench keeps a part's memento in its model (workbench.xmi). */
	static final String MEMENTO_KEY = "memento";

	@TempDir
	Path tmp;

	@Test
	public void sessionTreeRemembersColourModeFoldZoomScrollAndLegend() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Display display = window.getShell().getDisplay();
		SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		IWorkbenchPage page = FirstScreenUITest.firstUse(window, LineagePerspective.ID);
		window.getShell().setBounds(0, 0, 1280, 800);
		UiTestSupport.loadsDone(display);
		IViewPart tree = page.findView(SessionTreeView.ID);
		TreeCanvas canvas = TreeParts.canvas(window);
		UiTestSupport.waitFor(display, () -> canvas.getTree().box("s1c").isPresent(), 30);

		TreeParts.colorBy(window, ColorMode.IMPROVEMENT);
		TreeParts.toggle(canvas, "s1b");
		assertTrue(TreeParts.isCollapsed(canvas, "s1b"));
		IAction legend = ((ActionContributionItem) tree.getViewSite().getActionBars().getMenuManager()
				.find("ttt.workbench.ui.sessionTree.legend")).getAction();
		legend.setChecked(false);
		legend.run();
		canvas.setZoom(2.0);
		canvas.scrollTo(60, 40);
		double zoom = canvas.getZoom();
		Point scroll = canvas.getScroll();
		assertTrue(scroll.x > 0 && scroll.y > 0, "scrolled: " + scroll);

		// what the workbench writes for the view when it closes
		String xml = saved(tree);
		assertTrue(xml.contains("IMPROVEMENT") && xml.contains("s1b"), xml);

		// ... and the view made again from it, as at the next start
		SessionTreeView again = (SessionTreeView) recreate(window, page, tree, xml);
		assertNotSame(tree, again);
		TreeCanvas canvas2 = TreeParts.canvas(window);
		assertNotSame(canvas, canvas2);
		UiTestSupport.waitFor(display, () -> canvas2.getTree() != null && canvas2.getTree().box("s1b").isPresent()
				&& Math.abs(canvas2.getZoom() - zoom) < 1e-9, 30);
		assertEquals(ColorMode.IMPROVEMENT.ordinal(), TreeParts.widget(window, TreeWidgetIds.COLOR_MODE, Combo.class).getSelectionIndex());
		assertTrue(TreeParts.isCollapsed(canvas2, "s1b"), "the fold is remembered");
		assertFalse(canvas2.isLegendVisible(), "the legend stays hidden");
		assertFalse(((ActionContributionItem) again.getViewSite().getActionBars().getMenuManager()
				.find("ttt.workbench.ui.sessionTree.legend")).getAction().isChecked(), "and its menu item says so");
		assertEquals(zoom, canvas2.getZoom(), 1e-9);
		UiTestSupport.waitFor(display, () -> scroll.equals(canvas2.getScroll()), 10);
		Screenshots.ofShell(window.getShell(), "remembered-session-tree");

		// back to the first-use look for the other tests
		page.resetPerspective();
		TreeParts.colorBy(window, ColorMode.DEPTH);
		IAction legendAgain = ((ActionContributionItem) again.getViewSite().getActionBars().getMenuManager()
				.find("ttt.workbench.ui.sessionTree.legend")).getAction();
		legendAgain.setChecked(true);
		legendAgain.run();
		TreeParts.toggle(canvas2, "s1b");
		canvas2.fit();
	}

	@Test
	public void sessionsTableRemembersSortWidthsOrderAndFilter() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Display display = window.getShell().getDisplay();
		SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		IWorkbenchPage page = FirstScreenUITest.firstUse(window, LineagePerspective.ID);
		UiTestSupport.loadsDone(display);
		SessionsViewDriver view = new SessionsViewDriver((SessionTableView) page.findView(SessionTableView.ID));
		view.sortBy(SessionColumn.MU, false);
		view.table().getColumn(SessionColumn.ID.ordinal()).setWidth(211);
		int[] order = view.table().getColumnOrder();
		int[] moved = order.clone();
		moved[0] = order[1]; // Parent first, then Session
		moved[1] = order[0];
		view.table().setColumnOrder(moved);
		view.filter.setText("s1");
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 3, 10);

		String xml = saved(view.view);
		Table before = view.table();
		SessionsViewDriver again = new SessionsViewDriver((SessionTableView) recreate(window, page, view.view, xml));
		assertNotSame(before, again.table());
		Table table = again.table();
		UiTestSupport.waitFor(display, () -> table.getItemCount() == 3, 30);
		assertEquals(table.getColumn(SessionColumn.MU.ordinal()), table.getSortColumn(), "sorted by μ");
		assertEquals(org.eclipse.swt.SWT.DOWN, table.getSortDirection(), "descending");
		assertEquals(211, table.getColumn(SessionColumn.ID.ordinal()).getWidth());
		assertEquals(Arrays.toString(moved), Arrays.toString(table.getColumnOrder()));
		assertEquals("s1", again.filter.getText());
		assertEquals("3 of 4 sessions", again.count.getText());

		// back to the first-use look for the other tests
		again.filter.setText("");
		again.sortBy(SessionColumn.CREATED, true);
		table.setColumnOrder(order);
		table.getColumn(SessionColumn.ID.ordinal()).setWidth(SessionColumn.ID.width());
		page.resetPerspective();
	}

	@Test
	public void compareRemembersShowOnlyDifferingRows() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Display display = window.getShell().getDisplay();
		SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		IWorkbenchPage page = FirstScreenUITest.firstUse(window, LineagePerspective.ID);
		IViewPart compare = page.showView(CompareView.ID);
		Button only = ExperimentEditorUITest.byKey(window.getShell(), CompareView.ONLY_DIFFERING_KEY, Button.class);
		only.setSelection(true);
		only.notifyListeners(SWT.Selection, new Event());
		String xml = saved(compare);

		IViewPart again = recreate(window, page, compare, xml);
		Button onlyAgain = ExperimentEditorUITest.byKey(window.getShell(), CompareView.ONLY_DIFFERING_KEY, Button.class);
		assertNotSame(only, onlyAgain);
		assertTrue(onlyAgain.getSelection(), "\"Show only differing rows\" is remembered");
		onlyAgain.setSelection(false);
		onlyAgain.notifyListeners(SWT.Selection, new Event());
		page.hideView(again);
	}

	@Test
	public void forkDialogRemembersTheOptimizerChoice() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Display display = window.getShell().getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		var s1 = store.model().findSession("s1");
		for (boolean reset : new boolean[] { true, false }) {
			ForkDialog dialog = new ForkDialog(window.getShell(), s1, id -> store.model().findSession(id) != null, store.layout());
			dialog.setBlockOnOpen(false);
			dialog.open();
			dialog.resetOptimizerButton().setSelection(reset); // as a click on one of the two radio buttons leaves them
			findRadio(dialog, "C&opy").setSelection(!reset);
			Widgets.findButton(dialog.getShell(), "&Fork").notifyListeners(SWT.Selection, new Event());
			assertEquals(!reset, dialog.request().copyOptimizer());

			ForkDialog next = new ForkDialog(window.getShell(), s1, id -> store.model().findSession(id) != null, store.layout());
			next.setBlockOnOpen(false);
			next.open();
			assertEquals(reset, next.resetOptimizerButton().getSelection(), "the next fork starts with the last choice");
			next.close();
		}
	}

	private static Button findRadio(ForkDialog dialog, String textStart) {
		List<Button> found = new java.util.ArrayList<>();
		collectButtons(dialog.getShell(), found);
		return found.stream().filter(b -> b.getText().startsWith(textStart)).findFirst().orElseThrow();
	}

	private static void collectButtons(org.eclipse.swt.widgets.Composite c, List<Button> out) {
		for (Control child : c.getChildren()) {
			if (child instanceof Button b) {
				out.add(b);
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				collectButtons(inner, out);
			}
		}
	}

	@Test
	public void sessionEditorInputIsSavedAndMadeAgainByItsFactory() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Display display = window.getShell().getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		IWorkbenchPage page = FirstScreenUITest.firstUse(window, LineagePerspective.ID);

		SessionEditorInput input = new SessionEditorInput(store.root(), "s1b");
		IPersistableElement persistable = input.getPersistable();
		assertNotNull(persistable, "the workbench can save open session editors");
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		persistable.saveState(memento);
		StringWriter xml = new StringWriter();
		memento.save(xml);
		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId());
		assertNotNull(factory, "the factory is registered under " + persistable.getFactoryId());
		IAdaptable made = factory.createElement(XMLMemento.createReadRoot(new StringReader(xml.toString())));
		assertEquals(input, made, "the same session of the same store");
		assertNull(factory.createElement(XMLMemento.createWriteRoot("editor")), "an empty memento makes nothing");

		SessionEditor editor = (SessionEditor) page.openEditor((IEditorInput) made, SessionEditor.ID);
		UiTestSupport.loadsDone(display);
		assertEquals("s1b", editor.session().getId());
		assertSame(store.model().findSession("s1b"), editor.session());
		assertNull(editor.waitingMessage(), "the pages are shown");
		assertNotNull(editor.getActivePageInstance());
		page.closeAllEditors(false);
	}

	@Test
	public void aRestoredEditorWaitsForItsStoreAndSaysWhenItsSessionIsGone() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		Path first = SessionsFixture.create(tmp.resolve("first"));
		Path later = SessionsFixture.create(tmp.resolve("later"));
		SessionsFixture.open(first, display);
		IWorkbenchPage page = FirstScreenUITest.firstUse(window, LineagePerspective.ID);
		shell.setBounds(0, 0, 1280, 800);

		// an editor of a store that is not open yet, as the workbench restores it before the store has opened
		SessionEditor editor = (SessionEditor) page.openEditor(new SessionEditorInput(later, "s1"), SessionEditor.ID);
		Screenshots.settle(display, 300);
		assertNotNull(editor.waitingMessage());
		assertTrue(editor.waitingMessage().startsWith("Loading s1…"), editor.waitingMessage());
		assertTrue(page.isEditorAreaVisible());
		Screenshots.ofShell(shell, "remembered-editor-loading");

		ArtifactStore opened = SessionsFixture.open(later, display);
		UiTestSupport.waitFor(display, () -> editor.waitingMessage() == null && editor.getActivePageInstance() != null, 30);
		UiTestSupport.loadsDone(display);
		assertSame(opened.model().findSession("s1"), editor.session(), "the pages show the session once the store is open");
		assertEquals("s1", editor.getPartName());
		Control pages = (Control) editor.getActivePageInstance().getPartControl();
		assertTrue(pages.isVisible() && pages.getSize().y > 200, "the Overview fills the editor: " + pages.getSize());
		Screenshots.ofShell(shell, "remembered-editor-loaded");

		// a session deleted since the editor was saved: a message, not an error part
		page.closeAllEditors(false);
		SessionEditor gone = (SessionEditor) page.openEditor(new SessionEditorInput(later, "deleted-meanwhile"), SessionEditor.ID);
		Screenshots.settle(display, 300);
		assertNotNull(gone.waitingMessage(), "area visible " + page.isEditorAreaVisible() + ", part visible "
				+ page.isPartVisible(gone) + ", editors " + page.getEditorReferences().length + ", store " + gone.store());
		assertTrue(gone.waitingMessage().contains("no longer in the artifact store"), gone.waitingMessage());
		assertNull(gone.session());
		Screenshots.ofShell(shell, "remembered-editor-missing");
		page.closeAllEditors(false);
	}

	// ---------------------------------------------------------------------------------------------------------

	/** The view's state as the workbench saves it: {@code saveState} into an XML memento, written out. */
	static String saved(IViewPart view) throws Exception {
		XMLMemento memento = XMLMemento.createWriteRoot("view");
		view.saveState(memento);
		StringWriter out = new StringWriter();
		memento.save(out);
		return out.toString();
	}

	/**
	 * Closes {@code view} and shows it again from {@code xml}, the way the workbench re-creates a view at a start: the
	 * memento lies in the part's persisted state in the model, and the new view's {@code init(site, memento)} reads it.
	 */
	static IViewPart recreate(IWorkbenchWindow window, IWorkbenchPage page, IViewPart view, String xml) throws Exception {
		String id = view.getViewSite().getId();
		page.hideView(view);
		Screenshots.settle(window.getShell().getDisplay(), 200);
		IViewPart again = page.showView(id);
		// the platform keeps the part's model element; a fresh one (no memento) is given the saved state and made again
		MWindow model = window.getService(MWindow.class);
		List<MPart> parts = window.getService(EModelService.class).findElements(model, id, MPart.class, null);
		if (!xml.equals(parts.isEmpty() ? null : parts.getFirst().getPersistedState().get(MEMENTO_KEY))) {
			page.hideView(again);
			Screenshots.settle(window.getShell().getDisplay(), 200);
			parts = window.getService(EModelService.class).findElements(model, id, MPart.class, null);
			for (MPart p : parts) {
				p.getPersistedState().put(MEMENTO_KEY, xml);
			}
			again = page.showView(id);
		}
		Screenshots.settle(window.getShell().getDisplay(), 300);
		assertInstanceOf(view.getClass(), again);
		return again;
	}
}
