package ttt.workbench.store.codec;

import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.StoreFactory;

/**
 * {@code metrics.json} of a session (its latest run, or only {@code {"notes": "session created"}} before any run)
 * and of a run folder. Means that are missing read as NaN, so a partial file still shows what it has.
 */
public final class MetricsCodec {

	private static final Set<String> KNOWN = Set.of("run_id", "seed", "steps", "mu", "env_mode", "base_mse_mean",
			"session_no_update_mse_mean", "adaptive_mse_mean", "base_mse_last100_mean", "session_no_update_last100_mean",
			"adaptive_last100_mean", "updates_attempted", "updates_committed", "updates_rolled_back", "run_dir", "notes");

	private MetricsCodec() {
	}

	public static RunMetrics read(JsonNode json, Path file) throws StoreFormatException {
		JsonFields f = JsonFields.of(json, file);
		RunMetrics m = StoreFactory.eINSTANCE.createRunMetrics();
		m.setNotes(f.optionalString("notes"));
		m.setExtraJson(f.unknownKeys(KNOWN));
		m.setRunId(f.optionalString("run_id"));
		if (m.getRunId() == null) {
			setAllMeansNaN(m);
			return m; // a session that has not run yet
		}
		m.setSeed(f.requireLong("seed"));
		m.setSteps(f.requireInt("steps"));
		m.setMu(f.requireDouble("mu"));
		m.setEnvMode(SessionMetaCodec.envMode(f));
		m.setBaseMseMean(f.doubleOrNaN("base_mse_mean"));
		m.setSessionNoUpdateMseMean(f.doubleOrNaN("session_no_update_mse_mean"));
		m.setAdaptiveMseMean(f.doubleOrNaN("adaptive_mse_mean"));
		m.setBaseMseLast100Mean(f.doubleOrNaN("base_mse_last100_mean"));
		m.setSessionNoUpdateLast100Mean(f.doubleOrNaN("session_no_update_last100_mean"));
		m.setAdaptiveLast100Mean(f.doubleOrNaN("adaptive_last100_mean"));
		m.setUpdatesAttempted(f.requireInt("updates_attempted"));
		m.setUpdatesCommitted(f.requireInt("updates_committed"));
		m.setUpdatesRolledBack(f.requireInt("updates_rolled_back"));
		if (m.getUpdatesCommitted() + m.getUpdatesRolledBack() != m.getUpdatesAttempted()) {
			throw f.error("updates_committed (" + m.getUpdatesCommitted() + ") + updates_rolled_back (" + m.getUpdatesRolledBack()
					+ ") must equal updates_attempted (" + m.getUpdatesAttempted() + ")");
		}
		m.setRunDir(f.optionalString("run_dir"));
		return m;
	}

	static void setAllMeansNaN(RunMetrics m) {
		m.setBaseMseMean(Double.NaN);
		m.setSessionNoUpdateMseMean(Double.NaN);
		m.setAdaptiveMseMean(Double.NaN);
		m.setBaseMseLast100Mean(Double.NaN);
		m.setSessionNoUpdateLast100Mean(Double.NaN);
		m.setAdaptiveLast100Mean(Double.NaN);
	}

	/** A session that has not run yet: exactly what the reference writes at creation. */
	public static RunMetrics created() {
		RunMetrics m = StoreFactory.eINSTANCE.createRunMetrics();
		m.setNotes("session created");
		setAllMeansNaN(m);
		return m;
	}

	public static ObjectNode write(RunMetrics m) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (m.getExtraJson() != null) {
			node.setAll(m.getExtraJson().deepCopy());
		}
		if (m.getNotes() != null) {
			node.put("notes", m.getNotes());
		}
		if (m.getRunId() == null) {
			return node;
		}
		node.put("run_id", m.getRunId());
		node.put("seed", m.getSeed());
		node.put("steps", m.getSteps());
		node.put("mu", m.getMu());
		node.put("env_mode", m.getEnvMode().getLiteral());
		node.put("base_mse_mean", m.getBaseMseMean());
		node.put("session_no_update_mse_mean", m.getSessionNoUpdateMseMean());
		node.put("adaptive_mse_mean", m.getAdaptiveMseMean());
		node.put("base_mse_last100_mean", m.getBaseMseLast100Mean());
		node.put("session_no_update_last100_mean", m.getSessionNoUpdateLast100Mean());
		node.put("adaptive_last100_mean", m.getAdaptiveLast100Mean());
		node.put("updates_attempted", m.getUpdatesAttempted());
		node.put("updates_committed", m.getUpdatesCommitted());
		node.put("updates_rolled_back", m.getUpdatesRolledBack());
		if (m.getRunDir() != null) {
			node.put("run_dir", m.getRunDir());
		}
		return node;
	}
}
