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
	 * Maximized, and also given the monitor's whole client area: a display without a window manager (Xvfb) ignores
	 * the maximize request, the bounds still make the first screen use the whole screen.
	 */
	static void maximize(Shell shell) {
		Monitor monitor = shell.getMonitor() != null ? shell.getMonitor() : shell.getDisplay().getPrimaryMonitor();
		Rectangle area = monitor.getClientArea();
		shell.setBounds(area);
		shell.setMaximized(true);
		shell.setData(OPENED_MAXIMIZED, Boolean.TRUE);
	}
}
