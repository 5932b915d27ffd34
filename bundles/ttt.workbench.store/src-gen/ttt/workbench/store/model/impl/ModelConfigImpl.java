/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.StorePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.ModelConfigImpl#getObsDim <em>Obs Dim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.ModelConfigImpl#getActDim <em>Act Dim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.ModelConfigImpl#getZDim <em>ZDim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.ModelConfigImpl#getUDim <em>UDim</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.ModelConfigImpl#getNState <em>NState</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.ModelConfigImpl#getDt <em>Dt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelConfigImpl extends MinimalEObjectImpl.Container implements ModelConfig
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #getObsDim() <em>Obs Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObsDim()
	 * @generated
	 * @ordered
	 */
	protected static final int OBS_DIM_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getObsDim() <em>Obs Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObsDim()
	 * @generated
	 * @ordered
	 */
	protected int obsDim = OBS_DIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getActDim() <em>Act Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActDim()
	 * @generated
	 * @ordered
	 */
	protected static final int ACT_DIM_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getActDim() <em>Act Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActDim()
	 * @generated
	 * @ordered
	 */
	protected int actDim = ACT_DIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getZDim() <em>ZDim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZDim()
	 * @generated
	 * @ordered
	 */
	protected static final int ZDIM_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getZDim() <em>ZDim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZDim()
	 * @generated
	 * @ordered
	 */
	protected int zDim = ZDIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getUDim() <em>UDim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUDim()
	 * @generated
	 * @ordered
	 */
	protected static final int UDIM_EDEFAULT = 16;

	/**
	 * The cached value of the '{@link #getUDim() <em>UDim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUDim()
	 * @generated
	 * @ordered
	 */
	protected int uDim = UDIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getNState() <em>NState</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNState()
	 * @generated
	 * @ordered
	 */
	protected static final int NSTATE_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getNState() <em>NState</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNState()
	 * @generated
	 * @ordered
	 */
	protected int nState = NSTATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDt() <em>Dt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDt()
	 * @generated
	 * @ordered
	 */
	protected static final double DT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getDt() <em>Dt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDt()
	 * @generated
	 * @ordered
	 */
	protected double dt = DT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelConfigImpl()
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
		return StorePackage.Literals.MODEL_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getObsDim()
	{
		return obsDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObsDim(int newObsDim)
	{
		int oldObsDim = obsDim;
		obsDim = newObsDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.MODEL_CONFIG__OBS_DIM, oldObsDim, obsDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActDim()
	{
		return actDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActDim(int newActDim)
	{
		int oldActDim = actDim;
		actDim = newActDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.MODEL_CONFIG__ACT_DIM, oldActDim, actDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getZDim()
	{
		return zDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZDim(int newZDim)
	{
		int oldZDim = zDim;
		zDim = newZDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.MODEL_CONFIG__ZDIM, oldZDim, zDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUDim()
	{
		return uDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUDim(int newUDim)
	{
		int oldUDim = uDim;
		uDim = newUDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.MODEL_CONFIG__UDIM, oldUDim, uDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNState()
	{
		return nState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNState(int newNState)
	{
		int oldNState = nState;
		nState = newNState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.MODEL_CONFIG__NSTATE, oldNState, nState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDt()
	{
		return dt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDt(double newDt)
	{
		double oldDt = dt;
		dt = newDt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.MODEL_CONFIG__DT, oldDt, dt));
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
			case StorePackage.MODEL_CONFIG__OBS_DIM:
				return getObsDim();
			case StorePackage.MODEL_CONFIG__ACT_DIM:
				return getActDim();
			case StorePackage.MODEL_CONFIG__ZDIM:
				return getZDim();
			case StorePackage.MODEL_CONFIG__UDIM:
				return getUDim();
			case StorePackage.MODEL_CONFIG__NSTATE:
				return getNState();
			case StorePackage.MODEL_CONFIG__DT:
				return getDt();
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
			case StorePackage.MODEL_CONFIG__OBS_DIM:
				setObsDim((Integer)newValue);
				return;
			case StorePackage.MODEL_CONFIG__ACT_DIM:
				setActDim((Integer)newValue);
				return;
			case StorePackage.MODEL_CONFIG__ZDIM:
				setZDim((Integer)newValue);
				return;
			case StorePackage.MODEL_CONFIG__UDIM:
				setUDim((Integer)newValue);
				return;
			case StorePackage.MODEL_CONFIG__NSTATE:
				setNState((Integer)newValue);
				return;
			case StorePackage.MODEL_CONFIG__DT:
				setDt((Double)newValue);
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
			case StorePackage.MODEL_CONFIG__OBS_DIM:
				setObsDim(OBS_DIM_EDEFAULT);
				return;
			case StorePackage.MODEL_CONFIG__ACT_DIM:
				setActDim(ACT_DIM_EDEFAULT);
				return;
			case StorePackage.MODEL_CONFIG__ZDIM:
				setZDim(ZDIM_EDEFAULT);
				return;
			case StorePackage.MODEL_CONFIG__UDIM:
				setUDim(UDIM_EDEFAULT);
				return;
			case StorePackage.MODEL_CONFIG__NSTATE:
				setNState(NSTATE_EDEFAULT);
				return;
			case StorePackage.MODEL_CONFIG__DT:
				setDt(DT_EDEFAULT);
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
			case StorePackage.MODEL_CONFIG__OBS_DIM:
				return obsDim != OBS_DIM_EDEFAULT;
			case StorePackage.MODEL_CONFIG__ACT_DIM:
				return actDim != ACT_DIM_EDEFAULT;
			case StorePackage.MODEL_CONFIG__ZDIM:
				return zDim != ZDIM_EDEFAULT;
			case StorePackage.MODEL_CONFIG__UDIM:
				return uDim != UDIM_EDEFAULT;
			case StorePackage.MODEL_CONFIG__NSTATE:
				return nState != NSTATE_EDEFAULT;
			case StorePackage.MODEL_CONFIG__DT:
				return dt != DT_EDEFAULT;
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
		result.append(" (obsDim: ");
		result.append(obsDim);
		result.append(", actDim: ");
		result.append(actDim);
		result.append(", zDim: ");
		result.append(zDim);
		result.append(", uDim: ");
		result.append(uDim);
		result.append(", nState: ");
		result.append(nState);
		result.append(", dt: ");
		result.append(dt);
		result.append(')');
		return result.toString();
	}

} //ModelConfigImpl
