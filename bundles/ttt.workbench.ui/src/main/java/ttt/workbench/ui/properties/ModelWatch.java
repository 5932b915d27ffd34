package ttt.workbench.ui.properties;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.model.StorePackage;

/**
 * Keeps the Properties view in step with an object it shows: a change of the object (a merged note, a finished run, a
 * summary's details arriving) drops what was listed of its folder and refreshes the view. One adapter per object,
 * added when the object is first shown; the model notifies on the thread that owns it, the UI thread.
 */
final class ModelWatch extends AdapterImpl {

	/** References the persistence code fills on demand (their LoadState says how far). */
	private static final Set<EStructuralFeature> LAZY = Set.of(StorePackage.Literals.SESSION__WEIGHTS,
			StorePackage.Literals.RUN__WEIGHTS, StorePackage.Literals.RUN__PER_STEP, StorePackage.Literals.RUN__TRAJECTORY,
			StorePackage.Literals.BASE__TENSORS);

	private final Display display;
	private final Function<EObject, Path> folder;

	private ModelWatch(Display display, Function<EObject, Path> folder) {
		this.display = display;
		this.folder = folder;
	}

	/** Watches {@code object} (once), its folder given by {@code folder} (null: none). */
	static void watch(EObject object, Display display, Function<EObject, Path> folder) {
		if (object.eAdapters().stream().noneMatch(a -> a instanceof ModelWatch)) {
			object.eAdapters().add(new ModelWatch(display, folder));
		}
	}

	@Override
	public void notifyChanged(Notification n) {
		if (n.isTouch() || !(n.getNotifier() instanceof EObject o)) {
			return;
		}
		Path dir = folder.apply(o);
		if (dir != null && filesMayHaveChanged(n.getFeature())) {
			FolderListing.forget(dir);
		}
		PropertySheets.refreshSoon(display);
	}

	/**
	 * A run landing, a note written, a merge from disk: the folder may hold other files now. Parts loading curves or
	 * weights into the model (load states, lazily loaded references) change nothing on disk.
	 */
	private static boolean filesMayHaveChanged(Object feature) {
		if (!(feature instanceof EStructuralFeature f)) {
			return true;
		}
		return !(f.isTransient() || f.getEType() == StorePackage.Literals.LOAD_STATE || LAZY.contains(f));
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ModelWatch.class;
	}
}
