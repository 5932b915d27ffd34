package ttt.workbench.sweep;

/**
 * The sample generator of sweeps: SplitMix64 (Steele, Lea, Flood 2014), chosen because it is a few lines anyone can
 * reproduce (in Python: {@code z = (s := s + 0x9E3779B97F4A7C15) ...}). State starts at {@code sample_seed}; each
 * {@link #nextLong()} adds 0x9E3779B97F4A7C15 and mixes; {@link #nextDouble()} is {@code (nextLong() >>> 11) · 2⁻⁵³}.
 */
public final class SplitMix64 {

	private long state;

	public SplitMix64(long seed) {
		this.state = seed;
	}

	public long nextLong() {
		long z = (state += 0x9E3779B97F4A7C15L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Uniform in [0, 1). */
	public double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}
}
