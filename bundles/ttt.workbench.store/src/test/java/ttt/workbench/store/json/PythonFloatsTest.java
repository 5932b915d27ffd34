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

	/**
	 * The allocation-free {@link PythonFloats#appendRepr} against Python's {@code json.dumps(float)} (repr, with
	 * {@code NaN}/{@code Infinity}) on edge cases and random bit patterns of every kind: subnormals, powers of ten
	 * around the layout switches (1e-5, 1e16), one- and two-digit values, float32 values widened as the engine
	 * writes them, signed zeros and non-finite values. It appends after existing text, as the file writers use it.
	 */
	@Test
	void appendReprMatchesPythonOnEdgeCasesAndRandomBits() throws Exception {
		PythonInterop.requirePython();
		List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
				Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
				Double.MAX_VALUE, 1e16, Math.nextDown(1e16), Math.nextUp(1e16), 1e-5, Math.nextDown(1e-4), 1e-4, 9.999999999999999e15,
				1e22, 1e23, 1e-22, 1e-23, 5e-324, 1e-323, 2.5e-323, 0.1, 0.2, 0.3, 1.5, 2.5, 9.5, 95.0, 0.95, 0.25,
				(double) Float.MIN_VALUE, (double) Float.MAX_VALUE, (double) Float.MIN_NORMAL, 123456789012345678.0,
				1234567890123456.7, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 1e-3, 9.9e-5, 4.35e-5));
		Random random = new Random(20261207);
		for (int e = -325; e <= 308; e++) { // one-digit and two-digit decimals at every exponent, and their neighbours
			for (String digits : new String[] { "1", "5", "9", "1.5", "2.5", "9.5", "4.9", "9.9" }) {
				double v = Double.parseDouble(digits + "e" + e);
				values.add(v);
				values.add(Math.nextUp(v));
				values.add(Math.nextDown(v));
			}
		}
		for (int i = 0; i < 20000; i++) {
			switch (i % 5) {
			case 0 -> values.add(Double.longBitsToDouble(random.nextLong()));
			case 1 -> values.add((double) Float.intBitsToFloat(random.nextInt())); // any float32, widened
			case 2 -> values.add(Double.longBitsToDouble(random.nextLong() & 0x800FFFFFFFFFFFFFL)); // subnormals
			case 3 -> values.add((double) (float) (random.nextGaussian() * Math.pow(10, random.nextInt(12) - 8)));
			default -> values.add(Math.scalb((double) (random.nextInt(1000) + 1), random.nextInt(200) - 100));
			}
		}
		StringBuilder stdin = new StringBuilder();
		for (double v : values) {
			stdin.append(Long.toHexString(Double.doubleToRawLongBits(v))).append('\n');
		}
		String out = PythonInterop.runOk("import json, struct, sys\n"
				+ "for line in sys.stdin:\n"
				+ "    print(json.dumps(struct.unpack('<d', int(line, 16).to_bytes(8, 'little'))[0]))\n", stdin.toString());
		String[] expected = out.split("\n");
		assertEquals(values.size(), expected.length);
		StringBuilder reused = new StringBuilder("x,");
		for (int i = 0; i < values.size(); i++) {
			double v = values.get(i);
			reused.setLength(2);
			PythonFloats.appendRepr(reused, v);
			assertEquals("x," + expected[i], reused.toString(), "bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
			assertEquals(expected[i], PythonFloats.repr(v));
		}
	}
}
