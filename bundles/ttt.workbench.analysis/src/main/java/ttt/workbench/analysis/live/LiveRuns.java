package ttt.workbench.analysis.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs in progress in this workbench, by session id, for charts that fill in live. The run job publishes snapshots
 * ({@link #publish}); listeners are called on the UI thread with each new snapshot (the job throttles how often).
 */
public final class LiveRuns {

	private static final LiveRuns INSTANCE = new LiveRuns();

	private final Map<String, LiveRun> running = new ConcurrentHashMap<>();
	private final List<Consumer<LiveRun>> listeners = new CopyOnWriteArrayList<>();

	private LiveRuns() {
	}

	public static LiveRuns get() {
		return INSTANCE;
	}

	/** The run of {@code sessionId} in progress, if any. */
	public Optional<LiveRun> of(String sessionId) {
		return Optional.ofNullable(running.get(sessionId));
	}

	/** Call on the UI thread. A FINISHED or ABANDONED snapshot ends the session's live run after notifying. */
	public void publish(LiveRun snapshot) {
		boolean over = snapshot.state() == LiveRun.State.FINISHED || snapshot.state() == LiveRun.State.ABANDONED;
		if (over) {
			running.remove(snapshot.sessionId());
		} else {
			running.put(snapshot.sessionId(), snapshot);
		}
		listeners.forEach(l -> l.accept(snapshot));
	}

	public void addListener(Consumer<LiveRun> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<LiveRun> listener) {
		listeners.remove(listener);
	}
}
