package ttt.workbench.engine.random;

/** Distances in units in the last place, counted on the ordered integer images of the values (sign-aware). */
final class Ulp {

	private Ulp() {
	}

	static long between(float a, float b) {
		return Math.abs(ordered(a) - ordered(b));
	}

	static long between(double a, double b) {
		long x = ordered(a), y = ordered(b);
		return Math.abs(x - y);
	}

	private static long ordered(float v) {
		int bits = Float.floatToRawIntBits(v);
		return bits < 0 ? -(long) (bits & 0x7fffffff) : bits;
	}

	private static long ordered(double v) {
		long bits = Double.doubleToRawLongBits(v);
		return bits < 0 ? -(bits & 0x7fffffffffffffffL) : bits;
	}
}
