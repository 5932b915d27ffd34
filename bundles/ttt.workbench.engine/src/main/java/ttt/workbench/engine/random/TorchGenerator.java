package ttt.workbench.engine.random;

/**
 * torch's CPU generator ({@code CPUGeneratorImpl}): the state behind {@code torch.manual_seed} and
 * {@code torch.Generator().manual_seed}, and its scalar draws. The reference takes every random number of
 * {@code init_base} and {@code run_session} from such a generator, so the same seed gives the same numbers here only
 * if the stream and each conversion match torch exactly:
 * <ul>
 * <li>{@link #manualSeed}: mt19937 {@code init_genrand} of the seed's low 32 bits; the cached normal sample is
 * dropped;
 * <li>{@link #random()}: one 32-bit draw; {@link #random64()}: two draws, the first as the high word;
 * <li>{@link #uniformFloat()}: the low 24 bits of one draw × 2⁻²⁴; {@link #uniformDouble()}: the low 53 bits of
 * {@link #random64()} × 2⁻⁵³;
 * <li>{@link #normalDouble()}: the scalar Box–Muller of {@code at::normal_distribution<double>} that tensors of fewer
 * than 16 values use: two double uniforms u1, u2; r = √(−2 ln(1 − u2)), θ = 2π·u1; returns r·cos θ and keeps r·sin θ
 * for the next call (the generator's "next double normal sample").
 * </ul>
 * Tensor fills (the 16-value vector path of {@code randn}, {@code uniform_}) are in {@link TorchDistributions}.
 * Not thread-safe (torch locks the generator; here each user owns one).
 */
public final class TorchGenerator {

	private static final double TWO_POW_MINUS_24 = 1.0 / (1 << 24), TWO_POW_MINUS_53 = 1.0 / (1L << 53);
	private static final long MASK_53 = (1L << 53) - 1;

	private final Mt19937 engine = new Mt19937();
	private boolean hasNextNormal;
	private double nextNormal;

	/** A generator after {@code manual_seed(seed)}. */
	public TorchGenerator(long seed) {
		manualSeed(seed);
	}

	/** {@code manual_seed(seed)}: mt19937 seeded with the low 32 bits; forgets any cached normal sample. */
	public void manualSeed(long seed) {
		engine.seedGenrand((int) seed);
		hasNextNormal = false;
	}

	/** One 32-bit draw, unsigned in [0, 2³²). */
	public long random() {
		return engine.nextUnsigned();
	}

	/** Two draws as one 64-bit value: {@code first << 32 | second}. */
	public long random64() {
		long hi = engine.nextUnsigned(), lo = engine.nextUnsigned();
		return hi << 32 | lo;
	}

	/** A float uniform in [0, 1) as torch makes it (exact in a double). */
	public double uniformFloat() {
		return (random() & 0xffffff) * TWO_POW_MINUS_24;
	}

	/** A double uniform in [0, 1) as torch makes it. */
	public double uniformDouble() {
		return (random64() & MASK_53) * TWO_POW_MINUS_53;
	}

	/** One N(0, 1) sample from the scalar path (what {@code randn} of fewer than 16 values gives, before rounding). */
	public double normalDouble() {
		if (hasNextNormal) {
			hasNextNormal = false;
			return nextNormal;
		}
		double u1 = uniformDouble(), u2 = uniformDouble();
		double r = Math.sqrt(-2.0 * Math.log(1.0 - u2));
		double theta = 2.0 * Math.PI * u1;
		nextNormal = r * Math.sin(theta);
		hasNextNormal = true;
		return r * Math.cos(theta);
	}
}
