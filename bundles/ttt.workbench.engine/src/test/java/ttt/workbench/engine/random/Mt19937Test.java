package ttt.workbench.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The twist, written as three loops without index wrap-arounds, gives the stream of the published algorithm (its
 * {@code (k + 1) % N} and {@code (k + M) % N} form, below) over several twists, for both seedings.
 */
class Mt19937Test {

	/** The published MT19937, as written by Matsumoto and Nishimura. */
	private static final class Textbook {
		final int[] mt = new int[624];
		int index = 624;

		Textbook(int[] state) {
			System.arraycopy(state, 0, mt, 0, 624);
		}

		int next() {
			if (index >= 624) {
				for (int k = 0; k < 624; k++) {
					int y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
					mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
				}
				index = 0;
			}
			int y = mt[index++];
			y ^= y >>> 11;
			y ^= (y << 7) & 0x9d2c5680;
			y ^= (y << 15) & 0xefc60000;
			y ^= y >>> 18;
			return y;
		}
	}

	@Test
	void streamIsThePublishedAlgorithmsOverSeveralTwists() throws Exception {
		for (int seed : new int[] { 0, 1, 5489, -7, Integer.MAX_VALUE }) {
			Mt19937 genrand = Mt19937.genrand(seed), byArray = new Mt19937();
			byArray.seedByArray(new int[] { seed, 12345 });
			for (Mt19937 e : new Mt19937[] { genrand, byArray }) {
				Textbook t = new Textbook(state(e));
				for (int i = 0; i < 5 * 624 + 17; i++) {
					assertEquals(t.next(), e.nextInt(), "seed " + seed + " draw " + i);
				}
			}
		}
	}

	@Test
	void torchsFirstDrawsOfSeed5489() {
		// the reference values of mt19937 seeded with 5489 (the C++ standard's default_random_engine check: the
		// 10000th draw is 4123659995)
		Mt19937 e = Mt19937.genrand(5489);
		int last = 0;
		for (int i = 0; i < 10000; i++) {
			last = e.nextInt();
		}
		assertEquals(4123659995L, last & 0xffffffffL);
	}

	private static int[] state(Mt19937 e) throws Exception {
		java.lang.reflect.Field f = Mt19937.class.getDeclaredField("mt");
		f.setAccessible(true);
		return ((int[]) f.get(e)).clone();
	}
}
