package ttt.workbench.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimizerVariantTest {

	@ParameterizedTest(name = "torch {0} → {1}")
	@CsvSource({ "1.13.0a0, MUON_FALLBACK", "1.13.1+dfsg, MUON_FALLBACK", "2.8.0, MUON_FALLBACK", "2.0.1+cu118, MUON_FALLBACK",
			"2.9.0, MUON_TORCH", "2.9.1, MUON_TORCH", "2.10.0+cpu, MUON_TORCH", "2.9.0.dev20250101+cu121, MUON_TORCH",
			"3.0, MUON_TORCH", "10.1.0, MUON_TORCH", "1.99.0, MUON_FALLBACK" })
	void variantFromTorchVersion(String version, OptimizerVariant expected) {
		assertEquals(expected, OptimizerVariant.forTorchVersion(version));
		assertEquals(expected, OptimizerVariant.forSession(null, version), "no meta key: the base's torch version decides");
	}

	@Test
	void metaKeyWinsOverTorchVersion() {
		assertEquals(OptimizerVariant.MUON_FALLBACK, OptimizerVariant.forSession("muon_fallback", "2.9.1"));
		assertEquals(OptimizerVariant.MUON_TORCH, OptimizerVariant.forSession("muon_torch", "1.13.0a0"));
		assertEquals(OptimizerVariant.MUON_TORCH, OptimizerVariant.forSession("muon_torch", null));
	}

	@Test
	void parsesVersions() {
		assertArrayEquals(new int[] { 1, 13, 0 }, OptimizerVariant.parseTorchVersion("1.13.0a0"));
		assertArrayEquals(new int[] { 2, 10, 0 }, OptimizerVariant.parseTorchVersion("2.10.0+cpu"));
		assertArrayEquals(new int[] { 2, 9, 1 }, OptimizerVariant.parseTorchVersion("2.9.1"));
		assertArrayEquals(new int[] { 3, 0, 0 }, OptimizerVariant.parseTorchVersion("3.0"));
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThrows(IllegalArgumentException.class, () -> OptimizerVariant.forSession("adamw", "2.9.1"));
		assertThrows(IllegalArgumentException.class, () -> OptimizerVariant.forTorchVersion("nightly"));
		assertThrows(IllegalArgumentException.class, () -> OptimizerVariant.forTorchVersion("2"));
		assertThrows(IllegalArgumentException.class, () -> OptimizerVariant.forTorchVersion(null));
		assertEquals("muon_torch", OptimizerVariant.MUON_TORCH.key());
		assertEquals(OptimizerVariant.MUON_FALLBACK, OptimizerVariant.fromKey("muon_fallback"));
	}
}
