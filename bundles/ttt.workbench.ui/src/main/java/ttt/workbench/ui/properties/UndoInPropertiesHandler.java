package ttt.workbench.ui.properties;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.ui.PlatformUI;

/**
 * Edit ▸ Undo / Redo (Ctrl+Z / Ctrl+Y) while the Properties view is the active part: a note just changed there is
 * undone right there, on the workbench's operation history (the same history the Session Tree's Undo uses). The
 * platform's Properties view has no undo handler of its own. Bound in plugin.xml to the PropertySheet part.
 */
public class UndoInPropertiesHandler extends AbstractHandler {

	private final boolean redo;

	public UndoInPropertiesHandler() {
		this(false);
	}

	UndoInPropertiesHandler(boolean redo) {
		this.redo = redo;
	}

	/** The redo variant (plugin.xml names classes, so it gets its own). */
	public static class Redo extends UndoInPropertiesHandler {
		public Redo() {
			super(true);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		if (redo && history.canRedo(context)) {
			history.redo(context, null, null);
		} else if (!redo && history.canUndo(context)) {
			history.undo(context, null, null);
		}
		return null;
	}
}
