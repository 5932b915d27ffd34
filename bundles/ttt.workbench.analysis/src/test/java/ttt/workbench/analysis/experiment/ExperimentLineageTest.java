package ttt.workbench.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.close;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.num;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;

/**
 * A sweep that forks case1 after case1 has run ({@code from: case1}): the Lineage effect's numbers against the files,
 * read by Python; and the same sessions picked by hand ("Compare as Experiment").
 */
class ExperimentLineageTest {

	@TempDir
	Path tmp;

	static final String LINEAGE_PY = """
			import json, glob, os, sys
			arg = json.load(sys.stdin)
			root = arg['root']
			def figs(m):
			    return {'persistent': m['base_mse_mean'] - m['session_no_update_mse_mean'],
			            'online': m['session_no_update_mse_mean'] - m['adaptive_mse_mean'],
			            'total': m['base_mse_mean'] - m['adaptive_mse_mean']}
			parent_runs = glob.glob(os.path.join(root, 'sessions', 'case1', 'runs', '*', 'metrics.json'))
			assert len(parent_runs) == 1
			parent = json.load(open(parent_runs[0]))
			out = {'parent_run': parent['run_id'], 'parent': figs(parent), 'children': {}}
			for d in glob.glob(os.path.join(root, 'sessions', 'kids-*')):
			    meta = json.load(open(os.path.join(d, 'meta.json')))
			    sw = meta['sweep']
			    first_seed = sw['run_seeds'][0]
			    runs = [json.load(open(f)) for f in glob.glob(os.path.join(d, 'runs', '*', 'metrics.json'))]
			    first = [r for r in runs if r['seed'] == first_seed][0]
			    last = json.load(open(os.path.join(d, 'metrics.json')))
			    out['children'][meta['session_id']] = {'parent': meta['parent_session_id'], 'first': figs(first), 'last': figs(last)}
			print(json.dumps(out))
			""";

	@Test
	void childrenAgainstTheirParent() throws Exception {
		ExperimentTestSupport.requireNumpy();
		Path store = ExperimentTestSupport.case1Store(tmp, "store");
		try (ArtifactStore s = ArtifactStore.open(store)) {
			RunSession.run(s, RunSession.Request.of("case1", 64, 5), RunListener.NONE, () -> false);
		}
		assertEquals(0, ExperimentTestSupport.sweep(store,
				"name: kids\nfrom: case1\nchunk: [16, 32]\nseeds: [1, 2]\nruns: [48, 48]\n").exitCode());
		JsonNode py = ExperimentTestSupport.python(LINEAGE_PY, Map.of("root", store.toString()));
		try (ArtifactStore s = ArtifactStore.open(store)) {
			Experiment e = ExperimentLoader.sweep(s.model(), "kids");
			assertEquals("case1", e.from());
			assertEquals(List.of("chunk"), e.parameters().stream().map(Dimension::key).toList());
			assertTrue(LineageEffect.applies(e));
			for (Figure f : List.of(Figure.PERSISTENT, Figure.ONLINE, Figure.TOTAL)) {
				LineageEffect le = LineageEffect.of(e, f, null);
				assertEquals(4, le.rows().size());
				assertEquals(1, le.parents().size());
				for (LineageEffect.Row r : le.rows()) {
					Member m = e.members().get(r.member());
					JsonNode child = py.get("children").get(m.sessionId());
					assertEquals("case1", r.parentId());
					assertEquals(py.get("parent_run").asText(), r.parentRunId());
					close(num(py.get("parent").get(f.key())), r.parent(), "parent " + f.key());
					close(num(child.get("first").get(f.key())), r.child(), m.sessionId() + " first run " + f.key());
					close(num(child.get("last").get(f.key())), r.childLast(), m.sessionId() + " last run " + f.key());
					close(num(child.get("first").get("persistent")), r.carried(), m.sessionId() + " carried");
					close(num(py.get("parent").get("total")), r.parentTotal(), "parent total");
					// the fork started from weights that had learned: its first run does not start at the base
					assertNotEquals(0.0, r.carried(), m.sessionId() + ": persistent learning across the fork is visible");
				}
				assertEquals(2, le.groups().size(), "one group per chunk");
				for (LineageEffect.Group g : le.groups()) {
					assertEquals(2, g.child().n());
				}
				assertTrue(le.csv().lines().count() == 5);
			}
			// a sweep from the base has nothing to show
			assertFalse(LineageEffect.applies(ExperimentTestSupport.synthetic(6, 1)));

			// the same sessions and their parent, picked by hand
			Experiment picked = ExperimentLoader.sessions(s.model(), "picked",
					List.of("case1", "kids-0000", "kids-0001", "kids-0002", "kids-0003"));
			assertEquals(Experiment.Source.SESSIONS, picked.source());
			assertEquals(5, picked.size());
			assertEquals(List.of("chunk"), picked.parameters().stream().map(Dimension::key).toList(),
					"the chunk the runs used (a fork's override, from its sweep key; case1's plasticity_cfg says 32)");
			assertEquals(2, picked.configurations().size());
			assertEquals(3, picked.configurationOf(picked.member("case1").index()).size(), "case1 and the two chunk=32 forks");
			assertEquals(0.12, picked.fixedParameters().get("mu"));
			Member case1 = picked.member("case1");
			assertNotNull(case1.seed(), "the first run's seed");
			assertEquals(5L, case1.seed());
			assertEquals(-1, case1.point());
			assertEquals(1L, picked.member("kids-0000").seed(), "a sweep session keeps its point's seed");
			assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.sessions(s.model(), "x", List.of("missing")));
		}
	}
}
