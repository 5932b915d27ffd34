package ttt.workbench.engine.cli;

import java.util.Set;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.session.InitBase;

/** {@code init_base}: pretrain a base model into an empty store. */
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
		return new Options(name()).integer("pretrain_steps", d.steps(), "optimizer steps of pretraining")
				.integer("pretrain_batch", d.batch(), "sequences per batch").integer("pretrain_seq", d.seqLen(), "steps per sequence")
				.integer("seed", (int) d.seed(), "random seed").choice("env_mode", "linear", Set.of("linear", "nonlinear"), "friction model")
				.integer("u_dim", d.uDim(), "input projection size").integer("n_state", d.nState(), "state size")
				.decimal("lr", m.lr(), "Muon learning rate").decimal("momentum", m.momentum(), "Muon momentum")
				.integer("ns_steps", m.nsSteps(), "Newton-Schulz iterations")
				.choice("adjust_lr_fn", null, Set.of("original", "match_rms_adamw"), "Muon lr adjustment (default none)")
				.choice("backend", "auto", Set.of("auto", "jvm", "nd4j"), "maths backend (auto: by model size)");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		PretrainConfig d = PretrainConfig.defaults();
		MuonSettings m = d.optimizer().withLr(o.getDouble("lr"));
		m = new MuonSettings(m.lr(), m.weightDecay(), o.getDouble("momentum"), m.nesterov(), m.nsA(), m.nsB(), m.nsC(), m.eps(),
				positive(o, "ns_steps"), o.getString("adjust_lr_fn"));
		PretrainConfig cfg = d.withSteps(positive(o, "pretrain_steps")).withBatch(positive(o, "pretrain_batch"))
				.withSeqLen(positive(o, "pretrain_seq")).withSeed(o.getInt("seed"))
				.withDynamics("nonlinear".equals(o.getString("env_mode")) ? Dynamics.NONLINEAR : Dynamics.LINEAR)
				.withSizes(positive(o, "u_dim"), positive(o, "n_state")).withOptimizer(m, d.variant());
		ProgressBar bar = context.progressBar("pretraining", cfg.steps());
		InitBase.Result r = InitBase.run(context.artifactsRoot(), cfg, o.getString("backend"),
				(step, total, loss) -> bar.update(step, String.format("loss %.5g", loss)), () -> false,
				w -> context.err().println("ttt: warning: " + w));
		bar.finish(String.format("loss %.5g", r.finalLoss()));
		context.out().println("base written to " + context.artifactsRoot().resolve("base") + " (signature "
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
