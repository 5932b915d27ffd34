/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One online update attempt (SPEC §2.2): a line of update_events.jsonl. Owned by its session (Session.events); attributed to a run through run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getSession <em>Session</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getT <em>T</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getStatus <em>Status</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#isCommitted <em>Committed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getPreLoss <em>Pre Loss</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getPostLoss <em>Post Loss</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getGradNorm <em>Grad Norm</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getPreMaxH <em>Pre Max H</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getPostMaxH <em>Post Max H</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getRunId <em>Run Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getRun <em>Run</em>}</li>
 *   <li>{@link ttt.workbench.store.model.UpdateEvent#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent()
 * @model
 * @generated
 */
public interface UpdateEvent extends EObject
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * Returns the value of the '<em><b>Session</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Session#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session owning this event (container reference).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session</em>' container reference.
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_Session()
	 * @see ttt.workbench.store.model.Session#getEvents
	 * @model opposite="events" changeable="false"
	 * @generated
	 */
	Session getSession();

	/**
	 * Returns the value of the '<em><b>T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * t: the step index at which the update ran.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>T</em>' attribute.
	 * @see #setT(int)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_T()
	 * @model
	 * @generated
	 */
	int getT();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getT <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>T</em>' attribute.
	 * @see #getT()
	 * @generated
	 */
	void setT(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link ttt.workbench.store.model.UpdateStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see ttt.workbench.store.model.UpdateStatus
	 * @see #setStatus(UpdateStatus)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_Status()
	 * @model
	 * @generated
	 */
	UpdateStatus getStatus();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see ttt.workbench.store.model.UpdateStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(UpdateStatus value);

	/**
	 * Returns the value of the '<em><b>Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: status is commit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Committed</em>' attribute.
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_Committed()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isCommitted();

	/**
	 * Returns the value of the '<em><b>Pre Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pre_loss: replay loss of the buffer before the update.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Loss</em>' attribute.
	 * @see #setPreLoss(double)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_PreLoss()
	 * @model
	 * @generated
	 */
	double getPreLoss();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getPreLoss <em>Pre Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Loss</em>' attribute.
	 * @see #getPreLoss()
	 * @generated
	 */
	void setPreLoss(double value);

	/**
	 * Returns the value of the '<em><b>Post Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * post_loss: replay loss after the optimizer step; null for rollback_grad_norm (where the file has an explicit JSON null).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post Loss</em>' attribute.
	 * @see #setPostLoss(Double)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_PostLoss()
	 * @model
	 * @generated
	 */
	Double getPostLoss();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getPostLoss <em>Post Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Loss</em>' attribute.
	 * @see #getPostLoss()
	 * @generated
	 */
	void setPostLoss(Double value);

	/**
	 * Returns the value of the '<em><b>Grad Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * grad_norm: global L2 norm of the gradient over W_u, B, W_o.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grad Norm</em>' attribute.
	 * @see #setGradNorm(double)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_GradNorm()
	 * @model
	 * @generated
	 */
	double getGradNorm();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getGradNorm <em>Grad Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grad Norm</em>' attribute.
	 * @see #getGradNorm()
	 * @generated
	 */
	void setGradNorm(double value);

	/**
	 * Returns the value of the '<em><b>Pre Max H</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pre_max_h: max state norm over the replay before the update; null when absent (the Phase 1 brief's sample lines omit it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Max H</em>' attribute.
	 * @see #setPreMaxH(Double)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_PreMaxH()
	 * @model
	 * @generated
	 */
	Double getPreMaxH();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getPreMaxH <em>Pre Max H</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Max H</em>' attribute.
	 * @see #getPreMaxH()
	 * @generated
	 */
	void setPreMaxH(Double value);

	/**
	 * Returns the value of the '<em><b>Post Max H</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * post_max_h; null when absent (the key is omitted, not null, for rollback_grad_norm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post Max H</em>' attribute.
	 * @see #setPostMaxH(Double)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_PostMaxH()
	 * @model
	 * @generated
	 */
	Double getPostMaxH();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getPostMaxH <em>Post Max H</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Max H</em>' attribute.
	 * @see #getPostMaxH()
	 * @generated
	 */
	void setPostMaxH(Double value);

	/**
	 * Returns the value of the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * run_id as written in the line; null when the line has none (the reference omits it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Id</em>' attribute.
	 * @see #setRunId(String)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_RunId()
	 * @model
	 * @generated
	 */
	String getRunId();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getRunId <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Id</em>' attribute.
	 * @see #getRunId()
	 * @generated
	 */
	void setRunId(String value);

	/**
	 * Returns the value of the '<em><b>Run</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link ttt.workbench.store.model.Run#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The run this event belongs to: by runId when the line has one, else by order against the runs on disk (SPEC §2.2); null when it cannot be attributed. Setting it updates Run.events.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run</em>' reference.
	 * @see #setRun(Run)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_Run()
	 * @see ttt.workbench.store.model.Run#getEvents
	 * @model opposite="events" resolveProxies="false"
	 * @generated
	 */
	Run getRun();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getRun <em>Run</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run</em>' reference.
	 * @see #getRun()
	 * @generated
	 */
	void setRun(Run value);

	/**
	 * Returns the value of the '<em><b>Extra Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The keys of the line this model does not know (e.g. per-matrix weight norms), and the original status string when status is unknown; null when there are none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Json</em>' attribute.
	 * @see #setExtraJson(ObjectNode)
	 * @see ttt.workbench.store.model.StorePackage#getUpdateEvent_ExtraJson()
	 * @model dataType="ttt.workbench.store.model.JsonObject"
	 * @generated
	 */
	ObjectNode getExtraJson();

	/**
	 * Sets the value of the '{@link ttt.workbench.store.model.UpdateEvent#getExtraJson <em>Extra Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Json</em>' attribute.
	 * @see #getExtraJson()
	 * @generated
	 */
	void setExtraJson(ObjectNode value);

} // UpdateEvent
