/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.StorePackage;
import ttt.workbench.store.model.Tensor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Base</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getCreatedAtUnix <em>Created At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getTorchVersion <em>Torch Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getBaseCkptHash <em>Base Ckpt Hash</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getModelSignature <em>Model Signature</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getModelConfig <em>Model Config</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getTensors <em>Tensors</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getTensorsState <em>Tensors State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.BaseImpl#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaseImpl extends MinimalEObjectImpl.Container implements Base
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAtUnix() <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAtUnix()
	 * @generated
	 * @ordered
	 */
	protected static final double CREATED_AT_UNIX_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCreatedAtUnix() <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAtUnix()
	 * @generated
	 * @ordered
	 */
	protected double createdAtUnix = CREATED_AT_UNIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getTorchVersion() <em>Torch Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTorchVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String TORCH_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTorchVersion() <em>Torch Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTorchVersion()
	 * @generated
	 * @ordered
	 */
	protected String torchVersion = TORCH_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected String engineVersion = ENGINE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseCkptHash() <em>Base Ckpt Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCkptHash()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_CKPT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseCkptHash() <em>Base Ckpt Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCkptHash()
	 * @generated
	 * @ordered
	 */
	protected String baseCkptHash = BASE_CKPT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelSignature() <em>Model Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSignature()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelSignature() <em>Model Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSignature()
	 * @generated
	 * @ordered
	 */
	protected String modelSignature = MODEL_SIGNATURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModelConfig() <em>Model Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelConfig()
	 * @generated
	 * @ordered
	 */
	protected ModelConfig modelConfig;

	/**
	 * The cached value of the '{@link #getTensors() <em>Tensors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTensors()
	 * @generated
	 * @ordered
	 */
	protected EList<Tensor> tensors;

	/**
	 * The default value of the '{@link #getTensorsState() <em>Tensors State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTensorsState()
	 * @generated
	 * @ordered
	 */
	protected static final LoadState TENSORS_STATE_EDEFAULT = LoadState.NOT_LOADED;

	/**
	 * The cached value of the '{@link #getTensorsState() <em>Tensors State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTensorsState()
	 * @generated
	 * @ordered
	 */
	protected LoadState tensorsState = TENSORS_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtraJson() <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraJson()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectNode EXTRA_JSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExtraJson() <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraJson()
	 * @generated
	 * @ordered
	 */
	protected ObjectNode extraJson = EXTRA_JSON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaseImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return StorePackage.Literals.BASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion()
	{
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion)
	{
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCreatedAtUnix()
	{
		return createdAtUnix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAtUnix(double newCreatedAtUnix)
	{
		double oldCreatedAtUnix = createdAtUnix;
		createdAtUnix = newCreatedAtUnix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__CREATED_AT_UNIX, oldCreatedAtUnix, createdAtUnix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTorchVersion()
	{
		return torchVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTorchVersion(String newTorchVersion)
	{
		String oldTorchVersion = torchVersion;
		torchVersion = newTorchVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__TORCH_VERSION, oldTorchVersion, torchVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineVersion()
	{
		return engineVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineVersion(String newEngineVersion)
	{
		String oldEngineVersion = engineVersion;
		engineVersion = newEngineVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__ENGINE_VERSION, oldEngineVersion, engineVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseCkptHash()
	{
		return baseCkptHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseCkptHash(String newBaseCkptHash)
	{
		String oldBaseCkptHash = baseCkptHash;
		baseCkptHash = newBaseCkptHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__BASE_CKPT_HASH, oldBaseCkptHash, baseCkptHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelSignature()
	{
		return modelSignature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelSignature(String newModelSignature)
	{
		String oldModelSignature = modelSignature;
		modelSignature = newModelSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__MODEL_SIGNATURE, oldModelSignature, modelSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelConfig getModelConfig()
	{
		return modelConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModelConfig(ModelConfig newModelConfig, NotificationChain msgs)
	{
		ModelConfig oldModelConfig = modelConfig;
		modelConfig = newModelConfig;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.BASE__MODEL_CONFIG, oldModelConfig, newModelConfig);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelConfig(ModelConfig newModelConfig)
	{
		if (newModelConfig != modelConfig)
		{
			NotificationChain msgs = null;
			if (modelConfig != null)
				msgs = ((InternalEObject)modelConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - StorePackage.BASE__MODEL_CONFIG, null, msgs);
			if (newModelConfig != null)
				msgs = ((InternalEObject)newModelConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - StorePackage.BASE__MODEL_CONFIG, null, msgs);
			msgs = basicSetModelConfig(newModelConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__MODEL_CONFIG, newModelConfig, newModelConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tensor> getTensors()
	{
		if (tensors == null)
		{
			tensors = new EObjectContainmentEList<Tensor>(Tensor.class, this, StorePackage.BASE__TENSORS);
		}
		return tensors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadState getTensorsState()
	{
		return tensorsState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTensorsState(LoadState newTensorsState)
	{
		LoadState oldTensorsState = tensorsState;
		tensorsState = newTensorsState == null ? TENSORS_STATE_EDEFAULT : newTensorsState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__TENSORS_STATE, oldTensorsState, tensorsState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectNode getExtraJson()
	{
		return extraJson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraJson(ObjectNode newExtraJson)
	{
		ObjectNode oldExtraJson = extraJson;
		extraJson = newExtraJson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.BASE__EXTRA_JSON, oldExtraJson, extraJson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case StorePackage.BASE__MODEL_CONFIG:
				return basicSetModelConfig(null, msgs);
			case StorePackage.BASE__TENSORS:
				return ((InternalEList<?>)getTensors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case StorePackage.BASE__SCHEMA_VERSION:
				return getSchemaVersion();
			case StorePackage.BASE__CREATED_AT_UNIX:
				return getCreatedAtUnix();
			case StorePackage.BASE__TORCH_VERSION:
				return getTorchVersion();
			case StorePackage.BASE__ENGINE_VERSION:
				return getEngineVersion();
			case StorePackage.BASE__BASE_CKPT_HASH:
				return getBaseCkptHash();
			case StorePackage.BASE__MODEL_SIGNATURE:
				return getModelSignature();
			case StorePackage.BASE__MODEL_CONFIG:
				return getModelConfig();
			case StorePackage.BASE__TENSORS:
				return getTensors();
			case StorePackage.BASE__TENSORS_STATE:
				return getTensorsState();
			case StorePackage.BASE__EXTRA_JSON:
				return getExtraJson();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case StorePackage.BASE__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case StorePackage.BASE__CREATED_AT_UNIX:
				setCreatedAtUnix((Double)newValue);
				return;
			case StorePackage.BASE__TORCH_VERSION:
				setTorchVersion((String)newValue);
				return;
			case StorePackage.BASE__ENGINE_VERSION:
				setEngineVersion((String)newValue);
				return;
			case StorePackage.BASE__BASE_CKPT_HASH:
				setBaseCkptHash((String)newValue);
				return;
			case StorePackage.BASE__MODEL_SIGNATURE:
				setModelSignature((String)newValue);
				return;
			case StorePackage.BASE__MODEL_CONFIG:
				setModelConfig((ModelConfig)newValue);
				return;
			case StorePackage.BASE__TENSORS:
				getTensors().clear();
				getTensors().addAll((Collection<? extends Tensor>)newValue);
				return;
			case StorePackage.BASE__TENSORS_STATE:
				setTensorsState((LoadState)newValue);
				return;
			case StorePackage.BASE__EXTRA_JSON:
				setExtraJson((ObjectNode)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case StorePackage.BASE__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case StorePackage.BASE__CREATED_AT_UNIX:
				setCreatedAtUnix(CREATED_AT_UNIX_EDEFAULT);
				return;
			case StorePackage.BASE__TORCH_VERSION:
				setTorchVersion(TORCH_VERSION_EDEFAULT);
				return;
			case StorePackage.BASE__ENGINE_VERSION:
				setEngineVersion(ENGINE_VERSION_EDEFAULT);
				return;
			case StorePackage.BASE__BASE_CKPT_HASH:
				setBaseCkptHash(BASE_CKPT_HASH_EDEFAULT);
				return;
			case StorePackage.BASE__MODEL_SIGNATURE:
				setModelSignature(MODEL_SIGNATURE_EDEFAULT);
				return;
			case StorePackage.BASE__MODEL_CONFIG:
				setModelConfig((ModelConfig)null);
				return;
			case StorePackage.BASE__TENSORS:
				getTensors().clear();
				return;
			case StorePackage.BASE__TENSORS_STATE:
				setTensorsState(TENSORS_STATE_EDEFAULT);
				return;
			case StorePackage.BASE__EXTRA_JSON:
				setExtraJson(EXTRA_JSON_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case StorePackage.BASE__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case StorePackage.BASE__CREATED_AT_UNIX:
				return createdAtUnix != CREATED_AT_UNIX_EDEFAULT;
			case StorePackage.BASE__TORCH_VERSION:
				return TORCH_VERSION_EDEFAULT == null ? torchVersion != null : !TORCH_VERSION_EDEFAULT.equals(torchVersion);
			case StorePackage.BASE__ENGINE_VERSION:
				return ENGINE_VERSION_EDEFAULT == null ? engineVersion != null : !ENGINE_VERSION_EDEFAULT.equals(engineVersion);
			case StorePackage.BASE__BASE_CKPT_HASH:
				return BASE_CKPT_HASH_EDEFAULT == null ? baseCkptHash != null : !BASE_CKPT_HASH_EDEFAULT.equals(baseCkptHash);
			case StorePackage.BASE__MODEL_SIGNATURE:
				return MODEL_SIGNATURE_EDEFAULT == null ? modelSignature != null : !MODEL_SIGNATURE_EDEFAULT.equals(modelSignature);
			case StorePackage.BASE__MODEL_CONFIG:
				return modelConfig != null;
			case StorePackage.BASE__TENSORS:
				return tensors != null && !tensors.isEmpty();
			case StorePackage.BASE__TENSORS_STATE:
				return tensorsState != TENSORS_STATE_EDEFAULT;
			case StorePackage.BASE__EXTRA_JSON:
				return EXTRA_JSON_EDEFAULT == null ? extraJson != null : !EXTRA_JSON_EDEFAULT.equals(extraJson);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (schemaVersion: ");
		result.append(schemaVersion);
		result.append(", createdAtUnix: ");
		result.append(createdAtUnix);
		result.append(", torchVersion: ");
		result.append(torchVersion);
		result.append(", engineVersion: ");
		result.append(engineVersion);
		result.append(", baseCkptHash: ");
		result.append(baseCkptHash);
		result.append(", modelSignature: ");
		result.append(modelSignature);
		result.append(", tensorsState: ");
		result.append(tensorsState);
		result.append(", extraJson: ");
		result.append(extraJson);
		result.append(')');
		return result.toString();
	}

} //BaseImpl
