/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plasticity Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * plasticity_cfg of a session: the online update rule (SPEC §3); the defaults are those of the reference. Never write keys into plasticity_cfg that are not listed here: the reference crashes on them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getLr <em>Lr</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#isNesterov <em>Nesterov</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getNsSteps <em>Ns Steps</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getAdjustLrFn <em>Adjust Lr Fn</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getChunk <em>Chunk</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getBufferLen <em>Buffer Len</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getRollbackTol <em>Rollback Tol</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getGradNormMax <em>Grad Norm Max</em>}</li>
 *   <li>{@link ttt.workbench.store.model.PlasticityConfig#getStateNormMax <em>State Norm Max</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig()
 * @model
 * @generated
 */
public interface PlasticityConfig extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Lr</b></em>' attribute.
	 * The default value is <code>"0.005"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * lr.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lr</em>' attribute.
	 * @see #setLr(double)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_Lr()
	 * @model default="0.005"
	 * @generated
	 */
	double getLr();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getLr <em>Lr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lr</em>' attribute.
	 * @see #getLr()
	 * @generated
	 */
	void setLr(double value);

	/**
	 * Returns the value of the '<em><b>Weight Decay</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * weight_decay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Decay</em>' attribute.
	 * @see #setWeightDecay(double)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_WeightDecay()
	 * @model default="0.0"
	 * @generated
	 */
	double getWeightDecay();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getWeightDecay <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Decay</em>' attribute.
	 * @see #getWeightDecay()
	 * @generated
	 */
	void setWeightDecay(double value);

	/**
	 * Returns the value of the '<em><b>Momentum</b></em>' attribute.
	 * The default value is <code>"0.95"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * momentum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Momentum</em>' attribute.
	 * @see #setMomentum(double)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_Momentum()
	 * @model default="0.95"
	 * @generated
	 */
	double getMomentum();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getMomentum <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Momentum</em>' attribute.
	 * @see #getMomentum()
	 * @generated
	 */
	void setMomentum(double value);

	/**
	 * Returns the value of the '<em><b>Nesterov</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * nesterov.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nesterov</em>' attribute.
	 * @see #setNesterov(boolean)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_Nesterov()
	 * @model default="true"
	 * @generated
	 */
	boolean isNesterov();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#isNesterov <em>Nesterov</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nesterov</em>' attribute.
	 * @see #isNesterov()
	 * @generated
	 */
	void setNesterov(boolean value);

	/**
	 * Returns the value of the '<em><b>Ns Steps</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ns_steps: Newton-Schulz iterations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ns Steps</em>' attribute.
	 * @see #setNsSteps(int)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_NsSteps()
	 * @model default="5"
	 * @generated
	 */
	int getNsSteps();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getNsSteps <em>Ns Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ns Steps</em>' attribute.
	 * @see #getNsSteps()
	 * @generated
	 */
	void setNsSteps(int value);

	/**
	 * Returns the value of the '<em><b>Adjust Lr Fn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * adjust_lr_fn: "original", "match_rms_adamw" or null (written as JSON null).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adjust Lr Fn</em>' attribute.
	 * @see #setAdjustLrFn(String)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_AdjustLrFn()
	 * @model
	 * @generated
	 */
	String getAdjustLrFn();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getAdjustLrFn <em>Adjust Lr Fn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjust Lr Fn</em>' attribute.
	 * @see #getAdjustLrFn()
	 * @generated
	 */
	void setAdjustLrFn(String value);

	/**
	 * Returns the value of the '<em><b>Chunk</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * chunk: an update is attempted when (t+1) % chunk == 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chunk</em>' attribute.
	 * @see #setChunk(int)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_Chunk()
	 * @model default="32"
	 * @generated
	 */
	int getChunk();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getChunk <em>Chunk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chunk</em>' attribute.
	 * @see #getChunk()
	 * @generated
	 */
	void setChunk(int value);

	/**
	 * Returns the value of the '<em><b>Buffer Len</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * buffer_len: length of the replay FIFO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buffer Len</em>' attribute.
	 * @see #setBufferLen(int)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_BufferLen()
	 * @model default="32"
	 * @generated
	 */
	int getBufferLen();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getBufferLen <em>Buffer Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffer Len</em>' attribute.
	 * @see #getBufferLen()
	 * @generated
	 */
	void setBufferLen(int value);

	/**
	 * Returns the value of the '<em><b>Rollback Tol</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * rollback_tol: rollback when post_loss > pre_loss * (1 + rollback_tol).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rollback Tol</em>' attribute.
	 * @see #setRollbackTol(double)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_RollbackTol()
	 * @model default="0.2"
	 * @generated
	 */
	double getRollbackTol();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getRollbackTol <em>Rollback Tol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rollback Tol</em>' attribute.
	 * @see #getRollbackTol()
	 * @generated
	 */
	void setRollbackTol(double value);

	/**
	 * Returns the value of the '<em><b>Grad Norm Max</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * grad_norm_max: rollback when the global gradient norm exceeds it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grad Norm Max</em>' attribute.
	 * @see #setGradNormMax(double)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_GradNormMax()
	 * @model default="20.0"
	 * @generated
	 */
	double getGradNormMax();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getGradNormMax <em>Grad Norm Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grad Norm Max</em>' attribute.
	 * @see #getGradNormMax()
	 * @generated
	 */
	void setGradNormMax(double value);

	/**
	 * Returns the value of the '<em><b>State Norm Max</b></em>' attribute.
	 * The default value is <code>"1000000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * state_norm_max: rollback when post_max_h exceeds it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Norm Max</em>' attribute.
	 * @see #setStateNormMax(double)
	 * @see ttt.workbench.store.model.StorePackage#getPlasticityConfig_StateNormMax()
	 * @model default="1000000.0"
	 * @generated
	 */
	double getStateNormMax();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.PlasticityConfig#getStateNormMax <em>State Norm Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Norm Max</em>' attribute.
	 * @see #getStateNormMax()
	 * @generated
	 */
	void setStateNormMax(double value);

} // PlasticityConfig
