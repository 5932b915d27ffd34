package ttt.workbench.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import ttt.workbench.engine.env.Actions;
import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.math.JvmBackend;
import ttt.workbench.engine.math.Nd4jBackend;
import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.Decay;
import ttt.workbench.engine.optim.Muon;
import ttt.workbench.engine.optim.MuonSettings;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.engine.run.Plasticity;
import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.run.Pretrainer;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.run.RunInput;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.run.SessionRunner;
import ttt.workbench.engine.session.InitBase;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.StoreFactory;

/**
 * The figures of the engine issue, measured in this process after warm-up (so they exclude JVM start-up; the
 * {@code ./workbench bench} wrapper times whole command-line processes separately). Each figure is the median of
 * several repetitions; the reference's figures (Debian torch 1.13 on this machine kind) are printed beside them.
 */
public final class Benchmarks {

	static final double REF_MS_PER_STEP = 0.50;
	static final double REF_PRETRAIN_STEPS_PER_S = 132;

	private final PrintStream out;
	private final boolean quick;

	public Benchmarks(PrintStream out, boolean quick) {
		this.out = out;
		this.quick = quick;
	}

	public void runAll() throws Exception {
		out.println("| what | backend | size | figure | reference | ratio |");
		out.println("|---|---|---|---|---|---|");
		for (String backend : new String[] { "jvm", "nd4j" }) {
			runStep(backend, 16, 32, 600);
			runStep(backend, 16, 32, 20_000);
		}
		for (String backend : new String[] { "jvm", "nd4j" }) {
			runStep(backend, 128, 1024, 600);
		}
		for (String backend : new String[] { "jvm", "nd4j" }) {
			pretrain(backend, 16, 32, quick ? 200 : 1000);
		}
		for (String backend : new String[] { "jvm", "nd4j" }) {
			pretrain(backend, 128, 1024, quick ? 5 : 20);
		}
		memory();
	}

	private SsmBackend backend(String name) {
		return name.equals("nd4j") ? new Nd4jBackend() : new JvmBackend();
	}

	/** Per-step cost of a run (three passes and the updates), in process, warm. */
	private void runStep(String backendName, int uDim, int nState, int steps) throws RunCancelledException {
		SsmBackend backend = backend(backendName);
		Supplier<RunInput> input = () -> input(uDim, nState, steps);
		SessionRunner runner = new SessionRunner(backend);
		runner.run(input.get(), RunListener.NONE, () -> false); // warm-up (JIT, ND4J workspaces)
		int reps = quick || steps > 5000 || uDim > 16 ? 3 : 7;
		double[] msPerStep = new double[reps];
		for (int r = 0; r < reps; r++) {
			RunInput in = input.get();
			long t0 = System.nanoTime();
			runner.run(in, RunListener.NONE, () -> false);
			msPerStep[r] = (System.nanoTime() - t0) / 1e6 / steps;
		}
		double median = median(msPerStep);
		if (uDim == 16 && nState == 32) {
			out.printf("| run_session per step, %d steps | %s | u%d/n%d | %.4f ms | %.2f ms | 1/%.0f |%n", steps, backendName, uDim,
					nState, median, REF_MS_PER_STEP, REF_MS_PER_STEP / median);
		} else {
			out.printf("| run_session per step, %d steps | %s | u%d/n%d | %.4f ms | (measured at u16/n32 only) | |%n", steps,
					backendName, uDim, nState, median);
		}
	}

	private static RunInput input(int uDim, int nState, int steps) {
		Pretrainer.Init init = Pretrainer.initialise(PretrainConfig.defaults().withSizes(uDim, nState).withSeed(42));
		Weights base = init.weights();
		float[] decay = Decay.compute(init.aRaw(), 1.0);
		Muon optimizer = Muon.fresh(OptimizerVariant.MUON_TORCH, MuonSettings.defaults());
		return new RunInput(base, base.copy(), decay, optimizer, Plasticity.defaults(), 0.12, Dynamics.LINEAR,
				Actions.gaussian(7, steps, 2));
	}

	private void pretrain(String backendName, int uDim, int nState, int steps) throws RunCancelledException {
		Pretrainer pretrainer = new Pretrainer(backend(backendName));
		PretrainConfig cfg = PretrainConfig.defaults().withSizes(uDim, nState);
		pretrainer.pretrain(cfg.withSteps(Math.max(2, steps / 5)), null, () -> false); // warm-up
		double[] rates = new double[3];
		for (int r = 0; r < rates.length; r++) {
			long t0 = System.nanoTime();
			pretrainer.pretrain(cfg.withSteps(steps), null, () -> false);
			rates[r] = steps / ((System.nanoTime() - t0) / 1e9);
		}
		double median = median(rates);
		if (uDim == 16 && nState == 32) {
			out.printf("| pretraining (batch 32 × 32 steps) | %s | u%d/n%d | %.0f steps/s | %.0f steps/s | %.1f× |%n", backendName, uDim,
					nState, median, REF_PRETRAIN_STEPS_PER_S, median / REF_PRETRAIN_STEPS_PER_S);
		} else {
			out.printf("| pretraining (batch 32 × 32 steps) | %s | u%d/n%d | %.1f steps/s | (measured at u16/n32 only) | |%n",
					backendName, uDim, nState, median);
		}
	}

	/** Live heap after a whole run_session (files included) of 600 and of 20,000 steps: flat means no growth per step. */
	private void memory() throws Exception {
		Path dir = Files.createTempDirectory("ttt-bench");
		try {
			InitBase.run(dir, PretrainConfig.defaults().withSteps(5), "jvm", null, () -> false, w -> {
			});
			try (ArtifactStore store = ArtifactStore.open(dir)) {
				NewSession.run(store, new NewSession.Request("bench", 0.12, EnvMode.LINEAR, 1,
						StoreFactory.eINSTANCE.createPlasticityConfig(), null));
				for (int steps : new int[] { 600, 20_000 }) {
					long before = liveHeap();
					PeakTracker peak = new PeakTracker();
					RunSession.run(store, new RunSession.Request("bench", steps, 3, null, null, null, null, null, null, "jvm"), peak,
							() -> false);
					long after = liveHeap();
					out.printf("| live heap after run_session, %d steps | jvm | u16/n32 | %.1f MB (%+.1f MB; peak during the run %.1f MB) | | |%n",
							steps, after / 1e6, (after - before) / 1e6, peak.peak / 1e6);
				}
			}
		} finally {
			ttt.workbench.store.files.FileTrees.delete(dir);
		}
	}

	/** Samples the used heap while a run goes, to show it stays bounded. */
	private static final class PeakTracker implements RunListener {
		long peak;

		@Override
		public void progress(int done, int total) {
			if (done % 500 == 0) {
				peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
			}
		}
	}

	private static long liveHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		return v[v.length / 2];
	}

	public static void main(String[] args) throws Exception {
		new Benchmarks(System.out, Arrays.asList(args).contains("--quick")).runAll();
	}
}
