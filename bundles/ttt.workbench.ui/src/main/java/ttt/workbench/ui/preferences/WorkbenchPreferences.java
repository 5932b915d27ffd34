package ttt.workbench.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import ttt.workbench.analysis.session.Smoothing;
import ttt.workbench.analysis.style.ChartPalette;

/**
 * The workbench's own preferences (Window ▸ Preferences ▸ TTT Workbench), stored in the instance scope under the node
 * {@value #NODE}. Parts read them through the typed getters here and follow changes through {@link #onChange}, so a
 * change applies at once, without a restart. Defaults ({@link PreferenceInitializer}) are what the workbench did
 * before the preferences existed.
 */
public final class WorkbenchPreferences {

	/** The preference node (and the UI bundle's symbolic name). */
	public static final String NODE = "ttt.workbench.ui";

	public static final String BACKEND = "defaultBackend";
	public static final String RUN_STEPS = "defaultRunSteps";
	public static final String SEED = "defaultSeed";
	public static final String COLLAPSE_THRESHOLD = "collapseThreshold";
	public static final String SMOOTHING = "smoothing";
	public static final String SMOOTHING_WINDOW = "smoothingWindow";
	public static final String EMA_WEIGHT = "emaWeight";
	public static final String REFRESH_MILLIS = "liveRefreshMillis";
	public static final String PALETTE = "chartPalette";
	/** Whether the editor area stays on screen with the getting-started hint while no editor is open. */
	public static final String EDITOR_AREA_HINT = "editorAreaHint";

	private static ScopedPreferenceStore store;

	private WorkbenchPreferences() {
	}

	/** The one store of the node; the preference page edits the same instance, so listeners see its changes. */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
			PreferenceInitializer.setDefaults(store); // also when the runtime's initializer has not run (plain tests)
		}
		return store;
	}

	public static String backend() {
		return store().getString(BACKEND);
	}

	public static int runSteps() {
		return store().getInt(RUN_STEPS);
	}

	public static long seed() {
		return store().getLong(SEED);
	}

	/** Stores with more sessions than this open in the Session Tree folded to their roots. */
	public static int collapseThreshold() {
		return store().getInt(COLLAPSE_THRESHOLD);
	}

	/** How MSE curves are smoothed for display. */
	public static Smoothing smoothing() {
		IPreferenceStore s = store();
		return Smoothing.of(s.getString(SMOOTHING), s.getInt(SMOOTHING_WINDOW), s.getDouble(EMA_WEIGHT));
	}

	/** How often a part repaints while a run is live, in milliseconds. */
	public static int refreshMillis() {
		return store().getInt(REFRESH_MILLIS);
	}

	/**
	 * True (the default) keeps the editor area on screen while no editor is open, holding the getting-started hint;
	 * false hides the empty area so the views get its room (the hint's "Hide this hint" link sets it).
	 */
	public static boolean editorAreaHint() {
		return store().getBoolean(EDITOR_AREA_HINT);
	}

	public static ChartPalette palette() {
		return ChartPalette.named(store().getString(PALETTE));
	}

	/**
	 * Runs {@code onChange} in the UI thread after any of the preferences changes, until {@code owner} is disposed.
	 * The listener is removed with the control so that closed parts do not leak or repaint disposed widgets.
	 */
	public static void onChange(Control owner, Runnable onChange) {
		Display display = owner.getDisplay();
		IPropertyChangeListener listener = e -> display.asyncExec(() -> {
			if (!owner.isDisposed()) {
				onChange.run();
			}
		});
		store().addPropertyChangeListener(listener);
		owner.addDisposeListener(e -> store().removePropertyChangeListener(listener));
	}
}
