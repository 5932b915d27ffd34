/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StorePackage;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getSession <em>Session</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getT <em>T</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#isCommitted <em>Committed</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getPreLoss <em>Pre Loss</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getPostLoss <em>Post Loss</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getGradNorm <em>Grad Norm</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getPreMaxH <em>Pre Max H</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getPostMaxH <em>Post Max H</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getRunId <em>Run Id</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getRun <em>Run</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.UpdateEventImpl#getExtraJson <em>Extra Json</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateEventImpl extends MinimalEObjectImpl.Container implements UpdateEvent
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected static final int T_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected int t = T_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateStatus STATUS_EDEFAULT = UpdateStatus.COMMIT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected UpdateStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCommitted() <em>Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCommitted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMMITTED_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getPreLoss() <em>Pre Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double PRE_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPreLoss() <em>Pre Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreLoss()
	 * @generated
	 * @ordered
	 */
	protected double preLoss = PRE_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostLoss() <em>Post Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostLoss()
	 * @generated
	 * @ordered
	 */
	protected static final Double POST_LOSS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostLoss() <em>Post Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostLoss()
	 * @generated
	 * @ordered
	 */
	protected Double postLoss = POST_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradNorm() <em>Grad Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradNorm()
	 * @generated
	 * @ordered
	 */
	protected static final double GRAD_NORM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGradNorm() <em>Grad Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradNorm()
	 * @generated
	 * @ordered
	 */
	protected double gradNorm = GRAD_NORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreMaxH() <em>Pre Max H</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreMaxH()
	 * @generated
	 * @ordered
	 */
	protected static final Double PRE_MAX_H_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreMaxH() <em>Pre Max H</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreMaxH()
	 * @generated
	 * @ordered
	 */
	protected Double preMaxH = PRE_MAX_H_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostMaxH() <em>Post Max H</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostMaxH()
	 * @generated
	 * @ordered
	 */
	protected static final Double POST_MAX_H_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostMaxH() <em>Post Max H</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostMaxH()
	 * @generated
	 * @ordered
	 */
	protected Double postMaxH = POST_MAX_H_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected String runId = RUN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRun() <em>Run</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRun()
	 * @generated
	 * @ordered
	 */
	protected Run run;

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
	protected UpdateEventImpl()
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
		return StorePackage.Literals.UPDATE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session getSession()
	{
		if (eContainerFeatureID() != StorePackage.UPDATE_EVENT__SESSION) return null;
		return (Session)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getT()
	{
		return t;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setT(int newT)
	{
		int oldT = t;
		t = newT;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__T, oldT, t));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(UpdateStatus newStatus)
	{
		UpdateStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCommitted()
	{
		return getStatus() == UpdateStatus.COMMIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPreLoss()
	{
		return preLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreLoss(double newPreLoss)
	{
		double oldPreLoss = preLoss;
		preLoss = newPreLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__PRE_LOSS, oldPreLoss, preLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPostLoss()
	{
		return postLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostLoss(Double newPostLoss)
	{
		Double oldPostLoss = postLoss;
		postLoss = newPostLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__POST_LOSS, oldPostLoss, postLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGradNorm()
	{
		return gradNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradNorm(double newGradNorm)
	{
		double oldGradNorm = gradNorm;
		gradNorm = newGradNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__GRAD_NORM, oldGradNorm, gradNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPreMaxH()
	{
		return preMaxH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreMaxH(Double newPreMaxH)
	{
		Double oldPreMaxH = preMaxH;
		preMaxH = newPreMaxH;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__PRE_MAX_H, oldPreMaxH, preMaxH));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPostMaxH()
	{
		return postMaxH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostMaxH(Double newPostMaxH)
	{
		Double oldPostMaxH = postMaxH;
		postMaxH = newPostMaxH;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__POST_MAX_H, oldPostMaxH, postMaxH));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunId()
	{
		return runId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunId(String newRunId)
	{
		String oldRunId = runId;
		runId = newRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__RUN_ID, oldRunId, runId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run getRun()
	{
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRun(Run newRun, NotificationChain msgs)
	{
		Run oldRun = run;
		run = newRun;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__RUN, oldRun, newRun);
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
	public void setRun(Run newRun)
	{
		if (newRun != run)
		{
			NotificationChain msgs = null;
			if (run != null)
				msgs = ((InternalEObject)run).eInverseRemove(this, StorePackage.RUN__EVENTS, Run.class, msgs);
			if (newRun != null)
				msgs = ((InternalEObject)newRun).eInverseAdd(this, StorePackage.RUN__EVENTS, Run.class, msgs);
			msgs = basicSetRun(newRun, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__RUN, newRun, newRun));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.UPDATE_EVENT__EXTRA_JSON, oldExtraJson, extraJson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case StorePackage.UPDATE_EVENT__SESSION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, StorePackage.UPDATE_EVENT__SESSION, msgs);
			case StorePackage.UPDATE_EVENT__RUN:
				if (run != null)
					msgs = ((InternalEObject)run).eInverseRemove(this, StorePackage.RUN__EVENTS, Run.class, msgs);
				return basicSetRun((Run)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
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
			case StorePackage.UPDATE_EVENT__SESSION:
				return eBasicSetContainer(null, StorePackage.UPDATE_EVENT__SESSION, msgs);
			case StorePackage.UPDATE_EVENT__RUN:
				return basicSetRun(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case StorePackage.UPDATE_EVENT__SESSION:
				return eInternalContainer().eInverseRemove(this, StorePackage.SESSION__EVENTS, Session.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case StorePackage.UPDATE_EVENT__SESSION:
				return getSession();
			case StorePackage.UPDATE_EVENT__T:
				return getT();
			case StorePackage.UPDATE_EVENT__STATUS:
				return getStatus();
			case StorePackage.UPDATE_EVENT__COMMITTED:
				return isCommitted();
			case StorePackage.UPDATE_EVENT__PRE_LOSS:
				return getPreLoss();
			case StorePackage.UPDATE_EVENT__POST_LOSS:
				return getPostLoss();
			case StorePackage.UPDATE_EVENT__GRAD_NORM:
				return getGradNorm();
			case StorePackage.UPDATE_EVENT__PRE_MAX_H:
				return getPreMaxH();
			case StorePackage.UPDATE_EVENT__POST_MAX_H:
				return getPostMaxH();
			case StorePackage.UPDATE_EVENT__RUN_ID:
				return getRunId();
			case StorePackage.UPDATE_EVENT__RUN:
				return getRun();
			case StorePackage.UPDATE_EVENT__EXTRA_JSON:
				return getExtraJson();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case StorePackage.UPDATE_EVENT__T:
				setT((Integer)newValue);
				return;
			case StorePackage.UPDATE_EVENT__STATUS:
				setStatus((UpdateStatus)newValue);
				return;
			case StorePackage.UPDATE_EVENT__PRE_LOSS:
				setPreLoss((Double)newValue);
				return;
			case StorePackage.UPDATE_EVENT__POST_LOSS:
				setPostLoss((Double)newValue);
				return;
			case StorePackage.UPDATE_EVENT__GRAD_NORM:
				setGradNorm((Double)newValue);
				return;
			case StorePackage.UPDATE_EVENT__PRE_MAX_H:
				setPreMaxH((Double)newValue);
				return;
			case StorePackage.UPDATE_EVENT__POST_MAX_H:
				setPostMaxH((Double)newValue);
				return;
			case StorePackage.UPDATE_EVENT__RUN_ID:
				setRunId((String)newValue);
				return;
			case StorePackage.UPDATE_EVENT__RUN:
				setRun((Run)newValue);
				return;
			case StorePackage.UPDATE_EVENT__EXTRA_JSON:
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
			case StorePackage.UPDATE_EVENT__T:
				setT(T_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__PRE_LOSS:
				setPreLoss(PRE_LOSS_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__POST_LOSS:
				setPostLoss(POST_LOSS_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__GRAD_NORM:
				setGradNorm(GRAD_NORM_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__PRE_MAX_H:
				setPreMaxH(PRE_MAX_H_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__POST_MAX_H:
				setPostMaxH(POST_MAX_H_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__RUN_ID:
				setRunId(RUN_ID_EDEFAULT);
				return;
			case StorePackage.UPDATE_EVENT__RUN:
				setRun((Run)null);
				return;
			case StorePackage.UPDATE_EVENT__EXTRA_JSON:
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
			case StorePackage.UPDATE_EVENT__SESSION:
				return getSession() != null;
			case StorePackage.UPDATE_EVENT__T:
				return t != T_EDEFAULT;
			case StorePackage.UPDATE_EVENT__STATUS:
				return status != STATUS_EDEFAULT;
			case StorePackage.UPDATE_EVENT__COMMITTED:
				return isCommitted() != COMMITTED_EDEFAULT;
			case StorePackage.UPDATE_EVENT__PRE_LOSS:
				return preLoss != PRE_LOSS_EDEFAULT;
			case StorePackage.UPDATE_EVENT__POST_LOSS:
				return POST_LOSS_EDEFAULT == null ? postLoss != null : !POST_LOSS_EDEFAULT.equals(postLoss);
			case StorePackage.UPDATE_EVENT__GRAD_NORM:
				return gradNorm != GRAD_NORM_EDEFAULT;
			case StorePackage.UPDATE_EVENT__PRE_MAX_H:
				return PRE_MAX_H_EDEFAULT == null ? preMaxH != null : !PRE_MAX_H_EDEFAULT.equals(preMaxH);
			case StorePackage.UPDATE_EVENT__POST_MAX_H:
				return POST_MAX_H_EDEFAULT == null ? postMaxH != null : !POST_MAX_H_EDEFAULT.equals(postMaxH);
			case StorePackage.UPDATE_EVENT__RUN_ID:
				return RUN_ID_EDEFAULT == null ? runId != null : !RUN_ID_EDEFAULT.equals(runId);
			case StorePackage.UPDATE_EVENT__RUN:
				return run != null;
			case StorePackage.UPDATE_EVENT__EXTRA_JSON:
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
		result.append(" (t: ");
		result.append(t);
		result.append(", status: ");
		result.append(status);
		result.append(", preLoss: ");
		result.append(preLoss);
		result.append(", postLoss: ");
		result.append(postLoss);
		result.append(", gradNorm: ");
		result.append(gradNorm);
		result.append(", preMaxH: ");
		result.append(preMaxH);
		result.append(", postMaxH: ");
		result.append(postMaxH);
		result.append(", runId: ");
		result.append(runId);
		result.append(", extraJson: ");
		result.append(extraJson);
		result.append(')');
		return result.toString();
	}

} //UpdateEventImpl
