package ttt.workbench.store.pt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every fixture written by real torch (1.13 and 2.9.1) reads as torch itself reads it. */
class FixtureReadTest {

	private final TorchFileReader reader = new TorchFileReader();

	@Test
	void bothFixtureStoresAreThere() {
		assertEquals(10, PtFixtures.all().size(), "fixture .pt files: " + PtFixtures.all());
	}

	@Test
	void everyFixtureReadsExactlyAsTorchLoadsIt() throws IOException {
		List<Path> files = PtFixtures.all();
		List<Object> expected = TorchOracle.load(files);
		for (int i = 0; i < files.size(); i++) {
			assertEquals(Describe.of(expected.get(i)), Describe.of(reader.read(files.get(i))), files.get(i).toString());
		}
	}

	/** Independent of Python: the tensors are the little-endian float32 of their storage entries. */
	@Test
	void plasticTensorsAreTheRawStorageBytes() throws IOException {
		for (Path file : PtFixtures.named("plastic_state.pt")) {
			Map<String, byte[]> raw = Crafted.entries(file);
			PlasticState p = PlasticState.read(file);
			assertArrayEquals(floats(raw.get("plastic_state/data/0")), p.wU().data(), file + " W_u");
			assertArrayEquals(floats(raw.get("plastic_state/data/1")), p.b().data(), file + " B");
			assertArrayEquals(floats(raw.get("plastic_state/data/2")), p.wO().data(), file + " W_o");
			assertArrayEquals(new int[] { 16, 6 }, p.wU().shape());
			assertArrayEquals(new int[] { 32, 16 }, p.b().shape());
			assertArrayEquals(new int[] { 4, 32 }, p.wO().shape());
		}
	}

	@Test
	void baseCheckpointsKeepOrderTypesAndMetadata() throws IOException {
		for (Path file : List.of(PtFixtures.get(PtFixtures.TORCH291_BASE), PtFixtures.get(PtFixtures.CASE1_BASE))) {
			Object value = reader.read(file);
			Map<?, ?> top = assertInstanceOf(Map.class, value);
			assertEquals(List.of("model_state", "cfg"), new ArrayList<>(top.keySet()));
			PyOrderedDict state = assertInstanceOf(PyOrderedDict.class, top.get("model_state"));
			assertEquals(List.of("W_u", "B", "W_o", "a_raw"), new ArrayList<>(state.keySet()));
			assertEquals(List.of("_metadata"), new ArrayList<>(state.attributes().keySet()));
			assertEquals("OrderedDict{\n  str:'': dict{\n    str:'version': int:1\n  }\n}",
					Describe.of(state.attributes().get("_metadata")));

			BaseCheckpoint base = BaseCheckpoint.read(file);
			assertEquals(List.of("obs_dim", "act_dim", "z_dim", "u_dim", "n_state", "dt"), new ArrayList<>(base.cfg().keySet()));
			assertEquals(16L, base.cfg().get("u_dim"));
			assertEquals(1.0, base.cfg().get("dt"));
			assertArrayEquals(new int[] { 32 }, base.aRaw().shape());
			assertEquals(base.plastic().wU(), base.modelState().get("W_u"));
		}
	}

	@Test
	void optimizerStatesKeepEachWritersKeyOrderAndSettings() throws IOException {
		OptimizerState torch291 = OptimizerState.read(PtFixtures.get(PtFixtures.TORCH291_S1_OPTIM));
		ParamGroup g = torch291.paramGroups().get(0);
		// torch.optim.Muon (2.9) order, ns_steps 2 — not the default 5
		assertEquals(List.of("lr", "weight_decay", "momentum", "nesterov", "ns_coefficients", "eps", "ns_steps",
				"adjust_lr_fn", "params"), new ArrayList<>(g.entries().keySet()));
		assertEquals(2, g.nsSteps());
		assertEquals(0.005, g.lr());
		assertEquals(0.95, g.momentum());
		assertTrue(g.nesterov());
		assertNull(g.adjustLrFn());
		assertEquals(1e-7, g.eps());
		assertArrayEquals(new double[] { 3.4445, -4.775, 2.0315 }, g.nsCoefficients());
		assertInstanceOf(PyTuple.class, g.entries().get("ns_coefficients"));
		assertEquals(List.of(0L, 1L, 2L), g.params());
		assertEquals(List.of(0L, 1L, 2L), new ArrayList<>(torch291.state().keySet()));
		assertArrayEquals(new int[] { 32, 16 }, torch291.momentumBuffer(1).shape());
		assertNull(torch291.mismatchWith(PlasticState.read(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC))));

		// the reference's fallback Muon on torch 1.13: a different key order, ns_steps 5
		OptimizerState before = OptimizerState.read(PtFixtures.get(PtFixtures.CASE1_BEFORE_OPTIM));
		assertTrue(before.state().isEmpty(), "a fresh optimizer has no state");
		assertEquals(List.of("lr", "weight_decay", "momentum", "nesterov", "eps", "ns_steps", "ns_coefficients",
				"adjust_lr_fn", "params"), new ArrayList<>(before.paramGroups().get(0).entries().keySet()));
		assertEquals(5, before.paramGroups().get(0).nsSteps());

		OptimizerState after = OptimizerState.read(PtFixtures.get(PtFixtures.CASE1_AFTER_OPTIM));
		assertEquals(3, after.state().size());
		assertEquals(before.paramGroups(), after.paramGroups());
	}

	private static float[] floats(byte[] raw) {
		float[] out = new float[raw.length / 4];
		ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
		return out;
	}
}
