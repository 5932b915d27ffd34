package ttt.workbench.ui.properties;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StorePackage;
import ttt.workbench.ui.jobs.ModelLoader;
import ttt.workbench.ui.note.EditNoteHandler;
import ttt.workbench.ui.properties.ItemPropertySource.FeatureEdit;
import ttt.workbench.ui.store.ActiveStore;

/**
 * Adapts the selected base, session or run to the Properties view (registered in plugin.xml for
 * {@code IPropertySource}). The only value the view can change is a session's fork note, through the same undoable
 * operation as Edit Note (F2). A session opened as a summary (large stores) shows what the index holds while its
 * details are read in the background; the view refreshes when they arrive.
 */
public class StorePropertySourceFactory implements IAdapterFactory {

	/** The product owns fork_note (the reference ignores it): editing it in the view writes meta.json like F2. */
	private static final Map<EStructuralFeature, FeatureEdit> EDITS = Map.of(StorePackage.Literals.SESSION__FORK_NOTE,
			(object, value) -> editNote((Session) object, (String) value));

	/** Summaries whose details are being read (UI thread only). */
	private static final Set<Session> LOADING = Collections.newSetFromMap(new WeakHashMap<>());

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptable instanceof Base || adaptable instanceof Session || adaptable instanceof Run)
				|| !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (adaptable instanceof Session s) {
			requestDetails(s, display);
		}
		return adapterType.cast(new StoreObjectProperties((EObject) adaptable, EDITS, display));
	}

	/** A summary's details are read by a job; their arrival notifies the session, which refreshes the view. */
	private static void requestDetails(Session session, Display display) {
		ArtifactStore store = ActiveStore.get().store();
		if (store == null || session.getStore() != store.model() || !LOADING.add(session)) {
			return; // the view asks again on every refresh: one load per session at a time
		}
		Job job = ModelLoader.loadDetails(store, session, display);
		if (job == null) {
			LOADING.remove(session);
		} else {
			job.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					display.asyncExec(() -> LOADING.remove(session));
				}
			});
		}
	}

	private static void editNote(Session session, String note) {
		ArtifactStore store = ActiveStore.get().store();
		if (store == null || session.getStore() != store.model()) {
			return; // a session of a store that is no longer open
		}
		try {
			EditNoteHandler.executeUndoable(store, session.getId(), note);
		} catch (org.eclipse.core.commands.ExecutionException e) {
			org.eclipse.core.runtime.ILog.of(StorePropertySourceFactory.class).error("Cannot change the note of " + session.getId(), e);
		}
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
