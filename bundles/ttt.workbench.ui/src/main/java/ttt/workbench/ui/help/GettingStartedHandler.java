package ttt.workbench.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help ▸ Getting Started: opens the getting-started cheat sheet. */
public class GettingStartedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		GettingStarted.open(HandlerUtil.getActiveWorkbenchWindowChecked(event));
		return null;
	}
}
