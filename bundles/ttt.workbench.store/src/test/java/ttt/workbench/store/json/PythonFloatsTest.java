package ttt.workbench.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ttt.workbench.test.support.PythonInterop;

/** Python itself is the oracle: every double must print exactly as {@code repr(float)} prints it. */
class PythonFloatsTest {

	@Test
	void layoutMatchesPythonForHandPickedValues() {
		assertEquals("1.0", PythonFloats.repr(1.0));
		assertEquals("0.12", PythonFloats.repr(0.12));
		assertEquals("1000000.0", PythonFloats.repr(1e6));
		assertEquals("1e+16", PythonFloats.repr(1e16));
		assertEquals("1e-05", PythonFloats.repr(1e-5));
		assertEquals("0.0001", PythonFloats.repr(1e-4));
		assertEquals("1.2345678901234568e+17", PythonFloats.repr(123456789012345678.0));
		assertEquals("-0.0", PythonFloats.repr(-0.0));
		assertEquals("NaN", PythonFloats.repr(Double.NaN));
		assertEquals("-Infinity", PythonFloats.repr(Double.NEGATIVE_INFINITY));
		assertEquals("5e-324", PythonFloats.repr(Double.MIN_VALUE));
		assertEquals("1.7976931348623157e+308", PythonFloats.repr(Double.MAX_VALUE));
	}

	@Test
	void thousandsOfRandomDoublesPrintAsPythonPrintsThem() throws Exception {
		PythonInterop.requirePython();
		Random random = new Random(42);
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			switch (i % 4) {
			case 0 -> values.add(Double.longBitsToDouble(random.nextLong())); // any bit pattern
			case 1 -> values.add((double) (float) random.nextGaussian()); // float32 values, as the engine writes
			case 2 -> values.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
			default -> values.add((double) random.nextInt(100000) / 1000);
			}
		}
		values.removeIf(v -> v.isNaN() || v.isInfinite());
		StringBuilder stdin = new StringBuilder();
		for (double v : values) {
			stdin.append(Double.toHexString(v)).append('\n');
		}
		String out = PythonInterop.runOk("import sys\nfor line in sys.stdin:\n    print(repr(float.fromhex(line.strip())))\n",
				stdin.toString());
		String[] expected = out.split("\n");
		assertEquals(values.size(), expected.length);
		for (int i = 0; i < values.size(); i++) {
			assertEquals(expected[i], PythonFloats.repr(values.get(i)), "bits " + Double.toHexString(values.get(i)));
		}
	}
}
