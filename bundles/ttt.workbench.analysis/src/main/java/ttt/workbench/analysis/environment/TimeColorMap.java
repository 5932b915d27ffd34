package ttt.workbench.analysis.environment;

/**
 * A sequential colour map for time: viridis (perceptually uniform, readable in grey and by colour-blind readers),
 * dark purple at the start of a run, yellow at its end. Interpolated linearly between 9 samples of the matplotlib map.
 */
public final class TimeColorMap {

	/** A colour without SWT, so the mapping can be tested headless. */
	public record Rgb(int r, int g, int b) {
	}

	private static final int[][] VIRIDIS = { { 68, 1, 84 }, { 71, 44, 122 }, { 59, 81, 139 }, { 44, 113, 142 },
			{ 33, 144, 141 }, { 39, 173, 129 }, { 92, 200, 99 }, { 170, 220, 50 }, { 253, 231, 37 } };

	private final double tMin, tMax;

	/** A map for times in {@code [tMin, tMax]}; a degenerate range maps everything to the start colour. */
	public TimeColorMap(double tMin, double tMax) {
		this.tMin = tMin;
		this.tMax = tMax;
	}

	public double tMin() {
		return tMin;
	}

	public double tMax() {
		return tMax;
	}

	/** The colour of time {@code t} (clamped to the range). */
	public Rgb color(double t) {
		double f = tMax > tMin ? (t - tMin) / (tMax - tMin) : 0;
		return at(f);
	}

	/** The colour at fraction {@code f} ∈ [0, 1] of the map (clamped). */
	public static Rgb at(double f) {
		double c = Math.max(0, Math.min(1, Double.isNaN(f) ? 0 : f)) * (VIRIDIS.length - 1);
		int i = Math.min((int) Math.floor(c), VIRIDIS.length - 2);
		double w = c - i;
		int[] a = VIRIDIS[i], b = VIRIDIS[i + 1];
		return new Rgb(mix(a[0], b[0], w), mix(a[1], b[1], w), mix(a[2], b[2], w));
	}

	/** Relative luminance (0 dark … 1 light), to check the map is monotone in lightness. */
	public static double luminance(Rgb c) {
		return (0.2126 * c.r() + 0.7152 * c.g() + 0.0722 * c.b()) / 255.0;
	}

	private static int mix(int a, int b, double w) {
		return (int) Math.round(a + (b - a) * w);
	}
}
