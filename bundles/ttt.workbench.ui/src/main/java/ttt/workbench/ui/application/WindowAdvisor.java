package ttt.workbench.ui.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import ttt.workbench.ui.views.compare.CompareFollowsSelection;

/**
 * Window chrome: status line with the progress indicator (background jobs report there), perspective bar. A window
 * opened without saved state (the first start, or a new window) is maximized on its monitor; a window restored from
 * the saved workbench keeps the size and place the user left it in.
 */
public class WindowAdvisor extends WorkbenchWindowAdvisor {

	/** Data key on the shell: true when the window was opened maximized because nothing was saved (tests read it). */
	public static final String OPENED_MAXIMIZED = "ttt.workbench.openedMaximized";

	private boolean restored;

	public WindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		ttt.workbench.ui.store.StoreStatusLine.attach(configurer.getStatusLineManager()); // a store polled for want of watches
		return new MenuBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle("TTT-SSM Workbench");
	}

	@Override
	public void postWindowRestore() throws WorkbenchException {
		restored = true; // the saved bounds and maximized state apply
	}

	@Override
	public void postWindowOpen() {
		var window = getWindowConfigurer().getWindow();
		if (!restored) {
			maximize(window.getShell());
		}
		EditorAreaFollowsEditors.install(window);
		CompareFollowsSelection.install(window);
	}

	/**
	 * Maximized by the desktop's window manager. On a bare X server (Xvfb, as in the tests and on CI) no window manager
	 * answers the request, and a pending maximize leaves GTK's window state confused (moves, and keys posted to the
	 * window, go astray): there the window is given the monitor's client area instead, which looks the same.
	 */
	static void maximize(Shell shell) {
		shell.setData(OPENED_MAXIMIZED, Boolean.TRUE);
		if (onDesktop()) {
			shell.setMaximized(true);
		} else {
			Monitor monitor = shell.getMonitor() != null ? shell.getMonitor() : shell.getDisplay().getPrimaryMonitor();
			shell.setBounds(monitor.getClientArea());
		}
	}

	/** A desktop session (GNOME, KDE, Xfce, a Wayland compositor …) has a window manager that maximizes windows. */
	static boolean onDesktop() {
		for (String variable : new String[] { "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "WAYLAND_DISPLAY" }) {
			String value = System.getenv(variable);
			if (value != null && !value.isBlank()) {
				return true;
			}
		}
		return false;
	}
}
