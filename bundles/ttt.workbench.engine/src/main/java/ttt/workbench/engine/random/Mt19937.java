package ttt.workbench.engine.random;

/**
 * The 32-bit Mersenne Twister (Matsumoto–Nishimura MT19937), the engine under both reference generators: torch's
 * CPU generator seeds it with {@link #seedGenrand(int) init_genrand} of the low 32 bits of the seed, Python's
 * {@code random} with {@link #seedByArray(int[]) init_by_array} of the seed's 32-bit words. Written from the
 * published algorithm; one job: produce the same 32-bit stream as those two for the same seeding.
 */
public final class Mt19937 {

	private static final int N = 624, M = 397;
	private static final int MATRIX_A = 0x9908b0df, UPPER = 0x80000000, LOWER = 0x7fffffff;

	private final int[] mt = new int[N];
	private int index;

	/** An engine seeded as {@code init_genrand(seed)} (what {@code torch.manual_seed} does with the low 32 bits). */
	public static Mt19937 genrand(int seed) {
		Mt19937 e = new Mt19937();
		e.seedGenrand(seed);
		return e;
	}

	/** {@code init_genrand}: the classic linear-congruential fill of the 624-word state. */
	public void seedGenrand(int seed) {
		mt[0] = seed;
		for (int i = 1; i < N; i++) {
			mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
		}
		index = N;
	}

	/** {@code init_by_array}: {@code init_genrand(19650218)} then two mixing passes over the key (Python's seeding). */
	public void seedByArray(int[] key) {
		seedGenrand(19650218);
		int i = 1, j = 0;
		for (int k = Math.max(N, key.length); k > 0; k--) {
			mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
			i++;
			j++;
			if (i >= N) {
				mt[0] = mt[N - 1];
				i = 1;
			}
			if (j >= key.length) {
				j = 0;
			}
		}
		for (int k = N - 1; k > 0; k--) {
			mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
			i++;
			if (i >= N) {
				mt[0] = mt[N - 1];
				i = 1;
			}
		}
		mt[0] = UPPER; // the most significant bit is 1: a non-zero initial state
		index = N;
	}

	/** The next 32 random bits (an unsigned value held in an {@code int}). */
	public int nextInt() {
		if (index >= N) {
			twist();
		}
		int y = mt[index++];
		y ^= y >>> 11;
		y ^= (y << 7) & 0x9d2c5680;
		y ^= (y << 15) & 0xefc60000;
		y ^= y >>> 18;
		return y;
	}

	/** The next 32 random bits as a non-negative long in [0, 2³²). */
	public long nextUnsigned() {
		return nextInt() & 0xffffffffL;
	}

	/** The published twist, its index wrap-arounds ({@code (k + 1) % N}, {@code (k + M) % N}) split into three loops. */
	private void twist() {
		final int[] s = mt;
		int k = 0;
		for (; k < N - M; k++) {
			s[k] = s[k + M] ^ mix(s[k], s[k + 1]);
		}
		for (; k < N - 1; k++) {
			s[k] = s[k + M - N] ^ mix(s[k], s[k + 1]);
		}
		s[N - 1] = s[M - 1] ^ mix(s[N - 1], s[0]);
		index = 0;
	}

	private static int mix(int upper, int lower) {
		int y = (upper & UPPER) | (lower & LOWER);
		return (y >>> 1) ^ (-(y & 1) & MATRIX_A);
	}
}
