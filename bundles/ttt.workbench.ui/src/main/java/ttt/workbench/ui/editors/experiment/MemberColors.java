package ttt.workbench.ui.editors.experiment;

import java.util.Arrays;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.environment.TimeColorMap;
import ttt.workbench.analysis.experiment.Dimension;
import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.analysis.weights.DivergingScale;
import ttt.workbench.ui.charts.CompactNumberFormat;
import ttt.workbench.ui.views.compare.CurveStyle;

/**
 * The colour of each member by one dimension, with a legend in words, from the product's palettes:
 * <ul>
 * <li>learning figures (persistent, online, total: signed, 0 = no learning) on the weights' diverging scale, turned
 * so that <b>blue learns</b> and <b>red got worse</b>, centred on 0, saturated at the 90th percentile of |value| so
 * one outlier does not wash out the rest, and mixed with 30 % grey so that "about 0" stays visible on white;</li>
 * <li>categories in the Compare view's palette (Okabe–Ito);</li>
 * <li>anything else on viridis (dark purple low, yellow high): parameters over their range (log for a learning rate
 * spanning decades), figures between their 5th and 95th percentiles.</li>
 * </ul>
 * Members without a value are mid grey. Packed 0xRRGGBB, no SWT.
 */
record MemberColors(int[] colors, String legend) {

	static final int MISSING = 0x909090;
	private static final CompactNumberFormat FORMAT = new CompactNumberFormat();

	static MemberColors of(Experiment e, Dimension d) {
		int n = e.size();
		int[] out = new int[n];
		if (d == null) {
			Arrays.fill(out, 0x2C7FB8);
			return new MemberColors(out, "");
		}
		double[] v = e.column(d);
		if (!d.isNumeric()) {
			StringBuilder legend = new StringBuilder("colour: " + d.key() + " —");
			for (int i = 0; i < d.categories().size(); i++) {
				legend.append(' ').append(d.categories().get(i)).append(i == 0 ? " (blue)" : i == 1 ? " (orange)" : i == 2 ? " (green)" : "");
			}
			for (int m = 0; m < n; m++) {
				out[m] = Double.isNaN(v[m]) ? MISSING : packed(CurveStyle.of((int) v[m]).color());
			}
			return new MemberColors(out, legend.toString());
		}
		Figure f = d.figure();
		if (f == Figure.PERSISTENT || f == Figure.ONLINE || f == Figure.TOTAL) {
			double limit = percentile(abs(v), 0.9);
			DivergingScale scale = new DivergingScale(limit > 0 ? limit : 1e-12);
			for (int m = 0; m < n; m++) {
				out[m] = Double.isNaN(v[m]) ? MISSING : greyed(scale.rgb(-v[m]));
			}
			return new MemberColors(out, "colour: " + d.label() + " — blue: learns (≥ +" + FORMAT.format(limit) + "), grey: ≈ 0, red: worse (≤ −"
					+ FORMAT.format(limit) + ")");
		}
		boolean parameter = d.kind() != Dimension.Kind.FIGURE;
		double lo = parameter ? d.min() : percentile(v, 0.05);
		double hi = parameter ? d.max() : percentile(v, 0.95);
		for (int m = 0; m < n; m++) {
			if (Double.isNaN(v[m])) {
				out[m] = MISSING;
				continue;
			}
			double u = parameter ? d.normalise(v[m]) : hi > lo ? (v[m] - lo) / (hi - lo) : 0.5;
			TimeColorMap.Rgb c = TimeColorMap.at(Math.max(0, Math.min(1, u)));
			out[m] = c.r() << 16 | c.g() << 8 | c.b();
		}
		return new MemberColors(out, "colour: " + d.label() + " — purple: " + FORMAT.format(lo) + " or less, yellow: " + FORMAT.format(hi)
				+ " or more");
	}

	private static double[] abs(double[] v) {
		return Arrays.stream(v).map(Math::abs).toArray();
	}

	/** The q-quantile of the finite values (nearest rank); NaN when there is none. */
	static double percentile(double[] values, double q) {
		double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
		if (finite.length == 0) {
			return Double.NaN;
		}
		return finite[(int) Math.min(finite.length - 1, Math.max(0, Math.round(q * (finite.length - 1))))];
	}

	private static int greyed(int rgb) {
		int r = (int) Math.round(0.7 * (rgb >> 16 & 0xFF) + 0.3 * 90);
		int g = (int) Math.round(0.7 * (rgb >> 8 & 0xFF) + 0.3 * 90);
		int b = (int) Math.round(0.7 * (rgb & 0xFF) + 0.3 * 90);
		return r << 16 | g << 8 | b;
	}

	private static int packed(RGB c) {
		return c.red << 16 | c.green << 8 | c.blue;
	}
}
