package ttt.workbench.engine.random;

/**
 * torch's CPU tensor fills from a {@link TorchGenerator}: {@code randn} (float32 and float64) and {@code uniform_},
 * on a contiguous tensor given as its flat row-major array. {@code randn} has two paths in torch and both matter:
 * <ul>
 * <li><b>at least 16 values</b>: all values are first filled with uniforms (float: 24-bit, double: 53-bit), then each
 * block of 16 becomes normals by Box–Muller on the pairs (j, j+8): u1 = 1 − u[j], u2 = u[j+8], r = √(−2 ln u1),
 * θ = 2π·u2, r·cos θ → j, r·sin θ → j+8. When the size is not a multiple of 16 the last 16 values are refilled with
 * fresh uniforms and transformed again (overlapping the previous block). float32: torch on x86-64 (AVX2 kernel, its
 * default there) computes this in float with its own vectorised log and sin/cos, reproduced by {@link Avx2FloatMath}:
 * bit for bit equal to torch. (torch's generic kernel, used on CPUs without AVX2 or with
 * {@code ATEN_CPU_CAPABILITY=default}, computes θ and the products differently: its normals differ from these in the
 * low bits.) float64: double precision with {@link Math}'s log, sin and
 * cos, which differ from glibc's in the last bit for about 1 value in 500 (at most 2 ulp after the products);
 * <li><b>fewer than 16 values</b>: each value is one scalar {@link TorchGenerator#normalDouble()} (double precision,
 * with the generator's cached second sample), rounded to the tensor's type.
 * </ul>
 */
public final class TorchDistributions {

	private static final int BLOCK = 16, HALF = 8;
	private static final float TWO_PI_F = (float) (2.0 * Math.PI);

	private TorchDistributions() {
	}

	/** {@code torch.randn(n)} as float32. */
	public static float[] randnFloat(TorchGenerator gen, int n) {
		float[] out = new float[n];
		randn(gen, out);
		return out;
	}

	/** {@code torch.randn(n, dtype=float64)}. */
	public static double[] randnDouble(TorchGenerator gen, int n) {
		double[] out = new double[n];
		randn(gen, out);
		return out;
	}

	/** {@code torch.randn(n) * scale} in float32: the scale is rounded to float and each product to float (torch). */
	public static float[] randnScaled(TorchGenerator gen, int n, double scale) {
		float[] out = randnFloat(gen, n);
		scale(out, scale);
		return out;
	}

	/**
	 * {@code tensor * scale} for a float32 tensor and a Python float: torch rounds the scalar to float and multiplies in
	 * float (not in double then rounding, which differs for e.g. 0.02).
	 */
	public static void scale(float[] data, double scale) {
		float s = (float) scale;
		for (int i = 0; i < data.length; i++) {
			data[i] = data[i] * s;
		}
	}

	/** Fills a float32 tensor of {@code data.length} values with N(0, 1) as {@code normal_()} / {@code randn} do. */
	public static void randn(TorchGenerator gen, float[] data) {
		int size = data.length;
		if (size < BLOCK) {
			for (int i = 0; i < size; i++) {
				data[i] = (float) gen.normalDouble();
			}
			return;
		}
		for (int i = 0; i < size; i++) {
			data[i] = (float) gen.uniformFloat();
		}
		for (int i = 0; i + BLOCK <= size; i += BLOCK) {
			boxMuller16(data, i);
		}
		if (size % BLOCK != 0) {
			int start = size - BLOCK;
			for (int i = start; i < size; i++) {
				data[i] = (float) gen.uniformFloat();
			}
			boxMuller16(data, start);
		}
	}

	/** Fills a float64 tensor with N(0, 1) (the same two paths, in double precision). */
	public static void randn(TorchGenerator gen, double[] data) {
		int size = data.length;
		if (size < BLOCK) {
			for (int i = 0; i < size; i++) {
				data[i] = gen.normalDouble();
			}
			return;
		}
		for (int i = 0; i < size; i++) {
			data[i] = gen.uniformDouble();
		}
		for (int i = 0; i + BLOCK <= size; i += BLOCK) {
			boxMuller16(data, i);
		}
		if (size % BLOCK != 0) {
			int start = size - BLOCK;
			for (int i = start; i < size; i++) {
				data[i] = gen.uniformDouble();
			}
			boxMuller16(data, start);
		}
	}

	/**
	 * {@code tensor.uniform_(from, to)} on float32: from and to are rounded to float, {@code to − from} is a float
	 * subtraction, and {@code u·(to − from) + from} is one fused multiply-add in float: torch computes it in float
	 * and its AVX2 kernels (what x86 machines of the last decade run) contract it to an FMA. (torch forced to its
	 * non-vectorised {@code ATEN_CPU_CAPABILITY=default} kernels rounds twice and differs in the last bit of about a
	 * quarter of the values.)
	 */
	public static void uniform(TorchGenerator gen, float[] data, double from, double to) {
		float f = (float) from, t = (float) to;
		float range = t - f;
		for (int i = 0; i < data.length; i++) {
			data[i] = Math.fma((float) gen.uniformFloat(), range, f);
		}
	}

	/** torch's AVX2 float kernel: everything in float, its own log and sin/cos ({@link Avx2FloatMath}). */
	private static void boxMuller16(float[] d, int at) {
		float[] sinCos = new float[2];
		for (int j = at; j < at + HALF; j++) {
			float u1 = 1f - d[j], u2 = d[j + HALF];
			float radius = (float) Math.sqrt(-2f * Avx2FloatMath.log(u1)); // sqrt of a float is correctly rounded either way
			Avx2FloatMath.sinCos(TWO_PI_F * u2, sinCos);
			d[j] = radius * sinCos[1];
			d[j + HALF] = radius * sinCos[0];
		}
	}

	private static void boxMuller16(double[] d, int at) {
		for (int j = at; j < at + HALF; j++) {
			double u1 = 1 - d[j], u2 = d[j + HALF];
			double radius = Math.sqrt(-2 * Math.log(u1));
			double theta = 2.0 * Math.PI * u2;
			d[j] = radius * Math.cos(theta);
			d[j + HALF] = radius * Math.sin(theta);
		}
	}
}
