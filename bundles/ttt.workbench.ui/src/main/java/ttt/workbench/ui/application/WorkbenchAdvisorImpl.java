package ttt.workbench.ui.application;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import ttt.workbench.ui.perspectives.LineagePerspective;

/** Opens the Lineage perspective first and remembers the window layout across restarts. */
public class WorkbenchAdvisorImpl extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	/**
	 * {@code -store DIR} on the command line opens that artifact store once the window is up; without it, the store
	 * open when the workbench last closed is reopened (if it still exists).
	 */
	@Override
	public void postStartup() {
		String[] args = org.eclipse.core.runtime.Platform.getApplicationArgs();
		var display = getWorkbenchConfigurer().getWorkbench().getDisplay();
		for (int i = 0; i + 1 < args.length; i++) {
			if ("-store".equals(args[i])) {
				ttt.workbench.ui.store.ActiveStore.get().open(java.nio.file.Path.of(args[i + 1]), display);
				return;
			}
		}
		ttt.workbench.ui.store.RecentStores.list().stream().findFirst().filter(java.nio.file.Files::isDirectory)
				.ifPresent(last -> ttt.workbench.ui.store.ActiveStore.get().open(last, display));
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return LineagePerspective.ID;
	}
}
