package ttt.workbench.ui.editors;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * Names one session of one artifact store. The editor resolves it against the active store each time it refreshes, so
 * an input survives the store being re-read (the EMF objects are replaced, the ids stay). Persistable: the workbench
 * saves open session editors when it closes and reopens them at the next start ({@link Factory}); the editor then
 * waits for the store to open.
 */
public record SessionEditorInput(Path storeRoot, String sessionId) implements IEditorInput, IPersistableElement {

	public static final String FACTORY_ID = "ttt.workbench.ui.editors.sessionInputFactory";
	private static final String STORE = "store";
	private static final String SESSION = "session";

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
		return this;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(STORE, storeRoot.toString());
		memento.putString(SESSION, sessionId);
	}

	@Override
	public String getToolTipText() {
		return "Session " + sessionId + " of " + storeRoot;
	}

	/** Recreates a saved input (registered in plugin.xml under {@link #FACTORY_ID}); null for an incomplete memento. */
	public static final class Factory implements IElementFactory {
		@Override
		public IAdaptable createElement(IMemento memento) {
			String store = memento.getString(STORE);
			String session = memento.getString(SESSION);
			if (store == null || store.isBlank() || session == null || session.isBlank()) {
				return null;
			}
			return new SessionEditorInput(Path.of(store), session);
		}
	}
}
