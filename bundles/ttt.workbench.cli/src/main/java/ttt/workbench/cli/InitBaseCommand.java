package ttt.workbench.cli;

import java.util.Set;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.session.InitBase;

/**
 * {@code init_base}: pretrain a base model into an empty store. Standard output is the reference's
 * ({@code [pretrain] …} at step 1, every 200th and the last step, then {@code [base] …}); the progress bar and the
 * summary go to standard error.
 */
final class InitBaseCommand implements Command {

	@Override
	public String name() {
		return "init_base";
	}

	@Override
	public String summary() {
		return "pretrain the base model of a new store";
	}

	@Override
	public Options options() {
		PretrainConfig d = PretrainConfig.defaults();
		MuonSettings m = d.optimizer();
		return new Options(name()).integer("pretrain_steps", d.steps(), "optimizer steps of pretraining (0: untrained initial weights)")
				.integer("pretrain_batch", d.batch(), "sequences per batch").integer("pretrain_seq", d.seqLen(), "steps per sequence")
				.integer("seed", (int) d.seed(), "random seed").choice("env_mode", "linear", Set.of("linear", "nonlinear"), "friction model")
				.integer("u_dim", d.uDim(), "input projection size").integer("n_state", d.nState(), "state size")
				.decimal("lr", m.lr(), "Muon learning rate").decimal("momentum", m.momentum(), "Muon momentum")
				.integer("ns_steps", m.nsSteps(), "Newton-Schulz iterations")
				.choice("adjust_lr_fn", NONE, ADJUST_LR_FN_CHOICES, "Muon lr adjustment")
				.choice("optimizer", d.variant().key(), Set.of("muon_torch", "muon_fallback"),
						"Muon variant of pretraining (the reference uses muon_torch on torch >= 2.9, muon_fallback before)")
				.choice("backend", "auto", Set.of("auto", "jvm", "nd4j"), "maths backend (auto: by model size)");
	}

	/** The reference's choices for {@code --adjust_lr_fn}; "none" means no adjustment (stored as null). */
	static final String NONE = "none";
	static final Set<String> ADJUST_LR_FN_CHOICES = Set.of(NONE, "original", "match_rms_adamw");

	static String adjustLrFn(Options o) {
		String v = o.getString("adjust_lr_fn");
		return v == null || v.equals(NONE) ? null : v;
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		PretrainConfig d = PretrainConfig.defaults();
		MuonSettings m = d.optimizer().withLr(o.getDouble("lr"));
		m = new MuonSettings(m.lr(), m.weightDecay(), o.getDouble("momentum"), m.nesterov(), m.nsA(), m.nsB(), m.nsC(), m.eps(),
				positive(o, "ns_steps"), adjustLrFn(o));
		// the reference's loop `for step in range(1, steps + 1)` runs no step for 0 or less: the initial weights are saved
		int steps = Math.max(0, o.getInt("pretrain_steps"));
		PretrainConfig cfg = d.withSteps(steps).withBatch(positive(o, "pretrain_batch"))
				.withSeqLen(positive(o, "pretrain_seq")).withSeed(o.getLong("seed"))
				.withDynamics("nonlinear".equals(o.getString("env_mode")) ? Dynamics.NONLINEAR : Dynamics.LINEAR)
				.withSizes(positive(o, "u_dim"), positive(o, "n_state"))
				.withOptimizer(m, ttt.workbench.engine.optim.OptimizerVariant.fromKey(o.getString("optimizer")));
		ReferenceStdout stdout = new ReferenceStdout(context.out());
		ProgressBar bar = context.progressBar("pretraining", cfg.steps());
		long started = System.nanoTime();
		InitBase.Result r = InitBase.run(context.artifactsRoot(), cfg, o.getString("backend"), (step, total, loss) -> {
			if (ReferenceStdout.reportsPretrainStep(step, total)) {
				double elapsed = (System.nanoTime() - started) / 1e9;
				bar.pause(() -> stdout.pretrainStep(step, total, loss, elapsed));
			}
			bar.update(step, () -> String.format("loss %.5g", loss));
		}, () -> false, w -> context.err().println("ttt: warning: " + w));
		bar.finish(Float.isNaN(r.finalLoss()) ? "untrained" : String.format("loss %.5g", r.finalLoss()));
		stdout.baseSaved(context.artifactsRoot(), r.base().getModelSignature());
		context.err().println("base written to " + context.artifactsRoot().resolve("base") + " (signature "
				+ r.base().getModelSignature().substring(0, 12) + "…, backend " + r.backend() + ")");
		return 0;
	}

	static int positive(Options o, String name) throws UsageException {
		int v = o.getInt(name);
		if (v <= 0) {
			throw new UsageException("argument --" + name + ": must be positive, got " + v);
		}
		return v;
	}
}
