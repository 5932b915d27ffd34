package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.io.WatchDegraded;
import ttt.workbench.store.io.WatchRegistration;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * Watching degrades, never blocks (issue #18 item 9): a store whose folders cannot be watched (no inotify watches
 * left: here {@code -Dttt.workbench.store.maxWatches=0}, which fails registration as the kernel's limit does) opens,
 * warns once in the status line and the Error Log, and follows a session another program writes by polling.
 */
public class StorePollingUITest {

	@TempDir
	Path tmp;

	@Test
	public void aStoreThatCannotBeWatchedOpensWarnsOnceAndShowsASessionWrittenByAnotherProgram() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store")).toAbsolutePath().normalize();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		window.getActivePage().showView(SessionTreeView.ID);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		Display display = shell.getDisplay();

		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		System.setProperty(WatchRegistration.MAX_WATCHES_PROPERTY, "0");
		try {
			Job job = ActiveStore.get().open(root, display);
			UiTestSupport.waitFor(display, () -> job.getResult() != null && ActiveStore.get().store() != null
					&& ActiveStore.get().store().root().equals(root), 30);
			assertTrue(job.getResult().isOK(), "the open succeeds although nothing can be watched: " + job.getResult());
			assertTrue(ActiveStore.get().store().isPolled());
			UiTestSupport.waitFor(display, () -> TreeParts.canvas(window).getTree().boxes().size() == 3, 30);

			// the Error Log: one warning naming the store and the cause
			UiTestSupport.waitFor(display, () -> !warnings(logged, root).isEmpty(), 10);
			IStatus warning = warnings(logged, root).get(0);
			assertEquals(IStatus.WARNING, warning.getSeverity());
			assertTrue(warning.getMessage().contains("User limit of inotify watches reached"), warning.getMessage());
			assertTrue(warning.getMessage().contains("checking it every 2 s"), warning.getMessage());
			// the status line says it in short: which store, how often, why
			UiTestSupport.waitFor(display, () -> statusLineText(shell)
					.contains(root + " is polled every 2 s (not watched: User limit of inotify watches reached"), 10);
			Screenshots.settle(display, 500);
			Screenshots.ofShell(shell, "store-polled-status-line");

			// another program (the reference, a CLI) forks s1b: polling brings it into the tree
			Path child = root.resolve("sessions/s1c");
			Files.createDirectories(child);
			for (String f : new String[] { "plastic_state.pt", "optim_state.pt", "metrics.json" }) {
				Files.copy(root.resolve("sessions/s1b").resolve(f), child.resolve(f));
			}
			Files.writeString(child.resolve("meta.json"), Files.readString(root.resolve("sessions/s1b/meta.json"))
					.replace("\"session_id\": \"s1b\"", "\"session_id\": \"s1c\"").replace("\"parent_session_id\": \"s1\"", "\"parent_session_id\": \"s1b\""));
			UiTestSupport.waitFor(display, () -> TreeParts.canvas(window).getTree().box("s1c").isPresent(), 30);
			assertTrue(TreeParts.canvas(window).getTree().box("s1b").orElseThrow().y() < TreeParts.canvas(window).getTree().box("s1c").orElseThrow().y(),
					"s1c appears under s1b");
			assertEquals(1, warnings(logged, root).size(), "warned once, not at every poll");

			window.getActivePage().showView(LineagePerspective.ERROR_LOG_VIEW_ID);
			Screenshots.settle(display, 1000);
			Screenshots.ofShell(shell, "store-polled-error-log-and-new-session");
		} finally {
			System.clearProperty(WatchRegistration.MAX_WATCHES_PROPERTY);
			Platform.removeLogListener(listener);
		}
	}

	private static List<IStatus> warnings(List<IStatus> logged, Path root) {
		return logged.stream().filter(s -> s.getMessage().startsWith(WatchDegraded.PREFIX + root)).toList();
	}

	/** The texts of the window's status line (JFace's StatusLine shows its messages in a CLabel). */
	private static String statusLineText(Shell shell) {
		List<String> texts = new ArrayList<>();
		collect(shell, texts);
		return String.join(" | ", texts);
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof CLabel label && label.getText() != null && label.isVisible()) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control c : composite.getChildren()) {
				collect(c, texts);
			}
		}
	}
}
