package ttt.workbench.ui.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

import ttt.workbench.analysis.session.Smoothing;

/** The EMA weight α: a number in [0, 1), checked by the same rule the smoother enforces. */
final class EmaWeightFieldEditor extends StringFieldEditor {

	EmaWeightFieldEditor(String name, String label, Composite parent) {
		super(name, label, parent);
		setEmptyStringAllowed(false);
	}

	@Override
	protected boolean doCheckState() {
		double w;
		try {
			w = Double.parseDouble(getStringValue().trim());
		} catch (NumberFormatException e) {
			setErrorMessage("The EMA weight must be a number in [0, 1), not '" + getStringValue() + "'");
			return false;
		}
		String problem = Smoothing.weightProblem(w);
		if (problem != null) {
			setErrorMessage(problem);
			return false;
		}
		return true;
	}

	@Override
	protected void doStore() {
		getPreferenceStore().setValue(getPreferenceName(), Double.parseDouble(getStringValue().trim()));
	}
}
