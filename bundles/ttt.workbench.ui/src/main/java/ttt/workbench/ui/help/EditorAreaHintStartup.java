package ttt.workbench.ui.help;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Puts the {@link EditorAreaHint} into every workbench window, the open ones and those opened later. An
 * org.eclipse.ui.startup contribution, so it also works where the bundle is installed into another Eclipse.
 */
public class EditorAreaHintStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				EditorAreaHint.install(window);
			}
			workbench.addWindowListener(new IWindowListener() {
				@Override
				public void windowOpened(IWorkbenchWindow window) {
					EditorAreaHint.install(window);
				}

				@Override
				public void windowActivated(IWorkbenchWindow window) {
				}

				@Override
				public void windowDeactivated(IWorkbenchWindow window) {
				}

				@Override
				public void windowClosed(IWorkbenchWindow window) {
				}
			});
		});
	}
}
