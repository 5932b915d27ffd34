package ttt.workbench.ui.editors;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Names one session of one artifact store. The editor resolves it against the active store each time it refreshes, so
 * an input survives the store being re-read (the EMF objects are replaced, the ids stay).
 */
public record SessionEditorInput(Path storeRoot, String sessionId) implements IEditorInput {

	public SessionEditorInput {
		Objects.requireNonNull(storeRoot, "storeRoot");
		Objects.requireNonNull(sessionId, "sessionId");
		storeRoot = storeRoot.toAbsolutePath().normalize();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false; // not in the "recent files" list: sessions are reopened from the tree
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return sessionId;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Session " + sessionId + " of " + storeRoot;
	}
}
