package ttt.workbench.ui.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import ttt.workbench.store.StoreLayout;

/**
 * File > Open Store...: choose an artifact store folder (the one holding {@code base/} and {@code sessions/}), or with
 * the parameter {@code path} (File > Open Recent), open that one.
 */
public class OpenStoreHandler extends AbstractHandler {

	public static final String COMMAND_ID = "ttt.workbench.ui.commands.openStore";
	public static final String PATH_PARAMETER = "ttt.workbench.ui.commands.openStore.path";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String given = event.getParameter(PATH_PARAMETER);
		Path root;
		if (given != null) {
			root = Path.of(given);
		} else {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setText("Open Artifact Store");
			dialog.setMessage("Choose the store folder: the one that holds base/ and sessions/");
			if (!RecentStores.list().isEmpty()) {
				dialog.setFilterPath(RecentStores.list().get(0).toString());
			}
			String chosen = dialog.open();
			if (chosen == null) {
				return null;
			}
			root = Path.of(chosen);
		}
		if (!looksLikeStore(root)) {
			if (given != null) {
				RecentStores.forget(root);
			}
			MessageDialog.openError(shell, "Not an artifact store", root + " has neither base/ nor sessions/ nor index.json."
					+ (given != null ? "\nIt was removed from the recent stores." : "\nChoose the folder that holds them."));
			return null;
		}
		ActiveStore.get().open(root, shell.getDisplay());
		return null;
	}

	static boolean looksLikeStore(Path root) {
		return Files.isDirectory(root) && (Files.isDirectory(root.resolve(StoreLayout.BASE_DIR))
				|| Files.isDirectory(root.resolve(StoreLayout.SESSIONS_DIR)) || Files.isRegularFile(root.resolve(StoreLayout.INDEX)));
	}
}
