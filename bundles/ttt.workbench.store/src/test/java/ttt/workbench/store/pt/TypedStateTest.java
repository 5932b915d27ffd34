package ttt.workbench.store.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The typed views check keys, Python types and shapes, and say precisely what is wrong. */
class TypedStateTest {

	@TempDir
	Path tmp;

	private final Random random = new Random(11);

	@Test
	void plasticStateMissingAKey() throws IOException {
		Map<String, Object> v = plasticValue();
		v.remove("W_o");
		Path file = write("plastic_state.pt", v);
		assertMessage(file, () -> PlasticState.read(file), "the plastic state lacks key 'W_o' (has [W_u, B])");
	}

	@Test
	void plasticStateWithAListWhereATensorBelongs() throws IOException {
		Map<String, Object> v = plasticValue();
		v.put("B", List.of(1L, 2L));
		Path file = write("plastic_state.pt", v);
		assertMessage(file, () -> PlasticState.read(file), "'B' in the plastic state is a list, expected a tensor");
	}

	@Test
	void plasticStateWithShapesThatDoNotChain() throws IOException {
		Map<String, Object> v = plasticValue();
		v.put("B", RoundTripTest.randomTensor(random, 32, 15));
		Path file = write("plastic_state.pt", v);
		assertMessage(file, () -> PlasticState.read(file), "B has shape [32, 15] but needs 16 columns");
		assertThrows(IllegalArgumentException.class, () -> new PlasticState(FloatTensor.zeros(16, 6),
				FloatTensor.zeros(32, 15), FloatTensor.zeros(4, 32)));
	}

	@Test
	void aTopLevelThatIsNotADict() throws IOException {
		Path file = write("plastic_state.pt", List.of(1L));
		assertMessage(file, () -> PlasticState.read(file), "the plastic state is a list, expected a dict");
	}

	@Test
	void plasticStateKeepsExtraKeysAfterTheThree() throws IOException {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("note", "kept");
		v.putAll(plasticValue());
		Path file = write("plastic_state.pt", v);
		PlasticState p = PlasticState.read(file);
		assertEquals(Map.of("note", "kept"), p.extras());
		assertEquals(List.of("W_u", "B", "W_o", "note"), new ArrayList<>(p.toValue().keySet()));
	}

	@Test
	void paramGroupMissingASetting() throws IOException {
		Map<String, Object> v = optimizerValue();
		groupOf(v).remove("lr");
		Path file = write("optim_state.pt", v);
		assertMessage(file, () -> OptimizerState.read(file), "param_groups[0] lacks key 'lr'");
	}

	@Test
	void paramGroupWithAFloatWhereTheReferenceHasAnInt() throws IOException {
		Map<String, Object> v = optimizerValue();
		groupOf(v).put("ns_steps", 5.0);
		Path file = write("optim_state.pt", v);
		assertMessage(file, () -> OptimizerState.read(file), "param_groups[0] 'ns_steps' is a float (5.0), expected a non-negative int");
	}

	@Test
	void paramGroupWithAListOfCoefficientsOfTheWrongLength() throws IOException {
		Map<String, Object> v = optimizerValue();
		groupOf(v).put("ns_coefficients", PyTuple.of(1.0, 2.0));
		Path file = write("optim_state.pt", v);
		assertMessage(file, () -> OptimizerState.read(file), "'ns_coefficients' is a tuple ((1.0, 2.0)), expected a tuple of three floats");
	}

	@Test
	void stateForAParameterNoGroupHas() throws IOException {
		Map<String, Object> v = optimizerValue();
		stateOf(v).put(7L, Map.of("momentum_buffer", FloatTensor.zeros(2)));
		Path file = write("optim_state.pt", v);
		assertMessage(file, () -> OptimizerState.read(file), "state refers to parameter 7, which no param group lists (params [0, 1, 2])");
	}

	@Test
	void stateWithoutMomentumBuffer() throws IOException {
		Map<String, Object> v = optimizerValue();
		stateOf(v).put(1L, Map.of("step", 3L));
		Path file = write("optim_state.pt", v);
		assertMessage(file, () -> OptimizerState.read(file), "state of parameter 1 has no momentum_buffer, expected a tensor");
	}

	@Test
	void stateKeyThatIsNotAnInt() throws IOException {
		Map<String, Object> v = optimizerValue();
		stateOf(v).put("0", Map.of("momentum_buffer", FloatTensor.zeros(2)));
		Path file = write("optim_state.pt", v);
		assertMessage(file, () -> OptimizerState.read(file), "'state' has key 0 of type str, expected an int parameter id");
	}

	@Test
	void optimizerStateKeepsUnknownGroupKeysInPlace() throws IOException {
		Map<String, Object> v = optimizerValue();
		Map<String, Object> group = groupOf(v);
		Map<String, Object> reordered = new LinkedHashMap<>();
		group.forEach((k, x) -> {
			reordered.put(k, x);
			if (k.equals("momentum")) {
				reordered.put("maximize", false);
			}
		});
		group.clear();
		group.putAll(reordered);
		Path file = write("optim_state.pt", v);
		OptimizerState o = OptimizerState.read(file);
		Path again = tmp.resolve("again/optim_state.pt");
		java.nio.file.Files.createDirectories(again.getParent());
		o.write(again);
		assertEquals(Describe.of(new TorchFileReader().read(file)), Describe.of(new TorchFileReader().read(again)));
		assertEquals(0.01, o.paramGroups().get(0).with("lr", 0.01).lr());
		assertEquals(new ArrayList<>(o.paramGroups().get(0).entries().keySet()),
				new ArrayList<>(o.paramGroups().get(0).with("lr", 0.01).entries().keySet()));
	}

	@Test
	void momentumBuffersAreCheckedAgainstTheWeightsOnRequest() throws IOException {
		OptimizerState o = OptimizerState.read(PtFixtures.get(PtFixtures.TORCH291_S1_OPTIM));
		PlasticState wider = new PlasticState(FloatTensor.zeros(8, 6), FloatTensor.zeros(32, 8), FloatTensor.zeros(4, 32));
		assertEquals("momentum buffer of parameter 0 has shape [16, 6], the weight has [8, 6]", o.mismatchWith(wider));
		assertNull(o.mismatchWith(PlasticState.read(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC))));
	}

	@Test
	void baseCheckpointWhoseShapesContradictItsCfg() throws IOException {
		BaseCheckpoint base = BaseCheckpoint.read(PtFixtures.get(PtFixtures.TORCH291_BASE));
		LinkedHashMap<Object, Object> v = base.toValue();
		@SuppressWarnings("unchecked")
		Map<Object, Object> cfg = (Map<Object, Object>) v.get("cfg");
		cfg.put("u_dim", 8L);
		Path file = write("base_checkpoint.pt", v);
		assertMessage(file, () -> BaseCheckpoint.read(file), "do not match cfg (u_dim 8, n_state 32, z_dim 4, act_dim 2)");
	}

	@Test
	void baseCheckpointWithAFloatDimension() throws IOException {
		BaseCheckpoint base = BaseCheckpoint.read(PtFixtures.get(PtFixtures.TORCH291_BASE));
		LinkedHashMap<Object, Object> v = base.toValue();
		@SuppressWarnings("unchecked")
		Map<Object, Object> cfg = (Map<Object, Object>) v.get("cfg");
		cfg.put("n_state", 32.0);
		Path file = write("base_checkpoint.pt", v);
		assertMessage(file, () -> BaseCheckpoint.read(file), "cfg 'n_state' is a float, expected an int");
	}

	@Test
	void baseCheckpointWithoutATensor() throws IOException {
		BaseCheckpoint base = BaseCheckpoint.read(PtFixtures.get(PtFixtures.TORCH291_BASE));
		LinkedHashMap<Object, Object> v = base.toValue();
		((Map<?, ?>) v.get("model_state")).remove("a_raw");
		Path file = write("base_checkpoint.pt", v);
		assertMessage(file, () -> BaseCheckpoint.read(file), "model_state lacks tensor 'a_raw' (has [W_u, B, W_o])");
	}

	@Test
	void createdBaseCheckpointEqualsTheReferenceLayout() throws IOException {
		BaseCheckpoint fixture = BaseCheckpoint.read(PtFixtures.get(PtFixtures.TORCH291_BASE));
		BaseCheckpoint created = BaseCheckpoint.create(fixture.plastic(), fixture.aRaw(),
				BaseCheckpoint.modelCfg(4, 2, 4, 16, 32, 1.0));
		assertEquals(Describe.of(fixture.toValue()), Describe.of(created.toValue()));
		// same value, same bytes as what this product writes for the fixture's content
		assertEquals(java.util.Arrays.toString(TorchFileWriter.toBytes("base_checkpoint", fixture.toValue())),
				java.util.Arrays.toString(TorchFileWriter.toBytes("base_checkpoint", created.toValue())));
	}

	// --- helpers -------------------------------------------------------------------------------------------

	private Map<String, Object> plasticValue() {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("W_u", RoundTripTest.randomTensor(random, 16, 6));
		v.put("B", RoundTripTest.randomTensor(random, 32, 16));
		v.put("W_o", RoundTripTest.randomTensor(random, 4, 32));
		return v;
	}

	private Map<String, Object> optimizerValue() throws IOException {
		@SuppressWarnings("unchecked")
		Map<String, Object> v = (Map<String, Object>) (Map<?, ?>) OptimizerState
				.read(PtFixtures.get(PtFixtures.TORCH291_S1_OPTIM)).toValue();
		return v;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> groupOf(Map<String, Object> optimizer) {
		return (Map<String, Object>) ((List<Object>) optimizer.get("param_groups")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, Object> stateOf(Map<String, Object> optimizer) {
		return (Map<Object, Object>) optimizer.get("state");
	}

	private Path write(String name, Object value) throws IOException {
		Path file = tmp.resolve(name);
		new TorchFileWriter().write(file, value);
		return file;
	}

	private static void assertMessage(Path file, Executable read, String expectedPart) {
		PtFormatException e = assertThrows(PtFormatException.class, read);
		assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
		assertTrue(e.getMessage().contains(expectedPart), "expected «" + expectedPart + "» in: " + e.getMessage());
	}
}
