package ttt.workbench.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.ParamGroup;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.test.support.Fixtures;

class OptimizerStatesTest {

	static Path case1After() {
		return Fixtures.case1().resolve("store_after/sessions/case1");
	}

	static Weights weights(Path sessionDir) throws Exception {
		return PlasticWeights.fromPlasticState(PlasticState.read(sessionDir.resolve("plastic_state.pt")));
	}

	@Test
	void fallbackStateRoundTripsExactly() throws Exception {
		OptimizerState file = OptimizerState.read(case1After().resolve("optim_state.pt"));
		Muon muon = OptimizerStates.fit(file, weights(case1After()), OptimizerVariant.MUON_FALLBACK);
		assertFalse(muon.isFresh());
		OptimizerState back = OptimizerStates.toStore(muon);
		assertEquals(file.state(), back.state());
		assertEquals(file.paramGroups(), back.paramGroups());
		assertEquals(List.copyOf(file.paramGroups().get(0).entries().keySet()),
				List.copyOf(back.paramGroups().get(0).entries().keySet()), "key order as the file");
	}

	@Test
	void settingsComeFromTheFileNotTheDefaults() throws Exception {
		Path s1b = Fixtures.torch291Store().resolve("sessions/s1b");
		OptimizerState file = OptimizerState.read(s1b.resolve("optim_state.pt"));
		OptimizerStates.Loaded loaded = OptimizerStates.load(file, weights(s1b), OptimizerVariant.MUON_TORCH,
				MuonSettings.defaults());
		assertTrue(loaded.usedFile(), () -> String.valueOf(loaded.warning()));
		assertEquals(2, loaded.optimizer().settings().nsSteps(), "ns_steps 2 from the file, not 5");
		assertEquals(file.paramGroups(), OptimizerStates.toStore(loaded.optimizer()).paramGroups());
		assertEquals(file.state(), OptimizerStates.toStore(loaded.optimizer()).state());
	}

	@Test
	void freshGroupsUseEachVariantsKeyOrder() throws Exception {
		// the reference's fresh MuonFallback state (store_before of case1) and torch.optim.Muon's (s1 of torch 2.9.1)
		OptimizerState fallbackFile = OptimizerState.read(Fixtures.case1().resolve("store_before/sessions/case1/optim_state.pt"));
		OptimizerState fresh = OptimizerStates.toStore(Muon.fresh(OptimizerVariant.MUON_FALLBACK, MuonSettings.defaults()));
		assertTrue(fresh.state().isEmpty());
		assertEquals(fallbackFile.paramGroups(), fresh.paramGroups());
		assertEquals(List.copyOf(fallbackFile.paramGroups().get(0).entries().keySet()),
				List.copyOf(fresh.paramGroups().get(0).entries().keySet()));

		OptimizerState torchFile = OptimizerState.read(Fixtures.torch291Store().resolve("sessions/s1/optim_state.pt"));
		MuonSettings s = MuonSettings.fromParamGroup(torchFile.paramGroups().get(0));
		OptimizerState torchFresh = OptimizerStates.toStore(Muon.fresh(OptimizerVariant.MUON_TORCH, s));
		assertEquals(List.copyOf(torchFile.paramGroups().get(0).entries().keySet()),
				List.copyOf(torchFresh.paramGroups().get(0).entries().keySet()));
		assertEquals(torchFile.paramGroups(), torchFresh.paramGroups());
	}

	@Test
	void anEmptyStateIsAFreshOptimizerWithTheFilesSettings() throws Exception {
		OptimizerState file = OptimizerState.read(Fixtures.case1().resolve("store_before/sessions/case1/optim_state.pt"));
		Muon muon = OptimizerStates.fit(file, weights(case1After()), OptimizerVariant.MUON_FALLBACK);
		assertTrue(muon.isFresh());
		assertEquals(MuonSettings.defaults(), muon.settings());
	}

	@Test
	void aStateThatDoesNotFitIsReportedAndReplacedByAFreshOne() throws Exception {
		Weights w = weights(case1After());
		OptimizerState file = OptimizerState.read(case1After().resolve("optim_state.pt"));
		ParamGroup group = file.paramGroups().get(0);
		MuonSettings fresh = MuonSettings.defaults().withLr(0.001);

		// a momentum buffer of the wrong shape
		Map<Long, FloatTensor> buffers = new LinkedHashMap<>();
		buffers.put(0L, file.momentumBuffer(0));
		buffers.put(1L, FloatTensor.zeros(16, 32));
		buffers.put(2L, file.momentumBuffer(2));
		assertMismatch(OptimizerState.withMomentum(group, buffers), w, fresh, "shape [16, 32]");

		// two parameters instead of three
		List<Object> twoIds = new ArrayList<>(List.of(0L, 1L));
		assertMismatch(OptimizerState.fresh(group.with("params", twoIds)), w, fresh, "lists 2 parameters");

		// two param groups
		OptimizerState twoGroups = new OptimizerState(Map.of(), List.of(group, group.with("params", new ArrayList<Object>(List.of(3L)))), Map.of());
		assertMismatch(twoGroups, w, fresh, "2 param groups");

		// settings torch would not run
		assertMismatch(OptimizerState.fresh(group.with("adjust_lr_fn", "cosine")), w, fresh, "adjust_lr_fn");

		// no state file content at all
		OptimizerStates.Loaded none = OptimizerStates.load(null, w, OptimizerVariant.MUON_FALLBACK, fresh);
		assertTrue(none.warning().startsWith(OptimizerStates.DID_NOT_FIT));
	}

	@Test
	void stateIdsMapByTheirPositionInParams() throws Exception {
		Weights w = weights(case1After());
		OptimizerState file = OptimizerState.read(case1After().resolve("optim_state.pt"));
		Map<Long, FloatTensor> buffers = new LinkedHashMap<>();
		buffers.put(7L, file.momentumBuffer(0));
		buffers.put(8L, file.momentumBuffer(1));
		buffers.put(9L, file.momentumBuffer(2));
		ParamGroup renumbered = file.paramGroups().get(0).with("params", new ArrayList<Object>(List.of(7L, 8L, 9L)));
		Muon muon = OptimizerStates.fit(OptimizerState.withMomentum(renumbered, buffers), w, OptimizerVariant.MUON_FALLBACK);
		assertEquals(file.momentumBuffer(1), FloatTensor.matrix(muon.momentumBuffer(1)));
		assertEquals(List.of(0L, 1L, 2L), OptimizerStates.toStore(muon).paramGroups().get(0).params(), "torch renumbers from 0");
	}

	static void assertMismatch(OptimizerState state, Weights w, MuonSettings fresh, String because) {
		assertThrows(OptimizerMismatchException.class, () -> OptimizerStates.fit(state, w, OptimizerVariant.MUON_FALLBACK));
		OptimizerStates.Loaded loaded = OptimizerStates.load(state, w, OptimizerVariant.MUON_FALLBACK, fresh);
		assertFalse(loaded.usedFile());
		assertTrue(loaded.warning().startsWith("optimizer state did not fit: starting a fresh optimizer"), loaded.warning());
		assertTrue(loaded.warning().contains(because), loaded.warning());
		assertTrue(loaded.optimizer().isFresh());
		assertEquals(fresh, loaded.optimizer().settings(), "a fresh optimizer takes plasticity_cfg's settings");
		assertNull(loaded.optimizer().groupEntries());
	}
}
