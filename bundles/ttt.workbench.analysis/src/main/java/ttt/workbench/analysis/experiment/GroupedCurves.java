package ttt.workbench.analysis.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The Grouped curves page (W&amp;B's grouping): per configuration, the adaptive and the session-start MSE per step
 * averaged over its shown members (seeds), with a band of ± one sample std (n − 1; no band where n = 1), and the
 * base MSE per step for reference (per configuration, and {@link #base() over all shown members}).
 *
 * <p><b>Which run.</b> {@link RunChoice#LAST} (default): each member's last run — the run its figures come from.
 * {@link RunChoice#CONCATENATED}: all of the member's runs in order, end to end, as one curve (steps counted from the
 * first run's step 0), so what earlier runs taught shows as the session-start curve dropping at run boundaries.
 *
 * <p><b>Alignment.</b> {@link Alignment#ABSOLUTE}: x is the step index (0, 1, …); members shorter than the longest
 * stop contributing at their end, so {@link Band#n()} per step says how many members each mean is over.
 * {@link Alignment#RELATIVE}: each member's curve is resampled onto a common grid of {@code gridPoints} positions
 * u = i / (gridPoints − 1) in [0, 1] — position u of a curve of L steps is the fractional step u·(L − 1), linearly
 * interpolated between its neighbours — so runs of different lengths line up start to end; x is u.
 * {@link Alignment#AUTO} (default): absolute when all included curves have the same length, else relative;
 * {@link #alignment()} says which was used.
 *
 * <p>Loads one per-step file per included run through the {@link CurveSource}: run it off the UI thread. Members
 * whose curves are missing are left out and listed in {@link #missing()}.
 */
public final class GroupedCurves {

	public enum Alignment {
		ABSOLUTE, RELATIVE, AUTO
	}

	public enum RunChoice {
		LAST, CONCATENATED
	}

	/** @param gridPoints positions of the relative grid (at least 2) */
	public record Options(Alignment alignment, RunChoice runs, int gridPoints) {

		public static final int DEFAULT_GRID = 200;

		public Options {
			if (gridPoints < 2) {
				throw new IllegalArgumentException("the relative grid needs at least 2 points, got " + gridPoints);
			}
		}

		public static Options defaults() {
			return new Options(Alignment.AUTO, RunChoice.LAST, DEFAULT_GRID);
		}

		public Options with(Alignment a) {
			return new Options(a, runs, gridPoints);
		}

		public Options with(RunChoice r) {
			return new Options(alignment, r, gridPoints);
		}

		public Options withGrid(int points) {
			return new Options(alignment, runs, points);
		}
	}

	/**
	 * One configuration's curves, all arrays indexed like {@code x}.
	 *
	 * @param configuration    the configuration's index in {@link Experiment#configurations()}
	 * @param members          member indexes that contributed
	 * @param x                step index (absolute) or position in [0, 1] (relative)
	 * @param n                members contributing at each x
	 * @param adaptiveMean     mean adaptive MSE
	 * @param adaptiveStd      its sample std (NaN where n &lt; 2)
	 * @param sessionStartMean mean session-start MSE (NaN for Phase 0 files)
	 * @param sessionStartStd  its sample std
	 * @param baseMean         mean base MSE
	 */
	public record Band(int configuration, int[] members, double[] x, int[] n, double[] adaptiveMean, double[] adaptiveStd,
			double[] sessionStartMean, double[] sessionStartStd, double[] baseMean) {
	}

	private final Experiment experiment;
	private final Alignment alignment;
	private final Options options;
	private final List<Band> bands;
	private final Band base;
	private final List<String> missing;

	private GroupedCurves(Experiment experiment, Alignment alignment, Options options, List<Band> bands, Band base, List<String> missing) {
		this.experiment = experiment;
		this.alignment = alignment;
		this.options = options;
		this.bands = bands;
		this.base = base;
		this.missing = missing;
	}

	/**
	 * @param visible the members shown (null: all)
	 * @throws IOException when a per-step file cannot be read
	 */
	public static GroupedCurves compute(Experiment e, BitSet visible, CurveSource source, Options options) throws IOException {
		int n = e.size();
		CurveSource.Curves[] curves = new CurveSource.Curves[n];
		List<String> missing = new ArrayList<>();
		java.util.stream.IntStream wanted = java.util.stream.IntStream.range(0, n).filter(m -> visible == null || visible.get(m));
		try {
			(source.threadSafe() ? wanted.parallel() : wanted).forEach(m -> {
				try {
					curves[m] = load(e.members().get(m), source, options.runs());
				} catch (IOException x) {
					throw new java.io.UncheckedIOException(x);
				}
			});
		} catch (java.io.UncheckedIOException x) {
			throw x.getCause();
		}
		for (Member m : e.members()) {
			if ((visible == null || visible.get(m.index())) && curves[m.index()] == null) {
				missing.add(m.sessionId());
			}
		}
		Alignment used = options.alignment();
		int maxLen = 0;
		if (used == Alignment.AUTO) {
			int len = -1;
			used = Alignment.ABSOLUTE;
			for (CurveSource.Curves c : curves) {
				if (c != null) {
					if (len >= 0 && c.steps() != len) {
						used = Alignment.RELATIVE;
					}
					len = c.steps();
				}
			}
		}
		for (CurveSource.Curves c : curves) {
			if (c != null) {
				maxLen = Math.max(maxLen, c.steps());
			}
		}
		double[] x;
		if (used == Alignment.ABSOLUTE) {
			x = new double[maxLen];
			for (int i = 0; i < maxLen; i++) {
				x[i] = i;
			}
		} else {
			int g = options.gridPoints();
			x = new double[g];
			for (int i = 0; i < g; i++) {
				x[i] = (double) i / (g - 1);
			}
			for (int m = 0; m < n; m++) {
				if (curves[m] != null) {
					curves[m] = new CurveSource.Curves(resample(curves[m].base(), g), resample(curves[m].sessionStart(), g),
							resample(curves[m].adaptive(), g));
				}
			}
		}
		List<Band> bands = new ArrayList<>();
		for (Configuration c : e.configurations()) {
			List<Integer> in = new ArrayList<>();
			for (int m : c.membersRef()) {
				if (curves[m] != null) {
					in.add(m);
				}
			}
			if (!in.isEmpty()) {
				bands.add(band(c.index(), in, curves, x));
			}
		}
		List<Integer> all = new ArrayList<>();
		for (int m = 0; m < n; m++) {
			if (curves[m] != null) {
				all.add(m);
			}
		}
		Band base = all.isEmpty() ? null : band(-1, all, curves, x);
		return new GroupedCurves(e, used, options, List.copyOf(bands), base, List.copyOf(missing));
	}

	private static CurveSource.Curves load(Member m, CurveSource source, RunChoice choice) throws IOException {
		if (choice == RunChoice.LAST) {
			return m.lastRunId() == null ? null : source.curves(m.sessionId(), m.lastRunId());
		}
		List<CurveSource.Curves> parts = new ArrayList<>();
		int total = 0;
		for (RunFigures r : m.runs()) {
			CurveSource.Curves c = source.curves(m.sessionId(), r.runId());
			if (c == null) {
				return null; // a gap would shift every later step
			}
			parts.add(c);
			total += c.steps();
		}
		if (parts.isEmpty()) {
			return null;
		}
		double[] b = new double[total], s = new double[total], a = new double[total];
		int at = 0;
		for (CurveSource.Curves c : parts) {
			System.arraycopy(c.base(), 0, b, at, c.steps());
			System.arraycopy(c.sessionStart(), 0, s, at, c.steps());
			System.arraycopy(c.adaptive(), 0, a, at, c.steps());
			at += c.steps();
		}
		return new CurveSource.Curves(b, s, a);
	}

	/** {@code v} at positions u = i/(g − 1) of its length: linear interpolation at fractional step u·(L − 1). */
	static double[] resample(double[] v, int g) {
		double[] out = new double[g];
		int len = v.length;
		for (int i = 0; i < g; i++) {
			if (len == 1) {
				out[i] = v[0];
				continue;
			}
			double pos = (double) i / (g - 1) * (len - 1);
			int i0 = (int) Math.floor(pos);
			if (i0 >= len - 1) {
				out[i] = v[len - 1];
			} else {
				double f = pos - i0;
				out[i] = f == 0 ? v[i0] : v[i0] + f * (v[i0 + 1] - v[i0]);
			}
		}
		return out;
	}

	private static Band band(int configuration, List<Integer> members, CurveSource.Curves[] curves, double[] x) {
		int len = x.length;
		int[] count = new int[len];
		double[] am = new double[len], as = new double[len], sm = new double[len], ss = new double[len], bm = new double[len];
		double[] buf = new double[members.size()];
		for (int i = 0; i < len; i++) {
			int k = 0;
			for (int m : members) {
				if (i < curves[m].steps()) {
					k++;
				}
			}
			count[i] = k;
			double[] a = stat(members, curves, i, 0, buf);
			double[] s = stat(members, curves, i, 1, buf);
			double[] b = stat(members, curves, i, 2, buf);
			am[i] = a[0];
			as[i] = a[1];
			sm[i] = s[0];
			ss[i] = s[1];
			bm[i] = b[0];
		}
		return new Band(configuration, members.stream().mapToInt(Integer::intValue).toArray(), x, count, am, as, sm, ss, bm);
	}

	/** Mean and sample std at step i of series 0 adaptive, 1 session start, 2 base (NaN values left out). */
	private static double[] stat(List<Integer> members, CurveSource.Curves[] curves, int i, int series, double[] buf) {
		int k = 0;
		for (int m : members) {
			CurveSource.Curves c = curves[m];
			if (i < c.steps()) {
				double v = series == 0 ? c.adaptive()[i] : series == 1 ? c.sessionStart()[i] : c.base()[i];
				if (!Double.isNaN(v)) {
					buf[k++] = v;
				}
			}
		}
		Stat s = Stat.of(java.util.Arrays.copyOf(buf, k));
		return new double[] { s.mean(), s.std() };
	}

	public Experiment experiment() {
		return experiment;
	}

	/** The alignment used (AUTO resolved). */
	public Alignment alignment() {
		return alignment;
	}

	public Options options() {
		return options;
	}

	/** One band per configuration with at least one curve, by configuration index. */
	public List<Band> bands() {
		return bands;
	}

	/** All included members as one group ({@code configuration} −1): the base reference; null when no curve. */
	public Band base() {
		return base;
	}

	/** Shown members left out for lack of curves (session ids). */
	public List<String> missing() {
		return missing;
	}

	/**
	 * CSV, long format: {@code configuration} (its key; {@code all} for the reference), {@code x}, {@code n}, then the
	 * means and stds.
	 */
	public String csv() {
		Csv csv = new Csv(List.of("configuration", alignment == Alignment.ABSOLUTE ? "step" : "position", "n", "adaptive_mean",
				"adaptive_std", "session_start_mean", "session_start_std", "base_mean"));
		List<Band> all = new ArrayList<>(bands);
		if (base != null) {
			all.add(base);
		}
		for (Band b : all) {
			String key = b.configuration() < 0 ? "all" : experiment.configurations().get(b.configuration()).key();
			for (int i = 0; i < b.x().length; i++) {
				csv.row(List.of(key, alignment == Alignment.ABSOLUTE ? Integer.toString((int) b.x()[i]) : Csv.num(b.x()[i]),
						Integer.toString(b.n()[i]), Csv.num(b.adaptiveMean()[i]), Csv.num(b.adaptiveStd()[i]),
						Csv.num(b.sessionStartMean()[i]), Csv.num(b.sessionStartStd()[i]), Csv.num(b.baseMean()[i])));
			}
		}
		return csv.toString();
	}
}
