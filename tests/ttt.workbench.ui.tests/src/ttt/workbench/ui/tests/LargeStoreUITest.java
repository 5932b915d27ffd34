package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
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
import ttt.workbench.ui.layout.LaidOutTree;
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
		TreeCanvas canvas = view.getTreeCanvas();
		UiTestSupport.waitFor(display, () -> canvas.getTree() != null && canvas.getTree().boxes().size() == SESSIONS + 1
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 120);
		// let the open job, curve loading and any refresh finish, and move the pointer off the tree (no stray tooltip)
		UiTestSupport.waitFor(display, () -> Job.getJobManager().isIdle(), 120);
		Event away = new Event();
		away.type = SWT.MouseMove;
		away.x = shell.getBounds().x + shell.getBounds().width - 5;
		away.y = shell.getBounds().y + 5;
		display.post(away);
		Screenshots.settle(display, 300);

		// every session of the store has exactly one box, the base is the one extra, and each fork hangs below its parent
		LaidOutTree tree = canvas.getTree();
		Set<String> ids = new HashSet<>();
		tree.boxes().forEach(b -> ids.add(b.node().id()));
		assertEquals(SESSIONS + 1, ids.size(), "one box per session plus the base");
		assertTrue(ids.contains(canvas.getBaseId()));
		for (Session s : ActiveStore.get().store().model().getSessions()) {
			LaidOutTree.Box box = tree.box(s.getId()).orElseThrow(() -> new AssertionError("no box for " + s.getId()));
			if (s.getParent() != null) {
				LaidOutTree.Box parent = tree.box(s.getParent().getId()).orElseThrow();
				assertTrue(parent.y() + parent.height() < box.y(), s.getId() + " must be drawn below its parent");
			}
		}
		assertEquals(SESSIONS, tree.edges().size(), "one edge per session (roots hang from the base)");

		// The laid-out tree is far wider (about 550,000 px) than an SWT widget can be on GTK (32,767 px): the canvas is
		// capped and only its left part can be scrolled to until the view draws with its own scroll offset or zooms
		// out. Look at the highest session within reach, then at the bottom-right corner of what can be scrolled.
		ScrolledComposite scroller = (ScrolledComposite) canvas.getParent();
		Point canvasSize = canvas.getSize();
		System.out.printf("LargeStoreUITest: tree %.0f x %.0f px, canvas %s%n", tree.width(), tree.height(), canvasSize);
		LaidOutTree.Box top = tree.boxes().stream().filter(b -> !b.node().id().equals(canvas.getBaseId()))
				.filter(b -> canvas.centerOf(b.node().id()).x < canvasSize.x)
				.min(java.util.Comparator.comparingDouble(LaidOutTree.Box::y).thenComparingDouble(LaidOutTree.Box::x)).orElseThrow();
		Point topAt = canvas.centerOf(top.node().id());
		scrollTo(scroller, topAt.x, 0);
		Screenshots.settle(display, 800);
		assertTrue(inView(scroller, topAt), top.node().id() + " at " + topAt + " is in view of " + scroller.getOrigin());
		Screenshots.ofShell(shell, "session-tree-10k");

		scrollTo(scroller, canvasSize.x, canvasSize.y);
		Screenshots.settle(display, 800);
		assertEquals(new Point(canvasSize.x - scroller.getClientArea().width, canvasSize.y - scroller.getClientArea().height),
				scroller.getOrigin(), "scrolled to the bottom-right corner");
		Screenshots.ofShell(shell, "session-tree-10k-corner");
	}

	private static boolean inView(ScrolledComposite scroller, Point p) {
		Point o = scroller.getOrigin();
		return o.x <= p.x && p.x <= o.x + scroller.getClientArea().width && o.y <= p.y && p.y <= o.y + scroller.getClientArea().height;
	}

	/** Scrolls so that canvas x is centred horizontally and canvas y is as close to the middle as the canvas allows. */
	private static void scrollTo(ScrolledComposite scroller, int x, int y) {
		int width = scroller.getClientArea().width;
		int height = scroller.getClientArea().height;
		Point size = scroller.getContent().getSize();
		scroller.setOrigin(Math.max(0, Math.min(size.x - width, x - width / 2)), Math.max(0, Math.min(size.y - height, y - height / 2)));
	}
}
