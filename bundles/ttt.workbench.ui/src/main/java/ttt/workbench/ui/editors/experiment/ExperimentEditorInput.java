package ttt.workbench.ui.editors.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What an Experiment editor shows: the sweep {@code sweepName} of the store at {@code storeRoot}, or (sweep name null)
 * a hand-picked set of sessions ("Compare as Experiment"). Persistable: the workbench reopens it at the next start
 * when the same store is open again.
 */
public record ExperimentEditorInput(Path storeRoot, String sweepName, List<String> sessionIds) implements IEditorInput, IPersistableElement {

	public static final String FACTORY_ID = "ttt.workbench.ui.editors.experiment.inputFactory";

	public ExperimentEditorInput {
		Objects.requireNonNull(storeRoot, "storeRoot");
		storeRoot = storeRoot.toAbsolutePath().normalize();
		sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
		if (sweepName == null && sessionIds.isEmpty()) {
			throw new IllegalArgumentException("an experiment is a sweep or a set of sessions");
		}
	}

	public static ExperimentEditorInput ofSweep(Path storeRoot, String sweepName) {
		return new ExperimentEditorInput(storeRoot, Objects.requireNonNull(sweepName, "sweepName"), List.of());
	}

	public static ExperimentEditorInput ofSessions(Path storeRoot, List<String> sessionIds) {
		return new ExperimentEditorInput(storeRoot, null, sessionIds);
	}

	public boolean isSweep() {
		return sweepName != null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return isSweep() ? sweepName : sessionIds.size() + " sessions";
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return isSweep() ? "Sweep " + sweepName + " of " + storeRoot
				: "Experiment of " + String.join(", ", sessionIds.size() > 8 ? sessionIds.subList(0, 8) : sessionIds)
						+ (sessionIds.size() > 8 ? ", …" : "") + " (" + storeRoot + ")";
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString("store", storeRoot.toString());
		if (isSweep()) {
			memento.putString("sweep", sweepName);
		} else {
			memento.putString("sessions", String.join("\n", sessionIds));
		}
	}

	/** Recreates a saved input (registered in plugin.xml). */
	public static final class Factory implements IElementFactory {
		@Override
		public IAdaptable createElement(IMemento memento) {
			String store = memento.getString("store");
			if (store == null) {
				return null;
			}
			String sweep = memento.getString("sweep");
			String sessions = memento.getString("sessions");
			if (sweep != null) {
				return ofSweep(Path.of(store), sweep);
			}
			return sessions == null || sessions.isBlank() ? null : ofSessions(Path.of(store), List.of(sessions.split("\n")));
		}
	}
}
