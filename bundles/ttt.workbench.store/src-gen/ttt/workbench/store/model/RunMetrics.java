/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Metrics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The summary of one run (metrics.json, SPEC §2.1). A metrics.json written before any run holds only notes ("session created"): then runId is null and the means are NaN. A mean whose key is absent (e.g. session_no_update_* in Phase 0 files) is NaN.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getRunId <em>Run Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getSeed <em>Seed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getSteps <em>Steps</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getMu <em>Mu</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getEnvMode <em>Env Mode</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getBaseMseMean <em>Base Mse Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getSessionNoUpdateMseMean <em>Session No Update Mse Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getAdaptiveMseMean <em>Adaptive Mse Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getBaseMseLast100Mean <em>Base Mse Last100 Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getSessionNoUpdateLast100Mean <em>Session No Update Last100 Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getAdaptiveLast100Mean <em>Adaptive Last100 Mean</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getUpdatesAttempted <em>Updates Attempted</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getUpdatesCommitted <em>Updates Committed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getUpdatesRolledBack <em>Updates Rolled Back</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getRunDir <em>Run Dir</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getNotes <em>Notes</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#isSynthesized <em>Synthesized</em>}</li>
 *   <li>{@link ttt.workbench.store.model.RunMetrics#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getRunMetrics()
 * @model
 * @generated
 */
public interface RunMetrics extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * run_id; null for the "session created" metrics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Id</em>' attribute.
	 * @see #setRunId(String)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_RunId()
	 * @model
	 * @generated
	 */
	String getRunId();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getRunId <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Id</em>' attribute.
	 * @see #getRunId()
	 * @generated
	 */
	void setRunId(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * seed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_Steps()
	 * @model
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Mu</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * mu.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mu</em>' attribute.
	 * @see #setMu(double)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_Mu()
	 * @model default="NaN"
	 * @generated
	 */
	double getMu();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getMu <em>Mu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mu</em>' attribute.
	 * @see #getMu()
	 * @generated
	 */
	void setMu(double value);

	/**
	 * Returns the value of the '<em><b>Env Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.EnvMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * env_mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Env Mode</em>' attribute.
	 * @see ttt.workbench.store.model.EnvMode
	 * @see #setEnvMode(EnvMode)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_EnvMode()
	 * @model
	 * @generated
	 */
	EnvMode getEnvMode();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getEnvMode <em>Env Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Env Mode</em>' attribute.
	 * @see ttt.workbench.store.model.EnvMode
	 * @see #getEnvMode()
	 * @generated
	 */
	void setEnvMode(EnvMode value);

	/**
	 * Returns the value of the '<em><b>Base Mse Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * base_mse_mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Mse Mean</em>' attribute.
	 * @see #setBaseMseMean(double)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_BaseMseMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getBaseMseMean();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getBaseMseMean <em>Base Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Mse Mean</em>' attribute.
	 * @see #getBaseMseMean()
	 * @generated
	 */
	void setBaseMseMean(double value);

	/**
	 * Returns the value of the '<em><b>Session No Update Mse Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * session_no_update_mse_mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session No Update Mse Mean</em>' attribute.
	 * @see #setSessionNoUpdateMseMean(double)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_SessionNoUpdateMseMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getSessionNoUpdateMseMean();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getSessionNoUpdateMseMean <em>Session No Update Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session No Update Mse Mean</em>' attribute.
	 * @see #getSessionNoUpdateMseMean()
	 * @generated
	 */
	void setSessionNoUpdateMseMean(double value);

	/**
	 * Returns the value of the '<em><b>Adaptive Mse Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * adaptive_mse_mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptive Mse Mean</em>' attribute.
	 * @see #setAdaptiveMseMean(double)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_AdaptiveMseMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getAdaptiveMseMean();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getAdaptiveMseMean <em>Adaptive Mse Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adaptive Mse Mean</em>' attribute.
	 * @see #getAdaptiveMseMean()
	 * @generated
	 */
	void setAdaptiveMseMean(double value);

	/**
	 * Returns the value of the '<em><b>Base Mse Last100 Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * base_mse_last100_mean: mean of the last min(100, steps) values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Mse Last100 Mean</em>' attribute.
	 * @see #setBaseMseLast100Mean(double)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_BaseMseLast100Mean()
	 * @model default="NaN"
	 * @generated
	 */
	double getBaseMseLast100Mean();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getBaseMseLast100Mean <em>Base Mse Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Mse Last100 Mean</em>' attribute.
	 * @see #getBaseMseLast100Mean()
	 * @generated
	 */
	void setBaseMseLast100Mean(double value);

	/**
	 * Returns the value of the '<em><b>Session No Update Last100 Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * session_no_update_last100_mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session No Update Last100 Mean</em>' attribute.
	 * @see #setSessionNoUpdateLast100Mean(double)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_SessionNoUpdateLast100Mean()
	 * @model default="NaN"
	 * @generated
	 */
	double getSessionNoUpdateLast100Mean();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getSessionNoUpdateLast100Mean <em>Session No Update Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session No Update Last100 Mean</em>' attribute.
	 * @see #getSessionNoUpdateLast100Mean()
	 * @generated
	 */
	void setSessionNoUpdateLast100Mean(double value);

	/**
	 * Returns the value of the '<em><b>Adaptive Last100 Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * adaptive_last100_mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptive Last100 Mean</em>' attribute.
	 * @see #setAdaptiveLast100Mean(double)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_AdaptiveLast100Mean()
	 * @model default="NaN"
	 * @generated
	 */
	double getAdaptiveLast100Mean();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getAdaptiveLast100Mean <em>Adaptive Last100 Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adaptive Last100 Mean</em>' attribute.
	 * @see #getAdaptiveLast100Mean()
	 * @generated
	 */
	void setAdaptiveLast100Mean(double value);

	/**
	 * Returns the value of the '<em><b>Updates Attempted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * updates_attempted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updates Attempted</em>' attribute.
	 * @see #setUpdatesAttempted(int)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_UpdatesAttempted()
	 * @model
	 * @generated
	 */
	int getUpdatesAttempted();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getUpdatesAttempted <em>Updates Attempted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updates Attempted</em>' attribute.
	 * @see #getUpdatesAttempted()
	 * @generated
	 */
	void setUpdatesAttempted(int value);

	/**
	 * Returns the value of the '<em><b>Updates Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * updates_committed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updates Committed</em>' attribute.
	 * @see #setUpdatesCommitted(int)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_UpdatesCommitted()
	 * @model
	 * @generated
	 */
	int getUpdatesCommitted();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getUpdatesCommitted <em>Updates Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updates Committed</em>' attribute.
	 * @see #getUpdatesCommitted()
	 * @generated
	 */
	void setUpdatesCommitted(int value);

	/**
	 * Returns the value of the '<em><b>Updates Rolled Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * updates_rolled_back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updates Rolled Back</em>' attribute.
	 * @see #setUpdatesRolledBack(int)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_UpdatesRolledBack()
	 * @model
	 * @generated
	 */
	int getUpdatesRolledBack();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getUpdatesRolledBack <em>Updates Rolled Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updates Rolled Back</em>' attribute.
	 * @see #getUpdatesRolledBack()
	 * @generated
	 */
	void setUpdatesRolledBack(int value);

	/**
	 * Returns the value of the '<em><b>Run Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * run_dir as written by the writer (relative to its working directory, e.g. artifacts/sessions/s1/runs/...): informative only, never used to find files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Dir</em>' attribute.
	 * @see #setRunDir(String)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_RunDir()
	 * @model
	 * @generated
	 */
	String getRunDir();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getRunDir <em>Run Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Dir</em>' attribute.
	 * @see #getRunDir()
	 * @generated
	 */
	void setRunDir(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * notes, e.g. "session created"; null when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Synthesized</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when no metrics file was read and the values were computed from per_step.csv and the run's events.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synthesized</em>' attribute.
	 * @see #setSynthesized(boolean)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_Synthesized()
	 * @model transient="true"
	 * @generated
	 */
	boolean isSynthesized();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#isSynthesized <em>Synthesized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synthesized</em>' attribute.
	 * @see #isSynthesized()
	 * @generated
	 */
	void setSynthesized(boolean value);

	/**
	 * Returns the value of the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The keys of the metrics file this model does not know, kept so that a rewrite loses nothing; null when there are none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Json</em>' attribute.
	 * @see #setExtraJson(ObjectNode)
	 * @see ttt.workbench.store.model.StorePackage#getRunMetrics_ExtraJson()
	 * @model dataType="ttt.workbench.store.model.JsonObject"
	 * @generated
	 */
	ObjectNode getExtraJson();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.RunMetrics#getExtraJson <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Json</em>' attribute.
	 * @see #getExtraJson()
	 * @generated
	 */
	void setExtraJson(ObjectNode value);

} // RunMetrics
