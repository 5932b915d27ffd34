package ttt.workbench.ui.preferences;

import java.util.Arrays;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import ttt.workbench.analysis.session.Smoothing;
import ttt.workbench.analysis.style.ChartPalette;
import ttt.workbench.engine.math.BackendSelector;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.jobs.dialogs.RunSessionForm;

/**
 * Window ▸ Preferences ▸ TTT Workbench. Plain JFace field editors, so keyboard access (mnemonics, Tab order),
 * validation messages in the page header, Restore Defaults and Apply come from the platform. Each field carries a
 * tooltip saying where the setting shows, and a name ({@link WidgetIds}) for UI tests.
 */
public final class WorkbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private RadioGroupFieldEditor smoothingKind;
	private IntegerFieldEditor window;
	private StringFieldEditor emaWeight;

	public WorkbenchPreferencePage() {
		super(GRID);
		setDescription("Defaults for new runs and how the workbench draws sessions. Changes apply to open parts at once.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(WorkbenchPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		Composite p = getFieldEditorParent();
		add(new ComboFieldEditor(WorkbenchPreferences.BACKEND, "Default maths &backend:", new String[][] {
				{ "Automatic (ND4J for large models)", BackendSelector.AUTO }, { "JVM (plain Java)", BackendSelector.JVM },
				{ "ND4J (native BLAS)", BackendSelector.ND4J } }, p), p,
				"Backend preselected in Run Session: automatic picks ND4J from u_dim " + BackendSelector.ND4J_MIN_U_DIM + " and n_state "
						+ BackendSelector.ND4J_MIN_N_STATE + " upward, the JVM backend below");

		IntegerFieldEditor steps = new IntegerFieldEditor(WorkbenchPreferences.RUN_STEPS, "Default run &length (steps):", p);
		steps.setValidRange(1, RunSessionForm.MAX_STEPS);
		steps.setErrorMessage("Default run length must be a whole number of steps from 1 to " + RunSessionForm.MAX_STEPS);
		add(steps, p, "Steps preselected in Run Session (1 to " + RunSessionForm.MAX_STEPS + ")");

		StringFieldEditor seed = new LongFieldEditor(WorkbenchPreferences.SEED, "Default &seed:", p);
		add(seed, p, "Random seed preselected in Run Session and New Session; the same seed replays the same actions");

		IntegerFieldEditor collapse = new IntegerFieldEditor(WorkbenchPreferences.COLLAPSE_THRESHOLD,
				"&Fold the Session Tree above this many sessions:", p);
		collapse.setValidRange(1, 1_000_000);
		collapse.setErrorMessage("The folding threshold must be a whole number of sessions from 1 to 1000000");
		add(collapse, p, "A store with more sessions than this opens in the Session Tree folded to its roots, each with a +N badge (Expand All or + opens them)");

		smoothingKind = new RadioGroupFieldEditor(WorkbenchPreferences.SMOOTHING, "MSE curve s&moothing:", 1,
				Arrays.stream(Smoothing.Kind.values()).map(k -> new String[] { k.label(), k.name() }).toArray(String[][]::new), p, true);
		add(smoothingKind, p, "How the Overview chart and its sparklines smooth per-step MSE (all causal; Compare shows raw curves)");

		window = new IntegerFieldEditor(WorkbenchPreferences.SMOOTHING_WINDOW, "Trailing &window (steps):", p);
		window.setValidRange(1, 10_000);
		window.setErrorMessage("The smoothing window must be a whole number of steps from 1 to 10000");
		add(window, p, "Mean over this step and the steps before it (trailing window only)");

		emaWeight = new EmaWeightFieldEditor(WorkbenchPreferences.EMA_WEIGHT, "EMA wei&ght α:", p);
		add(emaWeight, p, "TensorBoard's smoothing weight in [0, 1): 0 is raw, 0.6 TensorBoard's default, 0.99 very smooth (EMA only)");

		IntegerFieldEditor refresh = new IntegerFieldEditor(WorkbenchPreferences.REFRESH_MILLIS, "Live &refresh every (ms):", p);
		refresh.setValidRange(20, 10_000);
		refresh.setErrorMessage("The live refresh interval must be from 20 to 10000 ms");
		add(refresh, p, "How often charts and the tree repaint while a run is live; longer intervals cost less CPU");

		add(new ComboFieldEditor(WorkbenchPreferences.PALETTE, "Chart &palette:",
				Arrays.stream(ChartPalette.values()).map(c -> new String[] { c.label(), c.name() }).toArray(String[][]::new), p), p,
				"Series colours of every chart, the Session Tree and the update timeline (fonts and text colours: General ▸ Appearance ▸ Colors and Fonts ▸ TTT Workbench charts)");

		add(new BooleanFieldEditor(WorkbenchPreferences.EDITOR_AREA_HINT, "Getting-started &hint in the empty editor area", p), p,
				"On: the empty editor area shows how to open a session and links to Help ▸ Getting Started. Off: the empty editor area is hidden and the views get its room");
	}

	@Override
	protected void initialize() {
		super.initialize();
		enableSmoothingFields(getPreferenceStore().getString(WorkbenchPreferences.SMOOTHING));
	}

	@Override
	protected void performDefaults() {
		super.performDefaults();
		enableSmoothingFields(getPreferenceStore().getDefaultString(WorkbenchPreferences.SMOOTHING));
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (event.getSource() == smoothingKind && FieldEditor.VALUE.equals(event.getProperty())) {
			enableSmoothingFields((String) event.getNewValue());
		}
	}

	/** The window and weight only mean something for their own kind, so the other one is greyed out. */
	private void enableSmoothingFields(String kind) {
		Composite p = getFieldEditorParent();
		window.setEnabled(Smoothing.Kind.WINDOW.name().equals(kind), p);
		emaWeight.setEnabled(Smoothing.Kind.EMA.name().equals(kind), p);
	}

	private void add(FieldEditor editor, Composite parent, String tooltip) {
		addField(editor);
		if (editor instanceof RadioGroupFieldEditor r) {
			// its title is the group's: asking for a label control would add a stray label to the grid
			r.getRadioBoxControl(parent).setToolTipText(tooltip);
		} else if (editor instanceof BooleanFieldEditor) {
			// the check box carries its own text (the last control of its row, below): asking for a label adds a stray one
		} else {
			editor.getLabelControl(parent).setToolTipText(tooltip);
		}
		for (Control c : controls(editor, parent)) {
			c.setToolTipText(tooltip);
			WidgetIds.name(c, editor.getPreferenceName());
		}
	}

	private static Control[] controls(FieldEditor editor, Composite parent) {
		if (editor instanceof StringFieldEditor s) {
			return new Control[] { s.getTextControl(parent) };
		}
		if (editor instanceof RadioGroupFieldEditor r) {
			return r.getRadioBoxControl(parent).getChildren();
		}
		// ComboFieldEditor does not expose its combo: it is the last control of the grid row
		Control[] all = parent.getChildren();
		return new Control[] { all[all.length - 1] };
	}
}
