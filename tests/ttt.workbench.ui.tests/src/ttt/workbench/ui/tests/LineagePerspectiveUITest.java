package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/** Opens the TTT Lineage perspective in the real workbench and checks what the Session Tree view paints. */
public class LineagePerspectiveUITest {

	@Test
	public void lineagePerspectiveShowsTheSessionTreeWithChartAndIsPhotographed() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
		workbench.showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		assertEquals(LineagePerspective.ID, page.getPerspective().getId());
		assertEquals("TTT Lineage", page.getPerspective().getLabel());

		IViewPart part = page.findView(SessionTreeView.ID);
		assertNotNull(part, "the perspective must open the Session Tree view by itself");
		SessionTreeView view = (SessionTreeView) part;
		assertNotNull(page.findView(LineagePerspective.PROGRESS_VIEW_ID), "background runs report in the Progress view");

		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		shell.forceActive();
		Display display = shell.getDisplay();
		Screenshots.settle(display, 1500);

		TreeCanvas canvas = TreeParts.canvas(window);
		LaidOutTree tree = canvas.getTree();
		// the example lineage, or a store another test opened: either way a base above its sessions
		assertTrue(tree.boxes().size() >= 3, "base and sessions: " + tree.boxes().size());
		LaidOutTree.Box base = tree.box(canvas.getBaseId()).orElseThrow();
		for (LaidOutTree.Box box : tree.boxes()) {
			if (box != base) {
				assertTrue(box.y() > base.y(), box.node().id() + " must be laid out below the base");
			}
		}

		// what is really on screen: the base node's centre is painted gold, not background
		org.eclipse.swt.graphics.Point c = canvas.centerOf(canvas.getBaseId()); // on screen: zoomed and scrolled
		RGB centre = pixelAt(canvas, c.x - (int) (base.width() * canvas.getZoom() / 2) + 8, c.y);
		assertTrue(centre.red > 200 && centre.green > 170 && centre.blue < 170, "base node must be gold, was " + centre);

		ISeries<?>[] series = TreeParts.chart(window).getSeriesSet().getSeries();
		// the shared MSE chart: the three curves, then the commit and rollback markers
		assertEquals(java.util.List.of("base", "session_start", "adaptive", "commits", "rollbacks"), java.util.Arrays.stream(series).map(s -> s.getId()).toList());
		assertEquals("adaptive", series[2].getId());

		File shot = Screenshots.ofShell(shell, "lineage-perspective");
		assertTrue(shot.length() > 10_000, "screenshot should hold a real picture: " + shot);
	}

	private static RGB pixelAt(TreeCanvas canvas, int x, int y) {
		Point size = canvas.getSize();
		Image image = new Image(canvas.getDisplay(), size.x, size.y);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(x, y));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
