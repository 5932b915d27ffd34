package ttt.workbench.analysis.live;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sweeps the workbench knows the size and state of, by store and sweep name: the Run Sweep job publishes while it
 * runs, the Session Tree fills in the others from their manifests. {@link #put} is called on the UI thread and
 * listeners are told there (like {@link LiveRuns}).
 */
public final class SweepStates {

	private static final SweepStates INSTANCE = new SweepStates();

	private final Map<String, SweepStatus> states = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private SweepStates() {
	}

	public static SweepStates get() {
		return INSTANCE;
	}

	private static String key(Path store, String name) {
		return store.toAbsolutePath().normalize() + "\u0000" + name;
	}

	public Optional<SweepStatus> of(Path store, String name) {
		return Optional.ofNullable(states.get(key(store, name)));
	}

	/** Call on the UI thread. */
	public void put(Path store, String name, SweepStatus status) {
		if (!status.equals(states.put(key(store, name), status))) {
			listeners.forEach(Runnable::run);
		}
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
