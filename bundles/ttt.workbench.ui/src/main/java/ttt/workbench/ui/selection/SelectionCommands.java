package ttt.workbench.ui.selection;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

import ttt.workbench.store.model.Session;

/**
 * How parts ask each other for something without knowing each other's classes: a command run on a given selection
 * (its handler opens and feeds the part that does it); revealing a session goes through the tree's own command
 * ({@link RevealSession}).
 */
public final class SelectionCommands {

	/** Compare the selected sessions (their newest runs) or runs: opens the Compare view on them. */
	public static final String COMPARE = "ttt.workbench.ui.commands.compare";

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
		if (page != null && session != null) {
			RevealSession.inTree(page.getWorkbenchWindow(), session.getId(), false);
		}
	}

	/** Shows {@code session} in the Session Tree, opening it if needed (the tree's reveal command). */
	public static void showInTree(IWorkbenchPage page, Session session) {
		if (page != null && session != null) {
			RevealSession.inTree(page.getWorkbenchWindow(), session.getId(), true);
		}
	}
}
