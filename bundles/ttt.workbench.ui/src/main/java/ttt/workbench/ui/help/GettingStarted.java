package ttt.workbench.ui.help;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The getting-started guide is a cheat sheet (plugin.xml, {@code cheatsheets/getting-started.xml}) shown by the
 * platform's Cheat Sheets view. It is opened through the platform's own command, so this bundle needs no compile-time
 * dependency on org.eclipse.ui.cheatsheets (the product ships it; an Eclipse without it just logs why nothing opened).
 */
public final class GettingStarted {

	/** The cheat sheet's id (plugin.xml, org.eclipse.ui.cheatsheets.cheatSheetContent). */
	public static final String CHEAT_SHEET_ID = "ttt.workbench.ui.cheatsheets.gettingStarted";
	/** Our command: Help ▸ Getting Started, and the empty editor area's link. */
	public static final String COMMAND = "ttt.workbench.ui.commands.gettingStarted";
	/** The platform's command (org.eclipse.ui.cheatsheets) and its parameter. */
	static final String OPEN_CHEAT_SHEET = "org.eclipse.ui.cheatsheets.openCheatSheet";
	static final String CHEAT_SHEET_PARAMETER = "cheatSheetId";
	/** The platform's Cheat Sheets view, where the guide is shown. */
	public static final String CHEAT_SHEET_VIEW = "org.eclipse.ui.cheatsheets.views.CheatSheetView";

	private GettingStarted() {
	}

	/** Opens the guide in the Cheat Sheets view of the window of {@code services}; failures are logged, never thrown. */
	public static void open(IServiceLocator services) {
		try {
			Command command = services.getService(ICommandService.class).getCommand(OPEN_CHEAT_SHEET);
			if (!command.isDefined()) {
				ILog.of(GettingStarted.class).warn("The getting-started guide needs the bundle org.eclipse.ui.cheatsheets,"
						+ " which is not installed");
				return;
			}
			ParameterizedCommand call = ParameterizedCommand.generateCommand(command,
					Map.of(CHEAT_SHEET_PARAMETER, CHEAT_SHEET_ID));
			services.getService(IHandlerService.class).executeCommand(call, null);
		} catch (Exception e) {
			ILog.of(GettingStarted.class).error("Cannot open the getting-started guide", e);
		}
	}
}
