package ttt.workbench.ui.editors.context;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import ttt.workbench.store.model.Run;

/**
 * The run an editor's pages show (the session's newest by default; the Run History or the Update Timeline change it),
 * and an optional step within it to point at. Pages listen and redraw; all calls on the UI thread.
 */
public final class RunFocus {

	/** What is in focus: a run (null when the session has none) and a step t within it (-1: none). */
	public record Focus(Run run, int step) {
	}

	private final List<Consumer<Focus>> listeners = new CopyOnWriteArrayList<>();
	private Focus focus = new Focus(null, -1);

	public Focus get() {
		return focus;
	}

	public Run run() {
		return focus.run();
	}

	public void set(Run run, int step) {
		Focus next = new Focus(run, step);
		if (Objects.equals(next, focus)) {
			return;
		}
		focus = next;
		listeners.forEach(l -> l.accept(next));
	}

	public void set(Run run) {
		set(run, -1);
	}

	public void addListener(Consumer<Focus> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Focus> listener) {
		listeners.remove(listener);
	}
}
