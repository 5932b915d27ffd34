/**
 * Copyright (c) TTT-SSM Workbench contributors.
 * Generated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.
 */
package ttt.workbench.store.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.StorePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Per Step Curves</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#isLegacyFormat <em>Legacy Format</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#getLength <em>Length</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#getT <em>T</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#getBaseMse <em>Base Mse</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#getSessionNoUpdateMse <em>Session No Update Mse</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#getAdaptiveMse <em>Adaptive Mse</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#getDidUpdate <em>Did Update</em>}</li>
 *   <li>{@link ttt.workbench.store.model.impl.PerStepCurvesImpl#getUpdateOk <em>Update Ok</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerStepCurvesImpl extends MinimalEObjectImpl.Container implements PerStepCurves
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) TTT-SSM Workbench contributors.\nGenerated from model/store.ecore by model/regenerate.sh: do not edit, regenerate.";

	/**
	 * The default value of the '{@link #isLegacyFormat() <em>Legacy Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLegacyFormat()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LEGACY_FORMAT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLegacyFormat() <em>Legacy Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLegacyFormat()
	 * @generated
	 * @ordered
	 */
	protected boolean legacyFormat = LEGACY_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected static final int[] T_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getT() <em>T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getT()
	 * @generated
	 * @ordered
	 */
	protected int[] t = T_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseMse() <em>Base Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMse()
	 * @generated
	 * @ordered
	 */
	protected static final double[] BASE_MSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseMse() <em>Base Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseMse()
	 * @generated
	 * @ordered
	 */
	protected double[] baseMse = BASE_MSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionNoUpdateMse() <em>Session No Update Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNoUpdateMse()
	 * @generated
	 * @ordered
	 */
	protected static final double[] SESSION_NO_UPDATE_MSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionNoUpdateMse() <em>Session No Update Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionNoUpdateMse()
	 * @generated
	 * @ordered
	 */
	protected double[] sessionNoUpdateMse = SESSION_NO_UPDATE_MSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdaptiveMse() <em>Adaptive Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveMse()
	 * @generated
	 * @ordered
	 */
	protected static final double[] ADAPTIVE_MSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdaptiveMse() <em>Adaptive Mse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveMse()
	 * @generated
	 * @ordered
	 */
	protected double[] adaptiveMse = ADAPTIVE_MSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDidUpdate() <em>Did Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDidUpdate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean[] DID_UPDATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDidUpdate() <em>Did Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDidUpdate()
	 * @generated
	 * @ordered
	 */
	protected boolean[] didUpdate = DID_UPDATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdateOk() <em>Update Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateOk()
	 * @generated
	 * @ordered
	 */
	protected static final boolean[] UPDATE_OK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdateOk() <em>Update Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateOk()
	 * @generated
	 * @ordered
	 */
	protected boolean[] updateOk = UPDATE_OK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerStepCurvesImpl()
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
		return StorePackage.Literals.PER_STEP_CURVES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLegacyFormat()
	{
		return legacyFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegacyFormat(boolean newLegacyFormat)
	{
		boolean oldLegacyFormat = legacyFormat;
		legacyFormat = newLegacyFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PER_STEP_CURVES__LEGACY_FORMAT, oldLegacyFormat, legacyFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength()
	{
		int[] steps = getT();
		return steps == null ? 0 : steps.length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int[] getT()
	{
		return t;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setT(int[] newT)
	{
		int[] oldT = t;
		t = newT;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PER_STEP_CURVES__T, oldT, t));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getBaseMse()
	{
		return baseMse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseMse(double[] newBaseMse)
	{
		double[] oldBaseMse = baseMse;
		baseMse = newBaseMse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PER_STEP_CURVES__BASE_MSE, oldBaseMse, baseMse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getSessionNoUpdateMse()
	{
		return sessionNoUpdateMse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionNoUpdateMse(double[] newSessionNoUpdateMse)
	{
		double[] oldSessionNoUpdateMse = sessionNoUpdateMse;
		sessionNoUpdateMse = newSessionNoUpdateMse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PER_STEP_CURVES__SESSION_NO_UPDATE_MSE, oldSessionNoUpdateMse, sessionNoUpdateMse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getAdaptiveMse()
	{
		return adaptiveMse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptiveMse(double[] newAdaptiveMse)
	{
		double[] oldAdaptiveMse = adaptiveMse;
		adaptiveMse = newAdaptiveMse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PER_STEP_CURVES__ADAPTIVE_MSE, oldAdaptiveMse, adaptiveMse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean[] getDidUpdate()
	{
		return didUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDidUpdate(boolean[] newDidUpdate)
	{
		boolean[] oldDidUpdate = didUpdate;
		didUpdate = newDidUpdate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PER_STEP_CURVES__DID_UPDATE, oldDidUpdate, didUpdate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean[] getUpdateOk()
	{
		return updateOk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateOk(boolean[] newUpdateOk)
	{
		boolean[] oldUpdateOk = updateOk;
		updateOk = newUpdateOk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StorePackage.PER_STEP_CURVES__UPDATE_OK, oldUpdateOk, updateOk));
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
			case StorePackage.PER_STEP_CURVES__LEGACY_FORMAT:
				return isLegacyFormat();
			case StorePackage.PER_STEP_CURVES__LENGTH:
				return getLength();
			case StorePackage.PER_STEP_CURVES__T:
				return getT();
			case StorePackage.PER_STEP_CURVES__BASE_MSE:
				return getBaseMse();
			case StorePackage.PER_STEP_CURVES__SESSION_NO_UPDATE_MSE:
				return getSessionNoUpdateMse();
			case StorePackage.PER_STEP_CURVES__ADAPTIVE_MSE:
				return getAdaptiveMse();
			case StorePackage.PER_STEP_CURVES__DID_UPDATE:
				return getDidUpdate();
			case StorePackage.PER_STEP_CURVES__UPDATE_OK:
				return getUpdateOk();
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
			case StorePackage.PER_STEP_CURVES__LEGACY_FORMAT:
				setLegacyFormat((Boolean)newValue);
				return;
			case StorePackage.PER_STEP_CURVES__T:
				setT((int[])newValue);
				return;
			case StorePackage.PER_STEP_CURVES__BASE_MSE:
				setBaseMse((double[])newValue);
				return;
			case StorePackage.PER_STEP_CURVES__SESSION_NO_UPDATE_MSE:
				setSessionNoUpdateMse((double[])newValue);
				return;
			case StorePackage.PER_STEP_CURVES__ADAPTIVE_MSE:
				setAdaptiveMse((double[])newValue);
				return;
			case StorePackage.PER_STEP_CURVES__DID_UPDATE:
				setDidUpdate((boolean[])newValue);
				return;
			case StorePackage.PER_STEP_CURVES__UPDATE_OK:
				setUpdateOk((boolean[])newValue);
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
			case StorePackage.PER_STEP_CURVES__LEGACY_FORMAT:
				setLegacyFormat(LEGACY_FORMAT_EDEFAULT);
				return;
			case StorePackage.PER_STEP_CURVES__T:
				setT(T_EDEFAULT);
				return;
			case StorePackage.PER_STEP_CURVES__BASE_MSE:
				setBaseMse(BASE_MSE_EDEFAULT);
				return;
			case StorePackage.PER_STEP_CURVES__SESSION_NO_UPDATE_MSE:
				setSessionNoUpdateMse(SESSION_NO_UPDATE_MSE_EDEFAULT);
				return;
			case StorePackage.PER_STEP_CURVES__ADAPTIVE_MSE:
				setAdaptiveMse(ADAPTIVE_MSE_EDEFAULT);
				return;
			case StorePackage.PER_STEP_CURVES__DID_UPDATE:
				setDidUpdate(DID_UPDATE_EDEFAULT);
				return;
			case StorePackage.PER_STEP_CURVES__UPDATE_OK:
				setUpdateOk(UPDATE_OK_EDEFAULT);
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
			case StorePackage.PER_STEP_CURVES__LEGACY_FORMAT:
				return legacyFormat != LEGACY_FORMAT_EDEFAULT;
			case StorePackage.PER_STEP_CURVES__LENGTH:
				return getLength() != LENGTH_EDEFAULT;
			case StorePackage.PER_STEP_CURVES__T:
				return T_EDEFAULT == null ? t != null : !T_EDEFAULT.equals(t);
			case StorePackage.PER_STEP_CURVES__BASE_MSE:
				return BASE_MSE_EDEFAULT == null ? baseMse != null : !BASE_MSE_EDEFAULT.equals(baseMse);
			case StorePackage.PER_STEP_CURVES__SESSION_NO_UPDATE_MSE:
				return SESSION_NO_UPDATE_MSE_EDEFAULT == null ? sessionNoUpdateMse != null : !SESSION_NO_UPDATE_MSE_EDEFAULT.equals(sessionNoUpdateMse);
			case StorePackage.PER_STEP_CURVES__ADAPTIVE_MSE:
				return ADAPTIVE_MSE_EDEFAULT == null ? adaptiveMse != null : !ADAPTIVE_MSE_EDEFAULT.equals(adaptiveMse);
			case StorePackage.PER_STEP_CURVES__DID_UPDATE:
				return DID_UPDATE_EDEFAULT == null ? didUpdate != null : !DID_UPDATE_EDEFAULT.equals(didUpdate);
			case StorePackage.PER_STEP_CURVES__UPDATE_OK:
				return UPDATE_OK_EDEFAULT == null ? updateOk != null : !UPDATE_OK_EDEFAULT.equals(updateOk);
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
		result.append(" (legacyFormat: ");
		result.append(legacyFormat);
		result.append(", t: ");
		result.append(t);
		result.append(", baseMse: ");
		result.append(baseMse);
		result.append(", sessionNoUpdateMse: ");
		result.append(sessionNoUpdateMse);
		result.append(", adaptiveMse: ");
		result.append(adaptiveMse);
		result.append(", didUpdate: ");
		result.append(didUpdate);
		result.append(", updateOk: ");
		result.append(updateOk);
		result.append(')');
		return result.toString();
	}

} //PerStepCurvesImpl
