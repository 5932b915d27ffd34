/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.provider;


import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.StorePackage;

/**
 * This is the item provider adapter for a {@link ttt.workbench.store.model.RunMetrics} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RunMetricsItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunMetricsItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addRunIdPropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
			addStepsPropertyDescriptor(object);
			addMuPropertyDescriptor(object);
			addEnvModePropertyDescriptor(object);
			addBaseMseMeanPropertyDescriptor(object);
			addSessionNoUpdateMseMeanPropertyDescriptor(object);
			addAdaptiveMseMeanPropertyDescriptor(object);
			addBaseMseLast100MeanPropertyDescriptor(object);
			addSessionNoUpdateLast100MeanPropertyDescriptor(object);
			addAdaptiveLast100MeanPropertyDescriptor(object);
			addUpdatesAttemptedPropertyDescriptor(object);
			addUpdatesCommittedPropertyDescriptor(object);
			addUpdatesRolledBackPropertyDescriptor(object);
			addRunDirPropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
			addSynthesizedPropertyDescriptor(object);
			addExtraJsonPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Run Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRunIdPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_runId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_runId_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__RUN_ID,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_seed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_seed_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__SEED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Steps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStepsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_steps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_steps_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__STEPS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mu feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMuPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_mu_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_mu_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__MU,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Env Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnvModePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_envMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_envMode_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__ENV_MODE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Mse Mean feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseMseMeanPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_baseMseMean_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_baseMseMean_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__BASE_MSE_MEAN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Session No Update Mse Mean feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSessionNoUpdateMseMeanPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_sessionNoUpdateMseMean_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_sessionNoUpdateMseMean_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adaptive Mse Mean feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdaptiveMseMeanPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_adaptiveMseMean_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_adaptiveMseMean_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__ADAPTIVE_MSE_MEAN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Mse Last100 Mean feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseMseLast100MeanPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_baseMseLast100Mean_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_baseMseLast100Mean_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__BASE_MSE_LAST100_MEAN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Session No Update Last100 Mean feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSessionNoUpdateLast100MeanPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_sessionNoUpdateLast100Mean_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_sessionNoUpdateLast100Mean_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adaptive Last100 Mean feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdaptiveLast100MeanPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_adaptiveLast100Mean_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_adaptiveLast100Mean_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__ADAPTIVE_LAST100_MEAN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Updates Attempted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdatesAttemptedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_updatesAttempted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_updatesAttempted_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__UPDATES_ATTEMPTED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Updates Committed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdatesCommittedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_updatesCommitted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_updatesCommitted_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__UPDATES_COMMITTED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Updates Rolled Back feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdatesRolledBackPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_updatesRolledBack_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_updatesRolledBack_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__UPDATES_ROLLED_BACK,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Run Dir feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRunDirPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_runDir_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_runDir_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__RUN_DIR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_notes_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__NOTES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Synthesized feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSynthesizedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_synthesized_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_synthesized_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__SYNTHESIZED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Extra Json feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExtraJsonPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RunMetrics_extraJson_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RunMetrics_extraJson_feature", "_UI_RunMetrics_type"),
				 StorePackage.Literals.RUN_METRICS__EXTRA_JSON,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage()
	{
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((RunMetrics)object).getRunId();
		return label == null || label.length() == 0 ?
			getString("_UI_RunMetrics_type") :
			getString("_UI_RunMetrics_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(RunMetrics.class))
		{
			case StorePackage.RUN_METRICS__RUN_ID:
			case StorePackage.RUN_METRICS__SEED:
			case StorePackage.RUN_METRICS__STEPS:
			case StorePackage.RUN_METRICS__MU:
			case StorePackage.RUN_METRICS__ENV_MODE:
			case StorePackage.RUN_METRICS__BASE_MSE_MEAN:
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_MSE_MEAN:
			case StorePackage.RUN_METRICS__ADAPTIVE_MSE_MEAN:
			case StorePackage.RUN_METRICS__BASE_MSE_LAST100_MEAN:
			case StorePackage.RUN_METRICS__SESSION_NO_UPDATE_LAST100_MEAN:
			case StorePackage.RUN_METRICS__ADAPTIVE_LAST100_MEAN:
			case StorePackage.RUN_METRICS__UPDATES_ATTEMPTED:
			case StorePackage.RUN_METRICS__UPDATES_COMMITTED:
			case StorePackage.RUN_METRICS__UPDATES_ROLLED_BACK:
			case StorePackage.RUN_METRICS__RUN_DIR:
			case StorePackage.RUN_METRICS__NOTES:
			case StorePackage.RUN_METRICS__SYNTHESIZED:
			case StorePackage.RUN_METRICS__EXTRA_JSON:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		return StoreEditPlugin.INSTANCE;
	}

}
