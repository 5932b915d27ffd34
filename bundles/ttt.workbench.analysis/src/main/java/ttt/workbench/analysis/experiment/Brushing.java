package ttt.workbench.analysis.experiment;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Brushes on the axes of an {@link Experiment} (parallel coordinates, scatter) and the members they select: a member
 * is selected when its value lies in every brushed axis's range (numeric: a closed interval in the dimension's own
 * units; categorical: a set of categories). A member without a value on a brushed axis (NaN) is not selected.
 *
 * <p><b>Cost.</b> Each axis keeps its pass mask as a packed bit array; moving one brush recomputes that axis's mask
 * (one pass over a precomputed {@code double} column: O(members)) and ANDs the masks of the brushed axes (O(members /
 * 64 × brushed axes)). At 1,000 members that is a few microseconds (README: benchmark), far below a 33 ms frame.
 * Not thread-safe: use it from one thread (the UI thread), or through {@link ExperimentSelection}.
 */
public final class Brushing {

	/** A brush on one axis. */
	public sealed interface Brush permits Range, Categories {
	}

	/** A closed interval [lo, hi] in the dimension's units (lo &gt; hi is taken as [hi, lo]). */
	public record Range(double lo, double hi) implements Brush {
		public Range {
			if (lo > hi) {
				double t = lo;
				lo = hi;
				hi = t;
			}
		}
	}

	/** A set of category labels of a categorical dimension. */
	public record Categories(Set<String> labels) implements Brush {
		public Categories {
			labels = Collections.unmodifiableSet(new LinkedHashSet<>(labels));
		}
	}

	private final Experiment experiment;
	private final int words;
	private final Map<String, Brush> brushes = new LinkedHashMap<>();
	private final Map<String, long[]> masks = new LinkedHashMap<>();
	private final long[] selected;
	private final long[] all;

	/** No brush: every member selected. */
	public Brushing(Experiment experiment) {
		this.experiment = experiment;
		this.words = (experiment.size() + 63) >>> 6;
		this.all = new long[words];
		for (int m = 0; m < experiment.size(); m++) {
			all[m >>> 6] |= 1L << m;
		}
		this.selected = all.clone();
	}

	public Experiment experiment() {
		return experiment;
	}

	/** Brushes {@code key}'s axis to [lo, hi] (dimension units). */
	public void setRange(String key, double lo, double hi) {
		set(key, new Range(lo, hi));
	}

	/** Brushes {@code key}'s axis to [u0, u1] in axis units ([0, 1], see {@link Dimension#normalise}). */
	public void setNormalisedRange(String key, double u0, double u1) {
		Dimension d = dimension(key);
		if (d.isNumeric()) {
			set(key, new Range(d.denormalise(Math.min(u0, u1)), d.denormalise(Math.max(u0, u1))));
		} else {
			Set<String> labels = new LinkedHashSet<>();
			for (int i = 0; i < d.categories().size(); i++) {
				double u = d.normalise(i);
				if (u >= Math.min(u0, u1) && u <= Math.max(u0, u1)) {
					labels.add(d.categories().get(i));
				}
			}
			set(key, new Categories(labels));
		}
	}

	public void setCategories(String key, Set<String> labels) {
		set(key, new Categories(labels));
	}

	/**
	 * Sets (or, with null, clears) the brush of {@code key}'s axis.
	 *
	 * @throws IllegalArgumentException for an unknown key, or a brush of the wrong type for the dimension
	 */
	public void set(String key, Brush brush) {
		if (brush == null) {
			clear(key);
			return;
		}
		Dimension d = dimension(key);
		double[] col = experiment.columnRef(d);
		long[] mask = masks.computeIfAbsent(key, k -> new long[words]);
		java.util.Arrays.fill(mask, 0);
		if (brush instanceof Range r) {
			if (!d.isNumeric()) {
				throw new IllegalArgumentException(key + " is categorical: brush it with categories");
			}
			double lo = r.lo(), hi = r.hi();
			for (int m = 0; m < col.length; m++) {
				double v = col[m];
				if (v >= lo && v <= hi) {
					mask[m >>> 6] |= 1L << m;
				}
			}
		} else if (brush instanceof Categories c) {
			if (d.isNumeric()) {
				throw new IllegalArgumentException(key + " is numeric: brush it with a range");
			}
			boolean[] in = new boolean[d.categories().size()];
			for (String label : c.labels()) {
				int i = d.categoryIndex(label);
				if (i >= 0) {
					in[i] = true;
				}
			}
			for (int m = 0; m < col.length; m++) {
				double v = col[m];
				if (!Double.isNaN(v) && in[(int) v]) {
					mask[m >>> 6] |= 1L << m;
				}
			}
		}
		brushes.put(key, brush);
		combine();
	}

	public void clear(String key) {
		if (brushes.remove(key) != null) {
			masks.remove(key);
			combine();
		}
	}

	public void clearAll() {
		brushes.clear();
		masks.clear();
		combine();
	}

	private void combine() {
		System.arraycopy(all, 0, selected, 0, words);
		for (long[] mask : masks.values()) {
			for (int w = 0; w < words; w++) {
				selected[w] &= mask[w];
			}
		}
	}

	private Dimension dimension(String key) {
		Dimension d = experiment.dimension(key);
		if (d == null) {
			throw new IllegalArgumentException("no dimension \"" + key + "\" in experiment " + experiment.name());
		}
		return d;
	}

	/** The brushes by dimension key, in the order they were first set. */
	public Map<String, Brush> brushes() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(brushes));
	}

	public Brush brush(String key) {
		return brushes.get(key);
	}

	/** The selected members (a copy). */
	public BitSet selected() {
		return BitSet.valueOf(selected);
	}

	/** Whether member {@code m} is selected (O(1)). */
	public boolean isSelected(int m) {
		return (selected[m >>> 6] & (1L << m)) != 0;
	}

	public int count() {
		int n = 0;
		for (long w : selected) {
			n += Long.bitCount(w);
		}
		return n;
	}

	/** The packed selection (word w bit b = member 64·w + b): for callers that AND it with other masks. */
	long[] words() {
		return selected;
	}
}
