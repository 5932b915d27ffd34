package ttt.workbench.analysis.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What every page of one Experiment editor shares: the current {@link Experiment} snapshot, the Table's filter
 * expression, the brushes ({@link Brushing}), and the picked members (the selection that goes both ways between
 * pages and the workbench). The members a page shows are {@link #visible()} = filter ∩ brushes. A plain observable
 * model without UI types: listeners are called synchronously, on the caller's thread, after each change (the
 * editor makes its changes on the UI thread). Not thread-safe.
 *
 * <p><b>Live sweeps.</b> {@link #setExperiment} takes a newer snapshot: brushes are kept by dimension key (dropped
 * when the dimension is gone, categories kept by label), the filter text is parsed again (if it no longer parses, e.g.
 * a name vanished, the filter is cleared and {@link #filterError()} says why), and picks are kept by session id.
 */
public final class ExperimentSelection {

	public enum Change {
		/** a new snapshot (everything may have changed) */
		EXPERIMENT,
		/** the filter expression */
		FILTER,
		/** a brush */
		BRUSH,
		/** the picked members */
		PICK
	}

	@FunctionalInterface
	public interface Listener {
		void changed(ExperimentSelection selection, Change change);
	}

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private Experiment experiment;
	private Brushing brushing;
	private FilterExpression filter = FilterExpression.ALL;
	private BitSet filterMask;
	private String filterError;
	private BitSet picked = new BitSet();

	public ExperimentSelection(Experiment experiment) {
		this.experiment = experiment;
		this.brushing = new Brushing(experiment);
		this.filterMask = FilterExpression.ALL.select(experiment);
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	private void fire(Change c) {
		for (Listener l : listeners) {
			l.changed(this, c);
		}
	}

	public Experiment experiment() {
		return experiment;
	}

	/** Replaces the snapshot (see the class comment). */
	public void setExperiment(Experiment next) {
		Map<String, Brushing.Brush> old = brushing.brushes();
		List<String> pickedIds = pickedSessionIds();
		this.experiment = next;
		this.brushing = new Brushing(next);
		old.forEach((key, brush) -> {
			Dimension d = next.dimension(key);
			if (d != null && d.isNumeric() == (brush instanceof Brushing.Range)) {
				brushing.set(key, brush);
			}
		});
		filterError = null;
		try {
			filter = FilterExpression.parse(filter.text(), next);
		} catch (FilterException e) {
			filterError = e.getMessage();
			filter = FilterExpression.ALL;
		}
		filterMask = filter.select(next);
		picked = new BitSet();
		for (String id : pickedIds) {
			Member m = next.member(id);
			if (m != null) {
				picked.set(m.index());
			}
		}
		fire(Change.EXPERIMENT);
	}

	// ---- filter ----

	/**
	 * Sets the filter from its text (blank: none).
	 *
	 * @throws FilterException when it cannot be read; the previous filter stays
	 */
	public void setFilter(String text) throws FilterException {
		FilterExpression f = FilterExpression.parse(text == null ? "" : text, experiment);
		filter = f;
		filterError = null;
		filterMask = f.select(experiment);
		fire(Change.FILTER);
	}

	public FilterExpression filter() {
		return filter;
	}

	/** Why the filter was dropped by the last {@link #setExperiment}, or null. */
	public String filterError() {
		return filterError;
	}

	// ---- brushes ----

	/** Brushes {@code key} to [lo, hi] in the dimension's units. */
	public void brushRange(String key, double lo, double hi) {
		brushing.setRange(key, lo, hi);
		fire(Change.BRUSH);
	}

	/** Brushes {@code key} to [u0, u1] in normalised axis units. */
	public void brushNormalised(String key, double u0, double u1) {
		brushing.setNormalisedRange(key, u0, u1);
		fire(Change.BRUSH);
	}

	public void brushCategories(String key, Set<String> labels) {
		brushing.setCategories(key, labels);
		fire(Change.BRUSH);
	}

	public void clearBrush(String key) {
		brushing.clear(key);
		fire(Change.BRUSH);
	}

	public void clearBrushes() {
		brushing.clearAll();
		fire(Change.BRUSH);
	}

	/** The brushes by dimension key. */
	public Map<String, Brushing.Brush> brushes() {
		return brushing.brushes();
	}

	// ---- what pages show ----

	/** The members that pass the filter and every brush (a copy). */
	public BitSet visible() {
		BitSet v = brushing.selected();
		v.and(filterMask);
		return v;
	}

	/** Whether member {@code m} passes the filter and every brush (O(1)). */
	public boolean isVisible(int m) {
		return brushing.isSelected(m) && filterMask.get(m);
	}

	// ---- picks ----

	/** Replaces the picked members (indexes of the current snapshot). */
	public void setPicked(BitSet members) {
		picked = (BitSet) members.clone();
		fire(Change.PICK);
	}

	/** Picks the members of those sessions (ids not in the experiment are ignored). */
	public void setPickedSessions(Collection<String> sessionIds) {
		BitSet b = new BitSet();
		for (String id : sessionIds) {
			Member m = experiment.member(id);
			if (m != null) {
				b.set(m.index());
			}
		}
		setPicked(b);
	}

	public BitSet picked() {
		return (BitSet) picked.clone();
	}

	public List<String> pickedSessionIds() {
		List<String> ids = new ArrayList<>();
		for (int m = picked.nextSetBit(0); m >= 0; m = picked.nextSetBit(m + 1)) {
			if (m < experiment.size()) {
				ids.add(experiment.members().get(m).sessionId());
			}
		}
		return ids;
	}
}
