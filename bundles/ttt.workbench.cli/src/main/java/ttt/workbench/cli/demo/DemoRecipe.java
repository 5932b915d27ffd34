package ttt.workbench.cli.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ttt.workbench.engine.math.BackendSelector;
import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.run.UpdateRecord;
import ttt.workbench.engine.session.EditNote;
import ttt.workbench.engine.session.EngineException;
import ttt.workbench.engine.session.ForkSession;
import ttt.workbench.engine.session.InitBase;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.UpdateStatus;

/**
 * Which sessions, runs and forks make the demo store, and the note each gets. Every step is the engine's own procedure
 * ({@link InitBase}, {@link NewSession}, {@link RunSession}, {@link ForkSession}, {@link EditNote}), so the result is
 * an ordinary store. The settings were found by experiment with the real engine on the base of seed
 * {@value #DEFAULT_SEED} (2000 pretraining steps); a note is written from the figures of the run it describes, so it
 * stays true for another seed, and {@link Result#warnings()} names any phenomenon another seed fails to show.
 *
 * <p>The phenomena: on the same 600-step trajectory (run seed 1, friction μ 0.10), a low learning rate makes online
 * learning help ({@code friction-lo}) and the default one makes it hurt ({@code lo-lr-high}); a fork of
 * {@code friction-lo} starts a new trajectory far below the base ({@code lo-fork-a}, against the fresh root
 * {@code lo-fresh} on the same trajectory); a learning rate far too high lets the gates reject updates for every
 * reason ({@code rollbacks}); and nonlinear friction, which the base never saw in pretraining ({@code nonlinear}).
 */
final class DemoRecipe {

	static final long DEFAULT_SEED = 7;
	static final int PRETRAIN_STEPS = 2000;
	static final int STEPS = 600;

	/** Friction of the linear sessions: low enough that the base predicts it worse than the average friction. */
	static final double MU = 0.10;
	static final double MU_NONLINEAR = 0.12;
	/** A tenth of the default learning rate: small steps that generalise beyond the buffer they were computed on. */
	static final double LR_LOW = 0.0005;
	/**
	 * Far beyond any useful value on purpose: a step this size overflows float32 on some buffers (non-finite), only
	 * blows the loss up on others (loss regression), and with the loss gate opened blows the hidden state up (state
	 * norm); large gradients are refused before any step (grad norm, at the default limit 20).
	 */
	static final double LR_DIVERGING = 7e5;
	/** rollback_tol of the {@code rollbacks} session's second run: no finite loss can regress, so the state gate decides. */
	static final double ROLLBACK_TOL_OPEN = 1e300;

	static final String FRICTION_LO = "friction-lo", LO_LR_HIGH = "lo-lr-high", LO_FORK_A = "lo-fork-a",
			LO_FORK_B = "lo-fork-b", LO_FRESH = "lo-fresh", ROLLBACKS = "rollbacks", NONLINEAR = "nonlinear",
			NL_FORK = "nl-fork";

	static final List<UpdateStatus> ROLLBACK_KINDS = List.of(UpdateStatus.ROLLBACK_LOSS_REGRESSION, UpdateStatus.ROLLBACK_GRAD_NORM,
			UpdateStatus.ROLLBACK_STATE_NORM, UpdateStatus.ROLLBACK_NON_FINITE);

	/** A session of the demo and the note it was given. */
	record Shown(String sessionId, String note) {
	}

	/**
	 * @param warnings the engine's warnings, and one sentence for each phenomenon this seed's store does not show (none
	 * for the default seed)
	 */
	record Result(List<Shown> sessions, int runs, List<String> warnings) {
	}

	private final long seed;
	private final Consumer<String> progress;
	private final List<Shown> shown = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private int runs;

	DemoRecipe(long seed, Consumer<String> progress) {
		this.seed = seed;
		this.progress = progress;
	}

	Result make(Path root) throws EngineException, IOException, RunCancelledException {
		progress.accept("pretraining the base (" + PRETRAIN_STEPS + " steps, seed " + seed + ")");
		InitBase.run(root, PretrainConfig.defaults().withSteps(PRETRAIN_STEPS).withSeed(seed), BackendSelector.AUTO,
				(step, total, loss) -> {
				}, () -> false, warnings::add);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			onlineLearning(store);
			persistentLearning(store);
			rollbacks(store);
			nonlinear(store);
		}
		RunDirs.relativise(root);
		return new Result(List.copyOf(shown), runs, List.copyOf(warnings));
	}

	private void onlineLearning(ArtifactStore store) throws EngineException, IOException, RunCancelledException {
		newSession(store, FRICTION_LO, MU, EnvMode.LINEAR, plasticity(LR_LOW));
		RunMetrics helps = run(store, FRICTION_LO, 1).metrics();
		note(store, FRICTION_LO, DemoNotes.helps(helps, LR_LOW));
		expect(DemoNotes.helped(helps), FRICTION_LO + ": online learning does not help with this seed");

		PlasticityConfig defaults = plasticity(StoreFactory.eINSTANCE.createPlasticityConfig().getLr());
		newSession(store, LO_LR_HIGH, MU, EnvMode.LINEAR, defaults);
		RunMetrics hurts = run(store, LO_LR_HIGH, 1).metrics();
		note(store, LO_LR_HIGH, DemoNotes.hurts(hurts, defaults.getLr(), FRICTION_LO));
		expect(DemoNotes.hurt(hurts), LO_LR_HIGH + ": online learning does not hurt with this seed");
	}

	private void persistentLearning(ArtifactStore store) throws EngineException, IOException, RunCancelledException {
		fork(store, FRICTION_LO, LO_FORK_A, true);
		RunMetrics inherited = run(store, LO_FORK_A, 5).metrics();
		fork(store, FRICTION_LO, LO_FORK_B, false);
		RunMetrics reset = run(store, LO_FORK_B, 5).metrics();
		newSession(store, LO_FRESH, MU, EnvMode.LINEAR, plasticity(LR_LOW));
		RunMetrics fresh = run(store, LO_FRESH, 5).metrics();
		note(store, LO_FORK_A, DemoNotes.inherits(inherited, FRICTION_LO, fresh, LO_FRESH));
		note(store, LO_FORK_B, DemoNotes.resetOptimizer(reset, inherited, LO_FORK_A));
		note(store, LO_FRESH, DemoNotes.fresh(fresh, LO_FORK_A));
		expect(inherited.getSessionNoUpdateMseMean() < fresh.getSessionNoUpdateMseMean(),
				LO_FORK_A + ": the fork does not start below the fresh session with this seed");
	}

	private void rollbacks(ArtifactStore store) throws EngineException, IOException, RunCancelledException {
		newSession(store, ROLLBACKS, MU, EnvMode.LINEAR, plasticity(LR_DIVERGING));
		Map<UpdateStatus, Integer> counts = new EnumMap<>(UpdateStatus.class);
		run(store, ROLLBACKS, 1, null, counts);
		run(store, ROLLBACKS, 2, ROLLBACK_TOL_OPEN, counts);
		note(store, ROLLBACKS, DemoNotes.rollbacks(counts, LR_DIVERGING, ROLLBACK_TOL_OPEN));
		for (UpdateStatus kind : ROLLBACK_KINDS) {
			expect(counts.getOrDefault(kind, 0) > 0, ROLLBACKS + ": no " + kind.getLiteral() + " with this seed");
		}
	}

	private void nonlinear(ArtifactStore store) throws EngineException, IOException, RunCancelledException {
		newSession(store, NONLINEAR, MU_NONLINEAR, EnvMode.NONLINEAR, plasticity(LR_LOW));
		RunMetrics first = run(store, NONLINEAR, 4).metrics();
		note(store, NONLINEAR, DemoNotes.nonlinear(first));
		fork(store, NONLINEAR, NL_FORK, true);
		RunMetrics child = run(store, NL_FORK, 6).metrics();
		note(store, NL_FORK, DemoNotes.nonlinearFork(child, NONLINEAR));
	}

	private static PlasticityConfig plasticity(double lr) {
		PlasticityConfig cfg = StoreFactory.eINSTANCE.createPlasticityConfig();
		cfg.setLr(lr);
		return cfg;
	}

	private void newSession(ArtifactStore store, String id, double mu, EnvMode mode, PlasticityConfig cfg)
			throws EngineException, IOException {
		progress.accept("new session " + id);
		NewSession.run(store, new NewSession.Request(id, mu, mode, seed, cfg, null));
	}

	private void fork(ArtifactStore store, String parent, String child, boolean copyOptimizer) throws EngineException, IOException {
		progress.accept("fork " + parent + " -> " + child);
		ForkSession.run(store, new ForkSession.Request(parent, child, copyOptimizer, null, null)).warnings()
				.forEach(w -> warnings.add(child + ": " + w));
	}

	private RunSession.Result run(ArtifactStore store, String id, long runSeed)
			throws EngineException, IOException, RunCancelledException {
		return run(store, id, runSeed, null, new EnumMap<>(UpdateStatus.class));
	}

	/** One run of {@value #STEPS} steps; adds the count of each update status to {@code counts}. */
	private RunSession.Result run(ArtifactStore store, String id, long runSeed, Double rollbackTol, Map<UpdateStatus, Integer> counts)
			throws EngineException, IOException, RunCancelledException {
		progress.accept("run " + id + " (seed " + runSeed + (rollbackTol == null ? "" : ", rollback_tol " + DemoNotes.number(rollbackTol)) + ")");
		RunListener counter = new RunListener() {
			@Override
			public void update(UpdateRecord event) {
				counts.merge(event.status(), 1, Integer::sum);
			}
		};
		RunSession.Request request = new RunSession.Request(id, STEPS, runSeed, null, null, null, rollbackTol, null, null,
				BackendSelector.AUTO);
		runs++;
		RunSession.Result result = RunSession.run(store, request, counter, () -> false);
		result.warnings().forEach(w -> warnings.add(id + ": " + w));
		return result;
	}

	private void note(ArtifactStore store, String id, String note) throws EngineException, IOException {
		EditNote.run(store, id, note);
		shown.add(new Shown(id, note));
	}

	private void expect(boolean shownHere, String otherwise) {
		if (!shownHere) {
			warnings.add(otherwise);
		}
	}
}
