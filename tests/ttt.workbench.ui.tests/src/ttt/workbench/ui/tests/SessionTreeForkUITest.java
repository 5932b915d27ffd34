package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.model.Session;
import ttt.workbench.ui.fork.ForkDialog;
import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.analysis.tree.ColorMode;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/**
 * Forking from the Session Tree: through the dialog opened by the key binding, by dragging a node onto empty space
 * with real mouse events, and a drop onto another node refused; collapsing and expanding a subtree; colour modes;
 * find by id. All on a copy of a store written by the reference (s1 with its child s1b).
 */
public class SessionTreeForkUITest {

	@TempDir
	Path tmp;

	private IWorkbenchWindow window;
	private Shell shell;
	private Display display;
	private SessionTreeView view;
	private TreeCanvas canvas;
	private Path root;

	@org.junit.jupiter.api.AfterEach
	void stopPolling() {
		stopAnswering = true; // a dialog poller of a failed test must not answer the next test's dialog
	}

	@BeforeEach
	void openStore() throws Exception {
		root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		window.getActivePage().closeAllEditors(false);
		view = (SessionTreeView) window.getActivePage().showView(SessionTreeView.ID);
		shell = window.getShell();
		shell.setBounds(0, 0, 1400, 900);
		shell.forceActive();
		display = shell.getDisplay();
		ActiveStore.get().open(root, display).join();
		canvas = TreeParts.canvas(window);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null && ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize())
				&& canvas.getTree() != null && canvas.getTree().box("s1b").isPresent(), 30);
		TreeParts.colorBy(window, ColorMode.DEPTH);
		Screenshots.settle(display, 300);
	}

	@Test
	public void forkFromHereThroughTheDialogValidatesAndWritesTheChild() throws Exception {
		click(canvas.centerOf("s1"));
		UiTestSupport.waitFor(display, () -> "s1".equals(canvas.getSelectedId()), 10);

		List<String> seen = new ArrayList<>();
		answerForkDialog(dialog -> {
			seen.add(dialog.childIdField().getText()); // the suggestion
			dialog.childIdField().setText("bad id");
			seen.add(String.valueOf(Widgets.findButton(dialog.getShell(), "&Fork").isEnabled()));
			seen.add(dialog.getErrorMessage() == null ? messageOf(dialog) : dialog.getErrorMessage());
			dialog.childIdField().setText("s1b");
			seen.add(String.valueOf(Widgets.findButton(dialog.getShell(), "&Fork").isEnabled()));
			dialog.childIdField().setText("s1_probe");
			Widgets.click(dialog.resetOptimizerButton());
			dialog.resetOptimizerButton().setSelection(true);
			dialog.noteField().setText("probe a lower learning rate");
			Screenshots.settle(display, 400);
			Screenshots.ofShell(dialog.getShell(), "fork-dialog");
			seen.add(String.valueOf(Widgets.findButton(dialog.getShell(), "&Fork").isEnabled()));
			return true;
		});
		Widgets.key(display, 'f', 'f', SWT.CTRL, SWT.SHIFT); // the key binding of Fork from Here
		UiTestSupport.waitFor(display, () -> seen.size() == 5 && canvas.getTree().box("s1_probe").isPresent(), 60);

		assertEquals("s1_fork_a", seen.get(0), "the dialog proposes <parent>_fork_a");
		assertEquals("false", seen.get(1), "an id with a space cannot be used");
		assertTrue(seen.get(2).contains("white space"), seen.get(2));
		assertEquals("false", seen.get(3), "an existing id cannot be used");
		assertEquals("true", seen.get(4));
		assertEquals("s1_probe", canvas.getSelectedId(), "the new child is selected");
		assertTrue(hasEdge("s1", "s1_probe"), "the child hangs under its parent");
		String meta = Files.readString(root.resolve("sessions/s1_probe/meta.json"));
		assertTrue(meta.contains("\"fork_note\": \"probe a lower learning rate\""), meta);
		assertTrue(meta.contains("\"parent_session_id\": \"s1\""), meta);
		parkPointer();
		Screenshots.ofShell(shell, "session-tree-after-fork");
	}

	@Test
	public void draggingANodeOntoEmptySpaceForksItAndTheChildAppearsUnderIt() throws Exception {
		List<String> suggested = new ArrayList<>();
		answerForkDialog(dialog -> {
			suggested.add(dialog.childIdField().getText());
			return true;
		});
		Point from = canvas.toDisplay(canvas.centerOf("s1b"));
		Point to = canvas.toDisplay(emptySpotBelow("s1b"));
		Widgets.drag(display, from, to, () -> Screenshots.ofShell(shell, "session-tree-dragging"));
		UiTestSupport.waitFor(display, () -> canvas.getTree() != null && canvas.getTree().box("s1b_fork_a").isPresent(), 60);

		assertEquals(List.of("s1b_fork_a"), suggested, "the drop opened the fork dialog for the dragged session");
		assertTrue(hasEdge("s1b", "s1b_fork_a"));
		LaidOutTree.Box parent = canvas.getTree().box("s1b").orElseThrow();
		LaidOutTree.Box child = canvas.getTree().box("s1b_fork_a").orElseThrow();
		assertTrue(child.y() > parent.y() + parent.height(), "the child is drawn below the dragged node");
		Session s = ActiveStore.get().store().model().findSession("s1b_fork_a");
		assertEquals("s1b", s.getParent().getId());
		assertEquals("s1", s.getRootId());
		parkPointer();
		Screenshots.ofShell(shell, "session-tree-after-drag-fork");
	}

	@Test
	public void droppingANodeOntoAnotherIsRefusedWithVisibleFeedback() throws Exception {
		List<String> dialogs = new ArrayList<>();
		answerForkDialog(dialog -> {
			dialogs.add(dialog.childIdField().getText());
			return false;
		});
		int sessionsBefore = ActiveStore.get().store().model().getSessions().size();
		Point from = canvas.toDisplay(canvas.centerOf("s1b"));
		Point to = canvas.toDisplay(canvas.centerOf("s1"));
		Widgets.drag(display, from, to, () -> Screenshots.ofShell(shell, "session-tree-refused-drag"));
		assertEquals("s1", canvas.getRefusedTarget(), "the target is marked as refused");
		Screenshots.ofShell(shell, "session-tree-refused-drop");
		Screenshots.settle(display, 800);
		assertEquals(sessionsBefore, ActiveStore.get().store().model().getSessions().size(), "nothing was forked");
		assertTrue(dialogs.isEmpty(), "no fork dialog for a refused drop");
		assertFalse(Files.exists(root.resolve("sessions/s1b_fork_a")));
		stopAnswering = true;
	}

	@Test
	public void collapsingASubtreeHidesItBehindACountBadgeAndExpandingBringsItBack() {
		Point toggle = canvas.toggleOf("s1");
		assertNotNull(toggle, "s1 has children, so it has a collapse toggle");
		click(toggle);
		UiTestSupport.waitFor(display, () -> canvas.getTree().box("s1b").isEmpty(), 10);
		assertTrue(TreeParts.isCollapsed(canvas, "s1"));
		assertNotNull(canvas.toggleOf("s1"), "the collapsed node keeps its toggle (with the +1 badge)");
		parkPointer();
		Screenshots.ofShell(shell, "session-tree-collapsed");

		click(canvas.centerOf("s1"));
		Widgets.key(display, '+', '+');
		UiTestSupport.waitFor(display, () -> canvas.getTree().box("s1b").isPresent(), 10);
		assertFalse(TreeParts.isCollapsed(canvas, "s1"));
		assertTrue(hasEdge("s1", "s1b"));
	}

	@Test
	public void colourModesZoomAndFindWork() {
		TreeParts.colorBy(window, ColorMode.IMPROVEMENT);
		Screenshots.settle(display, 200);
		String label = canvas.getTree().box("s1").orElseThrow().node().label();
		assertTrue(label.contains("% online") || label.contains("no run yet"), label);
		assertTrue(canvas.getTree().box("s1b").orElseThrow().node().label().contains("no run yet"), "s1b never ran");
		Screenshots.ofShell(shell, "session-tree-improvement");
		TreeParts.colorBy(window, ColorMode.RECENCY);
		assertTrue(canvas.getTree().box("s1").orElseThrow().node().label().contains("ran "));

		click(canvas.centerOf("s1"));
		double before = canvas.getZoom();
		Widgets.key(display, '-', '-', SWT.CTRL);
		assertTrue(canvas.getZoom() < before, "Ctrl+- zooms out: " + canvas.getZoom());
		Widgets.key(display, '0', '0', SWT.CTRL);
		assertTrue(canvas.getZoom() <= 1.0 && canvas.getZoom() > before * 0.8, "Ctrl+0 fits, never above 100 %: " + canvas.getZoom());
		for (LaidOutTree.Box b : canvas.getTree().boxes()) {
			assertTrue(canvas.getClientArea().contains(canvas.centerOf(b.node().id())), b.node().id() + " is in view after fit");
		}

		TreeParts.findField(window).setText("1B");
		TreeParts.findField(window).notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		assertEquals("s1b", canvas.getSelectedId(), "find is case-insensitive and selects the match");
		assertEquals(List.of("s1b", "s1", canvas.getBaseId()), canvas.selectedLineage(), "the lineage drawn highlighted");
		TreeParts.colorBy(window, ColorMode.DEPTH);
	}

	@Test
	public void f2EditsTheNoteDeleteTrashesALeafAndUndoRestoresBoth() throws Exception {
		Path meta = root.resolve("sessions/s1/meta.json");
		byte[] original = Files.readAllBytes(meta);
		click(canvas.centerOf("s1"));
		UiTestSupport.waitFor(display, () -> "s1".equals(canvas.getSelectedId()), 10);
		answer("Edit Note", dialog -> {
			Widgets.find(dialog, org.eclipse.swt.widgets.Text.class).setText("baseline for the lr sweep");
			Widgets.click(Widgets.findButton(dialog, "&Save"));
		});
		Widgets.key(display, SWT.F2, '\0');
		UiTestSupport.waitFor(display, () -> "baseline for the lr sweep".equals(ActiveStore.get().store().model().findSession("s1").getForkNote()), 20);
		assertTrue(Files.readString(meta).contains("\"fork_note\": \"baseline for the lr sweep\""));
		assertTrue(canvas.getTree().box("s1").isPresent());

		undo();
		undone(() -> ActiveStore.get().store().model().findSession("s1").getForkNote() == null);
		assertEquals(new String(original, java.nio.charset.StandardCharsets.UTF_8), Files.readString(meta), "undo restores the file");

		click(canvas.centerOf("s1b"));
		UiTestSupport.waitFor(display, () -> "s1b".equals(canvas.getSelectedId()), 10);
		answer("Delete Session", dialog -> Widgets.click(Widgets.findButton(dialog, "OK")));
		Widgets.key(display, SWT.DEL, (char) 127);
		UiTestSupport.waitFor(display, () -> canvas.getTree().box("s1b").isEmpty(), 20);
		assertFalse(Files.exists(root.resolve("sessions/s1b")), "the folder left sessions/");
		assertTrue(Files.isDirectory(root.resolve(".trash")), "it is in the store's trash");

		canvas.setFocus();
		undo();
		undone(() -> canvas.getTree().box("s1b").isPresent());
		assertTrue(Files.isRegularFile(root.resolve("sessions/s1b/meta.json")), "undo brought the session back");
		assertTrue(hasEdge("s1", "s1b"));
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * Ctrl+Z, once Edit > Undo has caught up with the operation history (the platform's undo handler updates its
	 * enablement after the history changes, so a press right after the change is ignored, as it would be for a user).
	 */
	private void undo() {
		var undo = window.getService(org.eclipse.ui.commands.ICommandService.class).getCommand("org.eclipse.ui.edit.undo");
		// on a display without a window manager nothing gives the workbench window back its activation when a dialog
		// closes, and without an active window no part's Undo handler is active (a user's window manager does this)
		if (display.getActiveShell() == null) {
			shell.forceActive();
			canvas.setFocus();
		}
		try {
			UiTestSupport.waitFor(display, undo::isEnabled, 10);
		} catch (AssertionError e) {
			var support = PlatformUI.getWorkbench().getOperationSupport();
			throw new AssertionError("Undo never enabled: canUndo=" + support.getOperationHistory().canUndo(support.getUndoContext())
					+ " activePart=" + window.getActivePage().getActivePart() + " undoHandled=" + undo.isHandled() + " focus="
					+ display.getFocusControl() + " shell=" + display.getActiveShell(), e);
		}
		Widgets.key(display, 'z', 'z', SWT.CTRL);
	}

	/** Waits for an undo to show; on time-out says why (history, active part, command state). */
	private void undone(java.util.function.BooleanSupplier condition) {
		try {
			UiTestSupport.waitFor(display, condition, 10);
		} catch (AssertionError e) {
			var support = PlatformUI.getWorkbench().getOperationSupport();
			var undo = window.getService(org.eclipse.ui.commands.ICommandService.class).getCommand("org.eclipse.ui.edit.undo");
			throw new AssertionError("undo did not happen: canUndo=" + support.getOperationHistory().canUndo(support.getUndoContext())
					+ " activePart=" + window.getActivePage().getActivePart() + " undoHandled=" + undo.isHandled() + " undoEnabled="
					+ undo.isEnabled() + " focus=" + display.getFocusControl(), e);
		}
	}

	/** Polls for a dialog titled {@code title} and acts on it; closes it if the action throws. */
	private void answer(String title, java.util.function.Consumer<Shell> action) {
		display.timerExec(150, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Widgets.findShell(display, title);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				try {
					Screenshots.settle(display, 200);
					Screenshots.ofShell(dialog, title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-dialog");
					action.accept(dialog);
				} finally {
					if (!dialog.isDisposed()) {
						dialog.close();
					}
				}
			}
		});
	}

	private boolean stopAnswering;

	private interface DialogAnswer {
		/** @return true to press Fork, false to cancel */
		boolean answer(ForkDialog dialog);
	}

	/** Polls for the fork dialog and answers it (modal dialogs are reached from inside their own event loop). */
	private void answerForkDialog(DialogAnswer answer) {
		display.timerExec(150, new Runnable() {
			@Override
			public void run() {
				if (stopAnswering) {
					return;
				}
				Shell dialogShell = Widgets.findShell(display, "Fork Session");
				if (dialogShell == null) {
					display.timerExec(100, this);
					return;
				}
				ForkDialog dialog = (ForkDialog) dialogShell.getData();
				boolean ok;
				try {
					ok = answer.answer(dialog);
				} catch (RuntimeException | AssertionError e) {
					dialog.close(); // never leave a modal dialog open
					throw e;
				}
				if (ok) {
					Widgets.click(Widgets.findButton(dialogShell, "&Fork"));
				} else {
					dialog.close();
				}
			}
		});
	}

	private static String messageOf(ForkDialog dialog) {
		return dialog.getMessage();
	}

	private void click(Point inCanvas) {
		Point p = canvas.toDisplay(inCanvas);
		Widgets.post(display, SWT.MouseMove, p.x, p.y, 0);
		Widgets.post(display, SWT.MouseDown, p.x, p.y, 1);
		Widgets.post(display, SWT.MouseUp, p.x, p.y, 1);
	}

	/** Moves the pointer to an empty corner of the canvas so no hover tooltip covers the screenshot. */
	private void parkPointer() {
		Point p = canvas.toDisplay(new Point(20, canvas.getClientArea().height - 40));
		Widgets.post(display, SWT.MouseMove, p.x, p.y, 0);
		Screenshots.settle(display, 400);
	}

	private boolean hasEdge(String parent, String child) {
		return canvas.getTree().edges().stream().anyMatch(e -> e.parentId().equals(parent) && e.childId().equals(child));
	}

	/** A canvas point near the node (below it, else beside it), checked to be on no node and inside the view. */
	private Point emptySpotBelow(String id) {
		Point c = canvas.centerOf(id);
		for (int dy : new int[] { 140, 110, 80, 40, 0, -40 }) {
			for (int dx : new int[] { 0, 220, -220, 320, -320 }) {
				Point p = new Point(c.x + dx, c.y + dy);
				if (canvas.getClientArea().contains(p) && canvas.nodeAt(p.x, p.y).isEmpty()) {
					return p;
				}
			}
		}
		throw new AssertionError("no empty spot near " + id);
	}

}
