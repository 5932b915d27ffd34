package ttt.workbench.analysis.tree;

/** An sRGB colour as plain numbers (no SWT resource), so colour rules can be computed and tested off the UI thread. */
public record Shade(int r, int g, int b) {

	public Shade {
		r = clamp(r);
		g = clamp(g);
		b = clamp(b);
	}

	/** Linear blend: {@code f = 0} is this, {@code f = 1} is {@code other}. */
	Shade mix(Shade other, double f) {
		double k = Math.max(0, Math.min(1, f));
		return new Shade((int) Math.round(r + (other.r - r) * k), (int) Math.round(g + (other.g - g) * k),
				(int) Math.round(b + (other.b - b) * k));
	}

	/** From hue (degrees), saturation and lightness in [0, 1]. */
	static Shade hsl(double hue, double saturation, double lightness) {
		double c = (1 - Math.abs(2 * lightness - 1)) * saturation;
		double h = ((hue % 360) + 360) % 360 / 60.0;
		double x = c * (1 - Math.abs(h % 2 - 1));
		double[] rgb = h < 1 ? new double[] { c, x, 0 } : h < 2 ? new double[] { x, c, 0 } : h < 3 ? new double[] { 0, c, x }
				: h < 4 ? new double[] { 0, x, c } : h < 5 ? new double[] { x, 0, c } : new double[] { c, 0, x };
		double m = lightness - c / 2;
		return new Shade((int) Math.round((rgb[0] + m) * 255), (int) Math.round((rgb[1] + m) * 255),
				(int) Math.round((rgb[2] + m) * 255));
	}

	/** Relative luminance (WCAG), to pick black or white text on this fill. */
	public double luminance() {
		return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
	}

	private static double lin(int c) {
		double s = c / 255.0;
		return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}
}
