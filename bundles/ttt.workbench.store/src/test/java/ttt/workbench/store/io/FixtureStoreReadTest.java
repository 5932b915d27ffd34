package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ttt.workbench.store.io.BadInputSupport.describe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.PythonInterop;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;
import ttt.workbench.store.model.Tensor;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.store.model.UpdateEvent;

/**
 * The real fixture stores, read in place and unchanged, against numbers Python computes on its own from the same
 * files ({@code json}, {@code csv}, {@code gzip}, {@code hashlib}, {@code torch.load}): the tree, runs, metrics, event
 * attribution, per-step curves, the trajectory and every tensor. Sums are compared as {@code float.hex()}, so "equal"
 * means bit-identical; sums are plain left-to-right loops on both sides.
 */
class FixtureStoreReadTest {

	/** Reads a store the way the reference's files say it is; prints one JSON object. Store root on stdin. */
	private static final String ORACLE = """
			import csv, gzip, hashlib, json, os, re, sys
			import torch

			root = sys.stdin.read().strip()
			RUN_ID = re.compile(r'^(.+)_([0-9]+)_seed(-?[0-9]+)(?:_[0-9]+)?$')

			def fsum(values):
			    s = 0.0
			    for v in values:
			        s += v
			    return s

			def hexsum(values):
			    return fsum(values).hex()

			def tensors(d):
			    return [{'name': k, 'shape': list(v.shape), 'sum': hexsum(float(x) for x in v.flatten().tolist())}
			            for k, v in d.items()]

			def hexed(m):
			    return {k: (v.hex() if isinstance(v, float) else v) for k, v in m.items()}

			out = {'base': None, 'sessions': {}}
			base_meta = os.path.join(root, 'base', 'base_meta.json')
			if os.path.exists(base_meta):
			    meta = json.load(open(base_meta))
			    ckpt = os.path.join(root, 'base', 'base_checkpoint.pt')
			    h = hashlib.sha256(open(ckpt, 'rb').read()).hexdigest()
			    sig = hashlib.sha256((json.dumps(meta['model_cfg'], sort_keys=True) + h).encode('utf-8')).hexdigest()
			    out['base'] = {'hash': h, 'recorded_hash': meta['base_ckpt_hash'], 'signature': sig,
			                   'recorded_signature': meta['model_signature'], 'torch_version': meta['torch_version'],
			                   'created': meta['created_at_unix'], 'cfg': meta['model_cfg'],
			                   'tensors': tensors(torch.load(ckpt)['model_state'])}

			sessions_dir = os.path.join(root, 'sessions')
			metas = {}
			for name in sorted(os.listdir(sessions_dir)):
			    if os.path.isdir(os.path.join(sessions_dir, name)):
			        metas[name] = json.load(open(os.path.join(sessions_dir, name, 'meta.json')))

			def depth(sid):
			    d, p = 0, metas[sid]['parent_session_id']
			    while p is not None:
			        d, p = d + 1, metas[p]['parent_session_id']
			    return d

			def root_of(sid):
			    while metas[sid]['parent_session_id'] is not None:
			        sid = metas[sid]['parent_session_id']
			    return sid

			for sid, meta in metas.items():
			    d = os.path.join(sessions_dir, sid)
			    smetrics = json.load(open(os.path.join(d, 'metrics.json')))
			    log = os.path.join(d, 'update_events.jsonl')
			    lines = [json.loads(l) for l in open(log)] if os.path.exists(log) else []
			    runs_dir = os.path.join(d, 'runs')
			    run_ids = sorted(os.listdir(runs_dir), key=lambda r: (int(RUN_ID.match(r).group(2)), r)) if os.path.isdir(runs_dir) else []
			    runs, pos = [], 0
			    for r in run_ids:
			        rdir = os.path.join(runs_dir, r)
			        own = json.load(open(os.path.join(rdir, 'update_events.json')))
			        mine = lines[pos:pos + len(own)]   # the reference's lines carry no run_id: attribute by order
			        pos += len(own)
			        assert [dict(e) for e in own] == [{k: v for k, v in e.items() if k != 'run_id'} for e in mine]
			        rows = list(csv.DictReader(open(os.path.join(rdir, 'per_step.csv'), newline='')))
			        col = lambda c: [float(x[c]) for x in rows]
			        n = len(rows)
			        run = {'id': r, 'seed': int(RUN_ID.match(r).group(3)), 'created': int(RUN_ID.match(r).group(2)), 'steps': n,
			               'statuses': [e['status'] for e in mine], 't': [e['t'] for e in mine],
			               'base_sum': hexsum(col('base_mse')), 'start_sum': hexsum(col('session_no_update_mse')),
			               'adaptive_sum': hexsum(col('adaptive_mse')),
			               'did_update': sum(int(x['did_update']) for x in rows), 'update_ok': sum(int(x['update_ok']) for x in rows),
			               'csv_means': {'base_mse_mean': (fsum(col('base_mse')) / n).hex(),
			                             'session_no_update_mse_mean': (fsum(col('session_no_update_mse')) / n).hex(),
			                             'adaptive_mse_mean': (fsum(col('adaptive_mse')) / n).hex(),
			                             'base_mse_last100_mean': (fsum(col('base_mse')[-100:]) / min(100, n)).hex(),
			                             'session_no_update_last100_mean': (fsum(col('session_no_update_mse')[-100:]) / min(100, n)).hex(),
			                             'adaptive_last100_mean': (fsum(col('adaptive_mse')[-100:]) / min(100, n)).hex()},
			               'metrics': hexed(smetrics) if smetrics.get('run_id') == r else None,
			               'has_weights': os.path.exists(os.path.join(rdir, 'plastic_state.pt'))}
			        traj = os.path.join(rdir, 'trajectory.json.gz')
			        if os.path.exists(traj):
			            steps = json.load(gzip.open(traj))
			            run['trajectory'] = {'n': len(steps), 't': [s['t'] for s in steps] == list(range(len(steps))),
			                                 'x_sum': hexsum(s['x'] for s in steps), 'y_sum': hexsum(s['y'] for s in steps),
			                                 'vx_sum': hexsum(s['vx'] for s in steps), 'ay_sum': hexsum(s['ay'] for s in steps)}
			        runs.append(run)
			    out['sessions'][sid] = {
			        'parent': meta['parent_session_id'], 'root': meta['root_session_id'], 'computed_root': root_of(sid),
			        'children': sorted(k for k, m in metas.items() if m['parent_session_id'] == sid), 'depth': depth(sid),
			        'mu': meta['mu'].hex(), 'env_mode': meta['env_mode'], 'created': meta['created_at_unix'],
			        'last_run': meta['last_run_at_unix'], 'signature': meta['model_signature'], 'hash': meta['base_ckpt_hash'],
			        'ns_steps': meta['plasticity_cfg']['ns_steps'], 'lr': meta['plasticity_cfg']['lr'].hex(),
			        'metrics_run_id': smetrics.get('run_id'), 'notes': smetrics.get('notes'),
			        'statuses': [e['status'] for e in lines], 't': [e['t'] for e in lines],
			        'pre_loss_sum': hexsum(e['pre_loss'] for e in lines), 'unattributed': len(lines) - pos, 'runs': runs,
			        'weights': tensors(torch.load(os.path.join(d, 'plastic_state.pt')))}
			print(json.dumps(out))
			""";

	private static final List<String> MEANS = List.of("base_mse_mean", "session_no_update_mse_mean", "adaptive_mse_mean",
			"base_mse_last100_mean", "session_no_update_last100_mean", "adaptive_last100_mean");

	// --- the three stores -------------------------------------------------------------------------------------

	@Test
	void torch291StoreReadsWithoutProblemsAndMatchesPython() throws IOException {
		Path root = Fixtures.torch291Store();
		Store store = readEverything(root);

		assertEquals(List.of(), problems(store), "the torch 2.9.1 store is clean");
		// plain facts, so that an empty oracle cannot make the comparison pass
		assertEquals(List.of("s1", "s1b"), store.getSessions().stream().map(Session::getId).toList());
		Session s1 = store.findSession("s1");
		Session s1b = store.findSession("s1b");
		assertSame(s1, s1b.getParent());
		assertEquals(List.of(s1b), List.copyOf(s1.getChildren()));
		assertEquals(List.of(s1), List.copyOf(store.getRootSessions()));
		assertEquals(1, s1b.getDepth());
		assertEquals(1, s1.getRuns().size());
		Run run = s1.getRuns().get(0);
		assertEquals("s1_1768677462_seed2", run.getId());
		assertEquals(96, run.getSteps());
		assertEquals(2, run.getSeed());
		assertEquals(List.of("commit", "rollback_grad_norm", "rollback_grad_norm"), statuses(run.getEvents()));
		assertEquals(96, run.getPerStep().getLength());
		assertEquals(LoadState.MISSING, run.getTrajectoryState(), "the reference writes no trajectory");
		assertEquals(LoadState.MISSING, run.getWeightsState(), "the reference keeps no per-run weights");

		compareWithPython(root, store);
	}

	@Test
	void case1StoreBeforeReadsWithoutProblemsAndMatchesPython() throws IOException {
		Path root = Fixtures.case1().resolve("store_before");
		Store store = readEverything(root);

		assertEquals(List.of(), problems(store), "store_before is clean");
		assertEquals(List.of("case1"), store.getSessions().stream().map(Session::getId).toList());
		Session s = store.findSession("case1");
		assertTrue(s.getRuns().isEmpty());
		assertTrue(s.getEvents().isEmpty());
		assertEquals("session created", s.getMetrics().getNotes());
		assertNull(s.getMetrics().getRunId());
		assertNull(s.getLastRunAtUnix());
		assertEquals("1.13.0a0", store.getBase().getTorchVersion());

		compareWithPython(root, store);
	}

	/**
	 * {@code store_after} holds only {@code sessions/} (what the reference wrote during the run; the base is in
	 * {@code store_before}). Decision: it reads with exactly one problem, the ERROR that the base is missing, and the
	 * session itself loads completely and problem-free.
	 */
	@Test
	void case1StoreAfterReadsWithOnlyTheMissingBaseErrorAndMatchesPython() throws IOException {
		Path root = Fixtures.case1().resolve("store_after");
		Store store = readEverything(root);

		assertEquals(1, store.getProblems().size(), "exactly one problem expected:\n" + describe(store));
		StoreProblem p = store.getProblems().get(0);
		assertEquals("base/base_meta.json", p.getPath());
		assertEquals(ProblemSeverity.ERROR, p.getSeverity());
		assertTrue(p.getMessage().contains("no base model description"), p.getMessage());
		assertNull(store.getBase());

		assertEquals(List.of("case1"), store.getSessions().stream().map(Session::getId).toList());
		Session s = store.findSession("case1");
		assertEquals(1, s.getRuns().size());
		Run run = s.getRuns().get(0);
		assertEquals("case1_1795287431_seed1", run.getId());
		assertEquals(600, run.getSteps());
		assertEquals(1, run.getSeed());
		assertEquals(18, run.getEvents().size());
		assertEquals(2, run.getEvents().stream().filter(UpdateEvent::isCommitted).count());
		assertEquals(LoadState.LOADED, run.getTrajectoryState());
		assertEquals(600, run.getTrajectory().getT().length);
		// case.json records the run's metrics as the reference printed them
		assertEquals(0.591309551085457, run.getMetrics().getAdaptiveMseMean());
		assertEquals(0.5439405056834221, run.getMetrics().getAdaptiveLast100Mean());
		assertEquals(1.661587051153183, run.getMetrics().getBaseMseLast100Mean());

		compareWithPython(root, store);
	}

	// --- reading ----------------------------------------------------------------------------------------------

	/** Reads {@code root} in place and loads every lazy part, proving nothing under it changed. */
	private static Store readEverything(Path root) {
		return BadInputSupport.readChecked(root, root, store -> {
			LazyLoader loader = new LazyLoader(store);
			if (store.getBase() != null) {
				loader.tensors(store.getBase());
			}
			for (Session s : store.getSessions()) {
				loader.weights(s);
				for (Run r : s.getRuns()) {
					loader.perStep(r);
					loader.trajectory(r);
					loader.weights(r);
				}
			}
		});
	}

	// --- the comparison ---------------------------------------------------------------------------------------

	private static void compareWithPython(Path root, Store store) throws IOException {
		PythonInterop.requireTorch();
		JsonNode expected = new ObjectMapper().readTree(PythonInterop.runOk(ORACLE, root.toAbsolutePath().toString()));

		JsonNode base = expected.get("base");
		if (base.isNull()) {
			assertNull(store.getBase());
		} else {
			compareBase(base, store.getBase());
		}

		List<String> ids = new ArrayList<>();
		expected.get("sessions").fieldNames().forEachRemaining(ids::add);
		assertEquals(ids, store.getSessions().stream().map(Session::getId).sorted().toList(), "session ids");
		for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("sessions").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			compareSession(e.getValue(), store.findSession(e.getKey()), store);
		}
	}

	private static void compareBase(JsonNode py, Base base) {
		assertNotNull(base, "base");
		assertEquals(py.get("recorded_hash").asText(), base.getBaseCkptHash());
		assertEquals(py.get("hash").asText(), base.getBaseCkptHash(), "the checkpoint is the one base_meta.json describes");
		assertEquals(py.get("recorded_signature").asText(), base.getModelSignature());
		assertEquals(py.get("signature").asText(), base.getModelSignature(), "signature from model_cfg + hash (Python)");
		assertEquals(py.get("torch_version").asText(), base.getTorchVersion());
		assertEquals(py.get("created").asDouble(), base.getCreatedAtUnix());
		JsonNode cfg = py.get("cfg");
		assertEquals(cfg.get("obs_dim").asInt(), base.getModelConfig().getObsDim());
		assertEquals(cfg.get("n_state").asInt(), base.getModelConfig().getNState());
		assertEquals(LoadState.LOADED, base.getTensorsState());
		compareTensors(py.get("tensors"), base.getTensors(), "base");
	}

	private static void compareSession(JsonNode py, Session s, Store store) {
		String id = s.getId();
		assertEquals(text(py.get("parent")), s.getParentId(), id + " parent id");
		assertEquals(text(py.get("parent")), s.getParent() == null ? null : s.getParent().getId(), id + " parent link");
		List<String> children = new ArrayList<>();
		py.get("children").forEach(c -> children.add(c.asText()));
		assertEquals(children, s.getChildren().stream().map(Session::getId).sorted().toList(), id + " children");
		assertEquals(py.get("depth").asInt(), s.getDepth(), id + " depth");
		assertEquals(py.get("root").asText(), s.getRootId(), id + " root id");
		assertEquals(py.get("computed_root").asText(), s.getRoot().getId(), id + " root link");
		assertEquals(py.get("mu").asText(), pyHex(s.getMu()), id + " mu");
		assertEquals(py.get("env_mode").asText(), s.getEnvMode().getLiteral(), id + " env_mode");
		assertEquals(py.get("created").asDouble(), s.getCreatedAtUnix(), id + " created_at_unix");
		assertEquals(py.get("last_run").isNull() ? null : py.get("last_run").asDouble(), s.getLastRunAtUnix(), id + " last_run_at_unix");
		assertEquals(py.get("signature").asText(), s.getModelSignature(), id + " model_signature");
		assertEquals(py.get("hash").asText(), s.getBaseCkptHash(), id + " base_ckpt_hash");
		assertEquals(py.get("ns_steps").asInt(), s.getPlasticityConfig().getNsSteps(), id + " ns_steps");
		assertEquals(py.get("lr").asText(), pyHex(s.getPlasticityConfig().getLr()), id + " lr");
		if (store.getBase() != null) {
			assertEquals(store.getBase().getModelSignature(), s.getModelSignature(), id + " matches the base");
		}

		assertNotNull(s.getMetrics(), id + " metrics");
		assertEquals(text(py.get("metrics_run_id")), s.getMetrics().getRunId(), id + " metrics run_id");
		assertEquals(text(py.get("notes")), s.getMetrics().getNotes(), id + " metrics notes");

		assertEquals(strings(py.get("statuses")), statuses(s.getEvents()), id + " event statuses (file order)");
		assertEquals(ints(py.get("t")), s.getEvents().stream().map(UpdateEvent::getT).toList(), id + " event steps");
		assertEquals(py.get("pre_loss_sum").asText(), pyHex(sum(s.getEvents().stream().mapToDouble(UpdateEvent::getPreLoss).toArray())),
				id + " sum of pre_loss");
		assertEquals(py.get("unattributed").asInt(), s.getEvents().stream().filter(e -> e.getRun() == null).count(),
				id + " unattributed events");

		List<String> runIds = new ArrayList<>();
		py.get("runs").forEach(r -> runIds.add(r.get("id").asText()));
		assertEquals(runIds, s.getRuns().stream().map(Run::getId).toList(), id + " runs, oldest first");
		for (JsonNode r : py.get("runs")) {
			compareRun(r, s.findRun(r.get("id").asText()));
		}

		assertEquals(LoadState.LOADED, s.getWeightsState(), id + " weights");
		compareTensors(py.get("weights"), s.getWeights(), id + " plastic_state.pt");
	}

	private static void compareRun(JsonNode py, Run run) {
		String id = run.getId();
		assertEquals(py.get("seed").asLong(), run.getSeed(), id + " seed");
		assertEquals(py.get("steps").asInt(), run.getSteps(), id + " steps");
		assertEquals(py.get("created").asDouble(), run.getCreatedAtUnix(), id + " created (from its id)");
		assertEquals(strings(py.get("statuses")), statuses(run.getEvents()), id + " attributed event statuses");
		assertEquals(ints(py.get("t")), run.getEvents().stream().map(UpdateEvent::getT).toList(), id + " attributed event steps");

		RunMetrics m = run.getMetrics();
		assertNotNull(m, id + " metrics");
		JsonNode pm = py.get("metrics");
		if (!pm.isNull()) {
			assertEquals(false, m.isSynthesized(), id + " has the session's summary");
			assertEquals(pm.get("run_id").asText(), m.getRunId());
			assertEquals(pm.get("seed").asLong(), m.getSeed());
			assertEquals(pm.get("steps").asInt(), m.getSteps());
			assertEquals(pm.get("mu").asText(), pyHex(m.getMu()));
			assertEquals(pm.get("env_mode").asText(), m.getEnvMode().getLiteral());
			assertEquals(pm.get("run_dir").asText(), m.getRunDir());
			assertEquals(pm.get("updates_attempted").asInt(), m.getUpdatesAttempted());
			assertEquals(pm.get("updates_committed").asInt(), m.getUpdatesCommitted());
			assertEquals(pm.get("updates_rolled_back").asInt(), m.getUpdatesRolledBack());
			for (String key : MEANS) {
				assertEquals(pm.get(key).asText(), pyHex(mean(m, key)), id + " " + key + " (exact, as in metrics.json)");
			}
		}
		for (String key : MEANS) {
			// the reference's means are plain sum / len of the CSV values, so they agree to the last bit
			assertEquals(py.get("csv_means").get(key).asText(), pyHex(mean(m, key)), id + " " + key + " = mean of per_step.csv (Python)");
		}
		assertEquals(statuses(run.getEvents()).size(), m.getUpdatesAttempted(), id + " attributed events = updates_attempted");

		assertEquals(LoadState.LOADED, run.getPerStepState(), id + " per_step.csv");
		PerStepCurves c = run.getPerStep();
		assertEquals(py.get("steps").asInt(), c.getLength());
		assertEquals(false, c.isLegacyFormat());
		assertEquals(py.get("base_sum").asText(), pyHex(sum(c.getBaseMse())), id + " sum of base_mse");
		assertEquals(py.get("start_sum").asText(), pyHex(sum(c.getSessionNoUpdateMse())), id + " sum of session_no_update_mse");
		assertEquals(py.get("adaptive_sum").asText(), pyHex(sum(c.getAdaptiveMse())), id + " sum of adaptive_mse");
		assertEquals(py.get("did_update").asInt(), count(c.getDidUpdate()), id + " did_update count");
		assertEquals(py.get("update_ok").asInt(), count(c.getUpdateOk()), id + " update_ok count");
		assertEquals(py.get("did_update").asInt(), run.getEvents().size(), id + " one event per update");

		JsonNode pt = py.get("trajectory");
		if (pt == null) {
			assertEquals(LoadState.MISSING, run.getTrajectoryState(), id + " trajectory");
		} else {
			assertEquals(LoadState.LOADED, run.getTrajectoryState(), id + " trajectory");
			Trajectory t = run.getTrajectory();
			assertEquals(pt.get("n").asInt(), t.getT().length);
			assertTrue(pt.get("t").asBoolean(), "Python: t runs 0..n-1");
			assertEquals(pt.get("x_sum").asText(), pyHex(sum(t.getX())), id + " sum of x");
			assertEquals(pt.get("y_sum").asText(), pyHex(sum(t.getY())), id + " sum of y");
			assertEquals(pt.get("vx_sum").asText(), pyHex(sum(t.getVx())), id + " sum of vx");
			assertEquals(pt.get("ay_sum").asText(), pyHex(sum(t.getAy())), id + " sum of ay");
		}
		assertEquals(py.get("has_weights").asBoolean() ? LoadState.LOADED : LoadState.MISSING, run.getWeightsState(), id + " weights");
	}

	private static void compareTensors(JsonNode py, List<Tensor> tensors, String what) {
		assertEquals(py.size(), tensors.size(), what + " tensor count");
		for (int i = 0; i < py.size(); i++) {
			JsonNode p = py.get(i);
			Tensor t = tensors.get(i);
			assertEquals(p.get("name").asText(), t.getName(), what + " tensor " + i);
			assertEquals(ints(p.get("shape")), java.util.Arrays.stream(t.getShape()).boxed().toList(), what + " " + t.getName() + " shape");
			float[] data = t.getData();
			double s = 0;
			for (float f : data) {
				s += f;
			}
			assertEquals(p.get("sum").asText(), pyHex(s), what + " " + t.getName() + " sum (torch.load)");
		}
	}

	// --- small helpers ----------------------------------------------------------------------------------------

	private static List<String> problems(Store store) {
		return store.getProblems().stream().map(p -> p.getSeverity() + " " + p.getPath() + ": " + p.getMessage()).toList();
	}

	private static List<String> statuses(List<UpdateEvent> events) {
		return events.stream().map(e -> e.getExtraJson() != null && e.getExtraJson().has("status")
				? e.getExtraJson().get("status").asText() : e.getStatus().getLiteral()).toList();
	}

	private static double mean(RunMetrics m, String key) {
		return switch (key) {
		case "base_mse_mean" -> m.getBaseMseMean();
		case "session_no_update_mse_mean" -> m.getSessionNoUpdateMseMean();
		case "adaptive_mse_mean" -> m.getAdaptiveMseMean();
		case "base_mse_last100_mean" -> m.getBaseMseLast100Mean();
		case "session_no_update_last100_mean" -> m.getSessionNoUpdateLast100Mean();
		case "adaptive_last100_mean" -> m.getAdaptiveLast100Mean();
		default -> throw new IllegalArgumentException(key);
		};
	}

	/** Left-to-right, like the oracle's loop. */
	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}

	private static int count(boolean[] flags) {
		int n = 0;
		for (boolean f : flags) {
			n += f ? 1 : 0;
		}
		return n;
	}

	/** Python's {@code float.hex()}: {@code 0x1.5000000000000p+3}, 13 hex digits, {@code 0x0.0p+0} for zero. */
	static String pyHex(double v) {
		if (v == 0) {
			return (1 / v < 0 ? "-" : "") + "0x0.0p+0";
		}
		if (Double.isNaN(v) || Double.isInfinite(v)) {
			return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
		}
		long bits = Double.doubleToRawLongBits(v);
		String sign = bits < 0 ? "-" : "";
		int exp = (int) ((bits >>> 52) & 0x7ff);
		long mantissa = bits & 0xfffffffffffffL;
		String lead = "1";
		int e;
		if (exp == 0) { // subnormal
			lead = "0";
			e = -1022;
		} else {
			e = exp - 1023;
		}
		return sign + "0x" + lead + "." + String.format("%013x", mantissa) + "p" + (e >= 0 ? "+" : "") + e;
	}

	private static String text(JsonNode n) {
		return n == null || n.isNull() ? null : n.asText();
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asText()));
		return out;
	}

	private static List<Integer> ints(JsonNode array) {
		List<Integer> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asInt()));
		return out;
	}
}
