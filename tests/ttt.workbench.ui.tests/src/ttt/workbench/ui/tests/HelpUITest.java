package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.help.EditorAreaHint;
import ttt.workbench.ui.help.GettingStarted;
import ttt.workbench.ui.perspectives.LineagePerspective;

/**
 * The getting-started guide (issue #18, item 8): Help ▸ Getting Started opens it in the Cheat Sheets view at its first
 * step, its "click to perform" commands do what the steps say, and the empty editor area links to it.
 */
public class HelpUITest {

	private static final String FIRST_STEP = "Look at the lineage in the Session Tree";

	@TempDir
	Path tmp;

	/** Whatever earlier tests left open (editors, Compare) is no part of a fresh start. */
	@org.junit.jupiter.api.BeforeEach
	public void freshStart() {
		IWorkbenchPage page = window().getActivePage();
		page.closeAllEditors(false);
		IViewPart compare = page.findView(ttt.workbench.ui.views.compare.CompareView.ID);
		if (compare != null) {
			page.hideView(compare);
		}
	}

	@AfterEach
	public void closeGuide() {
		IWorkbenchPage page = window().getActivePage();
		IViewPart view = page.findView(GettingStarted.CHEAT_SHEET_VIEW);
		if (view != null) {
			page.hideView(view);
		}
		page.closeAllEditors(false);
	}

	@Test
	public void helpMenuOpensTheGuideAtItsFirstStep() {
		IWorkbenchWindow window = window();
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		MenuItem gettingStarted = menuItem(shell.getMenuBar(), "Help", "Getting Started");
		assertNotNull(gettingStarted.getImage(), "the menu item wears the guide's icon");
		assertNotNull(menuItem(shell.getMenuBar(), "Help", "Cheat Sheets..."), "the platform's chooser is in Help too");

		gettingStarted.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.waitFor(display, () -> texts(guideControl()).contains(FIRST_STEP), 30);

		List<String> texts = texts(guideControl());
		assertTrue(texts.contains("Getting Started with TTT Workbench"), "the guide's title: " + texts);
		assertTrue(texts.contains("Fork the session"), "the fork step: " + texts);
		assertTrue(texts.contains("Compare the fork with its parent"), "the comparison step: " + texts);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "help-getting-started");
	}

	@Test
	public void everyStepCommandExistsAndOpenSessionOpensTheEditor() throws Exception {
		IWorkbenchWindow window = window();
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		Display display = window.getShell().getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		ICommandService commands = window.getService(ICommandService.class);
		List<String> serializations = stepCommands();
		assertEquals(6, serializations.size(), "every step of the tour has a click-to-perform command");
		for (String serialization : serializations) {
			ParameterizedCommand command = commands.deserialize(serialization);
			assertTrue(command.getCommand().isDefined(), serialization);
		}

		// as a click in the guide does: the Cheat Sheets view is the active part, so it is no session's selection
		GettingStarted.open(window);
		UiTestSupport.waitFor(display, () -> texts(guideControl()).contains(FIRST_STEP), 30);
		window.getActivePage().activate(window.getActivePage().findView(GettingStarted.CHEAT_SHEET_VIEW));
		String openStep = serializations.get(1);
		assertTrue(openStep.contains("ttt.workbench.ui.commands.openSession"), openStep);
		window.getService(IHandlerService.class).executeCommand(commands.deserialize(openStep), null);
		UiTestSupport.waitFor(display, () -> window.getActivePage().getActiveEditor() instanceof SessionEditor, 30);

		IEditorPart editor = window.getActivePage().getActiveEditor();
		Session first = store.model().getRootSessions().get(0);
		assertEquals(first, editor.getAdapter(Session.class), "no session was selected: the first root session is opened");
		UiTestSupport.loadsDone(display);
		Screenshots.ofShell(window.getShell(), "help-step-open-session");

		// the last step on a fork selected in the tree: Compare with Parent, the parent's curve and the fork's
		ttt.workbench.ui.selection.RevealSession.inTree(window, "s1b", true);
		UiTestSupport.waitFor(display, () -> window.getActivePage().getSelection(
				ttt.workbench.ui.views.tree.SessionTreeView.ID) instanceof org.eclipse.jface.viewers.IStructuredSelection s
				&& s.getFirstElement() == store.model().findSession("s1b"), 10);
		window.getActivePage().activate(window.getActivePage().findView(GettingStarted.CHEAT_SHEET_VIEW));
		String compareStep = serializations.get(5);
		window.getService(IHandlerService.class).executeCommand(commands.deserialize(compareStep), null);
		org.eclipse.swtchart.Chart chart = ExperimentEditorUITest.byKey(window.getShell(),
				ttt.workbench.ui.views.compare.CompareView.CHART_KEY, org.eclipse.swtchart.Chart.class);
		UiTestSupport.waitFor(display, () -> chart.getSeriesSet().getSeries().length == 2, 30);
		assertEquals("s1", chart.getSeriesSet().getSeries()[0].getId(), "the fork's parent");
		assertEquals("s1b", chart.getSeriesSet().getSeries()[1].getId(), "the fork");
		Screenshots.settle(display, 300);
		Screenshots.ofShell(window.getShell(), "help-step-compare-with-parent");
	}

	@Test
	public void emptyEditorAreaLinksToTheGuide() throws Exception {
		IWorkbenchWindow window = window();
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		ArtifactStore store = SessionsFixture.open(SessionsFixture.create(tmp.resolve("store")), display);
		window.getActivePage().closeAllEditors(false);
		UiTestSupport.waitFor(display, () -> hint(shell) != null && hint(shell).isVisible(), 30);
		Link hint = hint(shell);
		assertTrue(hint.getText().contains("Getting started with TTT Workbench"), hint.getText());
		assertInside(hint);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "help-empty-editor-area");

		hint.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.waitFor(display, () -> texts(guideControl()).contains(FIRST_STEP), 30);
		Screenshots.settle(display, 300);
		assertInside(hint); // the guide's view narrows the editor area: the hint wraps, never cut off
		Screenshots.ofShell(shell, "help-empty-editor-area-with-guide");

		// an open editor covers the area, and the hint goes; closing it brings the hint back
		Session first = store.model().getRootSessions().get(0);
		ttt.workbench.ui.editors.SessionEditors.open(window.getActivePage(), first);
		UiTestSupport.waitFor(display, () -> !hint.isVisible(), 10);
		window.getActivePage().closeAllEditors(false);
		UiTestSupport.waitFor(display, () -> hint(shell).isVisible(), 10);
	}

	private static void assertInside(Link hint) {
		org.eclipse.swt.graphics.Rectangle bounds = hint.getBounds();
		org.eclipse.swt.graphics.Rectangle area = hint.getParent().getClientArea();
		assertTrue(bounds.width > 0 && bounds.height > 0 && area.intersection(bounds).equals(bounds),
				"the hint lies wholly inside the editor area: " + bounds + " in " + area);
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static Link hint(Shell shell) {
		return find(shell, Link.class, l -> EditorAreaHint.WIDGET_ID.equals(l.getData(ttt.workbench.ui.editors.context.WidgetIds.KEY)));
	}

	/** The workbench shell while the Cheat Sheets view is open (its texts are the guide's), else null. */
	private static Control guideControl() {
		IViewPart view = window().getActivePage().findView(GettingStarted.CHEAT_SHEET_VIEW);
		return view == null ? null : window().getShell();
	}

	/** The texts a user reads in {@code root}: labels, section titles (the steps) and form titles. */
	private static List<String> texts(Control root) {
		List<String> texts = new ArrayList<>();
		if (root != null) {
			collect(root, texts);
		}
		return texts;
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof ExpandableComposite section) {
			texts.add(section.getText());
		} else if (control instanceof Form form) {
			texts.add(form.getText());
		} else if (control instanceof org.eclipse.ui.forms.widgets.ScrolledForm form) {
			texts.add(form.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}

	private static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control c : root.getChildren()) {
			if (type.isInstance(c) && test.test(type.cast(c))) {
				return type.cast(c);
			}
			if (c instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** A menu bar item's sub-item by label (mnemonics and accelerators ignored); menus fill on SWT.Show. */
	private static MenuItem menuItem(Menu bar, String menu, String item) {
		for (MenuItem top : bar.getItems()) {
			if (plain(top.getText()).equals(menu)) {
				Menu sub = top.getMenu();
				sub.notifyListeners(SWT.Show, new Event());
				for (MenuItem candidate : sub.getItems()) {
					if (plain(candidate.getText()).equals(item)) {
						return candidate;
					}
				}
				List<String> seen = new ArrayList<>();
				for (MenuItem candidate : sub.getItems()) {
					seen.add(plain(candidate.getText()));
				}
				throw new AssertionError("no " + item + " in " + menu + ": " + seen);
			}
		}
		throw new AssertionError("no menu " + menu);
	}

	private static String plain(String label) {
		return label.replace("&", "").replaceFirst("\t.*$", "");
	}

	/** The serialized commands of the guide's steps, as the bundle ships them. */
	private static List<String> stepCommands() throws Exception {
		Document guide;
		try (InputStream in = Platform.getBundle("ttt.workbench.ui").getEntry("cheatsheets/getting-started.xml").openStream()) {
			guide = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		List<String> commands = new ArrayList<>();
		NodeList items = guide.getElementsByTagName("item");
		for (int i = 0; i < items.getLength(); i++) {
			NodeList command = ((Element) items.item(i)).getElementsByTagName("command");
			assertFalse(command.getLength() == 0, "step " + (i + 1) + " has a command");
			commands.add(((Element) command.item(0)).getAttribute("serialization"));
		}
		return commands;
	}
}
