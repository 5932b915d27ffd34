package ttt.workbench.ui.properties;

import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A read-only row that is not a feature of the model: a file and its size on disk, a date in words. Greyed like every
 * row the Properties view cannot change.
 */
final class ExtraProperty extends PropertyDescriptor {

	ExtraProperty(String id, String category, String name, String description) {
		super(id, name);
		setCategory(category);
		setDescription(description);
		setLabelProvider(new RowLabels(v -> v == null ? "" : v.toString(), false));
	}
}
