package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/**
 * A generated store of 10,000 sessions opened in the real workbench: the Session Tree shows every session under the
 * base, laid out without overlaps, and can be scrolled to its far corner. Timings are the benchmark's business
 * ({@code LargeStoreBenchmark}); this test checks that the large tree is complete and correct.
 */
public class LargeStoreUITest {

	private static final int SESSIONS = 10_000;

	@TempDir
	Path tmp;

	@Test
	public void tenThousandSessionsOpenInTheSessionTree() throws Exception {
		Path root = tmp.resolve("store");
		SyntheticStore.generate(root, SESSIONS, 11);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		SessionTreeView view = (SessionTreeView) window.getActivePage().showView(SessionTreeView.ID);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		Display display = shell.getDisplay();

		ActiveStore.get().open(root, display);
		TreeCanvas canvas = TreeParts.canvas(window);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()) && canvas.getTree() != null
				&& canvas.getTree().box("root-0").isPresent(), 120);
		UiTestSupport.waitFor(display, () -> Job.getJobManager().isIdle(), 120);
		parkPointer(display, shell);

		// a large store opens with its roots collapsed: the base, the roots and a +N badge each, all in view
		var model = ActiveStore.get().store().model();
		long roots = model.getSessions().stream().filter(s -> s.getParent() == null).count();
		assertEquals(roots + 1, canvas.getTree().boxes().size(), "the base and the roots");
		assertTrue(model.getSessions().stream().filter(s -> s.getParent() == null && !s.getChildren().isEmpty())
				.allMatch(s -> TreeParts.isCollapsed(canvas, s.getId())), "every root with forks starts collapsed");
		for (LaidOutTree.Box b : canvas.getTree().boxes()) {
			assertTrue(canvas.getClientArea().contains(canvas.centerOf(b.node().id())), b.node().id() + " is in view");
		}
		Screenshots.ofShell(shell, "session-tree-10k-collapsed");

		// everything: one box per session plus the base, each fork below its parent
		TreeParts.runMenuAction(view, "expandAll");
		LaidOutTree tree = canvas.getTree();
		Set<String> ids = new HashSet<>();
		tree.boxes().forEach(b -> ids.add(b.node().id()));
		assertEquals(SESSIONS + 1, ids.size(), "one box per session plus the base");
		assertTrue(ids.contains(canvas.getBaseId()));
		for (Session s : model.getSessions()) {
			LaidOutTree.Box box = tree.box(s.getId()).orElseThrow(() -> new AssertionError("no box for " + s.getId()));
			if (s.getParent() != null) {
				LaidOutTree.Box parent = tree.box(s.getParent().getId()).orElseThrow();
				assertTrue(parent.y() + parent.height() < box.y(), s.getId() + " must be drawn below its parent");
			}
		}
		assertEquals(SESSIONS, tree.edges().size(), "one edge per session (roots hang from the base)");
		System.out.printf("LargeStoreUITest: tree %.0f x %.0f px%n", tree.width(), tree.height());

		// the canvas scrolls itself, so any node of the 550,000 px wide tree can be brought into view
		canvas.fit();
		Screenshots.settle(display, 500);
		Screenshots.ofShell(shell, "session-tree-10k");
		Session deepest = model.getSessions().stream() // the right-most of the deepest forks
				.max(java.util.Comparator.comparingDouble((Session s) -> tree.box(s.getId()).orElseThrow().x())).orElseThrow();
		canvas.setZoom(1);
		TreeParts.reveal(window, deepest.getId());
		Screenshots.settle(display, 500);
		assertEquals(deepest.getId(), canvas.getSelectedId());
		assertTrue(canvas.getClientArea().contains(canvas.centerOf(deepest.getId())), deepest.getId() + " is in view");
		assertTrue(canvas.getScroll().x > 32_767, "scrolled beyond what a widget may measure: " + canvas.getScroll());
		Screenshots.ofShell(shell, "session-tree-10k-deep");

		// collapsing the deepest node's root by keyboard hides its subtree behind the badge
		Session rootOfDeepest = deepest;
		while (rootOfDeepest.getParent() != null) {
			rootOfDeepest = rootOfDeepest.getParent();
		}
		TreeParts.reveal(window, rootOfDeepest.getId());
		canvas.setFocus();
		Event minus = new Event();
		minus.type = SWT.KeyDown;
		minus.character = '-';
		canvas.notifyListeners(SWT.KeyDown, minus);
		String collapsedRoot = rootOfDeepest.getId();
		UiTestSupport.waitFor(display, () -> TreeParts.isCollapsed(canvas, collapsedRoot), 30);
		assertTrue(canvas.getTree().box(deepest.getId()).isEmpty(), "the subtree is hidden");
		assertTrue(canvas.getTree().boxes().size() < SESSIONS + 1);
	}

	private static void parkPointer(Display display, Shell shell) {
		Event away = new Event();
		away.type = SWT.MouseMove;
		away.x = shell.getBounds().x + shell.getBounds().width - 5;
		away.y = shell.getBounds().y + 5;
		display.post(away);
		Screenshots.settle(display, 300);
	}
}
