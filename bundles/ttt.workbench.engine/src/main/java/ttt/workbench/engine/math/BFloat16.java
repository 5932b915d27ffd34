package ttt.workbench.engine.math;

/**
 * bfloat16 emulation on top of float32, as {@code c10::BFloat16} does it: a bfloat16 is the upper 16 bits of a float32
 * (sign, 8 exponent bits, 7 mantissa bits). Conversion from float32 rounds to nearest, ties to even; every NaN becomes
 * the quiet NaN {@code 0x7FC0}; values beyond the largest bfloat16 round to infinity. Conversion back is exact.
 *
 * <p>torch computes bfloat16 arithmetic in float32 ("opmath") and rounds each op's result once to bfloat16; a bfloat16
 * matmul accumulates its (exact) products in float32 and rounds the result. {@link JvmBackend} mirrors that with
 * {@link #round(float)}.
 */
public final class BFloat16 {

	/** The quiet NaN torch produces for every NaN input. */
	public static final short NAN_BITS = (short) 0x7FC0;

	private BFloat16() {
	}

	/** The 16 bits of the bfloat16 nearest to {@code f} (ties to even). */
	public static short toBits(float f) {
		int bits = Float.floatToRawIntBits(f);
		if ((bits & 0x7FFF_FFFF) > 0x7F80_0000) {
			return NAN_BITS;
		}
		int lsb = (bits >>> 16) & 1;
		return (short) ((bits + 0x7FFF + lsb) >>> 16);
	}

	/** The float32 holding exactly the bfloat16 {@code bits}. */
	public static float fromBits(short bits) {
		return Float.intBitsToFloat((bits & 0xFFFF) << 16);
	}

	/** {@code f} rounded to the nearest bfloat16 and widened back to float32. */
	public static float round(float f) {
		int bits = Float.floatToRawIntBits(f);
		if ((bits & 0x7FFF_FFFF) > 0x7F80_0000) {
			return Float.intBitsToFloat(0x7FC0_0000);
		}
		int lsb = (bits >>> 16) & 1;
		return Float.intBitsToFloat((bits + 0x7FFF + lsb) & 0xFFFF_0000);
	}

	/** Rounds every element of {@code row} in place. */
	public static void roundInPlace(float[] row) {
		for (int i = 0; i < row.length; i++) {
			row[i] = round(row[i]);
		}
	}

	/** Rounds every element of {@code m} in place. */
	public static void roundInPlace(float[][] m) {
		for (float[] row : m) {
			roundInPlace(row);
		}
	}
}
