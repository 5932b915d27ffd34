package ttt.workbench.cli;

import java.util.Set;

import ttt.workbench.engine.session.NewSession;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;

/**
 * {@code new_session}: a root session from the base, with the plasticity configuration of the flags. Standard output
 * is the reference's four {@code [session] …} lines.
 */
final class NewSessionCommand implements Command {

	@Override
	public String name() {
		return "new_session";
	}

	@Override
	public String summary() {
		return "create a session from the base model";
	}

	@Override
	public Options options() {
		PlasticityConfig d = StoreFactory.eINSTANCE.createPlasticityConfig();
		return new Options(name()).required("session_id", "id of the new session")
				.decimal("mu", -1.0, "hidden friction; negative draws it uniformly in [0.02, 0.25]")
				.choice("env_mode", "linear", Set.of("linear", "nonlinear"), "friction model").integer("seed", 1337, "random seed")
				.decimal("lr", d.getLr(), "Muon learning rate").decimal("momentum", d.getMomentum(), "Muon momentum")
				.integer("ns_steps", d.getNsSteps(), "Newton-Schulz iterations").integer("chunk", d.getChunk(), "steps between updates")
				.integer("buffer_len", d.getBufferLen(), "transitions replayed per update")
				.decimal("rollback_tol", d.getRollbackTol(), "allowed loss increase before rollback")
				.decimal("grad_norm_max", d.getGradNormMax(), "largest gradient norm accepted")
				.decimal("state_norm_max", d.getStateNormMax(), "largest hidden-state norm accepted")
				.choice("adjust_lr_fn", InitBaseCommand.NONE, InitBaseCommand.ADJUST_LR_FN_CHOICES, "Muon lr adjustment")
				.choice("optimizer", null, Set.of("muon_torch", "muon_fallback"), "Muon variant (default: the store's)");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		PlasticityConfig cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
		cfg.setLr(o.getDouble("lr"));
		cfg.setMomentum(o.getDouble("momentum"));
		cfg.setNsSteps(InitBaseCommand.positive(o, "ns_steps"));
		cfg.setChunk(InitBaseCommand.positive(o, "chunk"));
		cfg.setBufferLen(InitBaseCommand.positive(o, "buffer_len"));
		cfg.setRollbackTol(o.getDouble("rollback_tol"));
		cfg.setGradNormMax(o.getDouble("grad_norm_max"));
		cfg.setStateNormMax(o.getDouble("state_norm_max"));
		cfg.setAdjustLrFn(InitBaseCommand.adjustLrFn(o));
		EnvMode mode = EnvMode.get(o.getString("env_mode"));
		try (var store = StoreAccess.openSummaries(context)) { // the procedure reads the folder of the id it creates
			Session s = NewSession.run(store, new NewSession.Request(o.getString("session_id"), o.getDouble("mu"), mode,
					o.getLong("seed"), cfg, o.getString("optimizer")));
			new ReferenceStdout(context.out()).sessionCreated(s);
			context.err().printf("created session %s (mu %.4f, %s, %s)%n", s.getId(), s.getMu(), s.getEnvMode().getLiteral(),
					s.getOptimizerVariant());
		}
		return 0;
	}
}
