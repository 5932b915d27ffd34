package ttt.workbench.ui.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** A whole number that may exceed int (seeds are longs); refuses anything else with a message naming the field. */
final class LongFieldEditor extends StringFieldEditor {

	LongFieldEditor(String name, String label, Composite parent) {
		super(name, label, parent);
		setEmptyStringAllowed(false);
	}

	@Override
	protected boolean doCheckState() {
		try {
			Long.parseLong(getStringValue().trim());
			return true;
		} catch (NumberFormatException e) {
			setErrorMessage("The default seed must be a whole number, not '" + getStringValue() + "'");
			return false;
		}
	}

	@Override
	protected void doStore() {
		getPreferenceStore().setValue(getPreferenceName(), Long.parseLong(getStringValue().trim()));
	}
}
