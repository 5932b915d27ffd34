package ttt.workbench.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * A model object in the standard Properties view: the rows of its generated item provider (store.genmodel decides which
 * features show, their categories and which are read-only), contained objects such as {@code model_cfg} as expandable
 * rows, and the rows subclasses add ({@link #extras()}). A feature is editable only where the genmodel allows it AND
 * the product gives it an edit ({@link FeatureEdit}): the store's files are written by jobs, never by EMF commands.
 */
public class ItemPropertySource implements IPropertySource {

	/** How a value set in the Properties view reaches the store (an undoable operation, a job), not the model. */
	@FunctionalInterface
	public interface FeatureEdit {
		void set(EObject object, Object value);
	}

	/** A row that is not a feature, with its value. */
	protected record Extra(ExtraProperty descriptor, Object value) {
		static Extra of(String category, String name, String description, Object value) {
			return new Extra(new ExtraProperty(category + "/" + name, category, name, description), value);
		}
	}

	protected final EObject object;
	private final Map<EStructuralFeature, FeatureEdit> edits;

	public ItemPropertySource(EObject object, Map<EStructuralFeature, FeatureEdit> edits) {
		this.object = object;
		this.edits = edits;
	}

	/** Rows beyond the model's features; called on the UI thread each time the view asks: must not read files. */
	protected List<Extra> extras() {
		return List.of();
	}

	private IItemPropertySource items() {
		return StoreItemProviders.propertySource(object);
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> rows = new ArrayList<>();
		IItemPropertySource items = items();
		if (items != null) {
			for (IItemPropertyDescriptor d : items.getPropertyDescriptors(object)) {
				rows.add(new FeatureProperty(object, d, editable(d)));
			}
		}
		for (Extra e : extras()) {
			rows.add(e.descriptor());
		}
		return rows.toArray(IPropertyDescriptor[]::new);
	}

	private boolean editable(IItemPropertyDescriptor d) {
		return d.canSetProperty(object) && d.getFeature(object) instanceof EStructuralFeature f && edits.containsKey(f);
	}

	private IItemPropertyDescriptor item(Object id) {
		IItemPropertySource items = items();
		return items == null ? null : items.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor d = item(id);
		if (d == null) {
			Map<Object, Object> extraValues = new LinkedHashMap<>();
			extras().forEach(e -> extraValues.put(e.descriptor().getId(), e.value()));
			return extraValues.get(id);
		}
		Object value = d.getPropertyValue(object);
		if (value instanceof IItemPropertySource wrapper) {
			value = wrapper.getEditableValue(object);
		}
		Object feature = d.getFeature(object);
		if (value instanceof EObject child && feature instanceof EReference r && r.isContainment()) {
			return new ItemPropertySource(child, Map.of()); // model_cfg, plasticity_cfg, metrics: expandable, read-only
		}
		if (value instanceof EObject other) {
			return StoreItemProviders.label(other); // parent, root: named, not expandable (the root of a root is itself)
		}
		if (value instanceof Collection<?> many) {
			return many.stream().map(StoreItemProviders::label).collect(Collectors.joining(", "));
		}
		if (value == null && editable(d) && feature instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class) {
			return ""; // a text cell editor takes a string, never null
		}
		return value;
	}

	/** One line for a nested object's row: its rows as "Name value", so model_cfg reads at a glance when folded. */
	public String summary() {
		List<String> parts = new ArrayList<>();
		for (IPropertyDescriptor d : getPropertyDescriptors()) {
			Object v = getPropertyValue(d.getId());
			parts.add(d.getDisplayName() + " " + (v instanceof ItemPropertySource ? "…" : d.getLabelProvider().getText(v)));
		}
		return String.join(", ", parts);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing has a default to go back to
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor d = item(id);
		if (d == null || !editable(d)) {
			return;
		}
		EStructuralFeature feature = (EStructuralFeature) d.getFeature(object);
		Object current = getPropertyValue(id);
		if (value == null || value.equals(current)) {
			return; // the cell editor closed without a change: no operation on the undo history
		}
		edits.get(feature).set(object, value);
	}
}
