package ttt.workbench.engine.random;

/**
 * Python's {@code random} module (CPython's {@code _random.Random}) for the calls the reference makes:
 * {@code random.seed(int)}, {@code random()} and {@code uniform(a, b)}. The reference's {@code new_session --mu -1}
 * draws μ as {@code random.uniform(0.02, 0.25)} right after {@code random.seed(seed)}; reproducing that needs
 * Python's exact seeding ({@code init_by_array} of |seed|'s 32-bit words, least significant first) and its 53-bit
 * double construction, which this class implements from CPython's documented algorithm.
 */
public final class PythonRandom {

	private final Mt19937 engine = new Mt19937();

	/** As {@code random.Random(seed)}. */
	public PythonRandom(long seed) {
		seed(seed);
	}

	/**
	 * {@code random.seed(seed)} for an int: the key is |seed| split into 32-bit words (just {@code [0]} for 0). Any
	 * long works, {@link Long#MIN_VALUE} included (its magnitude 2⁶³ is read as an unsigned 64-bit value).
	 */
	public void seed(long seed) {
		long magnitude = seed < 0 ? -seed : seed; // -Long.MIN_VALUE wraps to itself, which is 2^63 read unsigned
		int low = (int) magnitude, high = (int) (magnitude >>> 32);
		engine.seedByArray(high != 0 ? new int[] { low, high } : new int[] { low });
	}

	/** {@code random.random()}: (a·2²⁶ + b) / 2⁵³ with a the top 27 bits of one draw and b the top 26 of the next. */
	public double random() {
		long a = engine.nextUnsigned() >>> 5, b = engine.nextUnsigned() >>> 6;
		return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
	}

	/** {@code random.uniform(a, b)} = {@code a + (b − a)·random()}. */
	public double uniform(double a, double b) {
		return a + (b - a) * random();
	}
}
