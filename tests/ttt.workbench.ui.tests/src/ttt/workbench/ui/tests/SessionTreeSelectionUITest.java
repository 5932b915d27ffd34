package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.model.Session;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/** Selecting in the Session Tree with a real mouse click and real key presses, and the workbench following it. */
public class SessionTreeSelectionUITest {

	@TempDir
	Path tmp;

	@Test
	public void clickAndArrowKeysSelectSessionsAndTheWorkbenchSelectionFollows() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		SessionTreeView view = (SessionTreeView) window.getActivePage().showView(SessionTreeView.ID);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		shell.forceActive();
		Display display = shell.getDisplay();
		ActiveStore.get().open(root, display);
		TreeCanvas canvas = TreeParts.canvas(window);
		UiTestSupport.waitFor(display, () -> canvas.getTree().box("s1b").isPresent()
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 30);
		Screenshots.settle(display, 500);

		Point target = canvas.toDisplay(canvas.centerOf("s1b"));

		post(display, SWT.MouseMove, target.x, target.y, 0);
		post(display, SWT.MouseDown, target.x, target.y, 1);
		post(display, SWT.MouseUp, target.x, target.y, 1);
		UiTestSupport.waitFor(display, () -> "s1b".equals(canvas.getSelectedId()), 10);
		assertEquals("s1b", TreeParts.selectedSession(window).getId());
		IStructuredSelection published = (IStructuredSelection) window.getSelectionService().getSelection(SessionTreeView.ID);
		assertEquals("s1b", ((Session) published.getFirstElement()).getId(), "the workbench selection follows the tree");

		key(display, SWT.ARROW_UP);
		UiTestSupport.waitFor(display, () -> "s1".equals(canvas.getSelectedId()), 10);
		assertEquals("s1", TreeParts.selectedSession(window).getId(), "Up selects the parent");
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "session-tree-selected");

		key(display, SWT.HOME);
		UiTestSupport.waitFor(display, () -> canvas.getBaseId().equals(canvas.getSelectedId()), 10);
		assertNull(TreeParts.selectedSession(window), "the base is not a session");
		IStructuredSelection base = (IStructuredSelection) window.getSelectionService().getSelection(SessionTreeView.ID);
		assertEquals(1, base.size(), "the base node publishes the store's Base (its details in the Properties view)");
		assertSame(ActiveStore.get().store().model().getBase(), base.getFirstElement());
	}

	private static void post(Display display, int type, int x, int y, int button) {
		Event e = new Event();
		e.type = type;
		e.x = x;
		e.y = y;
		e.button = button;
		display.post(e);
		Screenshots.settle(display, 120);
	}

	private static void key(Display display, int keyCode) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event e = new Event();
			e.type = type;
			e.keyCode = keyCode;
			display.post(e);
		}
		Screenshots.settle(display, 150);
	}
}
