package ttt.workbench.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.close;
import static ttt.workbench.analysis.experiment.ExperimentTestSupport.num;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.analysis.internal.bench.SyntheticSweepStore;
import ttt.workbench.store.ArtifactStore;

/**
 * A generated sweep whose runs differ in length (40, 60 or 80 steps): grouped curves with relative and absolute
 * alignment, last run and concatenated runs, against numpy on the per_step.csv files; and every figure (rollbacks by
 * kind included) against Python on the metrics and event files.
 */
class ExperimentCurvesTest {

	@TempDir
	Path tmp;

	@Test
	void unequalRunsAgainstNumpy() throws Exception {
		ExperimentTestSupport.requireNumpy();
		Path root = tmp.resolve("store");
		SyntheticSweepStore.generate(root, "syn", 12, 3, 2, 40, true, 3);
		List<String> keys = List.of("mu", "env_mode", "lr");
		try (ArtifactStore s = ArtifactStore.open(root)) {
			assertEquals(List.of(), s.model().getProblems().stream().map(Object::toString).toList(), "the generated store reads clean");
			Experiment e = ExperimentLoader.sweep(s.model(), "syn");
			assertEquals(12, e.size());
			assertEquals(keys, e.parameters().stream().map(Dimension::key).toList());
			assertEquals(4, e.configurations().size());

			JsonNode figs = ExperimentTestSupport.python(ExperimentSweepTest.FIGURES_PY, Map.of("root", root.toString(), "name", "syn"));
			double rollbackKinds = 0;
			for (Member m : e.members()) {
				JsonNode p = figs.get("points").get(Integer.toString(m.point()));
				for (Figure f : Figure.values()) {
					close(num(p.get("figures").get(f.key())), m.figure(f), m.sessionId() + " " + f.key());
				}
				rollbackKinds += m.figure(Figure.ROLLBACKS_GRAD_NORM) + m.figure(Figure.ROLLBACKS_STATE_NORM);
			}
			assertTrue(rollbackKinds > 0, "the generated events include rarer rollback kinds");

			CurveSource files = CurveSource.files(root);
			GroupedCurves auto = GroupedCurves.compute(e, null, files, GroupedCurves.Options.defaults().withGrid(25));
			assertEquals(GroupedCurves.Alignment.RELATIVE, auto.alignment(), "last runs of 40, 60 and 80 steps");
			ExperimentSweepTest.assertCurves(e, auto, ExperimentTestSupport.python(ExperimentSweepTest.CURVES_PY,
					Map.of("root", root.toString(), "name", "syn", "mode", "relative", "grid", 25, "concat", false, "keys", keys)));

			GroupedCurves abs = GroupedCurves.compute(e, null, files,
					GroupedCurves.Options.defaults().with(GroupedCurves.Alignment.ABSOLUTE));
			assertEquals(80, abs.base().x().length);
			ExperimentSweepTest.assertCurves(e, abs, ExperimentTestSupport.python(ExperimentSweepTest.CURVES_PY,
					Map.of("root", root.toString(), "name", "syn", "mode", "absolute", "grid", 0, "concat", false, "keys", keys)));
			assertTrue(abs.bands().stream().anyMatch(b -> b.n()[79] < b.n()[0]), "fewer members reach the later steps");

			GroupedCurves concat = GroupedCurves.compute(e, null, files, new GroupedCurves.Options(GroupedCurves.Alignment.AUTO,
					GroupedCurves.RunChoice.CONCATENATED, 31));
			assertEquals(GroupedCurves.Alignment.RELATIVE, concat.alignment());
			ExperimentSweepTest.assertCurves(e, concat, ExperimentTestSupport.python(ExperimentSweepTest.CURVES_PY,
					Map.of("root", root.toString(), "name", "syn", "mode", "relative", "grid", 31, "concat", true, "keys", keys)));

			// only the shown members count
			BitSet visible = FilterExpression.parse("env_mode=linear", e).select(e);
			GroupedCurves some = GroupedCurves.compute(e, visible, files, GroupedCurves.Options.defaults());
			assertEquals(2, some.bands().size());
			for (GroupedCurves.Band b : some.bands()) {
				for (int m : b.members()) {
					assertTrue(visible.get(m));
				}
			}
		}
	}

	@Test
	void resampleInterpolatesBetweenSteps() {
		assertArrayEquals(new double[] { 0, 1.5, 3 }, GroupedCurves.resample(new double[] { 0, 1, 2, 3 }, 3));
		assertArrayEquals(new double[] { 5, 5 }, GroupedCurves.resample(new double[] { 5 }, 2));
		assertArrayEquals(new double[] { 0, 0.5, 1, 1.5, 2 }, GroupedCurves.resample(new double[] { 0, 1, 2 }, 5));
	}

	private static void assertArrayEquals(double[] want, double[] got) {
		org.junit.jupiter.api.Assertions.assertArrayEquals(want, got, 1e-12);
	}
}
