package ttt.workbench.ui.jobs.dialogs;

import java.util.Optional;
import java.util.function.Predicate;

import ttt.workbench.engine.session.NewSession;
import ttt.workbench.store.SessionIds;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.StoreFactory;

/**
 * What the New Session dialog's fields say. Defaults are the command line's {@code new_session}: μ drawn from the
 * seed (blank), linear friction, seed 1337, and the plasticity defaults of the model (lr 0.005, momentum 0.95,
 * chunk and buffer length of {@link PlasticityConfig}).
 *
 * @param mu blank: drawn uniformly in [0.02, 0.25] from the seed, as the reference does
 */
public record NewSessionForm(String sessionId, String mu, String envMode, String seed, String lr, String momentum, String chunk,
		String bufferLen) {

	public static final long DEFAULT_SEED = 1337;

	public record Outcome(NewSession.Request request, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	public static NewSessionForm defaults() {
		return defaults(DEFAULT_SEED);
	}

	/** The form preset with the researcher's default seed (Window ▸ Preferences ▸ TTT Workbench). */
	public static NewSessionForm defaults(long seed) {
		PlasticityConfig d = StoreFactory.eINSTANCE.createPlasticityConfig();
		return new NewSessionForm("", "", "linear", Long.toString(seed), Double.toString(d.getLr()),
				Double.toString(d.getMomentum()), Integer.toString(d.getChunk()), Integer.toString(d.getBufferLen()));
	}

	/** @param exists whether a session of that id is already in the store */
	public Outcome validate(Predicate<String> exists) {
		try {
			String id = sessionId == null ? "" : sessionId.trim();
			if (id.isEmpty()) {
				throw new Fields.Invalid("Enter an id for the new session");
			}
			Optional<String> problem = SessionIds.problem(id);
			if (problem.isPresent()) {
				throw new Fields.Invalid(capitalized(problem.get()));
			}
			if (exists.test(id)) {
				throw new Fields.Invalid("A session \"" + id + "\" already exists in this store");
			}
			double m = -1;
			if (!Fields.blank(mu)) {
				m = Fields.finite("μ", mu);
				if (m < 0) {
					throw new Fields.Invalid("μ (friction) must be 0 or more, not " + mu.trim() + "; leave it blank to draw it from the seed");
				}
			}
			EnvMode mode = EnvMode.get(envMode);
			if (mode == null) {
				throw new Fields.Invalid("Friction model must be linear or nonlinear");
			}
			long s = Fields.longValue("Seed", seed);
			PlasticityConfig cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
			cfg.setLr(Fields.positive("Learning rate", lr));
			double mom = Fields.finite("Momentum", momentum);
			if (mom < 0 || mom >= 1) {
				throw new Fields.Invalid("Momentum must be in [0, 1), not " + momentum.trim());
			}
			cfg.setMomentum(mom);
			cfg.setChunk(Fields.positiveInt("Chunk", chunk));
			cfg.setBufferLen(Fields.positiveInt("Buffer length", bufferLen));
			return new Outcome(new NewSession.Request(id, m, mode, s, cfg, null), null);
		} catch (Fields.Invalid e) {
			return new Outcome(null, e.getMessage());
		}
	}

	private static String capitalized(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
