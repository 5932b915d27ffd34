package ttt.workbench.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.close;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.num;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.sweep.report.SweepReport;

/**
 * A real sweep through the sweep engine on a copy of the case1 fixture (2 μ × 2 env_mode × 3 seeds, runs [48, 48]),
 * and every number the Table and the Grouped curves show against numpy computing it on its own from the files on disk
 * (meta.json's sweep key, metrics.json, runs/*&#47;metrics.json, update_events.json, per_step.csv).
 */
class ExperimentSweepTest {

	@TempDir
	static Path tmp;
	static Path store;

	static final String SPEC = "name: grid\nfrom: base\nmu: [0.05, 0.2]\nenv_mode: [linear, nonlinear]\nseeds: [1, 2, 3]\nruns: [48, 48]\n";

	/** Per point: figures from the files; per configuration (params without seed): numpy mean, std(ddof=1), n. */
	static final String FIGURES_PY = """
			import json, glob, os, sys
			import numpy as np
			arg = json.load(sys.stdin)
			root, name, skip = arg['root'], arg['name'], set(arg.get('skip', []))
			points = {}
			for d in sorted(glob.glob(os.path.join(root, 'sessions', '*'))):
			    if not os.path.isdir(d): continue
			    meta = json.load(open(os.path.join(d, 'meta.json')))
			    sw = meta.get('sweep')
			    if not sw or sw['name'] != name: continue
			    m = json.load(open(os.path.join(d, 'metrics.json')))
			    runs = [json.load(open(f)) for f in glob.glob(os.path.join(d, 'runs', '*', 'metrics.json'))]
			    events = []
			    for f in glob.glob(os.path.join(d, 'runs', '*', 'update_events.json')):
			        events += json.load(open(f))
			    kinds = lambda k: float(sum(1 for e in events if e['status'] == k))
			    att = sum(r['updates_attempted'] for r in runs)
			    points[sw['point']] = {
			        'params': {k: v for k, v in sw['parameters'].items() if k != 'seed'},
			        'seed': sw['parameters']['seed'],
			        'session': meta['session_id'],
			        'figures': {
			            'persistent': m['base_mse_mean'] - m['session_no_update_mse_mean'],
			            'online': m['session_no_update_mse_mean'] - m['adaptive_mse_mean'],
			            'total': m['base_mse_mean'] - m['adaptive_mse_mean'],
			            'base_last100': m['base_mse_last100_mean'],
			            'session_start_last100': m['session_no_update_last100_mean'],
			            'adaptive_last100': m['adaptive_last100_mean'],
			            'commit_rate': (sum(r['updates_committed'] for r in runs) / att) if att else None,
			            'commits': float(sum(r['updates_committed'] for r in runs)),
			            'rollbacks': float(sum(r['updates_rolled_back'] for r in runs)),
			            'rollbacks_loss_regression': kinds('rollback_loss_regression'),
			            'rollbacks_grad_norm': kinds('rollback_grad_norm'),
			            'rollbacks_state_norm': kinds('rollback_state_norm'),
			            'rollbacks_non_finite': kinds('rollback_non_finite'),
			        }}
			groups = {}
			for n in sorted(points):
			    if n in skip: continue
			    groups.setdefault(json.dumps(points[n]['params'], sort_keys=True), []).append(points[n])
			configs = {}
			for key, ps in groups.items():
			    figs = {}
			    for f in ps[0]['figures']:
			        xs = np.array([p['figures'][f] for p in ps if p['figures'][f] is not None], dtype=np.float64)
			        figs[f] = {'mean': float(np.mean(xs)) if len(xs) else None,
			                   'std': float(np.std(xs, ddof=1)) if len(xs) > 1 else None, 'n': int(len(xs))}
			    configs[key] = figs
			print(json.dumps({'points': {str(k): v for k, v in points.items()}, 'configs': configs}))
			""";

	@BeforeAll
	static void makeSweep() throws Exception {
		store = ExperimentTestSupport.case1Store(tmp, "store");
		assertEquals(0, ExperimentTestSupport.sweep(store, SPEC).exitCode());
		// configuration mu=0.2/linear keeps one point (n = 1: std undefined), mu=0.05/nonlinear two
		for (String gone : List.of("grid-0006", "grid-0007", "grid-0003")) {
			FileTrees.delete(store.resolve("sessions").resolve(gone));
		}
	}

	private static String configKey(Experiment e, Configuration c) {
		return "{\"env_mode\": \"" + c.parameters().get("env_mode") + "\", \"mu\": " + c.parameters().get("mu") + "}";
	}

	@Test
	void experimentOfASweep() throws Exception {
		try (ArtifactStore s = ArtifactStore.open(store)) {
			Experiment e = ExperimentLoader.sweep(s.model(), "grid");
			assertEquals(Experiment.Source.SWEEP, e.source());
			assertEquals(9, e.size());
			assertEquals(12, e.total(), "the manifest's planned points");
			assertEquals("base", e.from());
			assertEquals(List.of("mu", "env_mode"), e.parameters().stream().map(Dimension::key).toList());
			assertEquals(List.of("linear", "nonlinear"), e.dimension("env_mode").categories());
			assertTrue(e.dimension("mu").isNumeric());
			assertFalse(e.dimension("mu").logScale(), "0.05..0.2 spans less than two decades");
			assertNotNull(e.seed());
			assertEquals(4, e.configurations().size());
			assertEquals(List.of(1, 2, 3), e.configurations().stream().map(Configuration::size).sorted().toList().subList(0, 3));
			for (Member m : e.members()) {
				assertEquals(2, m.runs().size());
				assertNotNull(m.lastRun());
				assertNull(m.lineage(), "made from the base");
				assertEquals(0.0, m.runs().get(0).figure(Figure.PERSISTENT), "a fresh session's first run starts at the base");
			}
			// the report of the sweep bundle and the experiment agree on the figures both have
			SweepReport report = SweepReport.of(s, "grid");
			for (SweepReport.PointRow p : report.points()) {
				Member m = e.member(p.sessionId());
				if (!p.state().equals("done")) {
					assertNull(m);
					continue;
				}
				for (String f : SweepReport.FIGURES) {
					close(p.figures().get(f), m.figure(Figure.of(f)), p.sessionId() + " " + f);
				}
			}
			// the Experiments view
			List<ExperimentLoader.SweepSummary> sweeps = ExperimentLoader.sweeps(s.model(), Figure.ONLINE);
			assertEquals(1, sweeps.size());
			ExperimentLoader.SweepSummary sum = sweeps.get(0);
			assertEquals("grid", sum.name());
			assertEquals(9, sum.done());
			assertEquals(12, sum.total());
			double best = e.members().stream().mapToDouble(m -> m.figure(Figure.ONLINE)).max().orElseThrow();
			assertEquals(best, sum.best());
			assertEquals(best, e.member(sum.bestSessionId()).figure(Figure.ONLINE));
			assertThrows(java.io.IOException.class, () -> ExperimentLoader.sweep(s.model(), "nope"));
		}
	}

	@Test
	void tableMatchesNumpyOnTheFiles() throws Exception {
		ExperimentTestSupport.requireNumpy();
		JsonNode py = ExperimentTestSupport.python(FIGURES_PY, Map.of("root", store.toString(), "name", "grid"));
		try (ArtifactStore s = ArtifactStore.open(store)) {
			Experiment e = ExperimentLoader.sweep(s.model(), "grid");
			ExperimentTable t = ExperimentTable.of(e, null, Figure.ONLINE);
			assertEquals(py.get("points").size(), t.points().size());
			for (ExperimentTable.Row r : t.points()) {
				JsonNode p = py.get("points").get(Integer.toString(r.point()));
				assertEquals(p.get("session").asText(), r.sessionId());
				assertEquals(p.get("seed").asLong(), e.members().get(r.index()).seed());
				for (Figure f : Figure.values()) {
					close(num(p.get("figures").get(f.key())), r.stat(f).mean(), r.sessionId() + " " + f.key());
				}
			}
			assertConfigurations(e, t, py);
			// the most commits overall is marked, and only rows with that value
			double most = t.points().stream().mapToDouble(r -> r.stat(Figure.ONLINE).mean()).max().orElseThrow();
			assertTrue(t.points().stream().allMatch(r -> r.best() == (r.stat(Figure.ONLINE).mean() == most)));
			assertEquals(1, t.configurations().stream().filter(ExperimentTable.Row::best).count());
		}
	}

	@Test
	void configurationsAggregateTheShownMembersOnly() throws Exception {
		ExperimentTestSupport.requireNumpy();
		try (ArtifactStore s = ArtifactStore.open(store)) {
			Experiment e = ExperimentLoader.sweep(s.model(), "grid");
			ExperimentSelection sel = new ExperimentSelection(e);
			sel.setFilter("seed!=2");
			BitSet visible = sel.visible();
			List<Integer> skip = e.members().stream().filter(m -> !visible.get(m.index())).map(Member::point).toList();
			assertEquals(3, skip.size());
			JsonNode py = ExperimentTestSupport.python(FIGURES_PY, Map.of("root", store.toString(), "name", "grid", "skip", skip));
			ExperimentTable t = ExperimentTable.of(e, visible, Figure.ONLINE);
			assertEquals(6, t.points().size());
			assertConfigurations(e, t, py);
		}
	}

	private static void assertConfigurations(Experiment e, ExperimentTable t, JsonNode py) {
		assertEquals(py.get("configs").size(), t.configurations().size());
		boolean sawSingle = false;
		for (ExperimentTable.Row r : t.configurations()) {
			Configuration c = e.configurations().get(r.index());
			JsonNode figs = py.get("configs").get(configKey(e, c));
			assertNotNull(figs, configKey(e, c) + " in " + py.get("configs").fieldNames().next());
			for (Figure f : Figure.values()) {
				JsonNode st = figs.get(f.key());
				Stat stat = r.stat(f);
				assertEquals(st.get("n").asInt(), stat.n(), c.key() + " " + f.key() + " n");
				close(num(st.get("mean")), stat.mean(), c.key() + " " + f.key() + " mean");
				close(num(st.get("std")), stat.std(), c.key() + " " + f.key() + " std");
			}
			sawSingle |= r.n() == 1;
			if (r.n() == 1) {
				assertEquals("", Stat.NONE.text());
				assertFalse(r.stat(Figure.ONLINE).text().contains("±"), "no std shown when n = 1");
			}
		}
		assertTrue(sawSingle || t.points().size() < 9, "a configuration with a single point is covered");
	}

	/** Per configuration and step: numpy's mean and std(ddof=1) of the runs' per_step.csv columns, as the page asks. */
	static final String CURVES_PY = """
			import json, glob, os, sys, csv
			import numpy as np
			arg = json.load(sys.stdin)
			root, name, mode, grid, concat = arg['root'], arg['name'], arg['mode'], arg['grid'], arg['concat']
			def read(path):
			    rows = list(csv.DictReader(open(path)))
			    return {k: np.array([float(r[k]) for r in rows]) for k in ('base_mse', 'session_no_update_mse', 'adaptive_mse')}
			groups = {}
			for d in sorted(glob.glob(os.path.join(root, 'sessions', '*'))):
			    if not os.path.isdir(d): continue
			    meta = json.load(open(os.path.join(d, 'meta.json')))
			    sw = meta.get('sweep')
			    if not sw or sw['name'] != name: continue
			    if concat:
			        seed_of = lambda r: json.load(open(os.path.join(d, 'runs', r, 'metrics.json')))['seed']
			        runs = sorted(os.listdir(os.path.join(d, 'runs')), key=lambda r: sw['run_seeds'].index(seed_of(r)))
			        parts = [read(os.path.join(d, 'runs', r, 'per_step.csv')) for r in runs]
			        c = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
			    else:
			        last = json.load(open(os.path.join(d, 'metrics.json')))['run_id']
			        c = read(os.path.join(d, 'runs', last, 'per_step.csv'))
			    if mode == 'relative':
			        u = np.linspace(0.0, 1.0, grid)
			        L = len(c['adaptive_mse'])
			        c = {k: np.interp(u * (L - 1), np.arange(L), v) for k, v in c.items()}
			    key = ' '.join(f"{k}={sw['parameters'][k]}" for k in arg['keys'])
			    groups.setdefault(key, []).append(c)
			out = {}
			for key, cs in groups.items():
			    L = max(len(c['adaptive_mse']) for c in cs)
			    res = {'n': [], 'adaptive_mean': [], 'adaptive_std': [], 'session_start_mean': [], 'session_start_std': [], 'base_mean': []}
			    for i in range(L):
			        at = [c for c in cs if i < len(c['adaptive_mse'])]
			        a = np.array([c['adaptive_mse'][i] for c in at]); s = np.array([c['session_no_update_mse'][i] for c in at])
			        b = np.array([c['base_mse'][i] for c in at])
			        res['n'].append(len(at))
			        res['adaptive_mean'].append(float(a.mean())); res['adaptive_std'].append(float(a.std(ddof=1)) if len(a) > 1 else None)
			        res['session_start_mean'].append(float(s.mean())); res['session_start_std'].append(float(s.std(ddof=1)) if len(s) > 1 else None)
			        res['base_mean'].append(float(b.mean()))
			    out[key] = res
			print(json.dumps(out))
			""";

	static void assertCurves(Experiment e, GroupedCurves g, JsonNode py) {
		assertEquals(py.size(), g.bands().size());
		for (GroupedCurves.Band b : g.bands()) {
			String key = e.configurations().get(b.configuration()).key();
			JsonNode exp = py.get(key);
			assertNotNull(exp, key + " among " + py.fieldNames().next());
			assertEquals(exp.get("n").size(), b.x().length, key + " length");
			for (int i = 0; i < b.x().length; i++) {
				assertEquals(exp.get("n").get(i).asInt(), b.n()[i], key + " n at " + i);
				close(num(exp.get("adaptive_mean").get(i)), b.adaptiveMean()[i], key + " adaptive mean at " + i);
				close(num(exp.get("adaptive_std").get(i)), b.adaptiveStd()[i], key + " adaptive std at " + i);
				close(num(exp.get("session_start_mean").get(i)), b.sessionStartMean()[i], key + " session start mean at " + i);
				close(num(exp.get("session_start_std").get(i)), b.sessionStartStd()[i], key + " session start std at " + i);
				close(num(exp.get("base_mean").get(i)), b.baseMean()[i], key + " base mean at " + i);
			}
		}
	}

	@Test
	void groupedCurvesMatchNumpy() throws Exception {
		ExperimentTestSupport.requireNumpy();
		try (ArtifactStore s = ArtifactStore.open(store)) {
			Experiment e = ExperimentLoader.sweep(s.model(), "grid");
			CurveSource source = CurveSource.of(s.model(), s.loader());
			List<String> keys = List.of("mu", "env_mode");
			// last run, all of length 48: AUTO is absolute
			GroupedCurves last = GroupedCurves.compute(e, null, source, GroupedCurves.Options.defaults());
			assertEquals(GroupedCurves.Alignment.ABSOLUTE, last.alignment());
			assertEquals(48, last.bands().get(0).x().length);
			assertCurves(e, last, ExperimentTestSupport.python(CURVES_PY,
					Map.of("root", store.toString(), "name", "grid", "mode", "absolute", "grid", 0, "concat", false, "keys", keys)));
			// both runs end to end: 96 steps, the session-start curve steps down where run 2 begins
			GroupedCurves concat = GroupedCurves.compute(e, null, CurveSource.files(store),
					GroupedCurves.Options.defaults().with(GroupedCurves.RunChoice.CONCATENATED));
			assertEquals(96, concat.bands().get(0).x().length);
			assertCurves(e, concat, ExperimentTestSupport.python(CURVES_PY,
					Map.of("root", store.toString(), "name", "grid", "mode", "absolute", "grid", 0, "concat", true, "keys", keys)));
			// relative on a grid of 17 points (positions between steps: interpolated)
			GroupedCurves rel = GroupedCurves.compute(e, null, source,
					GroupedCurves.Options.defaults().with(GroupedCurves.Alignment.RELATIVE).withGrid(17));
			assertEquals(17, rel.bands().get(0).x().length);
			assertEquals(1.0, rel.bands().get(0).x()[16]);
			assertCurves(e, rel, ExperimentTestSupport.python(CURVES_PY,
					Map.of("root", store.toString(), "name", "grid", "mode", "relative", "grid", 17, "concat", false, "keys", keys)));
			assertTrue(last.csv().startsWith("configuration,step,n,adaptive_mean"));
		}
	}
}
