package ttt.workbench.ui.editors.context;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;

/**
 * What a page of the session editor needs from its editor: the open store, the session, the run in focus, a signal
 * when the model changed, and a way to go to another session. Pages depend on this, not on the editor class, so the
 * editor and its pages do not import each other.
 */
public interface SessionContext {

	/** The open store (the editor closes with it). */
	ArtifactStore store();

	/** The id of the edited session (stable even when the session is deleted from disk). */
	String sessionId();

	/** The session as the model has it now (null when it was deleted from disk). */
	Session session();

	/** The run (and step) the pages show. */
	RunFocus focus();

	/** Called on the UI thread, once per burst of model changes. */
	void addRefreshListener(Runnable listener);

	void removeRefreshListener(Runnable listener);

	/** Opens {@code target}'s editor and shows it in the Session Tree (a breadcrumb link followed). */
	void navigate(Session target);
}
