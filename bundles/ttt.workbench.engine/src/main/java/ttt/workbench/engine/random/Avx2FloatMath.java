package ttt.workbench.engine.random;

/**
 * The float32 natural logarithm and sine/cosine exactly as torch's AVX2 {@code randn} kernel computes them, so that
 * float normals equal torch's bit for bit on the machines the reference runs on.
 *
 * <p>Why not {@link Math}: on x86-64 torch (1.13, and the default "AVX2" CPU capability even on AVX-512 machines)
 * turns blocks of 16 uniforms into normals with 8-lane vector code that evaluates log and sin/cos with the Cephes
 * single-precision polynomials (range reduction to [−π/4, π/4] by three-part π/4, a degree-8 polynomial for log of the
 * mantissa), compiled with GCC's default floating-point contraction, which fuses each multiply feeding a single
 * add into one FMA. Correctly rounded functions differ from that in the last one to three bits of about one normal
 * in six. This class implements the same polynomial evaluation, with {@link Math#fma} where the compiled kernel has
 * a fused multiply-add; the tests check it against Debian's torch value for value.
 *
 * <p>Valid for the arguments the kernel sees: {@link #log} for x in (0, 1] (1 − u with u a 24-bit uniform),
 * {@link #sinCos} for θ in [0, 2π).
 */
final class Avx2FloatMath {

	// log: split the mantissa at √½, then log(1 + x) ≈ x − x²/2 + x³·P(x), with e·ln 2 added in two parts
	private static final float SQRT_HALF = 0.707106781186547524f;
	private static final float[] LOG_P = { 7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f,
			1.4249322787E-1f, -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f, 3.3333331174E-1f };
	private static final float LN2_LOW = -2.12194440e-4f, LN2_HIGH = 0.693359375f;

	// sin/cos: octant from x·4/π, reduction by π/4 in three parts, then the sine or the cosine polynomial
	private static final float FOUR_OVER_PI = 1.27323954473516f;
	private static final float PIO4_1 = -0.78515625f, PIO4_2 = -2.4187564849853515625e-4f, PIO4_3 = -3.77489497744594108e-8f;
	private static final float COS_P0 = 2.443315711809948E-005f, COS_P1 = -1.388731625493765E-003f,
			COS_P2 = 4.166664568298827E-002f;
	private static final float SIN_P0 = -1.9515295891E-4f, SIN_P1 = 8.3321608736E-3f, SIN_P2 = -1.6666654611E-1f;

	private Avx2FloatMath() {
	}

	/** ln x for a positive normal float. */
	static float log(float x) {
		int bits = Float.floatToRawIntBits(x);
		float e = (float) ((bits >>> 23) - 0x7f) + 1f;
		float m = Float.intBitsToFloat((bits & 0x807fffff) | 0x3f000000); // mantissa in [0.5, 1)
		boolean small = m < SQRT_HALF;
		float t = m - 1f;
		if (small) { // use 2m − 1 and one exponent less
			e = e - 1f;
			t = t + m;
		}
		float z = t * t;
		float y = LOG_P[0];
		for (int i = 1; i < LOG_P.length; i++) {
			y = Math.fma(y, t, LOG_P[i]);
		}
		y = y * t;
		y = Math.fma(y, z, e * LN2_LOW);
		y = y - z * 0.5f;
		return Math.fma(e, LN2_HIGH, t + y);
	}

	/** Sets {@code out[0]} to sin θ and {@code out[1]} to cos θ. */
	static void sinCos(float theta, float[] out) {
		int sinSign = Float.floatToRawIntBits(theta) & 0x80000000;
		float x = Math.abs(theta);
		int octant = ((int) (x * FOUR_OVER_PI) + 1) & ~1; // round up to even
		float y = octant;
		x = Math.fma(y, PIO4_1, x);
		x = Math.fma(y, PIO4_2, x);
		x = Math.fma(y, PIO4_3, x);
		sinSign ^= (octant & 4) << 29;
		int cosSign = (~(octant - 2) & 4) << 29;
		float z = x * x;
		float c = Math.fma(Math.fma(COS_P0, z, COS_P1), z, COS_P2);
		c = Math.fma(c * z, z, -(z * 0.5f)) + 1f;
		float s = Math.fma(Math.fma(SIN_P0, z, SIN_P1), z, SIN_P2);
		s = Math.fma(s * z, x, x);
		boolean sinPoly = (octant & 2) == 0;
		out[0] = withSign(sinPoly ? s : c, sinSign);
		out[1] = withSign(sinPoly ? c : s, cosSign);
	}

	private static float withSign(float v, int signBit) {
		return Float.intBitsToFloat(Float.floatToRawIntBits(v) ^ signBit);
	}
}
