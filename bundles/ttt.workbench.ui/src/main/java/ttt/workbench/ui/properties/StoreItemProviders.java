package ttt.workbench.ui.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import ttt.workbench.store.model.provider.StoreItemProviderAdapterFactory;

/**
 * The item providers generated from store.genmodel (bundle ttt.workbench.store.edit), shared by every property source.
 * Item providers are adapters on the model's objects, so, like the model, they are used on the UI thread only.
 */
public final class StoreItemProviders {

	private static final ComposedAdapterFactory FACTORY = new ComposedAdapterFactory(new StoreItemProviderAdapterFactory());

	static {
		FACTORY.addAdapterFactory(new ReflectiveItemProviderAdapterFactory()); // anything the store model does not cover
	}

	private StoreItemProviders() {
	}

	/** The generated property source of {@code object} (its feature descriptors: names, categories, read-only). */
	public static IItemPropertySource propertySource(EObject object) {
		return (IItemPropertySource) FACTORY.adapt(object, IItemPropertySource.class);
	}

	/** The generated label of {@code object} ("Session s1b"). */
	public static String label(Object object) {
		IItemLabelProvider labels = (IItemLabelProvider) FACTORY.adapt(object, IItemLabelProvider.class);
		return labels == null ? String.valueOf(object) : labels.getText(object);
	}
}
