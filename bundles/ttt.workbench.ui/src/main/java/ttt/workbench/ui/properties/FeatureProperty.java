package ttt.workbench.ui.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view for a model feature, as the generated item provider describes it: name, category,
 * description and whether it can be set come from store.genmodel ({@code property="Readonly"} for every value the
 * reference's files own; editable where the product owns the key, such as the fork note). The bridge that
 * org.eclipse.emf.edit.ui would provide, which is not published on Maven Central.
 */
final class FeatureProperty implements IPropertyDescriptor {

	private final EObject object;
	private final IItemPropertyDescriptor item;
	private final RowLabels labels;

	FeatureProperty(EObject object, IItemPropertyDescriptor item, boolean editable) {
		this.object = object;
		this.item = item;
		this.labels = new RowLabels(this::text, editable);
	}

	IItemPropertyDescriptor item() {
		return item;
	}

	private String text(Object value) {
		if (value instanceof ItemPropertySource nested) {
			return nested.summary();
		}
		if (value instanceof EObject nested) { // the view passes the nested source's editable value: the object itself
			return new ItemPropertySource(nested, java.util.Map.of()).summary();
		}
		return PropertyText.of(value, item.getLabelProvider(object));
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return labels.editable() ? new TextCellEditor(parent) : null;
	}

	@Override
	public String getCategory() {
		return item.getCategory(object);
	}

	@Override
	public String getDescription() {
		return item.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return item.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return item.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return item.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return labels;
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false; // one object at a time
	}
}
