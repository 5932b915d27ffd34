package ttt.workbench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.sweep.report.SweepReport;

/** The report's numbers against numpy computing them from the store's files on its own. */
class SweepReportTest {

	@TempDir
	Path tmp;

	@Test
	void figuresAndAggregatesMatchNumpy() throws Exception {
		SweepTestSupport.requireNumpy();
		Path store = SweepTestSupport.case1Store(tmp, "store");
		String spec = "name: rep\nmu: [0.05, 0.2]\nlr: {log_uniform: [0.001, 0.02]}\nsamples: 2\nseeds: [1, 2, 3]\nruns: [64, 96]\n";
		assertEquals(0, SweepRunTest.sweep(store, spec, 2, null, null).exitCode());
		// one configuration keeps a single point: its std is undefined (null), n = 1
		FileTrees.delete(store.resolve("sessions/rep-0001"));
		FileTrees.delete(store.resolve("sessions/rep-0002"));
		JsonNode report;
		try (ArtifactStore s = ArtifactStore.open(store)) {
			report = new ObjectMapper().readTree(PythonJsonWriter.pretty(SweepReport.of(s, "rep").json()));
		}
		JsonNode py = SweepTestSupport.python("""
				import json, glob, os, sys
				import numpy as np
				root = json.load(sys.stdin)['root']
				points = {}
				for d in glob.glob(os.path.join(root, 'sessions', '*')):
				    if not os.path.isdir(d): continue
				    meta = json.load(open(os.path.join(d, 'meta.json')))
				    sw = meta.get('sweep')
				    if not sw or sw['name'] != 'rep': continue
				    m = json.load(open(os.path.join(d, 'metrics.json')))
				    runs = [json.load(open(f)) for f in glob.glob(os.path.join(d, 'runs', '*', 'metrics.json'))]
				    points[sw['point']] = {
				        'params': {k: v for k, v in sw['parameters'].items() if k != 'seed'},
				        'persistent': m['base_mse_mean'] - m['session_no_update_mse_mean'],
				        'online': m['session_no_update_mse_mean'] - m['adaptive_mse_mean'],
				        'total': m['base_mse_mean'] - m['adaptive_mse_mean'],
				        'base_last100': m['base_mse_last100_mean'],
				        'session_start_last100': m['session_no_update_last100_mean'],
				        'adaptive_last100': m['adaptive_last100_mean'],
				        'commits': float(sum(r['updates_committed'] for r in runs)),
				        'rollbacks': float(sum(r['updates_rolled_back'] for r in runs)),
				    }
				groups = {}
				for n in sorted(points):
				    groups.setdefault(json.dumps(points[n]['params'], sort_keys=True), []).append(points[n])
				configs = {}
				for key, ps in groups.items():
				    figs = {}
				    for f in ps[0]:
				        if f == 'params': continue
				        xs = np.array([p[f] for p in ps], dtype=np.float64)
				        figs[f] = {'mean': float(np.mean(xs)), 'std': float(np.std(xs, ddof=1)) if len(xs) > 1 else None, 'n': len(xs)}
				    configs[key] = figs
				print(json.dumps({'points': {str(k): v for k, v in points.items()}, 'configs': configs}))
				""", Map.of("root", store.toString()));
		int donePoints = 0;
		for (JsonNode p : report.get("points")) {
			if (!p.get("state").asText().equals("done")) {
				assertTrue(p.get("figures").get("total").isNull());
				continue;
			}
			donePoints++;
			JsonNode expected = py.get("points").get(p.get("point").asText());
			for (String f : SweepReport.FIGURES) {
				assertClose(expected.get(f).asDouble(), p.get("figures").get(f).asDouble(), "point " + p.get("point") + " " + f);
			}
		}
		assertEquals(10, donePoints);
		assertEquals(4, report.get("configurations").size());
		int singles = 0;
		for (JsonNode c : report.get("configurations")) {
			JsonNode expected = py.get("configs").get(sortedJson(c.get("parameters")));
			for (String f : SweepReport.FIGURES) {
				JsonNode e = expected.get(f), a = c.get("figures").get(f);
				assertEquals(e.get("n").asInt(), a.get("n").asInt());
				assertClose(e.get("mean").asDouble(), a.get("mean").asDouble(), f + " mean");
				if (e.get("std").isNull()) {
					assertTrue(a.get("std").isNull(), "std of n = 1 is undefined");
				} else {
					assertClose(e.get("std").asDouble(), a.get("std").asDouble(), f + " std");
				}
			}
			if (c.get("n").asInt() == 1) {
				singles++;
			}
		}
		assertEquals(1, singles);
	}

	private static String sortedJson(JsonNode params) {
		StringBuilder s = new StringBuilder("{");
		java.util.TreeMap<String, JsonNode> sorted = new java.util.TreeMap<>();
		Iterator<Map.Entry<String, JsonNode>> it = params.fields();
		while (it.hasNext()) {
			Map.Entry<String, JsonNode> e = it.next();
			sorted.put(e.getKey(), e.getValue());
		}
		sorted.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
				.append(v.isTextual() ? "\"" + v.asText() + "\"" : pyFloat(v.asDouble())));
		return s.append('}').toString();
	}

	/** Python's repr of a float (what json.dumps writes). */
	private static String pyFloat(double d) {
		return ttt.workbench.store.json.PythonFloats.repr(d);
	}

	private static void assertClose(double expected, double actual, String what) {
		assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
	}

	@Test
	void tableAndCsvFormats() throws Exception {
		Path store = SweepTestSupport.case1Store(tmp, "store");
		SweepRunTest.sweep(store, "name: t\nmu: [0.05, 0.2]\nseeds: [1, 2]\nruns: [40]\n", 2, null, null);
		try (ArtifactStore s = ArtifactStore.open(store)) {
			SweepReport r = SweepReport.of(s, "t");
			String csv = r.csv();
			String[] lines = csv.split("\n");
			assertEquals(1 + 4 + 2, lines.length, csv);
			assertTrue(lines[0].startsWith("row,point,session_id,mu,seed,state,n,persistent,persistent_std,"), lines[0]);
			assertTrue(lines[1].startsWith("point,0,t-0000,0.05,1,done,1,"), lines[1]);
			assertTrue(lines[5].startsWith("configuration,,,0.05,,,2,"), lines[5]);
			String table = r.table();
			assertTrue(table.contains("t-0003"), table);
			assertTrue(table.contains(" ± "), table);
		}
	}
}
