package ttt.workbench.ui.jobs.dialogs;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * A dialog's own section of the UI bundle's dialog settings (kept in the workspace between starts): the choices a
 * researcher made last time (which are not preferences: the Preferences page holds the defaults) and the dialog's
 * size and place.
 */
public final class DialogMemory {

	private DialogMemory() {
	}

	/** The section {@code name}, made if missing; null outside a running workbench (plain unit tests). */
	public static IDialogSettings section(String name) {
		try {
			IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(DialogMemory.class)).getDialogSettings();
			IDialogSettings section = all.getSection(name);
			return section != null ? section : all.addNewSection(name);
		} catch (RuntimeException | LinkageError e) {
			return null;
		}
	}
}
