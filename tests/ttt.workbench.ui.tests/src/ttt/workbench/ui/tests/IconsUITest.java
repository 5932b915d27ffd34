package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.perspectives.LineagePerspective;

/** Our icons where a user meets them: view and editor tabs, the main toolbar and the Session menu. Screenshots. */
public class IconsUITest {

	@TempDir
	Path tmp;

	@Test
	public void tabsToolbarAndMenusWearOurIcons() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 900);
		Display display = shell.getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		SessionEditors.open(page, store.model().findSession("s1"));
		UiTestSupport.loadsDone(display);

		for (IViewReference view : page.getViewReferences()) {
			if (view.getId().startsWith("ttt.workbench.ui.")) {
				assertNotNull(view.getTitleImage(), view.getId() + " has a tab icon");
			}
		}
		assertNotNull(page.getActiveEditor().getTitleImage(), "the session editor's tab has an icon");

		// the main toolbar: our commands show as icons (no text), each with its tooltip
		List<String> tips = new ArrayList<>();
		for (ToolItem item : toolItems(shell)) {
			if (item.getToolTipText() != null && item.getImage() != null) {
				tips.add(item.getToolTipText());
			}
		}
		assertTrue(tips.stream().anyMatch(t -> t.startsWith("Run the selected session")), "Run in the main toolbar: " + tips);
		assertTrue(tips.stream().anyMatch(t -> t.startsWith("Getting started")), "Getting Started in the main toolbar: " + tips);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "icons-workbench");

		// the Session menu: every command in it has an image
		Menu session = topMenu(shell, "Session");
		session.notifyListeners(SWT.Show, new Event());
		List<String> bare = new ArrayList<>();
		int items = 0;
		for (MenuItem item : session.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				items++;
				Image image = item.getImage();
				if (image == null) {
					bare.add(item.getText());
				}
			}
		}
		assertTrue(items >= 5, "the Session menu has its commands: " + items);
		assertTrue(bare.isEmpty(), "Session menu items without an icon: " + bare);
		session.notifyListeners(SWT.Hide, new Event());
	}

	private static Menu topMenu(Shell shell, String label) {
		for (MenuItem top : shell.getMenuBar().getItems()) {
			if (top.getText().replace("&", "").equals(label)) {
				return top.getMenu();
			}
		}
		throw new AssertionError("no menu " + label);
	}

	private static List<ToolItem> toolItems(org.eclipse.swt.widgets.Composite root) {
		List<ToolItem> items = new ArrayList<>();
		for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
				items.addAll(List.of(bar.getItems()));
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				items.addAll(toolItems(composite));
			}
		}
		return items;
	}
}
