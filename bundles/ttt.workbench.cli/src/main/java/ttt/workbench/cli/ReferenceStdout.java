package ttt.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.json.PythonFloats;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;

/**
 * What the reference prints on standard output, line for line (SPEC §4): scripts written against the Python tool
 * parse it ({@code list_sessions | jq}, {@code grep model_signature}), so every command prints exactly these lines
 * there and nothing else; progress, summaries and warnings go to standard error. Paths are printed as the reference
 * joins them: from {@code --artifacts_root} as given, not made absolute. Numbers are formatted as Python does
 * ({@link PythonFloats}).
 */
final class ReferenceStdout {

	/** The keys of the reference's metrics dict, in the order it builds it (it prints it without sorting). */
	static final List<String> METRICS_ORDER = List.of("run_id", "seed", "steps", "mu", "env_mode", "base_mse_mean",
			"session_no_update_mse_mean", "adaptive_mse_mean", "base_mse_last100_mean", "session_no_update_last100_mean",
			"adaptive_last100_mean", "updates_attempted", "updates_committed", "updates_rolled_back", "run_dir");

	/** The reference reports step 1, every 200th and the last step of pretraining. */
	static final int PRETRAIN_REPORT_EVERY = 200;

	private final PrintStream out;

	ReferenceStdout(PrintStream out) {
		this.out = out;
	}

	/** {@code new_session} and {@code fork_session}. */
	void sessionCreated(Session s) {
		out.println("[session] created: " + s.getId());
		out.println("[session] parent: " + (s.getParentId() == null ? "None" : s.getParentId()));
		out.println("[session] root: " + s.getRootId());
		out.println("[session] mu: " + PythonFloats.fixed(s.getMu(), 6) + " env_mode: " + s.getEnvMode().getLiteral());
	}

	static boolean reportsPretrainStep(int step, int steps) {
		return step % PRETRAIN_REPORT_EVERY == 0 || step == 1 || step == steps;
	}

	void pretrainStep(int step, int steps, float loss, double elapsedSeconds) {
		out.println("[pretrain] step=" + step + "/" + steps + " loss=" + PythonFloats.fixed(loss, 6) + " elapsed_s="
				+ PythonFloats.fixed(elapsedSeconds, 1));
	}

	void baseSaved(Path artifactsRoot, String modelSignature) {
		out.println("[base] saved: " + new StoreLayout(artifactsRoot).baseCheckpoint());
		out.println("[base] model_signature: " + modelSignature);
	}

	/** {@code run_session}: the run's id and folder, then its metrics as {@code json.dumps(metrics, indent=2)}. */
	void runFinished(Path artifactsRoot, String sessionId, String runId, RunMetrics metrics) {
		String runDir = new StoreLayout(artifactsRoot).runDir(sessionId, runId).toString();
		out.println("[run] session=" + sessionId + " run_id=" + runId);
		out.println("[run] run_dir=" + runDir);
		out.println("[metrics] " + PythonJsonWriter.prettyInOrder(metricsInReferenceOrder(metrics, runDir)));
	}

	static ObjectNode metricsInReferenceOrder(RunMetrics metrics, String runDir) {
		JsonNode all = MetricsCodec.write(metrics);
		ObjectNode ordered = JsonNodeFactory.instance.objectNode();
		for (String key : METRICS_ORDER) {
			ordered.set(key, key.equals("run_dir") ? JsonNodeFactory.instance.textNode(runDir) : all.get(key));
		}
		return ordered;
	}

	/** {@code list_sessions} and {@code show_session}: {@code json.dumps(value, indent=2, sort_keys=True)}. */
	void json(JsonNode value) {
		out.println(PythonJsonWriter.pretty(value));
	}
}
