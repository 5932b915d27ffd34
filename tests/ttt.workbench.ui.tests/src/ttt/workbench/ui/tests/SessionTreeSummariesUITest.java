package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/**
 * A store opened from its index ({@code ArtifactStore.openSummaries}: sessions are summaries until loaded) in the
 * Session Tree: it shows collapsed from the summaries alone, and loads the details of the sessions on screen only
 * (their counts then appear on the nodes), never the whole store.
 */
public class SessionTreeSummariesUITest {

	private static final int SESSIONS = 2_000;

	@TempDir
	Path tmp;

	@Test
	public void theTreeShowsSummariesAndLoadsOnlyTheSessionsOnScreen() throws Exception {
		Path root = tmp.resolve("store");
		SyntheticStore.generate(root, SESSIONS, 7);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		page.showView(SessionTreeView.ID);
		for (IViewReference other : page.getViewReferences()) { // only the tree may ask for details here
			if (!other.getId().equals(SessionTreeView.ID)) {
				page.hideView(other);
			}
		}
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		Display display = shell.getDisplay();
		try {
			ArtifactStore store = ArtifactStore.openSummaries(root);
			List<Session> sessions = List.copyOf(store.model().getSessions());
			assertEquals(0, sessions.stream().filter(SessionLoader::isLoaded).count(), "opened as summaries");
			activate(store); // as the workbench's open job does once it opens stores as summaries
			TreeCanvas canvas = TreeParts.canvas(window);
			long roots = sessions.stream().filter(s -> s.getParent() == null).count();
			UiTestSupport.waitFor(display, () -> canvas.getTree() != null && canvas.getTree().boxes().size() == roots + 1, 60);
			assertTrue(sessions.stream().filter(s -> s.getParent() == null && !s.getChildren().isEmpty())
					.allMatch(s -> TreeParts.isCollapsed(canvas, s.getId())), "more than 400 sessions open collapsed");

			// what was on screen at each zoom (fitted, then 100 %) gets its details; nothing else is read
			Set<String> everOnScreen = new HashSet<>(canvas.visibleIds());
			Screenshots.settle(display, 500);
			canvas.setZoom(1);
			Set<String> onScreen = new HashSet<>(canvas.visibleIds());
			onScreen.remove(canvas.getBaseId());
			assertFalse(onScreen.isEmpty());
			everOnScreen.addAll(onScreen);
			UiTestSupport.waitFor(display, () -> onScreen.stream().allMatch(id -> SessionLoader.isLoaded(store.model().findSession(id))), 60);
			Screenshots.settle(display, 500);
			Set<String> loaded = new HashSet<>();
			sessions.stream().filter(SessionLoader::isLoaded).forEach(s -> loaded.add(s.getId()));
			assertTrue(everOnScreen.containsAll(loaded), "only sessions that were on screen were loaded: " + loaded.size() + " loaded, "
					+ everOnScreen.size() + " were on screen");
			assertTrue(loaded.size() < SESSIONS / 10, loaded.size() + " of " + SESSIONS + " loaded");
			String id = onScreen.iterator().next();
			String label = TreeParts.labelOf(canvas, id);
			assertTrue(label.contains("✓") && label.contains("run"), "a loaded node shows its counts: " + label);
			Screenshots.ofShell(shell, "session-tree-summaries");
			System.out.printf("SessionTreeSummariesUITest: %d sessions, %d roots shown, %d on screen at 100 %%, %d ever on screen, %d loaded%n",
					SESSIONS, roots, onScreen.size(), everOnScreen.size(), loaded.size());
		} finally {
			page.resetPerspective();
		}
	}

	/** Makes {@code store} the workbench's store, as {@code ActiveStore.open}'s job does when it has opened one. */
	private static void activate(ArtifactStore store) throws Exception {
		Method activate = ActiveStore.class.getDeclaredMethod("activate", ArtifactStore.class);
		activate.setAccessible(true);
		activate.invoke(ActiveStore.get(), store);
	}
}
