package ttt.workbench.ui.selection;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.services.IServiceLocator;

import ttt.workbench.store.model.Session;

/**
 * How parts ask each other for something without knowing each other's classes: a command run on a given selection
 * (its handler opens and feeds the part that does it), or Eclipse's "Show In" for a part that reveals an element.
 */
public final class SelectionCommands {

	/** Compare the selected sessions (their newest runs) or runs: opens the Compare view on them. */
	public static final String COMPARE = "ttt.workbench.ui.commands.compare";
	/** The Session Tree's part id, for "Show In" (the tree reveals the session and draws its path from the base). */
	public static final String SESSION_TREE = "ttt.workbench.ui.views.sessionTree";

	private SelectionCommands() {
	}

	/**
	 * Runs {@code commandId} with {@code selection} as the current selection (rather than the active part's), e.g.
	 * "Compare with Parent" on the parent and the child. Failures are logged: a menu item must not crash the workbench.
	 */
	public static void execute(IServiceLocator locator, String commandId, ISelection selection) {
		IHandlerService handlers = locator.getService(IHandlerService.class);
		ICommandService commands = locator.getService(ICommandService.class);
		try {
			Command command = commands.getCommand(commandId);
			IEvaluationContext context = handlers.createContextSnapshot(false);
			context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
			handlers.executeCommandInContext(ParameterizedCommand.generateCommand(command, null), null, context);
		} catch (Exception e) {
			ILog.of(SelectionCommands.class).error("Command " + commandId + " failed", e);
		}
	}

	/** Shows {@code session} in the Session Tree if the tree is open (a new or forked session), else does nothing. */
	public static void showInTreeIfOpen(IWorkbenchPage page, Session session) {
		if (page != null && session != null && page.findView(SESSION_TREE) != null) {
			showInTree(page, session);
		}
	}

	/** Shows {@code session} in the Session Tree (opening it if needed) through the tree's "Show In" target. */
	public static void showInTree(IWorkbenchPage page, Session session) {
		if (session == null) {
			return;
		}
		try {
			IViewPart tree = page.showView(SESSION_TREE, null, IWorkbenchPage.VIEW_VISIBLE);
			IShowInTarget target = Adapters.adapt(tree, IShowInTarget.class);
			if (target != null) {
				target.show(new ShowInContext(null, new StructuredSelection(session)));
			}
		} catch (PartInitException e) {
			ILog.of(SelectionCommands.class).error("Cannot open the Session Tree", e);
		}
	}
}
