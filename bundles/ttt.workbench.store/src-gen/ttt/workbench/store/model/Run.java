/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of a session: the folder runs/<id>/. Summary data (metrics, events) is read eagerly; the large per-step curves, the trajectory and the end-of-run weights are read lazily, each with its LoadState attribute.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.Run#getSession <em>Session</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getId <em>Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getSeed <em>Seed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getSteps <em>Steps</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getCreatedAtUnix <em>Created At Unix</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getEvents <em>Events</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getPerStep <em>Per Step</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getPerStepState <em>Per Step State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getTrajectory <em>Trajectory</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getTrajectoryState <em>Trajectory State</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getWeights <em>Weights</em>}</li>
 *   <li>{@link ttt.workbench.store.model.Run#getWeightsState <em>Weights State</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getRun()
 * @model
 * @generated
 */
public interface Run extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Session</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Session#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session containing this run (container reference).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session</em>' container reference.
	 * @see ttt.workbench.store.model.StorePackage#getRun_Session()
	 * @see ttt.workbench.store.model.Session#getRuns
	 * @model opposite="runs" changeable="false"
	 * @generated
	 */
	Session getSession();

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * run_id = <session_id>_<unix seconds>_seed<seed>[suffix], also the folder name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see ttt.workbench.store.model.StorePackage#getRun_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The environment seed (from metrics, else from the run id).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see ttt.workbench.store.model.StorePackage#getRun_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getSeed <em>Seed</em>}' attribute.
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
	 * Number of steps (from metrics, else the row count of per_step.csv).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see ttt.workbench.store.model.StorePackage#getRun_Steps()
	 * @model
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Created At Unix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unix seconds embedded in the run id; null when the id does not follow the pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At Unix</em>' attribute.
	 * @see #setCreatedAtUnix(Double)
	 * @see ttt.workbench.store.model.StorePackage#getRun_CreatedAtUnix()
	 * @model
	 * @generated
	 */
	Double getCreatedAtUnix();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getCreatedAtUnix <em>Created At Unix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At Unix</em>' attribute.
	 * @see #getCreatedAtUnix()
	 * @generated
	 */
	void setCreatedAtUnix(Double value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * runs/<id>/metrics.json, or (RunMetrics.synthesized) computed from per_step.csv and update_events.json for runs written by the reference, which keeps no per-run summary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference.
	 * @see #setMetrics(RunMetrics)
	 * @see ttt.workbench.store.model.StorePackage#getRun_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	RunMetrics getMetrics();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getMetrics <em>Metrics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metrics</em>' containment reference.
	 * @see #getMetrics()
	 * @generated
	 */
	void setMetrics(RunMetrics value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.UpdateEvent}.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.UpdateEvent#getRun <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The update events attributed to this run, in the order of the session's jsonl, which is the order of t (non-containment: the events belong to Session.events). Inverse of UpdateEvent.run, kept in sync by EMF.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' reference list.
	 * @see ttt.workbench.store.model.StorePackage#getRun_Events()
	 * @see ttt.workbench.store.model.UpdateEvent#getRun
	 * @model opposite="run" resolveProxies="false"
	 * @generated
	 */
	EList<UpdateEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Per Step</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * per_step.csv; null until loaded (see perStepState).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Step</em>' containment reference.
	 * @see #setPerStep(PerStepCurves)
	 * @see ttt.workbench.store.model.StorePackage#getRun_PerStep()
	 * @model containment="true"
	 * @generated
	 */
	PerStepCurves getPerStep();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getPerStep <em>Per Step</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Step</em>' containment reference.
	 * @see #getPerStep()
	 * @generated
	 */
	void setPerStep(PerStepCurves value);

	/**
	 * Returns the value of the '<em><b>Per Step State</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.LoadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether perStep has been read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Step State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #setPerStepState(LoadState)
	 * @see ttt.workbench.store.model.StorePackage#getRun_PerStepState()
	 * @model transient="true"
	 * @generated
	 */
	LoadState getPerStepState();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getPerStepState <em>Per Step State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Step State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #getPerStepState()
	 * @generated
	 */
	void setPerStepState(LoadState value);

	/**
	 * Returns the value of the '<em><b>Trajectory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * trajectory.json; null until loaded (see trajectoryState).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trajectory</em>' containment reference.
	 * @see #setTrajectory(Trajectory)
	 * @see ttt.workbench.store.model.StorePackage#getRun_Trajectory()
	 * @model containment="true"
	 * @generated
	 */
	Trajectory getTrajectory();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getTrajectory <em>Trajectory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trajectory</em>' containment reference.
	 * @see #getTrajectory()
	 * @generated
	 */
	void setTrajectory(Trajectory value);

	/**
	 * Returns the value of the '<em><b>Trajectory State</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.LoadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether trajectory has been read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trajectory State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #setTrajectoryState(LoadState)
	 * @see ttt.workbench.store.model.StorePackage#getRun_TrajectoryState()
	 * @model transient="true"
	 * @generated
	 */
	LoadState getTrajectoryState();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getTrajectoryState <em>Trajectory State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trajectory State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #getTrajectoryState()
	 * @generated
	 */
	void setTrajectoryState(LoadState value);

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' containment reference list.
	 * The list contents are of type {@link ttt.workbench.store.model.Tensor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session's plastic weights at the end of this run (runs/<id>/plastic_state.pt, kept by this product): W_u, B, W_o. Filled lazily: see weightsState (missing for runs made by the reference).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights</em>' containment reference list.
	 * @see ttt.workbench.store.model.StorePackage#getRun_Weights()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tensor> getWeights();

	/**
	 * Returns the value of the '<em><b>Weights State</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.LoadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether weights has been read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #setWeightsState(LoadState)
	 * @see ttt.workbench.store.model.StorePackage#getRun_WeightsState()
	 * @model transient="true"
	 * @generated
	 */
	LoadState getWeightsState();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.Run#getWeightsState <em>Weights State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weights State</em>' attribute.
	 * @see ttt.workbench.store.model.LoadState
	 * @see #getWeightsState()
	 * @generated
	 */
	void setWeightsState(LoadState value);

} // Run
