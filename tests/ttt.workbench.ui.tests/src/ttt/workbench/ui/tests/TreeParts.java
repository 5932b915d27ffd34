package ttt.workbench.ui.tests;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.tree.ColorMode;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;
import ttt.workbench.ui.views.tree.TreeWidgetIds;

/**
 * How UI tests reach the Session Tree without test-only accessors: widgets by their id
 * ({@code setData(TreeWidgetIds.KEY, …)}), the selection through the selection service, the view menu's
 * actions by id, Reveal through its command, and what is laid out through the canvas's tree.
 */
final class TreeParts {

	/** Sweep group node ids: {@code "\0sweep " + name + "\0" + where it hangs}. */
	private static final String GROUP_PREFIX = "\u0000sweep ";

	private TreeParts() {
	}

	static <T extends Control> T widget(Composite parent, String id, Class<T> type) {
		for (Control c : parent.getChildren()) {
			if (id.equals(c.getData(TreeWidgetIds.KEY)) && type.isInstance(c)) {
				return type.cast(c);
			}
			if (c instanceof Composite composite) {
				T found = widget(composite, id, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** A widget of the tree by id, in the window or in any shell of its display (a minimized stack shows parts in its own). */
	static <T extends Control> T widget(IWorkbenchWindow window, String id, Class<T> type) {
		T found = widget(window.getShell(), id, type);
		for (Shell shell : window.getShell().getDisplay().getShells()) {
			found = found != null ? found : widget(shell, id, type);
		}
		return found;
	}

	static TreeCanvas canvas(IWorkbenchWindow window) {
		return widget(window, TreeWidgetIds.CANVAS, TreeCanvas.class);
	}

	/** The SWTChart of the tree's MSE strip (the shared MseChart). */
	static Chart chart(IWorkbenchWindow window) {
		return widget(window, TreeWidgetIds.CHART_PLOT, Chart.class);
	}

	static Text findField(IWorkbenchWindow window) {
		return widget(window, TreeWidgetIds.FIND, Text.class);
	}

	/** Picks {@code mode} in the toolbar's colour drop-down, as a user does. */
	static void colorBy(IWorkbenchWindow window, ColorMode mode) {
		Combo combo = widget(window, TreeWidgetIds.COLOR_MODE, Combo.class);
		combo.select(mode.ordinal());
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** Runs a view menu action of the tree ({@code collapseAll}, {@code expandAll}). */
	static void runMenuAction(IViewPart tree, String id) {
		var item = tree.getViewSite().getActionBars().getMenuManager().find("ttt.workbench.ui.sessionTree." + id);
		((ActionContributionItem) item).getAction().run();
	}

	/** The tree's revealSession command, as other parts call it. */
	static void reveal(IWorkbenchWindow window, String sessionId) throws Exception {
		var command = window.getService(ICommandService.class).getCommand("ttt.workbench.ui.commands.revealSession");
		window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command,
				Map.of("ttt.workbench.ui.commands.revealSession.sessionId", sessionId, "ttt.workbench.ui.commands.revealSession.open", "true")),
				null);
	}

	/** The Session the tree publishes to the workbench selection, or null. */
	static Session selectedSession(IWorkbenchWindow window) {
		var sel = window.getSelectionService().getSelection(SessionTreeView.ID);
		return sel instanceof IStructuredSelection s && s.getFirstElement() instanceof Session session ? session : null;
	}

	/** A node is collapsed when it has a fold toggle (+N) but none of its children is laid out. */
	static boolean isCollapsed(TreeCanvas canvas, String id) {
		return canvas.toggleOf(id) != null && canvas.getTree().box(id).isPresent()
				&& canvas.getTree().edges().stream().noneMatch(e -> e.parentId().equals(id));
	}

	/** Folds or unfolds a node as its − / + key does (selecting it first). */
	static void toggle(TreeCanvas canvas, String id) {
		boolean collapsed = isCollapsed(canvas, id);
		canvas.setSelectedId(id);
		Event key = new Event();
		key.character = collapsed ? '+' : '-';
		key.keyCode = key.character;
		canvas.notifyListeners(SWT.KeyDown, key);
	}

	/** The node of sweep {@code name}'s group, or null when the tree shows none. */
	static String sweepGroupNode(TreeCanvas canvas, String name) {
		return canvas.getTree().boxes().stream().map(b -> b.node().id()).filter(id -> id.startsWith(GROUP_PREFIX + name + "\u0000"))
				.findFirst().orElse(null);
	}

	/** The ids of the sessions laid out under a sweep group node. */
	static List<String> sweepMembers(TreeCanvas canvas, String groupNode) {
		return canvas.getTree().boxes().stream().filter(b -> groupNode.equals(b.node().parentId())).map(b -> b.node().id()).toList();
	}

	/** The parent node of {@code id} as laid out (a sweep group for a sweep's sessions), or null when not on screen. */
	static String parentNodeOf(TreeCanvas canvas, String id) {
		return canvas.getTree().box(id).map(b -> b.node().parentId()).orElse(null);
	}

	/** The text of a node as laid out, or null when it is not on screen (hidden in a collapsed subtree). */
	static String labelOf(TreeCanvas canvas, String id) {
		return canvas.getTree().box(id).map(b -> b.node().label()).orElse(null);
	}

	/** The node specs laid out. */
	static List<LaidOutTree.Box> boxes(TreeCanvas canvas) {
		return canvas.getTree().boxes();
	}
}
