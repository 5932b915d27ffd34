package ttt.workbench.ui.editors;

import org.eclipse.core.runtime.IAdapterFactory;

import ttt.workbench.store.model.Session;

/**
 * Adapts a {@link SessionEditor} to the {@link Session} it shows, so other parts (the Update Timeline) follow the active
 * editor through {@code Adapters.adapt(part, Session.class)} without knowing the editor's class. Registered in
 * plugin.xml.
 */
public class SessionEditorAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == Session.class && adaptable instanceof SessionEditor editor && editor.store() != null) {
			return adapterType.cast(editor.session());
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { Session.class };
	}
}
