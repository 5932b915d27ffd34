package ttt.workbench.analysis.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.session.InitBase;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.StoreWriter;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;
import ttt.workbench.sweep.Manifest;
import ttt.workbench.sweep.SweepPoint;

/**
 * Writes a store with one large sweep quickly, for scale tests and {@code ttt bench_experiment}: a real base
 * (pretrained for a few steps) and one real session made by {@code new_session} whose weights every point copies,
 * then {@code points} sessions {@code <name>-NNNN} with the {@code sweep} meta key (env_mode × sampled μ and lr ×
 * seeds), each with {@code runs} runs of {@code steps} steps: {@code per_step.csv}, {@code update_events.json},
 * {@code metrics.json} consistent with them (means, last-100 means, counts), the session's metrics and event log, and
 * the sweep's manifest. The curves are synthetic (smooth, seeded noise; learning that depends on lr and μ), not
 * computed by the model: only their shape and consistency matter here. Files are made with the store's own codecs,
 * each session assembled in the staging folder and renamed into place under the store lock (as
 * {@link ttt.workbench.engine.bench.SyntheticStore} does, without per-file fsync), and {@code index.json} is written
 * at the end: the result opens without problems.
 */
public final class SyntheticSweepStore {

	public record Result(Path root, String name, int points, int runs, double seconds) {
	}

	private SyntheticSweepStore() {
	}

	/**
	 * @param out    a folder that does not exist or is empty
	 * @param name   the sweep's name
	 * @param points sessions to write (a multiple of {@code seeds} makes whole configurations)
	 * @param seeds  seeds per configuration
	 * @param runs   runs per session
	 * @param steps  steps per run; with {@code unequal}, run k of point p has {@code steps + ((p + k) mod 3) · (steps / 2)}
	 *               steps, so members' runs differ in length (for relative alignment)
	 */
	public static Result generate(Path out, String name, int points, int seeds, int runs, int steps, boolean unequal, long seed)
			throws Exception {
		long t0 = System.nanoTime();
		InitBase.run(out, PretrainConfig.defaults().withSteps(10).withSeed(seed), "jvm", null, () -> false, w -> {
		});
		Session template;
		try (ArtifactStore store = ArtifactStore.open(out)) {
			NewSession.run(store, new NewSession.Request("template", 0.1, EnvMode.LINEAR, seed,
					StoreFactory.eINSTANCE.createPlasticityConfig(), null));
			store.refresh();
			template = EcoreUtil.copy(store.model().findSession("template"));
		}
		StoreLayout layout = new StoreLayout(out);
		byte[] weights = Files.readAllBytes(layout.plasticState("template"));
		byte[] optimizer = Files.readAllBytes(layout.sessionDir("template").resolve(StoreLayout.OPTIM_STATE));
		SplittableRandom rng = new SplittableRandom(seed);
		List<Session> all = new ArrayList<>();
		all.add(template);
		ArrayNode manifestPoints = JsonNodeFactory.instance.arrayNode();
		int configs = (points + seeds - 1) / seeds;
		double[] mus = new double[configs], lrs = new double[configs];
		for (int c = 0; c < configs; c++) {
			mus[c] = 0.02 + 0.23 * rng.nextDouble();
			lrs[c] = Math.pow(10, -4 + 2 * rng.nextDouble());
		}
		long created = (long) template.getCreatedAtUnix() + 60;
		int runCount = 0;
		try (StoreLocks.Held lock = new StoreLocks(out).acquire(StoreLocks.STORE, ArtifactStore.LOCK_WAIT)) {
			for (int p = 0; p < points; p++) {
				int c = p / seeds;
				long pointSeed = 1 + p % seeds;
				Map<String, Object> params = new LinkedHashMap<>();
				params.put("mu", mus[c]);
				params.put("env_mode", c % 2 == 0 ? "linear" : "nonlinear");
				params.put("lr", lrs[c]);
				List<Integer> runSteps = new ArrayList<>();
				for (int k = 0; k < runs; k++) {
					runSteps.add(unequal ? steps + ((p + k) % 3) * (steps / 2) : steps);
				}
				String id = String.format("%s-%04d", name, p);
				SweepPoint point = new SweepPoint(name, p, id, params, pointSeed, null, false, runSteps);
				Session s = EcoreUtil.copy(template);
				s.setId(id);
				s.setRootId(id);
				s.setMu(mus[c]);
				s.setEnvMode(c % 2 == 0 ? EnvMode.LINEAR : EnvMode.NONLINEAR);
				s.getPlasticityConfig().setLr(lrs[c]);
				s.setCreatedAtUnix(created + p);
				ObjectNode extra = s.getExtraJson() == null ? JsonNodeFactory.instance.objectNode() : s.getExtraJson().deepCopy();
				extra.set(SweepPoint.META_KEY, point.toJson());
				s.setExtraJson(extra);
				Path dir = Staging.newEntry(out, StoreLocks.STORE, "session");
				Files.createDirectories(dir.resolve(StoreLayout.RUNS_DIR));
				StringBuilder log = new StringBuilder();
				RunMetrics last = null;
				for (int k = 0; k < runs; k++) {
					long runSeed = point.runSeed(k);
					long at = created + p + 1 + k;
					String runId = id + "_" + at + "_seed" + runSeed;
					SplittableRandom r = new SplittableRandom(seed * 1_000_003L + p * 31L + k);
					last = writeRun(dir.resolve(StoreLayout.RUNS_DIR).resolve(runId), id, runId, runSteps.get(k), k, mus[c], lrs[c],
							s.getEnvMode(), runSeed, r, log);
					runCount++;
				}
				s.setLastRunAtUnix((double) (created + p + runs));
				s.setMetrics(last);
				Files.writeString(dir.resolve(StoreLayout.SESSION_META), PythonJsonWriter.pretty(SessionMetaCodec.write(s)));
				Files.writeString(dir.resolve(StoreLayout.METRICS), PythonJsonWriter.pretty(MetricsCodec.write(last)));
				Files.writeString(dir.resolve(StoreLayout.EVENTS_LOG), log.toString());
				Files.write(dir.resolve(StoreLayout.PLASTIC_STATE), weights);
				Files.write(dir.resolve(StoreLayout.OPTIM_STATE), optimizer);
				Files.move(dir, layout.sessionDir(id), StandardCopyOption.ATOMIC_MOVE);
				all.add(s);
				ObjectNode mp = manifestPoints.addObject();
				mp.put("point", p);
				mp.put("session_id", id);
				mp.set("parameters", SweepPoint.parametersJson(params, pointSeed));
				mp.put("state", "done");
			}
			ObjectNode manifest = JsonNodeFactory.instance.objectNode();
			manifest.put("schema_version", 1);
			manifest.put("name", name);
			manifest.put("total", points);
			manifest.put("updated_at_unix", created + points + runs);
			manifest.put("from", "base");
			manifest.set("points", manifestPoints);
			AtomicFiles.writeString(Manifest.file(out, name), PythonJsonWriter.pretty(manifest));
			new StoreWriter(out).writeIndex(all, Map.of());
		}
		return new Result(out, name, points, runCount, (System.nanoTime() - t0) / 1e9);
	}

	private static RunMetrics writeRun(Path dir, String sessionId, String runId, int steps, int k, double mu, double lr, EnvMode mode, long runSeed,
			SplittableRandom r, StringBuilder log) throws IOException {
		Files.createDirectories(dir);
		int[] t = new int[steps];
		double[] base = new double[steps], start = new double[steps], adaptive = new double[steps];
		boolean[] did = new boolean[steps], ok = new boolean[steps];
		double level = 0.04 + 0.2 * mu + (mode == EnvMode.NONLINEAR ? 0.02 : 0);
		double skill = Math.max(0.02, 1 - Math.abs(Math.log10(lr) + 2.7) / 1.5); // best near lr = 2e-3
		double persist = Math.min(0.6, 0.25 * k * skill);
		double gain = 0.35 * skill * (0.8 + 0.4 * r.nextDouble());
		double phase = r.nextDouble() * 6.28;
		List<UpdateEvent> events = new ArrayList<>();
		for (int i = 0; i < steps; i++) {
			t[i] = i;
			base[i] = level * (1 + 0.3 * Math.sin(i / 9.0 + phase)) * (1 + 0.1 * r.nextGaussian() * 0.5);
			start[i] = base[i] * (1 - persist);
			adaptive[i] = start[i] * (1 - gain * (1 - Math.exp(-i / 80.0))) * (1 + 0.02 * r.nextGaussian());
			if (i > 0 && i % 32 == 31) {
				did[i] = true;
				double u = r.nextDouble();
				UpdateStatus status = u < 0.7 + 0.2 * skill ? UpdateStatus.COMMIT
						: u < 0.95 ? UpdateStatus.ROLLBACK_LOSS_REGRESSION : u < 0.98 ? UpdateStatus.ROLLBACK_GRAD_NORM : UpdateStatus.ROLLBACK_STATE_NORM;
				ok[i] = status == UpdateStatus.COMMIT;
				UpdateEvent e = StoreFactory.eINSTANCE.createUpdateEvent();
				e.setT(i);
				e.setStatus(status);
				e.setPreLoss(adaptive[i] * 1.1);
				e.setPostLoss(status == UpdateStatus.ROLLBACK_GRAD_NORM ? null : adaptive[i]);
				e.setGradNorm(status == UpdateStatus.ROLLBACK_GRAD_NORM ? 25 + r.nextDouble() : 5 * r.nextDouble());
				if (status != UpdateStatus.ROLLBACK_GRAD_NORM) {
					e.setPreMaxH(1.0 + r.nextDouble());
					e.setPostMaxH(1.0 + r.nextDouble());
				}
				e.setRunId(runId);
				events.add(e);
			}
		}
		AtomicFiles.writeString(dir.resolve(StoreLayout.RUN_PER_STEP),
				PerStepCsv.format(new PerStepTable(PerStepTable.Format.PHASE1, t, base, start, adaptive, did, ok)));
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		for (UpdateEvent e : events) {
			array.add(UpdateEventCodec.write(e, false));
			log.append(PythonJsonWriter.compact(UpdateEventCodec.write(e, true))).append('\n');
		}
		Files.writeString(dir.resolve(StoreLayout.RUN_EVENTS), PythonJsonWriter.pretty(array));
		RunMetrics m = StoreFactory.eINSTANCE.createRunMetrics();
		m.setRunId(runId);
		m.setSeed(runSeed);
		m.setSteps(steps);
		m.setMu(mu);
		m.setEnvMode(mode);
		m.setBaseMseMean(mean(base, 0));
		m.setSessionNoUpdateMseMean(mean(start, 0));
		m.setAdaptiveMseMean(mean(adaptive, 0));
		int from = Math.max(0, steps - 100);
		m.setBaseMseLast100Mean(mean(base, from));
		m.setSessionNoUpdateLast100Mean(mean(start, from));
		m.setAdaptiveLast100Mean(mean(adaptive, from));
		int committed = (int) events.stream().filter(e -> e.getStatus() == UpdateStatus.COMMIT).count();
		m.setUpdatesAttempted(events.size());
		m.setUpdatesCommitted(committed);
		m.setUpdatesRolledBack(events.size() - committed);
		m.setRunDir("sessions/" + sessionId + "/runs/" + runId);
		Files.writeString(dir.resolve(StoreLayout.METRICS), PythonJsonWriter.pretty(MetricsCodec.write(m)));
		return m;
	}

	private static double mean(double[] v, int from) {
		double s = 0;
		for (int i = from; i < v.length; i++) {
			s += v[i];
		}
		return s / (v.length - from);
	}
}
