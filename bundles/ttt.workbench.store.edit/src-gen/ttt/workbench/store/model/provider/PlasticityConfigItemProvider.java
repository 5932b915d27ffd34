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

import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.StorePackage;

/**
 * This is the item provider adapter for a {@link ttt.workbench.store.model.PlasticityConfig} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlasticityConfigItemProvider 
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
	public PlasticityConfigItemProvider(AdapterFactory adapterFactory)
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

			addLrPropertyDescriptor(object);
			addWeightDecayPropertyDescriptor(object);
			addMomentumPropertyDescriptor(object);
			addNesterovPropertyDescriptor(object);
			addNsStepsPropertyDescriptor(object);
			addAdjustLrFnPropertyDescriptor(object);
			addChunkPropertyDescriptor(object);
			addBufferLenPropertyDescriptor(object);
			addRollbackTolPropertyDescriptor(object);
			addGradNormMaxPropertyDescriptor(object);
			addStateNormMaxPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Lr feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLrPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_lr_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_lr_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__LR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Weight Decay feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightDecayPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_weightDecay_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_weightDecay_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__WEIGHT_DECAY,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Momentum feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMomentumPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_momentum_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_momentum_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__MOMENTUM,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Nesterov feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNesterovPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_nesterov_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_nesterov_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__NESTEROV,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ns Steps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNsStepsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_nsSteps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_nsSteps_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__NS_STEPS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adjust Lr Fn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdjustLrFnPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_adjustLrFn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_adjustLrFn_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__ADJUST_LR_FN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Chunk feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChunkPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_chunk_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_chunk_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__CHUNK,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Buffer Len feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBufferLenPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_bufferLen_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_bufferLen_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__BUFFER_LEN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rollback Tol feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRollbackTolPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_rollbackTol_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_rollbackTol_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__ROLLBACK_TOL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Grad Norm Max feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGradNormMaxPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_gradNormMax_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_gradNormMax_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__GRAD_NORM_MAX,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the State Norm Max feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStateNormMaxPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlasticityConfig_stateNormMax_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlasticityConfig_stateNormMax_feature", "_UI_PlasticityConfig_type"),
				 StorePackage.Literals.PLASTICITY_CONFIG__STATE_NORM_MAX,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
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
		PlasticityConfig plasticityConfig = (PlasticityConfig)object;
		return getString("_UI_PlasticityConfig_type") + " " + plasticityConfig.getLr();
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

		switch (notification.getFeatureID(PlasticityConfig.class))
		{
			case StorePackage.PLASTICITY_CONFIG__LR:
			case StorePackage.PLASTICITY_CONFIG__WEIGHT_DECAY:
			case StorePackage.PLASTICITY_CONFIG__MOMENTUM:
			case StorePackage.PLASTICITY_CONFIG__NESTEROV:
			case StorePackage.PLASTICITY_CONFIG__NS_STEPS:
			case StorePackage.PLASTICITY_CONFIG__ADJUST_LR_FN:
			case StorePackage.PLASTICITY_CONFIG__CHUNK:
			case StorePackage.PLASTICITY_CONFIG__BUFFER_LEN:
			case StorePackage.PLASTICITY_CONFIG__ROLLBACK_TOL:
			case StorePackage.PLASTICITY_CONFIG__GRAD_NORM_MAX:
			case StorePackage.PLASTICITY_CONFIG__STATE_NORM_MAX:
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
