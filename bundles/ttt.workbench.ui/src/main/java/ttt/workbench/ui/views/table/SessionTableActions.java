package ttt.workbench.ui.views.table;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.selection.SelectionCommands;

/**
 * The Sessions view's actions, in its toolbar and context menu: open, fork, compare with the parent or the selected
 * sessions, show the lineage in the Session Tree, copy (Ctrl+C) and export the rows as CSV. Enabled by the selection.
 */
final class SessionTableActions {

	/** Defined by the fork dialog; the Fork action is disabled while it is not. */
	static final String FORK_COMMAND = "ttt.workbench.ui.commands.forkSession";

	private final IViewSite site;
	private final SessionTable table;
	/** Selects a session's row in the view (clearing a filter that hides it). */
	private final Consumer<Session> selectInView;

	private final Action forkAction;
	private final Action compareParentAction;
	private final Action compareSelectedAction;
	private final Action lineageAction;
	private final Action openAction;
	private final Action exportAction;
	private final Action copyAction;

	SessionTableActions(IViewSite site, SessionTable table, Consumer<Session> selectInView) {
		this.site = site;
		this.table = table;
		this.selectInView = selectInView;
		forkAction = action("&Fork...", "Fork the selected session into a new child session (as in the Session Tree)", this::fork);
		compareParentAction = action("Compare with &Parent", "Compare the selected session with its parent, side by side",
				() -> compare(List.of(table.selected().getFirst().getParent(), table.selected().getFirst())));
		compareSelectedAction = action("Compare &Selected", "Compare the selected sessions (curves and settings)",
				() -> compare(table.selected()));
		lineageAction = action("View Full &Lineage", "Select the session in the Session Tree, where its path from the base is drawn",
				() -> revealInTree(table.selected().getFirst()));
		openAction = action("&Open", "Open the session editor (double-click or Enter)", this::openSelected);
		exportAction = action("Export as &CSV...", "Save the rows shown (filtered, in this order) as CSV", this::exportCsv);
		copyAction = action("&Copy\tCtrl+C", "Copy the selected rows (or all rows shown) as tab-separated text", this::copyRows);
		// the same images as the commands they mirror (plugin.xml's commandImages)
		image(forkAction, "icons/etool16/fork.png");
		image(compareParentAction, "icons/view16/compare.png");
		image(compareSelectedAction, "icons/view16/compare.png");
		image(lineageAction, "icons/etool16/reveal_session.png");
		image(openAction, "icons/obj16/session.png");
		image(exportAction, "icons/etool16/export.png");
		copyAction.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		update(List.of());
	}

	private static void image(Action a, String path) {
		ResourceLocator.imageDescriptorFromBundle("ttt.workbench.ui", path).ifPresent(a::setImageDescriptor);
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tooltip);
		return a;
	}

	/** Puts the actions into the view's toolbar and the table's context menu; wires double-click, Enter and Ctrl+C. */
	void contribute(ISelectionProvider selection) {
		IToolBarManager toolbar = site.getActionBars().getToolBarManager();
		for (IAction a : new IAction[] { forkAction, compareParentAction, compareSelectedAction, lineageAction, exportAction }) {
			ActionContributionItem item = new ActionContributionItem(a);
			item.setMode(ActionContributionItem.MODE_FORCE_TEXT); // image and words: these actions have no shortcut to learn them by
			toolbar.add(item);
		}
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		table.forEachViewer(v -> { // both of the table's tables: one menu, the same keys
			v.getTable().setMenu(menu.createContextMenu(v.getTable()));
			v.addOpenListener(e -> openSelected());
			v.getTable().addListener(SWT.KeyDown, e -> {
				if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
					copyRows(); // Ctrl+C as in any table
				}
			});
		});
		site.registerContextMenu(menu, selection);
	}

	private void fillContextMenu(IMenuManager m) {
		m.add(openAction);
		m.add(forkAction);
		m.add(new Separator());
		m.add(compareParentAction);
		m.add(compareSelectedAction);
		m.add(lineageAction);
		m.add(new Separator());
		m.add(copyAction);
		m.add(exportAction);
		m.add(new Separator("additions"));
	}

	void update(List<Session> sessions) {
		boolean one = sessions.size() == 1;
		forkAction.setEnabled(one && forkCommand() != null);
		compareParentAction.setEnabled(one && sessions.getFirst().getParent() != null);
		compareSelectedAction.setEnabled(sessions.size() >= 2);
		lineageAction.setEnabled(one);
		openAction.setEnabled(!sessions.isEmpty());
		exportAction.setEnabled(!table.rows().isEmpty());
		copyAction.setEnabled(!table.rows().isEmpty());
	}

	private Command forkCommand() {
		ICommandService commands = site.getService(ICommandService.class);
		Command c = commands == null ? null : commands.getCommand(FORK_COMMAND);
		return c != null && c.isDefined() ? c : null;
	}

	private void fork() {
		try {
			site.getService(IHandlerService.class).executeCommand(FORK_COMMAND, null);
		} catch (Exception e) {
			ILog.of(getClass()).error("Fork failed", e);
			MessageDialog.openError(site.getShell(), "Fork", "Could not fork: " + e.getMessage());
		}
	}

	/** The Compare command on these sessions (the parent and the child for "Compare with Parent"). */
	private void compare(List<Session> sessions) {
		SelectionCommands.execute(site, SelectionCommands.COMPARE, new StructuredSelection(sessions));
	}

	/** Selects {@code session} in the Session Tree (opening it if needed), which draws the path from the base. */
	void revealInTree(Session session) {
		selectInView.accept(session);
		SelectionCommands.showInTree(site.getPage(), session);
	}

	private void openSelected() {
		for (Session s : table.selected()) {
			try {
				SessionEditors.open(site.getPage(), s);
			} catch (PartInitException e) {
				ILog.of(getClass()).error("Cannot open session " + s.getId(), e);
				MessageDialog.openError(site.getShell(), "Open Session", "Could not open " + s.getId() + ": " + e.getMessage());
			}
		}
	}

	private void exportCsv() {
		FileDialog dialog = new FileDialog(site.getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName("sessions.csv");
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			SessionTable.csv(table.rows()).write(Path.of(chosen));
		} catch (Exception e) {
			ILog.of(getClass()).error("Export to " + chosen + " failed", e);
			MessageDialog.openError(site.getShell(), "Export failed", "Could not write " + chosen + ":\n" + e.getMessage());
		}
	}

	private void copyRows() {
		List<Session> sel = table.selected();
		List<SessionFacts> which = sel.isEmpty() ? table.rows() : sel.stream().map(table::factsOf).toList();
		Exports.copy(table.table(), SessionTable.csv(which).toTsv());
	}
}
