package ttt.workbench.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class BackendSelectorTest {

	static final SsmBackend FAKE_ND4J = new SsmBackend() {
		@Override
		public String name() {
			return "nd4j";
		}

		@Override
		public Forward forward(Weights w, float[] decay, SequenceBatch batch) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Gradient gradient(Weights w, float[] decay, SequenceBatch batch) {
			throw new UnsupportedOperationException();
		}

		@Override
		public float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bf16) {
			throw new UnsupportedOperationException();
		}
	};

	static final Supplier<SsmBackend> NEVER = () -> {
		throw new AssertionError("ND4J must not be touched when the JVM backend is chosen");
	};

	@Test
	void autoChoosesBySize() {
		assertEquals("jvm", BackendSelector.resolve("auto", 16, 32));
		assertEquals("jvm", BackendSelector.resolve("auto", 128, 255));
		assertEquals("jvm", BackendSelector.resolve("auto", 127, 1024));
		assertEquals("nd4j", BackendSelector.resolve("auto", 128, 256));
		assertEquals("nd4j", BackendSelector.resolve("AUTO", 256, 1024));
		assertEquals("nd4j", BackendSelector.resolve("nd4j", 16, 32));
		assertEquals("jvm", BackendSelector.resolve("jvm", 512, 4096));
		assertEquals("jvm", BackendSelector.resolve(null, 16, 32), "null means auto");
		assertThrows(IllegalArgumentException.class, () -> BackendSelector.resolve("cuda", 16, 32));
	}

	@Test
	void jvmNeverTouchesNd4j() {
		List<String> warnings = new ArrayList<>();
		assertEquals("jvm", BackendSelector.select("auto", 16, 32, NEVER, warnings::add).name());
		assertEquals("jvm", BackendSelector.select("jvm", 1024, 1024, NEVER, warnings::add).name());
		assertTrue(warnings.isEmpty());
	}

	@Test
	void nd4jWhenChosenAndFallbackOnlyForAuto() {
		List<String> warnings = new ArrayList<>();
		assertSame(FAKE_ND4J, BackendSelector.select("auto", 128, 256, () -> FAKE_ND4J, warnings::add));
		assertSame(FAKE_ND4J, BackendSelector.select("nd4j", 16, 32, () -> FAKE_ND4J, warnings::add));
		Supplier<SsmBackend> broken = () -> {
			throw new NoClassDefFoundError("org/nd4j/linalg/factory/Nd4j");
		};
		assertEquals("jvm", BackendSelector.select("auto", 128, 256, broken, warnings::add).name());
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0).contains("ND4J"));
		assertEquals("jvm", BackendSelector.select("auto", 128, 256, null, warnings::add).name());
		assertThrows(IllegalStateException.class, () -> BackendSelector.select("nd4j", 128, 256, broken, warnings::add));
		assertThrows(IllegalStateException.class, () -> BackendSelector.select("nd4j", 128, 256, null, warnings::add));
	}
}
