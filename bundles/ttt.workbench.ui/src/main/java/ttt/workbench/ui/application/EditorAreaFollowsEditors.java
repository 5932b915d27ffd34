package ttt.workbench.ui.application;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;

import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * The editor area is shown while at least one editor is open, or while the getting-started hint is wanted
 * ({@link WorkbenchPreferences#editorAreaHint()}, on by default: the empty area then holds the hint, never a blank
 * rectangle) and the Compare view does not need the room. With the hint turned off (its "Hide this hint" link, or the preference page) the empty area is hidden and
 * its room goes to the Sessions table (TTT Lineage) or the Update Timeline (TTT Analysis) until a session or an
 * experiment is opened. Installed once per window by
 * {@link WindowAdvisor}; follows perspective switches (each perspective keeps its own editor-area state).
 */
public final class EditorAreaFollowsEditors {

	private final IWorkbenchWindow window;

	private EditorAreaFollowsEditors(IWorkbenchWindow window) {
		this.window = window;
	}

	public static void install(IWorkbenchWindow window) {
		EditorAreaFollowsEditors policy = new EditorAreaFollowsEditors(window);
		window.getPartService().addPartListener(policy.parts);
		window.addPerspectiveListener(policy.perspectives);
		policy.sync(window.getActivePage());
		// the hint's preference changes the answer too: follow it while the window lives
		WorkbenchPreferences.onChange(window.getShell(), () -> policy.later(window.getActivePage()));
	}

	/** Shows or hides {@code page}'s editor area by whether it has editors. */
	public static void sync(IWorkbenchPage page) {
		if (page == null || page.getPerspective() == null) {
			return;
		}
		boolean editors = page.getEditorReferences().length > 0;
		boolean wanted = editors || WorkbenchPreferences.editorAreaHint() && !curvesNeedTheRoom(page);
		if (page.isEditorAreaVisible() != wanted) {
			page.setEditorAreaVisible(wanted);
		}
		if (wanted) {
			EditorAreaShare.fit(page.getWorkbenchWindow(), !editors);
		}
	}

	/** Compare opens by itself above the Sessions table when two sessions are selected: the hint gives it its room. */
	private static final String COMPARE_VIEW = "ttt.workbench.ui.views.compare";

	private static boolean curvesNeedTheRoom(IWorkbenchPage page) {
		var compare = page.findView(COMPARE_VIEW);
		return compare != null && page.isPartVisible(compare); // a background tab (TTT Analysis) takes no room
	}

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			later(ref.getPage());
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			later(ref.getPage());
		}

		@Override
		public void partVisible(IWorkbenchPartReference ref) {
			if (COMPARE_VIEW.equals(ref.getId())) {
				later(ref.getPage());
			}
		}

		@Override
		public void partHidden(IWorkbenchPartReference ref) {
			if (COMPARE_VIEW.equals(ref.getId())) {
				later(ref.getPage());
			}
		}
	};

	private final PerspectiveAdapter perspectives = new PerspectiveAdapter() {
		@Override
		public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
			later(page);
		}

		@Override
		public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
			if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
				later(page); // Reset Perspective re-applies the factory's layout: hidden again, even with editors open
			}
		}
	};

	/** After the part or perspective operation in progress is over: the workbench does not like layout changes within. */
	private void later(IWorkbenchPage page) {
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		window.getShell().getDisplay().asyncExec(() -> {
			if (window.getShell() != null && !window.getShell().isDisposed()) {
				sync(page);
			}
		});
	}
}
