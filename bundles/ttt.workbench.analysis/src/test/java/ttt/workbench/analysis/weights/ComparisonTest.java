package ttt.workbench.analysis.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Tensor;
import ttt.workbench.analysis.weights.WeightsComparison.Mode;
import ttt.workbench.analysis.format.Numbers;

/** Differences to parent and base, the top-k changes, the colour scale and which weights the page picks, on the fixture store. */
class ComparisonTest {

	@TempDir
	Path tmp;

	private static float[] raw(List<Tensor> tensors, String name) {
		return tensors.stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow().getData();
	}

	@Test
	void deltaToBaseIsTheElementwiseDifferenceOfTheStoredTensors() throws IOException {
		try (ArtifactStore store = FixtureWeights.open("torch291-store", tmp)) {
			Session s1 = store.model().findSession("s1");
			WeightSources sources = WeightSources.resolve(store.loader(), store.model().getBase(), s1, null);
			WeightsComparison cmp = WeightsComparison.of(Mode.DELTA_BASE, sources.shown().orElseThrow(), sources.base().orElseThrow());
			for (String name : WeightSet.PLASTIC) {
				float[] w = raw(s1.getWeights(), name);
				float[] b = raw(store.model().getBase().getTensors(), name);
				Matrix delta = cmp.shown().get(name).orElseThrow();
				for (int i = 0; i < w.length; i++) {
					assertEquals((double) w[i] - (double) b[i], delta.data()[i], 0, name + " Δ at " + i);
				}
				// top-5 by brute force over the raw floats
				List<double[]> all = new ArrayList<>();
				for (int i = 0; i < w.length; i++) {
					all.add(new double[] { Math.abs((double) w[i] - b[i]), i });
				}
				all.sort(Comparator.comparingDouble((double[] a) -> -a[0]).thenComparingDouble(a -> a[1]));
				List<TopChanges.Cell> top = cmp.topChanges(name);
				assertEquals(WeightsComparison.TOP_K, top.size());
				for (int k = 0; k < top.size(); k++) {
					int index = (int) all.get(k)[1];
					assertEquals(index / delta.cols(), top.get(k).row(), name + " top " + k + " row");
					assertEquals(index % delta.cols(), top.get(k).col(), name + " top " + k + " col");
					assertEquals(all.get(k)[0], Math.abs(top.get(k).value()), 0);
				}
			}
		}
	}

	@Test
	void aForkWithoutRunsEqualsItsParentAndListsNoChanges() throws IOException {
		try (ArtifactStore store = FixtureWeights.open("torch291-store", tmp)) {
			Session s1b = store.model().findSession("s1b");
			WeightSources sources = WeightSources.resolve(store.loader(), store.model().getBase(), s1b, null);
			assertTrue(sources.parentLabel().contains("s1"), sources.parentLabel());
			WeightsComparison cmp = WeightsComparison.of(Mode.DELTA_PARENT, sources.shown().orElseThrow(), sources.parent().orElseThrow());
			for (Matrix m : cmp.shown().matrices()) {
				assertEquals(0, m.maxAbs(), m + ": s1b was forked from s1 and has not run since");
			}
			assertTrue(cmp.topChanges().isEmpty(), "unchanged cells are never listed as changes");
		}
	}

	@Test
	void aRootSessionsParentIsTheBaseAndAReferenceRunKeptNoWeights() throws IOException {
		try (ArtifactStore store = FixtureWeights.open("torch291-store", tmp)) {
			Session s1 = store.model().findSession("s1");
			Run run = s1.getRuns().get(0);
			WeightSources sources = WeightSources.resolve(store.loader(), store.model().getBase(), s1, run);
			assertEquals(sources.base(), sources.parent(), "root session: parent = base");
			assertTrue(sources.note().contains("written by the reference"), sources.note());
			assertEquals("current (s1)", sources.shown().orElseThrow().label());
			assertEquals(List.of("base", "current (s1)"), sources.states().stream().map(WeightSet::label).toList());
			assertEquals(0, sources.runStates());
		}
	}

	@Test
	void aRunThatKeptItsWeightsIsShownAndCountedInTheStatistics() throws IOException {
		// runs made by this product keep their end-of-run plastic_state.pt in the run folder: give the fixture's run one
		Path storeCopy;
		try (ArtifactStore probe = FixtureWeights.open("torch291-store", tmp)) {
			storeCopy = probe.root();
		}
		Path runDir = storeCopy.resolve("sessions/s1/runs/s1_1768677462_seed2");
		ttt.workbench.store.pt.BaseCheckpoint base = ttt.workbench.store.pt.BaseCheckpoint.read(storeCopy.resolve("base/base_checkpoint.pt"));
		base.plastic().write(runDir.resolve("plastic_state.pt"));
		try (ArtifactStore store = ArtifactStore.open(storeCopy)) {
			Session s1 = store.model().findSession("s1");
			Run run = s1.getRuns().get(0);
			WeightSources sources = WeightSources.resolve(store.loader(), store.model().getBase(), s1, run);
			assertEquals("end of run " + run.getId(), sources.shown().orElseThrow().label());
			assertTrue(sources.note().startsWith("Showing the weights at the end of the focused run"), sources.note());
			assertEquals(1, sources.runStates());
			assertEquals(List.of("base", "run " + run.getId(), "current (s1)"), sources.states().stream().map(WeightSet::label).toList());
			WeightsComparison cmp = WeightsComparison.of(Mode.DELTA_BASE, sources.shown().orElseThrow(), sources.base().orElseThrow());
			cmp.shown().matrices().forEach(m -> assertEquals(0, m.maxAbs(), m + ": this run's end state was written as the base"));
		}
	}

	@Test
	void topChangesOrderByMagnitudeThenPosition() {
		Matrix m = new Matrix("M", 2, 3, new double[] { 0.1, -0.5, 0.5, 0, -0.2, 0.3 });
		List<TopChanges.Cell> top = TopChanges.of(m, 5);
		assertEquals(List.of("M[0,1]", "M[0,2]", "M[1,2]", "M[1,1]", "M[0,0]"), top.stream().map(TopChanges.Cell::label).toList());
		assertEquals(-0.5, top.get(0).value());
	}

	@Test
	void divergingScaleIsWhiteAtZeroAndSymmetric() {
		DivergingScale s = DivergingScale.symmetric(new Matrix("M", 1, 3, new double[] { -2, 0.5, 1 }));
		assertEquals(2, s.limit());
		assertEquals(0xFFFFFF, s.rgb(0));
		assertEquals(0x2166AC, s.rgb(-2), "blue at −max");
		assertEquals(0xB2182B, s.rgb(2), "red at +max");
		assertEquals(0xB2182B, s.rgb(9), "clamped");
		int half = s.rgb(1);
		int halfNeg = s.rgb(-1);
		assertTrue((half >> 16 & 0xFF) > (half & 0xFF), "positive leans red");
		assertTrue((halfNeg & 0xFF) > (halfNeg >> 16 & 0xFF), "negative leans blue");
	}

	@Test
	void numbersReadShortAndExportExactly() {
		assertEquals("-0.0123", Numbers.short4(-0.0123));
		assertEquals("0.01274", Numbers.short4(0.0127354571595788));
		assertEquals("1.235e-05", Numbers.short4(1.2345e-5));
		float f = 0.0127354571595788f;
		assertEquals(f, Float.parseFloat(Numbers.exact(f)));
		assertEquals(Float.toString(f), Numbers.exact(f));
	}
}
