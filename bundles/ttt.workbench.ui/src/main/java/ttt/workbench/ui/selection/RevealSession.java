package ttt.workbench.ui.selection;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Shows a session in the Session Tree through the {@code revealSession} command (plugin.xml), so that parts need not
 * know the tree's classes: the tree selects the session (which publishes it to the workbench selection), unfolds what
 * hides it and scrolls it into view.
 */
public final class RevealSession {

	public static final String COMMAND = "ttt.workbench.ui.commands.revealSession";
	public static final String SESSION_PARAMETER = COMMAND + ".sessionId";
	/** "true": show the Session Tree first when it is closed or hidden; otherwise only an open tree follows. */
	public static final String OPEN_PARAMETER = COMMAND + ".open";

	private RevealSession() {
	}

	/** Runs the command in the window of {@code services} (a part site or a window). Failures are logged, never thrown. */
	public static void inTree(IServiceLocator services, String sessionId, boolean open) {
		try {
			var command = services.getService(ICommandService.class).getCommand(COMMAND);
			ParameterizedCommand call = ParameterizedCommand.generateCommand(command,
					Map.of(SESSION_PARAMETER, sessionId, OPEN_PARAMETER, Boolean.toString(open)));
			services.getService(IHandlerService.class).executeCommand(call, null);
		} catch (Exception e) {
			ILog.of(RevealSession.class).error("Cannot reveal " + sessionId + " in the Session Tree", e);
		}
	}
}
