package ttt.workbench.ui.properties;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * Tells the open Properties views to read their rows again (a model object changed, a folder was listed, a summary's
 * details arrived). One refresh for a burst of requests.
 */
public final class PropertySheets {

	private static final AtomicBoolean SCHEDULED = new AtomicBoolean();

	private PropertySheets() {
	}

	/** Schedules one refresh of every Properties view on the UI thread; safe from any thread. */
	public static void refreshSoon(Display display) {
		if (display == null || display.isDisposed() || !SCHEDULED.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			SCHEDULED.set(false);
			refreshNow();
		});
	}

	/** Refreshes every Properties view now (UI thread). */
	public static void refreshNow() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IViewReference ref : page.getViewReferences()) {
					if (IPageLayout.ID_PROP_SHEET.equals(ref.getId()) && ref.getView(false) instanceof PropertySheet sheet
							&& sheet.getCurrentPage() instanceof PropertySheetPage properties
							&& properties.getControl() != null && !properties.getControl().isDisposed()) {
						properties.refresh();
					}
				}
			}
		}
	}
}
