package ttt.workbench.analysis.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.engine.analysis.LearningFigures;

/**
 * The settings and metrics of several sessions side by side: one {@link Row} per setting or metric, one value per
 * compared session, and whether the values differ (so a researcher can hide what is the same). SWT-free.
 */
public final class ComparisonTable {

	/** One setting or metric across the compared sessions; {@code differs} when not all values are equal. */
	public record Row(String name, String tooltip, List<String> values) {
		public boolean differs() {
			return values.stream().distinct().count() > 1;
		}
	}

	private ComparisonTable() {
	}

	public static List<Row> rows(List<SessionFacts> items) {
		List<Row> rows = new ArrayList<>();
		add(rows, items, "parent", "the session it was forked from", SessionFacts::parentText);
		add(rows, items, "lineage depth", "forks between the session and the base (0: a root session)", f -> Integer.toString(f.depth()));
		add(rows, items, "hidden μ", "friction of the environment, hidden from the model", SessionFacts::muText);
		add(rows, items, "env_mode", "linear or nonlinear friction", f -> String.valueOf(f.envMode()));
		add(rows, items, "optimizer", "Muon variant (absent: chosen from the torch version)",
				f -> f.session().getOptimizerVariant() == null ? "from torch version" : f.session().getOptimizerVariant());
		add(rows, items, "lr", "plasticity_cfg.lr", f -> num(plasticity(f, PlasticityConfig::getLr)));
		add(rows, items, "momentum", "plasticity_cfg.momentum", f -> num(plasticity(f, PlasticityConfig::getMomentum)));
		add(rows, items, "nesterov", "plasticity_cfg.nesterov", f -> str(plasticity(f, PlasticityConfig::isNesterov)));
		add(rows, items, "ns_steps", "plasticity_cfg.ns_steps (Newton–Schulz iterations)", f -> str(plasticity(f, PlasticityConfig::getNsSteps)));
		add(rows, items, "weight_decay", "plasticity_cfg.weight_decay", f -> num(plasticity(f, PlasticityConfig::getWeightDecay)));
		add(rows, items, "adjust_lr_fn", "plasticity_cfg.adjust_lr_fn", f -> str(plasticity(f, PlasticityConfig::getAdjustLrFn)));
		add(rows, items, "chunk", "plasticity_cfg.chunk: steps between updates", f -> str(plasticity(f, PlasticityConfig::getChunk)));
		add(rows, items, "buffer_len", "plasticity_cfg.buffer_len: transitions per update", f -> str(plasticity(f, PlasticityConfig::getBufferLen)));
		add(rows, items, "rollback_tol", "plasticity_cfg.rollback_tol", f -> num(plasticity(f, PlasticityConfig::getRollbackTol)));
		add(rows, items, "grad_norm_max", "plasticity_cfg.grad_norm_max", f -> num(plasticity(f, PlasticityConfig::getGradNormMax)));
		add(rows, items, "state_norm_max", "plasticity_cfg.state_norm_max", f -> num(plasticity(f, PlasticityConfig::getStateNormMax)));
		add(rows, items, "runs", "runs of the session", f -> Integer.toString(f.runs()));
		add(rows, items, "commits / attempts", "updates committed / attempted over all runs (update_events.jsonl)",
				f -> f.commits() + " / " + f.attempts());
		add(rows, items, "newest run", "the run whose metrics and curve are compared", f -> f.newestMetrics() == null ? "—" : f.newestMetrics().getRunId());
		add(rows, items, "steps", "steps of the newest run", f -> metric(f, m -> Integer.toString(m.getSteps())));
		add(rows, items, "base MSE (mean)", "base_mse_mean: frozen pretrained weights", f -> metric(f, m -> num(m.getBaseMseMean())));
		add(rows, items, "session start MSE (mean)", "session_no_update_mse_mean: session weights, no updates this run",
				f -> metric(f, m -> num(m.getSessionNoUpdateMseMean())));
		add(rows, items, "adaptive MSE (mean)", "adaptive_mse_mean: session weights with online updates",
				f -> metric(f, m -> num(m.getAdaptiveMseMean())));
		add(rows, items, "adaptive MSE (last 100)", "adaptive_last100_mean", f -> metric(f, m -> num(m.getAdaptiveLast100Mean())));
		add(rows, items, "run commits / attempts", "updates committed / attempted in the newest run",
				f -> metric(f, m -> m.getUpdatesCommitted() + " / " + m.getUpdatesAttempted()));
		add(rows, items, "persistent learning", "base → session start: drop in mean MSE, % of base",
				f -> f.learning() == null ? "—" : LearningFigures.format(f.learning().persistent(), f.learning().persistentPercent()));
		add(rows, items, "online learning", "session start → adaptive: drop in mean MSE, % of session start",
				f -> f.learning() == null ? "—" : f.learning().onlineText());
		add(rows, items, "total learning", "base → adaptive: drop in mean MSE, % of base",
				f -> f.learning() == null ? "—" : LearningFigures.format(f.learning().total(), f.learning().totalPercent()));
		return rows;
	}

	/** Only the rows whose values differ (all rows when {@code onlyDiffering} is false). */
	public static List<Row> filter(List<Row> rows, boolean onlyDiffering) {
		return onlyDiffering ? rows.stream().filter(Row::differs).toList() : rows;
	}

	private static void add(List<Row> rows, List<SessionFacts> items, String name, String tooltip, Function<SessionFacts, String> value) {
		rows.add(new Row(name, tooltip, items.stream().map(value).toList()));
	}

	private static <T> T plasticity(SessionFacts f, Function<PlasticityConfig, T> field) {
		PlasticityConfig p = f.session().getPlasticityConfig();
		return p == null ? null : field.apply(p);
	}

	private static String metric(SessionFacts f, Function<RunMetrics, String> field) {
		return f.newestMetrics() == null ? "—" : field.apply(f.newestMetrics());
	}

	private static String num(Double v) {
		return v == null ? "—" : String.format(Locale.ROOT, "%.6g", v);
	}

	private static String str(Object v) {
		return v == null ? "—" : v.toString();
	}
}
