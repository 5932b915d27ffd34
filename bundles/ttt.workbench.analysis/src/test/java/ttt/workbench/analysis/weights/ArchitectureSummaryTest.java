package ttt.workbench.analysis.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.model.Decay;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Tensor;

/** Shapes, parameter counts and the decay mapping of the Architecture page against the base checkpoint, the engine and numpy. */
class ArchitectureSummaryTest {

	@TempDir
	Path tmp;

	@Test
	void shapesAndCountsFollowTheModelConfig() throws IOException {
		try (ArtifactStore store = FixtureWeights.open("torch291-store", tmp)) {
			Base base = store.model().getBase();
			ArchitectureSummary s = ArchitectureSummary.of(base.getModelConfig(), store.loader().tensors(base));
			var c = base.getModelConfig();
			int in = c.getZDim() + c.getActDim();
			assertEquals("[16, 6]", s.tensor("W_u").orElseThrow().shapeText());
			assertEquals(c.getUDim() * in, s.tensor("W_u").orElseThrow().count());
			assertEquals(c.getNState() * c.getUDim(), s.tensor("B").orElseThrow().count());
			assertEquals(c.getZDim() * c.getNState(), s.tensor("W_o").orElseThrow().count());
			assertEquals(c.getNState(), s.tensor("a_raw").orElseThrow().count());
			assertEquals(96 + 512 + 128, s.plasticCount());
			assertEquals(32, s.frozenCount());
			for (Tensor t : base.getTensors()) {
				assertEquals(t.getData().length, s.tensor(t.getName()).orElseThrow().count(), t.getName());
			}
		}
	}

	@Test
	void decayIsTheEnginesMappingAndLiesInTheOpenUnitInterval() throws IOException {
		try (ArtifactStore store = FixtureWeights.open("torch291-store", tmp)) {
			Base base = store.model().getBase();
			ArchitectureSummary s = ArchitectureSummary.of(base.getModelConfig(), store.loader().tensors(base));
			float[] aRaw = base.getTensors().stream().filter(t -> t.getName().equals("a_raw")).findFirst().orElseThrow().getData();
			float[] engine = Decay.compute(aRaw, base.getModelConfig().getDt());
			assertEquals(engine.length, s.decay().length);
			for (int i = 0; i < aRaw.length; i++) {
				assertEquals(engine[i], s.decay()[i], 0, "the engine's float32 decay at " + i);
				// independently, in double: exp(−log(1 + exp(a)) · dt)
				double independent = Math.exp(-Math.log1p(Math.exp(aRaw[i])) * base.getModelConfig().getDt());
				assertEquals(independent, s.decay()[i], 1e-6, "exp(−softplus(a_raw)·dt) at " + i);
			}
			assertTrue(s.decayInOpenUnitInterval());
			assertTrue(s.decayMin() > 0 && s.decayMax() < 1);
			Histogram h = s.decayHistogram(20);
			assertEquals(base.getModelConfig().getNState(), h.total(), "every state channel is counted once");
			assertEquals(0, h.outside());
			assertEquals(s.decayMin(), h.lo());
			assertEquals(s.decayMax(), h.hi());
		}
	}

	@Test
	void decayMatchesNumpy() throws IOException {
		NumpyOracle.require();
		try (ArtifactStore store = FixtureWeights.open("torch291-store", tmp)) {
			Base base = store.model().getBase();
			ArchitectureSummary s = ArchitectureSummary.of(base.getModelConfig(), store.loader().tensors(base));
			Tensor aRaw = base.getTensors().stream().filter(t -> t.getName().equals("a_raw")).findFirst().orElseThrow();
			double[] expected = NumpyOracle.compute(Matrix.of(aRaw), "dt = np.float32(" + base.getModelConfig().getDt() + ")\n"
					+ "a = A.astype(np.float32)[0]\nfor v in np.exp(-np.logaddexp(np.float32(0), a) * dt): print(repr(float(v)))");
			for (int i = 0; i < expected.length; i++) {
				assertEquals(expected[i], s.decay()[i], 2e-7, "decay " + i + " vs numpy float32");
			}
		}
	}

	@Test
	void histogramCountsEveryValueInRange() {
		Histogram h = Histogram.of(new double[] { 0, 0.1, 0.5, 0.99, 1, 1.5, Double.NaN }, 0, 1, 10);
		assertEquals(5, h.total());
		assertEquals(2, h.outside());
		assertEquals(2, h.counts()[0] + h.counts()[1] - 0, "0 and 0.1");
		assertEquals(2, h.counts()[9], "0.99 and 1 (the last bin is closed)");
	}
}
