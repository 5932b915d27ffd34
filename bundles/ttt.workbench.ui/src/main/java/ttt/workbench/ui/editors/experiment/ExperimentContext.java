package ttt.workbench.ui.editors.experiment;

import java.util.BitSet;
import java.util.function.Consumer;

import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.ExperimentSelection;

/**
 * What a page of the experiment editor needs from its editor: the experiment, the filter, brushes and selection every
 * page shares, and the changes to them. Pages depend on this, not on the editor class, so the editor and its pages do
 * not refer to each other.
 */
interface ExperimentContext {

	/** What changed, for the pages' listeners. */
	enum Change {
		/** a new snapshot (first load, or the store changed) */
		EXPERIMENT,
		/** filter or brushes: which members pass */
		FILTER,
		/** the selected members */
		SELECTION
	}

	/** The members and their figures (null before the first load). */
	Experiment experiment();

	/** Why the last load failed, or null. */
	String loadError();

	/** The filter, brushes and selection every page shows. */
	ExperimentSelection state();

	/** The store the experiment's sessions are in (its root, for reading their curves). */
	ExperimentEditorInput getExperimentInput();

	void addChangeListener(Consumer<Change> listener);

	void removeChangeListener(Consumer<Change> listener);

	/** Tells every page that {@code change} happened. */
	void fire(Change change);

	/** Sets the filter text; returns the parse error (null when it parses; the previous filter then stays). */
	String setFilter(String text);

	/** Brushes dimension {@code key} to the axis fractions {@code [u0, u1]}, or clears its brush ({@code range} null). */
	void brushNormalised(String key, double[] range);

	void clearBrushes();

	/** Selects these members (bit = member index) and publishes their sessions. */
	void select(BitSet members);

	/** Opens the selected members' sessions in session editors. */
	void openSelected();
}
