/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Base</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The pretrained base model: base/base_meta.json and the tensors of base/base_checkpoint.pt.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.Base#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getCreatedAtUnix <em>Created At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getTorchVersion <em>Torch Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getBaseCkptHash <em>Base Ckpt Hash</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getModelSignature <em>Model Signature</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getModelConfig <em>Model Config</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getTensors <em>Tensors</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getTensorsState <em>Tensors State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Base#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getBase()
 * @model
 * @generated
 */
public interface Base extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * schema_version (1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see ttt.workbench.store.model.StorePackage#getBase_SchemaVersion()
	 * @model default="1"
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Created At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * created_at_unix, seconds since the epoch. The reference writes an integer (the fixture has 1768677450); writers must keep integral values integral.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At Unix</em>' attribute.
	 * @see #setCreatedAtUnix(double)
	 * @see ttt.workbench.store.model.StorePackage#getBase_CreatedAtUnix()
	 * @model
	 * @generated
	 */
	double getCreatedAtUnix();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getCreatedAtUnix <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At Unix</em>' attribute.
	 * @see #getCreatedAtUnix()
	 * @generated
	 */
	void setCreatedAtUnix(double value);

	/**
	 * Returns the value of the '<em><b>Torch Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * torch_version, e.g. "2.9.1"; decides the Muon variant of sessions that record none (SPEC §3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Torch Version</em>' attribute.
	 * @see #setTorchVersion(String)
	 * @see ttt.workbench.store.model.StorePackage#getBase_TorchVersion()
	 * @model
	 * @generated
	 */
	String getTorchVersion();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getTorchVersion <em>Torch Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Torch Version</em>' attribute.
	 * @see #getTorchVersion()
	 * @generated
	 */
	void setTorchVersion(String value);

	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of this product's engine when it wrote the base (an extra top-level key of base_meta.json); null for a base written by the Python reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see ttt.workbench.store.model.StorePackage#getBase_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Base Ckpt Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * base_ckpt_hash: sha256 hex of the bytes of base_checkpoint.pt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Ckpt Hash</em>' attribute.
	 * @see #setBaseCkptHash(String)
	 * @see ttt.workbench.store.model.StorePackage#getBase_BaseCkptHash()
	 * @model
	 * @generated
	 */
	String getBaseCkptHash();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getBaseCkptHash <em>Base Ckpt Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Ckpt Hash</em>' attribute.
	 * @see #getBaseCkptHash()
	 * @generated
	 */
	void setBaseCkptHash(String value);

	/**
	 * Returns the value of the '<em><b>Model Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * model_signature: sha256 hex of json.dumps(model_cfg, sort_keys=True) followed by base_ckpt_hash (SPEC §2.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Signature</em>' attribute.
	 * @see #setModelSignature(String)
	 * @see ttt.workbench.store.model.StorePackage#getBase_ModelSignature()
	 * @model
	 * @generated
	 */
	String getModelSignature();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getModelSignature <em>Model Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Signature</em>' attribute.
	 * @see #getModelSignature()
	 * @generated
	 */
	void setModelSignature(String value);

	/**
	 * Returns the value of the '<em><b>Model Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * model_cfg.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Config</em>' containment reference.
	 * @see #setModelConfig(ModelConfig)
	 * @see ttt.workbench.store.model.StorePackage#getBase_ModelConfig()
	 * @model containment="true"
	 * @generated
	 */
	ModelConfig getModelConfig();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getModelConfig <em>Model Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Config</em>' containment reference.
	 * @see #getModelConfig()
	 * @generated
	 */
	void setModelConfig(ModelConfig value);

	/**
	 * Returns the value of the '<em><b>Tensors</b></em>' containment reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.Tensor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * model_state of base_checkpoint.pt: W_u, B, W_o and a_raw, in that order. Filled lazily: see tensorsState.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tensors</em>' containment reference list.
	 * @see ttt.workbench.store.model.StorePackage#getBase_Tensors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tensor> getTensors();

	/**
	 * Returns the value of the '<em><b>Tensors State</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.LoadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether tensors has been read from base_checkpoint.pt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tensors State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #setTensorsState(LoadState)
	 * @see ttt.workbench.store.model.StorePackage#getBase_TensorsState()
	 * @model transient="true"
	 * @generated
	 */
	LoadState getTensorsState();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getTensorsState <em>Tensors State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tensors State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #getTensorsState()
	 * @generated
	 */
	void setTensorsState(LoadState value);

	/**
	 * Returns the value of the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level keys of base_meta.json this model does not know, kept so that a rewrite loses nothing; null when there are none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Json</em>' attribute.
	 * @see #setExtraJson(ObjectNode)
	 * @see ttt.workbench.store.model.StorePackage#getBase_ExtraJson()
	 * @model dataType="ttt.workbench.store.model.JsonObject"
	 * @generated
	 */
	ObjectNode getExtraJson();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Base#getExtraJson <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Json</em>' attribute.
	 * @see #getExtraJson()
	 * @generated
	 */
	void setExtraJson(ObjectNode value);

} // Base
