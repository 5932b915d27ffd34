package ttt.workbench.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import ttt.workbench.analysis.session.CurveSmoothing;
import ttt.workbench.analysis.session.Smoothing;
import ttt.workbench.analysis.style.ChartPalette;

/**
 * The defaults of {@link WorkbenchPreferences}: exactly what the workbench did before it had preferences (600 steps,
 * seed 1337, backend chosen automatically, the tree folded above 400 sessions, a 25-step trailing window, repaint every
 * 100 ms, the workbench palette), so upgrading changes nothing a researcher sees.
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	public static final String DEFAULT_BACKEND = "auto";
	public static final int DEFAULT_RUN_STEPS = 600;
	public static final long DEFAULT_SEED = 1337;
	public static final int DEFAULT_COLLAPSE_THRESHOLD = 400;
	public static final double DEFAULT_EMA_WEIGHT = 0.6;
	public static final int DEFAULT_REFRESH_MILLIS = 100;

	@Override
	public void initializeDefaultPreferences() {
		setDefaults(WorkbenchPreferences.store());
	}

	static void setDefaults(IPreferenceStore s) {
		s.setDefault(WorkbenchPreferences.BACKEND, DEFAULT_BACKEND);
		s.setDefault(WorkbenchPreferences.RUN_STEPS, DEFAULT_RUN_STEPS);
		s.setDefault(WorkbenchPreferences.SEED, DEFAULT_SEED);
		s.setDefault(WorkbenchPreferences.COLLAPSE_THRESHOLD, DEFAULT_COLLAPSE_THRESHOLD);
		s.setDefault(WorkbenchPreferences.SMOOTHING, Smoothing.Kind.WINDOW.name());
		s.setDefault(WorkbenchPreferences.SMOOTHING_WINDOW, CurveSmoothing.DEFAULT_WINDOW);
		s.setDefault(WorkbenchPreferences.EMA_WEIGHT, DEFAULT_EMA_WEIGHT);
		s.setDefault(WorkbenchPreferences.REFRESH_MILLIS, DEFAULT_REFRESH_MILLIS);
		s.setDefault(WorkbenchPreferences.PALETTE, ChartPalette.WORKBENCH.name());
		s.setDefault(WorkbenchPreferences.EDITOR_AREA_HINT, true);
	}
}
