package ttt.workbench.ui.jobs.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.ui.jobs.NewStoreJob;
import ttt.workbench.ui.jobs.dialogs.NewStoreDialog;

/** Session ▸ New Store…: a new store folder with a pretrained base, opened when pretraining is done. */
public class NewStoreHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.newStore";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		NewStoreDialog dialog = new NewStoreDialog(shell, suggestedFolder().toString());
		if (dialog.open() == Window.OK) {
			var o = dialog.outcome();
			new NewStoreJob(o.root(), o.config(), o.backend(), true).schedule();
		}
		return null;
	}

	/** ~/ttt-stores/store-N: the first that does not exist yet. */
	static Path suggestedFolder() {
		Path parent = Path.of(System.getProperty("user.home"), "ttt-stores");
		for (int i = 1;; i++) {
			Path p = parent.resolve("store-" + i);
			if (!Files.exists(p)) {
				return p;
			}
		}
	}
}
