package ttt.workbench.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.close;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.num;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The Table, Scatter and Parallel coordinates models on an experiment built directly (pure maths, numpy as judge). */
class ExperimentTableTest {

	final Experiment e = ExperimentTestSupport.synthetic(100, 9);

	@Test
	void sortsByAnyColumnWithMissingValuesLast() {
		ExperimentTable t = ExperimentTable.of(e, null, Figure.ONLINE);
		for (ExperimentTable.Column c : t.columns()) {
			for (boolean asc : new boolean[] { true, false }) {
				List<ExperimentTable.Row> sorted = t.sort(t.points(), c.key(), asc);
				assertEquals(t.points().size(), sorted.size());
				int col = t.column(c.key());
				boolean seenNaN = false;
				for (int i = 0; i < sorted.size(); i++) {
					double v = sorted.get(i).values()[col];
					if (Double.isNaN(v)) {
						seenNaN = true;
					} else {
						assertTrue(!seenNaN, c.key() + ": a value after a missing one");
						if (i > 0 && !Double.isNaN(sorted.get(i - 1).values()[col]) && !c.key().equals("session_id")) {
							double prev = sorted.get(i - 1).values()[col];
							assertTrue(asc ? prev <= v : prev >= v, c.key() + " order at " + i);
						}
					}
				}
			}
		}
		List<ExperimentTable.Row> byId = t.sort(t.points(), "session_id", false);
		assertEquals("s99", byId.get(0).sessionId());
		List<ExperimentTable.Row> byEnv = t.sort(t.configurations(), "env_mode", true);
		assertEquals("linear", t.text(byEnv.get(0), t.column("env_mode")));
		assertEquals("nonlinear", t.text(byEnv.get(byEnv.size() - 1), t.column("env_mode")));
	}

	@Test
	void bestRowsAndAggregatesAgainstNumpy() throws Exception {
		ExperimentTestSupport.requireNumpy();
		BitSet visible = FilterExpression.parse("seed!=2 mu<0.25", e).select(e);
		for (Figure by : List.of(Figure.ONLINE, Figure.ADAPTIVE_LAST100)) {
			ExperimentTable t = ExperimentTable.of(e, visible, by);
			List<List<Double>> groups = new ArrayList<>();
			for (ExperimentTable.Row r : t.configurations()) {
				List<Double> v = new ArrayList<>();
				for (int m : e.configurations().get(r.index()).members()) {
					if (visible.get(m)) {
						v.add(e.members().get(m).figure(by));
					}
				}
				groups.add(v);
			}
			JsonNode py = ExperimentTestSupport.python("""
					import json, sys
					import numpy as np
					out = []
					for g in json.load(sys.stdin):
					    x = np.array([v for v in g if v is not None], dtype=np.float64)
					    out.append({'mean': float(np.mean(x)) if len(x) else None, 'std': float(np.std(x, ddof=1)) if len(x) > 1 else None, 'n': len(x)})
					print(json.dumps(out))
					""", groups.stream().map(g -> g.stream().map(v -> v.isNaN() ? null : v).toList()).toList());
			double best = Double.NaN;
			for (int i = 0; i < t.configurations().size(); i++) {
				Stat s = t.configurations().get(i).stat(by);
				close(num(py.get(i).get("mean")), s.mean(), "mean");
				close(num(py.get(i).get("std")), s.std(), "std");
				assertEquals(py.get(i).get("n").asInt(), s.n());
				double m = num(py.get(i).get("mean"));
				if (!Double.isNaN(m) && (Double.isNaN(best) || (by.higherIsBetter() ? m > best : m < best))) {
					best = m;
				}
			}
			for (ExperimentTable.Row r : t.configurations()) {
				assertEquals(r.stat(by).mean() == best, r.best(), "best configuration by " + by);
			}
			// all visible points and nothing else
			assertEquals(visible.cardinality(), t.points().size());
			assertTrue(t.points().stream().allMatch(r -> visible.get(r.index())));
			String csv = t.csv();
			assertTrue(csv.startsWith("row,point,session_id,mu,env_mode,lr,seed,n,persistent,persistent_std,online,online_std"), csv);
			assertEquals(1 + t.points().size() + t.configurations().size(), csv.lines().count());
		}
	}

	@Test
	void scatterGroupsAreSeedMeansAndSpreads() {
		Dimension x = e.figure(Figure.PERSISTENT), y = e.figure(Figure.ONLINE);
		ScatterModel s = ScatterModel.of(e, x, y, e.dimension("mu"), null);
		for (ScatterModel.Group g : s.groups()) {
			List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
			for (int m : e.configurations().get(g.configuration()).members()) {
				double a = e.members().get(m).figure(Figure.PERSISTENT), b = e.members().get(m).figure(Figure.ONLINE);
				if (!Double.isNaN(a) && !Double.isNaN(b)) {
					xs.add(a);
					ys.add(b);
				}
			}
			Stat sx = Stat.of(xs.stream().mapToDouble(Double::doubleValue).toArray());
			assertEquals(sx, g.x());
			assertEquals(Stat.of(ys.stream().mapToDouble(Double::doubleValue).toArray()), g.y());
			assertEquals(xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), g.minX());
			assertEquals(ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), g.maxY());
		}
		long plotted = e.members().stream().filter(m -> !Double.isNaN(m.figure(Figure.PERSISTENT)) && !Double.isNaN(m.figure(Figure.ONLINE))).count();
		assertEquals(plotted, s.points().size());
		assertTrue(s.csv().lines().count() == 1 + s.points().size() + s.groups().size());
		assertEquals(Map.of(), e.fixedParameters());
	}
}
