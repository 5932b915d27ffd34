package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;

/** The Session Tree on a real store written by the reference, following a fork made on disk by another program. */
public class SessionTreeOnStoreUITest {

	@TempDir
	Path tmp;

	@Test
	public void showsTheFixtureStoreAndFollowsAForkMadeOnDisk() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		SessionTreeView view = (SessionTreeView) page.showView(SessionTreeView.ID);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		Display display = shell.getDisplay();

		Job job = ActiveStore.get().open(root, display);
		waitFor(display, () -> job.getResult() != null && ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()));
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		waitFor(display, () -> TreeParts.canvas(window).getTree().boxes().size() == 3);
		LaidOutTree tree = TreeParts.canvas(window).getTree();
		LaidOutTree.Box s1 = tree.box("s1").orElseThrow();
		LaidOutTree.Box s1b = tree.box("s1b").orElseThrow();
		assertTrue(s1.y() < s1b.y(), "the fork s1b is drawn below s1");
		assertTrue(s1.node().label().contains("1 ✓  2 ↺"), "s1's label counts its commit and rollbacks: " + s1.node().label());
		waitFor(display, () -> TreeParts.chart(window).getTitle().getText().contains("newest run s1_"));
		// the shared MSE chart: the three curves, then the commit and rollback markers
		assertEquals(java.util.List.of("base", "session_start", "adaptive", "commits", "rollbacks"), java.util.Arrays.stream(TreeParts.chart(window).getSeriesSet().getSeries()).map(s -> s.getId()).toList());
		assertEquals(96, TreeParts.chart(window).getSeriesSet().getSeries()[2].getXSeries().length, "the run's 96 steps");
		PaletteAssertions.assertMseColours(TreeParts.chart(window));

		// another program (the reference, a CLI) forks s1b: the tree follows without a reload
		Path child = root.resolve("sessions/s1c");
		Files.createDirectories(child);
		for (String f : new String[] { "plastic_state.pt", "optim_state.pt", "metrics.json" }) {
			Files.copy(root.resolve("sessions/s1b").resolve(f), child.resolve(f));
		}
		Files.writeString(child.resolve("meta.json"), Files.readString(root.resolve("sessions/s1b/meta.json"))
				.replace("\"session_id\": \"s1b\"", "\"session_id\": \"s1c\"").replace("\"parent_session_id\": \"s1\"", "\"parent_session_id\": \"s1b\""));
		waitFor(display, () -> TreeParts.canvas(window).getTree().box("s1c").isPresent());
		LaidOutTree after = TreeParts.canvas(window).getTree();
		assertTrue(after.box("s1b").orElseThrow().y() < after.box("s1c").orElseThrow().y(), "s1c appears under s1b");

		Screenshots.settle(display, 800);
		File shot = Screenshots.ofShell(shell, "session-tree-fixture-store");
		assertTrue(shot.length() > 10_000);
		ArtifactStore store = ActiveStore.get().store();
		assertEquals(3, store.model().getSessions().size(), "s1, s1b and the new s1c");
	}

	private static void waitFor(Display display, java.util.function.BooleanSupplier condition) {
		UiTestSupport.waitFor(display, condition, 30);
	}
}
