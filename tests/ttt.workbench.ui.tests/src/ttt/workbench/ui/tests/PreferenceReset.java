package ttt.workbench.ui.tests;

import org.eclipse.jface.preference.IPreferenceStore;

import ttt.workbench.ui.preferences.WorkbenchPreferences;

/** Puts every TTT Workbench preference back to its default: the instance scope outlives a test, the next must not see it. */
final class PreferenceReset {

	private PreferenceReset() {
	}

	static void all() {
		IPreferenceStore s = WorkbenchPreferences.store();
		for (String key : new String[] { WorkbenchPreferences.BACKEND, WorkbenchPreferences.RUN_STEPS, WorkbenchPreferences.SEED,
				WorkbenchPreferences.COLLAPSE_THRESHOLD, WorkbenchPreferences.SMOOTHING, WorkbenchPreferences.SMOOTHING_WINDOW,
				WorkbenchPreferences.EMA_WEIGHT, WorkbenchPreferences.REFRESH_MILLIS, WorkbenchPreferences.PALETTE }) {
			s.setToDefault(key);
		}
	}
}
