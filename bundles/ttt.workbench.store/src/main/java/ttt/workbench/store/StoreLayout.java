package ttt.workbench.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where each file of an artifact store lives (SPEC §2), relative to the store's root folder.
 *
 * <p>The only place that spells out file names, so readers, writers and checks cannot disagree about them. It
 * resolves paths and nothing else: whether an id is acceptable is decided by the store's validation, not here.
 */
public record StoreLayout(Path root) {

	public static final String BASE_DIR = "base";
	public static final String BASE_CHECKPOINT = "base_checkpoint.pt";
	public static final String BASE_META = "base_meta.json";
	public static final String SESSIONS_DIR = "sessions";
	public static final String INDEX = "index.json";
	public static final String SESSION_META = "meta.json";
	public static final String PLASTIC_STATE = "plastic_state.pt";
	public static final String OPTIM_STATE = "optim_state.pt";
	public static final String METRICS = "metrics.json";
	public static final String EVENTS_LOG = "update_events.jsonl";
	public static final String RUNS_DIR = "runs";
	public static final String RUN_PER_STEP = "per_step.csv";
	public static final String RUN_EVENTS = "update_events.json";
	public static final String RUN_TRAJECTORY = "trajectory.json";
	public static final String RUN_CURVE_PNG = "mse_curve.png";

	public StoreLayout {
		Objects.requireNonNull(root, "root");
	}

	public Path baseDir() {
		return root.resolve(BASE_DIR);
	}

	public Path baseCheckpoint() {
		return baseDir().resolve(BASE_CHECKPOINT);
	}

	public Path baseMeta() {
		return baseDir().resolve(BASE_META);
	}

	public Path sessionsDir() {
		return root.resolve(SESSIONS_DIR);
	}

	public Path index() {
		return sessionsDir().resolve(INDEX);
	}

	public Path sessionDir(String sessionId) {
		return sessionsDir().resolve(sessionId);
	}

	public Path sessionMeta(String sessionId) {
		return sessionDir(sessionId).resolve(SESSION_META);
	}

	public Path plasticState(String sessionId) {
		return sessionDir(sessionId).resolve(PLASTIC_STATE);
	}

	public Path optimState(String sessionId) {
		return sessionDir(sessionId).resolve(OPTIM_STATE);
	}

	public Path sessionMetrics(String sessionId) {
		return sessionDir(sessionId).resolve(METRICS);
	}

	public Path eventsLog(String sessionId) {
		return sessionDir(sessionId).resolve(EVENTS_LOG);
	}

	public Path runsDir(String sessionId) {
		return sessionDir(sessionId).resolve(RUNS_DIR);
	}

	public Path runDir(String sessionId, String runId) {
		return runsDir(sessionId).resolve(runId);
	}
}
