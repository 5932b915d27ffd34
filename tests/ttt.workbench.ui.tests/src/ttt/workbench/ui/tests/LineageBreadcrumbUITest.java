package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/** The lineage breadcrumb: whole path when it fits, "…" in the middle when narrow, links that navigate. */
public class LineageBreadcrumbUITest {

	private static final String LONG = "friction-sweep-0.12";
	private static final String LONGER = "friction-sweep-0.12-lr-half";

	@TempDir
	Path tmp;

	@Test
	public void truncatesTheMiddleAndNavigates() throws Exception {
		Path root = SessionsFixture.create(tmp.resolve("store"));
		SessionsFixture.fork(root, LONG, "s1c", 1768677700);
		SessionsFixture.fork(root, LONGER, LONG, 1768677800);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		Display display = window.getShell().getDisplay();
		ArtifactStore store = SessionsFixture.open(root, display);
		Session s1 = store.model().findSession("s1");
		Session s1c = store.model().findSession("s1c");
		Session current = store.model().findSession(LONGER);

		Shell shell = new Shell(window.getShell(), SWT.SHELL_TRIM);
		try {
			shell.setText("Lineage breadcrumb");
			shell.setLayout(new GridLayout(1, false));
			LineageBreadcrumb wide = new LineageBreadcrumb(shell, SWT.NONE);
			wide.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			LineageBreadcrumb narrow = new LineageBreadcrumb(shell, SWT.NONE);
			narrow.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
			LineageBreadcrumb narrowest = new LineageBreadcrumb(shell, SWT.NONE);
			narrowest.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
			LineageBreadcrumb empty = new LineageBreadcrumb(shell, SWT.NONE);
			List<Session> navigated = new ArrayList<>();
			narrow.addNavigationListener(navigated::add);
			wide.setSession(current);
			narrow.setSession(current);
			narrowest.setSession(current);
			shell.setBounds(40, 40, 1000, 200);
			shell.open();
			shell.layout(true, true);
			Screenshots.settle(display, 300);
			String full = "base → s1 → s1b → s1c → " + LONG + " → " + LONGER;
			assertEquals(full, wide.getShownText());
			int fullWidth = wide.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
			((GridData) narrow.getLayoutData()).widthHint = fullWidth - 30;
			((GridData) narrowest.getLayoutData()).widthHint = 140;
			shell.layout(true, true);
			Screenshots.settle(display, 500);

			String shown = narrow.getShownText();
			assertTrue(shown.startsWith("base → … → "), shown);
			assertTrue(shown.endsWith(" → " + LONG + " → " + LONGER), "parent and current stay: " + shown);
			assertTrue(!shown.contains("s1b"), "the middle collapses: " + shown);
			String least = narrowest.getShownText();
			assertTrue(least.startsWith("base → … → f"), "never less than base, …, current: " + least);
			assertTrue(least.endsWith("…") && least.length() < ("base → … → " + LONGER).length(),
					"a current id too long for the room ends in …: " + least);
			assertEquals("Lineage: " + full, narrow.getToolTipText().lines().findFirst().orElseThrow(), "the tooltip keeps the whole path");
			assertEquals("No session selected", empty.getShownText());

			// the hidden s1 is no link any more; the parent is, and activating it (click or Enter) names the session
			assertTrue(href(narrow.getLink(), "s1") == null);
			fire(narrow.getLink(), href(narrow.getLink(), LONG));
			assertEquals(List.of(store.model().findSession(LONG)), navigated);
			Screenshots.ofShell(shell, "lineage-breadcrumb");

			// keyboard: the link takes focus by traversal, so Tab reaches its anchors
			assertTrue(narrow.getLink().setFocus() || !narrow.getLink().isVisible());
		} finally {
			shell.dispose();
		}

		// in the Sessions view a link selects the session in the Session Tree and the table
		IWorkbenchPage page = window.getActivePage();
		SessionsViewDriver view = new SessionsViewDriver((SessionTableView) page.showView(SessionTableView.ID));
		SessionTreeView tree = (SessionTreeView) page.showView(SessionTreeView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		view.filter.setText("");
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 6, 30);
		view.select(s1c);
		assertEquals("base → s1 → s1b → s1c", view.breadcrumb.getShownText());
		fire(view.breadcrumb.getLink(), href(view.breadcrumb.getLink(), "s1"));
		assertEquals("s1", TreeParts.canvas(window).getSelectedId(), "the Session Tree selects s1");
		assertEquals(List.of(s1), view.selected(), "and so does the table");
		assertEquals("base → s1", view.breadcrumb.getShownText());
		assertNotNull(page.findView(SessionTreeView.ID));
	}

	/** The href of the anchor labelled {@code label}, or null when it is not a link. */
	private static String href(Link link, String label) {
		Matcher m = Pattern.compile("<a href=\"([^\"]*)\">" + Pattern.quote(label) + "</a>").matcher(link.getText());
		return m.find() ? m.group(1) : null;
	}

	/** What SWT sends when an anchor is clicked or activated with Enter. */
	private static void fire(Link link, String href) {
		assertNotNull(href, "no such link in " + link.getText());
		Event e = new Event();
		e.text = href;
		link.notifyListeners(SWT.Selection, e);
	}

}
