/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * model_cfg of DiagStableSSM; the defaults are those of the reference. Never write keys into model_cfg that are not listed here: the reference crashes on them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.ModelConfig#getObsDim <em>Obs Dim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.ModelConfig#getActDim <em>Act Dim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.ModelConfig#getZDim <em>ZDim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.ModelConfig#getUDim <em>UDim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.ModelConfig#getNState <em>NState</em>}</li>
 *   <li>{@link ttt.workbench.store.model.ModelConfig#getDt <em>Dt</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getModelConfig()
 * @model
 * @generated
 */
public interface ModelConfig extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Obs Dim</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * obs_dim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Obs Dim</em>' attribute.
	 * @see #setObsDim(int)
	 * @see ttt.workbench.store.model.StorePackage#getModelConfig_ObsDim()
	 * @model default="4"
	 * @generated
	 */
	int getObsDim();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.ModelConfig#getObsDim <em>Obs Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Obs Dim</em>' attribute.
	 * @see #getObsDim()
	 * @generated
	 */
	void setObsDim(int value);

	/**
	 * Returns the value of the '<em><b>Act Dim</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * act_dim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Act Dim</em>' attribute.
	 * @see #setActDim(int)
	 * @see ttt.workbench.store.model.StorePackage#getModelConfig_ActDim()
	 * @model default="2"
	 * @generated
	 */
	int getActDim();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.ModelConfig#getActDim <em>Act Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Act Dim</em>' attribute.
	 * @see #getActDim()
	 * @generated
	 */
	void setActDim(int value);

	/**
	 * Returns the value of the '<em><b>ZDim</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * z_dim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>ZDim</em>' attribute.
	 * @see #setZDim(int)
	 * @see ttt.workbench.store.model.StorePackage#getModelConfig_ZDim()
	 * @model default="4"
	 * @generated
	 */
	int getZDim();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.ModelConfig#getZDim <em>ZDim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>ZDim</em>' attribute.
	 * @see #getZDim()
	 * @generated
	 */
	void setZDim(int value);

	/**
	 * Returns the value of the '<em><b>UDim</b></em>' attribute.
	 * The default value is <code>"16"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * u_dim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>UDim</em>' attribute.
	 * @see #setUDim(int)
	 * @see ttt.workbench.store.model.StorePackage#getModelConfig_UDim()
	 * @model default="16"
	 * @generated
	 */
	int getUDim();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.ModelConfig#getUDim <em>UDim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>UDim</em>' attribute.
	 * @see #getUDim()
	 * @generated
	 */
	void setUDim(int value);

	/**
	 * Returns the value of the '<em><b>NState</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * n_state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>NState</em>' attribute.
	 * @see #setNState(int)
	 * @see ttt.workbench.store.model.StorePackage#getModelConfig_NState()
	 * @model default="32"
	 * @generated
	 */
	int getNState();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.ModelConfig#getNState <em>NState</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>NState</em>' attribute.
	 * @see #getNState()
	 * @generated
	 */
	void setNState(int value);

	/**
	 * Returns the value of the '<em><b>Dt</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * dt (written as a float, e.g. 1.0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dt</em>' attribute.
	 * @see #setDt(double)
	 * @see ttt.workbench.store.model.StorePackage#getModelConfig_Dt()
	 * @model default="1.0"
	 * @generated
	 */
	double getDt();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.ModelConfig#getDt <em>Dt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dt</em>' attribute.
	 * @see #getDt()
	 * @generated
	 */
	void setDt(double value);

} // ModelConfig
